package eu.csep.portal.hashmatch.bench;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import java.util.SplittableRandom;

/** Random PDQ-like data set like the reference: n random hashes, 1,000 queries of which 500 planted near-duplicates. */
final class BenchData {
    final int n;
    final long[] ids, w0, w1, w2, w3;
    final PdqHash[] singles = new PdqHash[1000];
    final PdqHash[][] variants = new PdqHash[1000][];

    BenchData(int n, long seed) {
        this.n = n;
        SplittableRandom r = new SplittableRandom(seed);
        ids = new long[n];
        w0 = new long[n];
        w1 = new long[n];
        w2 = new long[n];
        w3 = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 1_000_000L + i;
            w0[i] = r.nextLong();
            w1[i] = r.nextLong();
            w2[i] = r.nextLong();
            w3[i] = r.nextLong();
        }
        for (int q = 0; q < 1000; q++) {
            PdqHash h;
            if (q % 2 == 0) { // planted: a stored hash with 0..31 bits flipped
                int i = r.nextInt(n);
                long[] w = {w0[i], w1[i], w2[i], w3[i]};
                int flips = r.nextInt(32);
                for (int f = 0; f < flips; f++) {
                    int k = r.nextInt(256);
                    w[k >>> 6] ^= 1L << (k & 63);
                }
                h = PdqHash.ofLongs(w);
            } else {
                h = PdqHash.of(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
            }
            singles[q] = h;
            PdqHash[] v = new PdqHash[8]; // the near-duplicate sits at a random variant position
            int at = r.nextInt(8);
            for (int j = 0; j < 8; j++) {
                v[j] = j == at ? h : PdqHash.of(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
            }
            variants[q] = v;
        }
    }
}
