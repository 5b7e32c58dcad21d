package eu.csep.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.shared.control.Digests;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void hashesAreLowerCaseHex() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Digests.sha256(abc));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Digests.sha256("abc"));
        assertEquals("900150983cd24fb0d6963f7d28e17f72", Digests.md5(abc));
    }

    @Test
    void secretsAreLongRandomAndPrefixed() {
        String one = Digests.newSecret("rt_");
        assertTrue(one.matches("rt_[A-Za-z0-9_-]{43}"), one);
        assertNotEquals(one, Digests.newSecret("rt_"));
    }
}
