package eu.csep.portal.hashmatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.csep.portal.hashmatch.entity.SignalType;
import eu.csep.portal.shared.boundary.Refusal;
import org.junit.jupiter.api.Test;

class HashInputTest {

    private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";
    private static final String SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void typesAsPeopleAndHmaFilesWriteThem() {
        assertEquals(SignalType.PDQ, HashInput.type("type", " PDQ "));
        assertEquals(SignalType.MD5, HashInput.type("type", "video_md5"));
        assertEquals(SignalType.MD5, HashInput.type("type", "md5"));
        assertEquals(SignalType.SHA256, HashInput.type("type", "sha-256"));
        assertRefused("type", "hashmatch.type.unknown", () -> HashInput.type("type", "phash"));
        assertRefused("type", "hashmatch.type.required", () -> HashInput.type("type", " "));
        assertRefused("type", "hashmatch.type.required", () -> HashInput.type("type", null));
    }

    @Test
    void hashesAreCanonicalLowerCaseOfTheRightLength() {
        assertEquals(PDQ, HashInput.hash("hash", SignalType.PDQ, "  " + PDQ.toUpperCase() + "\n"));
        assertEquals(MD5, HashInput.hash("hash", SignalType.MD5, MD5));
        assertEquals(SHA256, HashInput.hash("hash", SignalType.SHA256, SHA256));
    }

    @Test
    void wrongLengthsAndCharactersAreRefusedNamingTheField() {
        assertRefused("hash", "hashmatch.hash.invalid", () -> HashInput.hash("hash", SignalType.PDQ, PDQ.substring(1)));
        assertRefused("hash", "hashmatch.hash.invalid", () -> HashInput.hash("hash", SignalType.PDQ, PDQ + "0"));
        assertRefused("hash", "hashmatch.hash.invalid", () -> HashInput.hash("hash", SignalType.MD5, PDQ));
        assertRefused("hash", "hashmatch.hash.invalid", () -> HashInput.hash("hash", SignalType.SHA256, MD5));
        assertRefused("hash", "hashmatch.hash.invalid", () -> HashInput.hash("hash", SignalType.MD5, MD5.substring(1) + "g"));
        // Arabic-Indic digit one: Character.digit accepts it, a hash must not
        assertRefused("hash", "hashmatch.hash.invalid", () -> HashInput.hash("hash", SignalType.MD5, MD5.substring(1) + "\u0661"));
        assertRefused("hash", "hashmatch.hash.invalid", () -> HashInput.hash("hash", SignalType.MD5, "<script>alert(1)</script>"));
        assertRefused("hash", "hashmatch.hash.required", () -> HashInput.hash("hash", SignalType.MD5, ""));
        Refusal r = assertThrows(Refusal.class, () -> HashInput.hash("hash", SignalType.PDQ, "abc"));
        assertEquals("pdq", r.arguments()[0]);
        assertEquals(64, r.arguments()[1]);
    }

    @Test
    void qualityThresholdAndTexts() {
        assertNull(HashInput.quality("quality", null));
        assertEquals(100, HashInput.quality("quality", 100));
        assertRefused("quality", "hashmatch.quality.invalid", () -> HashInput.quality("quality", 101));
        assertRefused("quality", "hashmatch.quality.invalid", () -> HashInput.quality("quality", -1));
        assertEquals(31, HashInput.threshold("threshold", null, 31));
        assertEquals(0, HashInput.threshold("threshold", 0, 31));
        assertRefused("threshold", "hashmatch.threshold.invalid", () -> HashInput.threshold("threshold", 129, 31));
        assertEquals("Daesh images", HashInput.text("name", "  Daesh images ", 100, true));
        assertNull(HashInput.text("note", "  ", 100, false));
        assertRefused("name", "hashmatch.field.required", () -> HashInput.text("name", " ", 100, true));
        assertRefused("name", "hashmatch.field.tooLong", () -> HashInput.text("name", "x".repeat(101), 100, true));
        assertRefused("name", "hashmatch.field.notPlain", () -> HashInput.text("name", "<script>", 100, true));
        assertRefused("name", "hashmatch.field.notPlain", () -> HashInput.text("name", "a\u202Eb", 100, true));
    }

    private static void assertRefused(String field, String key, org.junit.jupiter.api.function.Executable call) {
        Refusal r = assertThrows(Refusal.class, call);
        assertEquals(field, r.field());
        assertEquals(key, r.messageKey());
        assertEquals(Refusal.Kind.INVALID, r.kind());
    }
}
