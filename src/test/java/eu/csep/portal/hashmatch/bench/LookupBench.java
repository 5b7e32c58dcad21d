package eu.csep.portal.hashmatch.bench;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import eu.csep.portal.hashmatch.control.index.Match;
import eu.csep.portal.hashmatch.control.index.PdqIndex;
import java.util.List;
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

/** Lookups at radius 31 over n random hashes (default 10 M): index vs naive flat scan, single and 8 variants. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LookupBench {
    static final int RADIUS = 31;

    @State(Scope.Benchmark)
    public static class Data {
        @Param({"10000000"})
        public int n;
        @Param({""})
        public String impl; // "" = PdqIndex with auto kernel, else FUSED8 / PAIRS / SINGLES, or NAIVE
        BenchData data;
        PdqIndex index;
        NaiveFlatScan naive;

        @Setup(Level.Trial)
        public void setup() {
            data = new BenchData(n, 42);
            if ("NAIVE".equals(impl)) {
                naive = new NaiveFlatScan(data.ids, data.w0, data.w1, data.w2, data.w3, n);
                return;
            }
            index = impl.isEmpty() ? new PdqIndex() : new PdqIndex(PdqIndex.Kernel.valueOf(impl));
            long t = System.nanoTime();
            index.bulkLoad(data.ids, data.w0, data.w1, data.w2, data.w3, n);
            System.out.printf("%n[setup] %s kernel=%s n=%d bulkLoad %.0f ms, %.2f bytes/hash, java %s%n", impl,
                    index.kernel(), n, (System.nanoTime() - t) / 1e6, index.bytesPerHash(), Runtime.version());
        }

        List<Match> single(int q) {
            PdqHash h = data.singles[q];
            return naive != null ? naive.lookup(new PdqHash[] {h}, RADIUS) : index.lookup(h, RADIUS);
        }

        List<Match> eight(int q) {
            PdqHash[] v = data.variants[q];
            return naive != null ? naive.lookup(v, RADIUS) : index.lookup(v, RADIUS);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int take() {
            int q = next;
            next = (next + 1) % 1000;
            return q;
        }
    }

    @Benchmark
    public List<Match> single(Data d, Cursor c) {
        return d.single(c.take());
    }

    @Benchmark
    public List<Match> eightVariants(Data d, Cursor c) {
        return d.eight(c.take());
    }
}
