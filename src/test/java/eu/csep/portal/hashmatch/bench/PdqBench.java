package eu.csep.portal.hashmatch.bench;

import eu.csep.portal.hashmatch.control.pdq.DecodedImage;
import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import eu.csep.portal.hashmatch.control.pdq.PdqHash;
import eu.csep.portal.hashmatch.control.pdq.PdqHasher;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Small, bounded benchmark harness (single thread; not a unit test, not run by surefire).
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      eu.csep.portal.hashmatch.bench.PdqBench [vectorsDir]
 * </pre>
 *
 * Measures (a) hash-only time for the 1600x1004 (1.6 MP) bridge photo from pre-decoded pixels
 * (BufferedImage -> hash, i.e. including luminance extraction; float luma -> hash; raw JPEG
 * YCbCr -> hash, i.e. including the fused colour conversion), and (b) end-to-end decode+hash
 * throughput over the 20 JPEGs in dih/ and bridge-mods/ at full resolution: the ordinary path
 * ({@code read()} to RGB, JPEG fast path off), the JPEG fast path from files and from bytes
 * already in memory, then JPEG source subsampling (fast mode) with its distance to the C++
 * reference values. End to end reports thread CPU time per image (ThreadMXBean; what "per core"
 * means on a shared machine) and wall time. Each section runs for a few seconds only
 * ({@code -Dbench.seconds=N} scales the end-to-end budget, default 8).
 */
public final class PdqBench {

    private static final Map<String, String> CPP = Map.of(
            "bridge-1-original.jpg", "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22",
            "bridge-2-rotate-90.jpg", "b0a10efd71cc3f429413d48d0ffffe12e34e0e17ada952a9d29684210aa9e5af",
            "bridge-3-rotate-180.jpg", "adad5a64b5a142e55362a09057dacd5ae63b847fc23794b766b319361fc93188",
            "bridge-4-rotate-270.jpg", "a5f4a457a48995e8c9065c275aaa5498b61ba4bdf8fcf80387c32f8b0bfc4f05",
            "bridge-5-flipx.jpg", "f8f80f31e0f417b00e37f5cd028f980fb36ed02a9662c1e233e6cc634e9c64dd",
            "bridge-6-flipy.jpg", "8dad2599b1a1bd1853625f6553da32a1e63b7280c2374b4866b366c91bc9ce77",
            "bridge-7-flip-plus-1.jpg", "f0a1f102f1dcc0bd9c5309720fff018de34ef1e8ada9a956d2967ade0ea91a50",
            "bridge-8-flip-minus-1.jpg", "a5f05ba8a4896a17c106a3da5aaaab07b61b5b42f8fc07fc83c3d0740bfcb0fa");

    private PdqBench() {
    }

