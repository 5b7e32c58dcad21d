package eu.csep.portal.hashmatch.bench;

import eu.csep.portal.hashmatch.control.index.PdqIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bulk load from primitive arrays (ids ascending, as with ORDER BY id; and shuffled ids, which forces a sort),
 * against the baseline of just copying the hashes into fresh long[] arrays.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LoadBench {
    @Param({"1000000", "10000000"})
    public int n;
    BenchData data;
    long[] shuffledIds;

    @Setup(Level.Trial)
    public void setup() {
        data = new BenchData(n, 7);
        shuffledIds = data.ids.clone();
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            long t = shuffledIds[i];
            shuffledIds[i] = shuffledIds[j];
            shuffledIds[j] = t;
        }
    }

    @Benchmark
    public PdqIndex bulkLoadSorted() {
        PdqIndex idx = new PdqIndex();
        idx.bulkLoad(data.ids, data.w0, data.w1, data.w2, data.w3, n);
        return idx;
    }

    @Benchmark
    public PdqIndex bulkLoadUnsorted() {
        PdqIndex idx = new PdqIndex();
        idx.bulkLoad(shuffledIds, data.w0, data.w1, data.w2, data.w3, n);
        return idx;
    }

    /** Baseline: "just reading the hashes" into fresh long[] arrays (what a flat scan needs). */
    @Benchmark
    public long[][] copyArraysBaseline() {
        long[][] out = new long[5][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = data.ids[i];
            out[1][i] = data.w0[i];
            out[2][i] = data.w1[i];
            out[3][i] = data.w2[i];
            out[4][i] = data.w3[i];
        }
        return out;
    }
}
