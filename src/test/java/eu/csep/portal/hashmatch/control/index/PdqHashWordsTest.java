package eu.csep.portal.hashmatch.control.index;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdqHashWordsTest {

    private static void checkAgainstBigInteger(PdqHash h) {
        BigInteger b = new BigInteger(h.toHex(), 16);
        for (int k = 0; k < 256; k++) {
            assertEquals(b.testBit(k), h.bit(k), "bit " + k + " of " + h);
            // bit k lives in 16-bit word k>>4 at bit k&15; word j is printed at text position (15-j)*4
            int word16 = Integer.parseInt(h.toHex().substring((15 - (k >> 4)) * 4, (16 - (k >> 4)) * 4), 16);
            assertEquals(((word16 >> (k & 15)) & 1) == 1, h.bit(k));
        }
        assertEquals(b.bitCount(), h.bitCount());
    }

    @Test
    void roundTripAndBitsOnAllVectorFiles() {
        for (String f : new String[] {"short256.dat", "long256.dat", "order256.dat", "needles.txt", "haystack.txt"}) {
            for (PdqHash h : TestData.readHashes(f)) {
                assertEquals(h, PdqHash.fromHex(h.toHex()));
                checkAgainstBigInteger(h);
            }
        }
    }

    @Test
    void distancesAgreeWithBigInteger() {
        List<PdqHash> all = TestData.readHashes("long256.dat");
        all.addAll(TestData.readHashes("short256.dat"));
        all.addAll(TestData.readHashes("order256.dat"));
        for (PdqHash a : all) {
            for (PdqHash b : all) {
                int expect = new BigInteger(a.toHex(), 16).xor(new BigInteger(b.toHex(), 16)).bitCount();
                assertEquals(expect, a.distance(b));
            }
        }
    }

    @Test
    void shortPairsAndExtremes() {
        List<PdqHash> s = TestData.readHashes("short256.dat");
        assertEquals(4, s.get(0).distance(s.get(1)));
        assertEquals(3, s.get(2).distance(s.get(3)));
        assertEquals(0, s.get(4).bitCount());
        assertEquals(256, s.get(5).bitCount());
        assertEquals(256, s.get(4).distance(s.get(5)));
    }

    @Test
    void wordOrder() {
        List<PdqHash> o = TestData.readHashes("order256.dat");
        PdqHash a = o.get(0); // 0..01 0..02 0..03 0..04 : text prints w3 first
        assertEquals(1L, a.word64(3));
        assertEquals(2L, a.word64(2));
        assertEquals(3L, a.word64(1));
        assertEquals(4L, a.word64(0));
        assertEquals(true, a.bit(2));
        assertEquals(true, a.bit(64));
        assertEquals(true, a.bit(65));
        assertEquals(true, a.bit(129));
        assertEquals(true, a.bit(192));
        assertEquals(5, a.bitCount());
        PdqHash b = o.get(1);
        assertEquals(0x12L, b.word64(0));
        assertEquals(0x2L, b.word64(1));
        assertEquals(0x10L, b.word64(2));
        assertEquals(0L, b.word64(3));
        assertEquals("0000000000000000000000000000001000000000000000020000000000000012", b.toHex());
        PdqHash one = PdqHash.of(1, 0, 0, 0);
        assertEquals("0000000000000000000000000000000000000000000000000000000000000001", one.toHex());
    }

    @Test
    void rejectsMalformed() {
        String ok = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22";
        assertEquals(ok, PdqHash.fromHex(ok.toUpperCase()).toHex());
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(ok.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(ok + "0"));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(""));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(null));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(ok.substring(1) + "g"));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(" " + ok.substring(1)));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(ok.substring(1) + "\u0661")); // Arabic-Indic 1
    }
}