    public static void main(String[] args) throws IOException {
        Path vectors = Path.of(args.length > 0 ? args[0] : System.getProperty("pdq.vectors", "src/test/resources/pdq-vectors"));
        long budgetMs = Long.getLong("bench.seconds", 8) * 1000L;
        System.out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        PdqHasher hasher = new PdqHasher();
        ImageDecoder decoder = new ImageDecoder();
        ImageDecoder ordinary = new ImageDecoder(ImageDecoder.Options.defaults().withJpegFastPath(false));

        // (a) hash only
        Path bridgeFile = vectors.resolve("dih/bridge-1-original.jpg");
        BufferedImage bridge = ordinary.decode(bridgeFile).image();
        DecodedImage bridgeRaw = decoder.decode(bridgeFile);
        if (!bridgeRaw.rawYcc()) {
            throw new IllegalStateException("bridge-1 did not take the JPEG fast path");
        }
        float[] luma = PdqHasher.luminance(bridge);
        int w = bridge.getWidth();
        int h = bridge.getHeight();
        timeIt("hash-only BufferedImage " + w + "x" + h, 4000, () -> hasher.hash(bridge));
        timeIt("hash-only float luma    " + w + "x" + h, 3000, () -> hasher.hash(luma, h, w));
        timeIt("hash-only raw YCbCr     " + w + "x" + h, 3000, () -> hasher.hash(bridgeRaw));
        timeIt("dihedral  BufferedImage " + w + "x" + h, 3000, () -> hasher.hashDihedral(bridge));

        // (b) end to end
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"dih", "bridge-mods"}) {
            try (Stream<Path> s = Files.list(vectors.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".jpg")).sorted().forEach(files::add);
            }
        }
        List<byte[]> bytes = new ArrayList<>();
        int fast = 0;
        for (Path p : files) {
            bytes.add(Files.readAllBytes(p));
            fast += decoder.decode(p).rawYcc() ? 1 : 0;
        }
        System.out.println("end-to-end over " + files.size() + " JPEGs (" + fast
                + " take the JPEG fast path), decode + hash, 1 thread");
        endToEnd("ordinary path, read() to RGB (file)", files, p -> ordinary.decode(p), hasher, budgetMs);
        endToEnd("JPEG fast path (file)", files, p -> decoder.decode(p), hasher, budgetMs);
        endToEnd("ordinary path, read() to RGB (bytes)", bytes, b -> ordinary.decode(b), hasher, budgetMs);
        endToEnd("JPEG fast path (bytes)", bytes, b -> decoder.decode(b), hasher, budgetMs);
        for (long limit : new long[] {500_000L, 250_000L}) {
            ImageDecoder sub = new ImageDecoder(ImageDecoder.Options.defaults().withSubsampleAbovePixels(limit));
            int[] d = new int[CPP.size()];
            int i = 0;
            for (Map.Entry<String, String> e : CPP.entrySet()) {
                DecodedImage img = sub.decode(vectors.resolve("dih").resolve(e.getKey()));
                d[i++] = hasher.hash(img).hash().distance(PdqHash.fromHex(e.getValue()));
            }
            System.out.println("  subsample above " + limit + " px: distances to C++ " + Arrays.toString(d)
                    + " max " + Arrays.stream(d).max().getAsInt());
            endToEnd("subsampled above " + limit + " px (file)", files, p -> sub.decode(p), hasher, budgetMs * 3 / 4);
        }
    }

    /** A decode step that may fail with an I/O error. */
    @FunctionalInterface
    private interface Decode<T> {
        DecodedImage apply(T input) throws IOException;
    }

    private static <T> void endToEnd(String label, List<T> inputs, Decode<T> decode, PdqHasher hasher,
            long budgetMs) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // warm-up: two rounds
        for (int r = 0; r < 2; r++) {
            for (T in : inputs) {
                hasher.hash(decode.apply(in));
            }
        }
        long decodeCpu = 0;
        long hashCpu = 0;
        long wallNs = 0;
        int n = 0;
        long end = System.nanoTime() + budgetMs * 1_000_000L;
        while (System.nanoTime() < end) {
            for (T in : inputs) {
                long t0 = System.nanoTime();
                long c0 = mx.getCurrentThreadCpuTime();
                DecodedImage img = decode.apply(in);
                long c1 = mx.getCurrentThreadCpuTime();
                hasher.hash(img);
                long c2 = mx.getCurrentThreadCpuTime();
                wallNs += System.nanoTime() - t0;
                decodeCpu += c1 - c0;
                hashCpu += c2 - c1;
                n++;
            }
        }
        double cpuS = (decodeCpu + hashCpu) / 1e9;
        System.out.printf("  %-40s %6.1f images/CPU-s (decode %.2f + hash %.2f ms CPU per image), wall %6.1f images/s, n=%d%n",
                label, n / cpuS, decodeCpu / 1e6 / n, hashCpu / 1e6 / n, n / (wallNs / 1e9), n);
    }

    private static void timeIt(String label, long budgetMs, Runnable task) {
        long warmEnd = System.nanoTime() + budgetMs / 2 * 1_000_000L;
        while (System.nanoTime() < warmEnd) {
            task.run();
        }
        List<Long> samples = new ArrayList<>();
        long end = System.nanoTime() + budgetMs / 2 * 1_000_000L;
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            task.run();
            samples.add(System.nanoTime() - t0);
        }
        long[] s = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = Arrays.stream(s).average().orElse(0) / 1e6;
        System.out.printf("%-40s median %.2f ms, mean %.2f ms, p90 %.2f ms (n=%d)%n", label,
                s[s.length / 2] / 1e6, mean, s[(int) (s.length * 0.9)] / 1e6, s.length);
    }
}
