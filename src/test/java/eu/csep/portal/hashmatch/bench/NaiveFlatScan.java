package eu.csep.portal.hashmatch.bench;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import eu.csep.portal.hashmatch.control.index.Match;
import java.util.ArrayList;
import java.util.List;

/** Baseline: plain Java flat scan, long[] struct of arrays, Long.bitCount, one pass per variant. */
final class NaiveFlatScan {
    final long[] ids, w0, w1, w2, w3;
    final int n;

    NaiveFlatScan(long[] ids, long[] w0, long[] w1, long[] w2, long[] w3, int n) {
        this.ids = ids;
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.w3 = w3;
        this.n = n;
    }

    List<Match> lookup(PdqHash[] variants, int radius) {
        List<Match> out = new ArrayList<>();
        for (int v = 0; v < variants.length; v++) {
            PdqHash q = variants[v];
            long a = q.word64(0), b = q.word64(1), c = q.word64(2), d = q.word64(3);
            for (int i = 0; i < n; i++) {
                int dist = Long.bitCount(w0[i] ^ a) + Long.bitCount(w1[i] ^ b)
                        + Long.bitCount(w2[i] ^ c) + Long.bitCount(w3[i] ^ d);
                if (dist <= radius) {
                    out.add(new Match(ids[i], dist, v));
                }
            }
        }
        return out;
    }
}
