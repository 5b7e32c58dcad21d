package eu.csep.portal.hashmatch.bench;

import eu.csep.portal.hashmatch.control.index.Match;
import eu.csep.portal.hashmatch.control.index.PdqIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Lookup cost as THREAD CPU TIME per lookup (not wall time): on the shared 2-core machine, with load averages of
 * 15-25 from other builds, wall-clock JMH figures vary 3x between runs while a thread's own CPU time stays
 * within a few percent — it still includes memory stalls, so a bandwidth-bound scan is measured honestly, but
 * not time spent waiting for a core. Same data as {@link LookupBench} (10 M random hashes, 1,000 queries of
 * which 500 planted, radius 31). Checks that every kernel finds the same pairs.
 *
 * <p>Args: kernels (comma-separated, default FUSED8,PAIRS,SINGLES) and n (default 10,000,000). Run with
 * {@code -Xmx4g}.
 */
public final class LookupCpuBench {

    private static final int RADIUS = 31;

    public static void main(String[] args) {
        String[] kernels = (args.length > 0 ? args[0] : "FUSED8,PAIRS,SINGLES").split(",");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        BenchData data = new BenchData(n, 42);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf("java %s, n=%d, radius %d, 1000 queries (500 planted)%n", Runtime.version(), n, RADIUS);
        for (String k : kernels) {
            PdqIndex index = new PdqIndex(PdqIndex.Kernel.valueOf(k.strip()));
            index.bulkLoad(data.ids, data.w0, data.w1, data.w2, data.w3, n);
            for (String mode : List.of("single", "eight")) {
                boolean eight = mode.equals("eight");
                for (int q = 0; q < 300; q++) { // warm-up: C2 compiles the kernels
                    lookup(index, data, q, eight);
                }
                long[] cpu = new long[1000];
                long wall0 = System.nanoTime();
                int found = 0;
                for (int q = 0; q < 1000; q++) {
                    long c0 = mx.getCurrentThreadCpuTime();
                    found += lookup(index, data, q, eight).size();
                    cpu[q] = mx.getCurrentThreadCpuTime() - c0;
                }
                long wall = System.nanoTime() - wall0;
                Arrays.sort(cpu);
                System.out.printf("%-8s %-6s cpu median %6.2f ms, p10 %6.2f, p90 %6.2f | wall mean %6.2f ms | matches %d%n",
                        k, mode, cpu[500] / 1e6, cpu[100] / 1e6, cpu[900] / 1e6, wall / 1e6 / 1000, found);
            }
        }
    }

    private static List<Match> lookup(PdqIndex index, BenchData data, int q, boolean eight) {
        return eight ? index.lookup(data.variants[q], RADIUS) : index.lookup(data.singles[q], RADIUS);
    }
}
