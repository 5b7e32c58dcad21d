package eu.csep.portal.hashmatch.control.index;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ground truth for tests: a map of live entries scanned one by one with {@link PdqHash#distance}. Not thread-safe. */
public final class BruteForceMatcher {
    private final Map<Long, PdqHash> entries = new LinkedHashMap<>();

    public void add(long entryId, PdqHash hash) {
        entries.put(entryId, hash);
    }

    public boolean remove(long entryId) {
        return entries.remove(entryId) != null;
    }

    public int size() {
        return entries.size();
    }

    public List<Match> lookup(PdqHash query, int radius) {
        return lookup(new PdqHash[] {query}, radius);
    }

    public List<Match> lookup(PdqHash[] variants, int radius) {
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Long, PdqHash> e : entries.entrySet()) {
            int best = Integer.MAX_VALUE;
            int bestV = -1;
            for (int v = 0; v < variants.length; v++) {
                int d = e.getValue().distance(variants[v]);
                if (d < best) {
                    best = d;
                    bestV = v;
                }
            }
            if (best <= radius) {
                out.add(new Match(e.getKey(), best, bestV));
            }
        }
        Collections.sort(out);
        return out;
    }
}
