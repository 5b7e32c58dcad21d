package eu.csep.portal.hashmatch.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.csep.portal.hashmatch.entity.SignalType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The match log keeps the query as text; allow-listing a false positive reads it back. */
class MatcherQueryTextTest {

    @Test
    void queryHashesSurviveTheLogText() {
        String pdq = "f".repeat(64);
        String md5 = "0".repeat(32);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("original", pdq);
        query.put("rot90", "a".repeat(64));
        query.put("md5", md5);
        String text = Matcher.queryText(query);
        assertEquals("pdq=" + pdq + " md5=" + md5, text);
        Map<SignalType, String> back = Matcher.queryHashes(text);
        assertEquals(Map.of(SignalType.PDQ, pdq, SignalType.MD5, md5), back);
    }
}
