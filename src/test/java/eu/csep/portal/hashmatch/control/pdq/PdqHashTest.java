package eu.csep.portal.hashmatch.control.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PdqHashTest {

    private static int naiveDistance(String a, String b) {
        return new BigInteger(a, 16).xor(new BigInteger(b, 16)).bitCount();
    }

    @Test
    void hexRoundTripRandom() {
        Random rnd = new Random(42);
        for (int i = 0; i < 1000; i++) {
            long[] l = {rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong()};
            PdqHash h = PdqHash.ofLongs(l);
            String hex = h.toHex();
            assertEquals(64, hex.length());
            assertEquals(hex, hex.toLowerCase());
            assertEquals(h, PdqHash.fromHex(hex));
            assertEquals(h, PdqHash.fromHex(hex.toUpperCase()));
            assertEquals(String.format("%064x", new BigInteger(1, toBytes(l))), hex);
        }
    }

    private static byte[] toBytes(long[] l) {
        byte[] b = new byte[32];
        for (int i = 0; i < 4; i++) {
            long v = l[3 - i];
            for (int k = 0; k < 8; k++) {
                b[i * 8 + k] = (byte) (v >>> (56 - 8 * k));
            }
        }
        return b;
    }

    @Test
    void shortWordsMatchReferenceLayout() {
        short[] w = new short[16];
        for (int i = 0; i < 16; i++) {
            w[i] = (short) (0x1000 * (i % 16) + i);
        }
        PdqHash h = PdqHash.ofShorts(w);
        StringBuilder expected = new StringBuilder();
        for (int i = 15; i >= 0; i--) {
            expected.append(String.format("%04x", w[i] & 0xffff));
        }
        assertEquals(expected.toString(), h.toHex());
        for (int i = 0; i < 16; i++) {
            assertEquals(w[i] & 0xffff, h.word16(i));
        }
    }

    @Test
    void badHexIsRejectedWithClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex("abc"));
        assertTrue(e.getMessage().contains("64 hex digits") && e.getMessage().contains("got 3"), e.getMessage());
        String s65 = "0".repeat(65);
        e = assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(s65));
        assertTrue(e.getMessage().contains("got 65"), e.getMessage());
        String bad = "0".repeat(10) + "g" + "0".repeat(53);
        e = assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(bad));
        assertTrue(e.getMessage().contains("non-hex character 'g' at position 10"), e.getMessage());
        String fullwidth = "\uff11" + "0".repeat(63);
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(fullwidth));
        assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex("-" + "0".repeat(63)));
        e = assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(null));
        assertTrue(e.getMessage().contains("null"));
        assertEquals(PdqHash.zero(), PdqHash.fromHex("  " + "0".repeat(64) + "\n"));
    }

    /** short256.dat: near-identical pairs (1 hex digit apart), then all-zero and all-one. */
    @Test
    void short256EdgeCases() {
        List<String> lines = TestVectors.lines("index/short256.dat");
        assertEquals(6, lines.size());
        List<PdqHash> h = new ArrayList<>();
        for (String s : lines) {
            PdqHash p = PdqHash.fromHex(s);
            assertEquals(s, p.toHex());
            h.add(p);
        }
        assertEquals(naiveDistance(lines.get(0), lines.get(1)), h.get(0).distance(h.get(1)));
        assertEquals(4, h.get(0).distance(h.get(1))); // 7 -> 8 flips 4 bits
        assertEquals(3, h.get(2).distance(h.get(3))); // b -> c flips 3 bits
        assertEquals(0, h.get(4).bitCount());
        assertEquals(256, h.get(5).bitCount());
        assertEquals(256, h.get(4).distance(h.get(5)));
        assertEquals(h.get(0).bitCount(), h.get(0).distance(h.get(4)));
        assertEquals(256 - h.get(0).bitCount(), h.get(0).distance(h.get(5)));
    }

    /** long256.dat: 50 random hashes; popcount/distance must agree with arbitrary precision. */
    @Test
    void long256Popcounts() {
        List<String> lines = TestVectors.lines("index/long256.dat");
        assertEquals(50, lines.size());
        Set<PdqHash> set = new HashSet<>();
        for (String a : lines) {
            PdqHash ha = PdqHash.fromHex(a);
            assertEquals(a, ha.toHex());
            assertEquals(new BigInteger(a, 16).bitCount(), ha.bitCount());
            set.add(ha);
            for (String b : lines) {
                PdqHash hb = PdqHash.fromHex(b);
                int d = ha.distance(hb);
                assertEquals(naiveDistance(a, b), d);
                assertEquals(d, hb.distance(ha));
                assertEquals(d <= 31, ha.matches(hb, PdqHash.DEFAULT_MATCH_DISTANCE));
            }
        }
        assertEquals(50, set.size());
    }

    /** order256.dat: small values in chosen words pin down word order and bit numbering. */
    @Test
    void order256WordOrder() {
        List<String> lines = TestVectors.lines("index/order256.dat");
        PdqHash a = PdqHash.fromHex(lines.get(0));
        // text "0000000000000001 0000000000000002 0000000000000003 0000000000000004":
        // word 0 = 4, word 4 = 3, word 8 = 2, word 12 = 1 (word 15 printed first)
        assertEquals(4, a.word16(0));
        assertEquals(3, a.word16(4));
        assertEquals(2, a.word16(8));
        assertEquals(1, a.word16(12));
        assertEquals(5, a.bitCount());
        assertEquals(Set.of(2, 64, 65, 129, 192), setBits(a));
        assertEquals(4L, a.word64(0));
        assertEquals(1L, a.word64(3));

        PdqHash b = PdqHash.fromHex(lines.get(1));
        assertEquals(0x12, b.word16(0));
        assertEquals(0x02, b.word16(4));
        assertEquals(0x10, b.word16(8));
        assertEquals(Set.of(1, 4, 65, 132), setBits(b));
        assertEquals(7, a.distance(b));
        assertEquals(lines.get(0), a.toHex());
        assertEquals(lines.get(1), b.toHex());
    }

    private static Set<Integer> setBits(PdqHash h) {
        Set<Integer> s = new HashSet<>();
        for (int k = 0; k < 256; k++) {
            if (h.bit(k)) {
                s.add(k);
            }
        }
        return s;
    }

    @Test
    void equalsHashCodeCompareAndSerializable() throws Exception {
        PdqHash a = PdqHash.fromHex(TestVectors.lines("index/long256.dat").get(0));
        PdqHash b = PdqHash.fromHex(a.toHex());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertNotEquals(a, PdqHash.zero());
        assertFalse(a.equals(null));
        assertTrue(PdqHash.zero().compareTo(PdqHash.fromHex("f".repeat(64))) < 0);

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bos)) {
            oos.writeObject(a);
        }
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) {
            assertEquals(a, ois.readObject());
        }
    }
}
