package eu.csep.portal.hashmatch.control;

import java.util.List;
import java.util.Map;

/**
 * The answer to one lookup: the query hashes (by variant or type), the PDQ quality if known, whether the PDQ
 * hash was reliable enough to be matched, every hit, and the id of the match-log entry.
 */
public record MatchOutcome(Map<String, String> queryHashes, Integer quality, boolean pdqMatched,
        List<MatchHit> matches, Long logId) implements java.io.Serializable {

    public String logText() {
        StringBuilder b = new StringBuilder();
        for (MatchHit h : matches) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(h.logText());
        }
        return b.toString();
    }
}
