package eu.csep.portal.hashmatch.bench;

import eu.csep.portal.hashmatch.control.pdq.DecodedImage;
import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import eu.csep.portal.hashmatch.control.pdq.PdqHash;
import eu.csep.portal.hashmatch.control.pdq.PdqHasher;
import java.awt.image.BufferedImage;
import java.io.IOException;
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
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      eu.csep.portal.hashmatch.bench.PdqBench [vectorsDir]
 * </pre>
 *
 * Measures (a) hash-only time for the 1600x1004 (1.6 MP) bridge photo from pre-decoded pixels
 * (BufferedImage -> hash, i.e. including luminance extraction, and float luma -> hash), and
 * (b) end-to-end decode+hash throughput over the 20 JPEGs in dih/ and bridge-mods/, at full
 * resolution (reference-exact) and with JPEG source subsampling (fast mode), reporting the fast
 * mode's distance to the C++ reference values. Each section runs for a few seconds only.
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
        System.out.println("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        PdqHasher hasher = new PdqHasher();
        ImageDecoder decoder = new ImageDecoder();

        // (a) hash only
        BufferedImage bridge = decoder.decode(vectors.resolve("dih/bridge-1-original.jpg")).image();
        float[] luma = PdqHasher.luminance(bridge);
        int w = bridge.getWidth();
        int h = bridge.getHeight();
        timeIt("hash-only BufferedImage " + w + "x" + h, 4000, () -> hasher.hash(bridge));
        timeIt("hash-only float luma    " + w + "x" + h, 3000, () -> hasher.hash(luma, h, w));
        timeIt("dihedral  BufferedImage " + w + "x" + h, 3000, () -> hasher.hashDihedral(bridge));

        // (b) end to end
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"dih", "bridge-mods"}) {
            try (Stream<Path> s = Files.list(vectors.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".jpg")).sorted().forEach(files::add);
            }
        }
        System.out.println("end-to-end over " + files.size() + " JPEGs (decode from file + hash, 1 thread)");
        endToEnd("full resolution (JDK reader)", files, decoder, hasher, 8000);
        for (long limit : new long[] {500_000L, 250_000L}) {
            ImageDecoder fast = new ImageDecoder(ImageDecoder.Options.defaults().withSubsampleAbovePixels(limit));
            int[] d = new int[CPP.size()];
            int i = 0;
            for (Map.Entry<String, String> e : CPP.entrySet()) {
                DecodedImage img = fast.decode(vectors.resolve("dih").resolve(e.getKey()));
                d[i++] = hasher.hash(img.image()).hash().distance(PdqHash.fromHex(e.getValue()));
            }
            System.out.println("  subsample above " + limit + " px: distances to C++ " + Arrays.toString(d)
                    + " max " + Arrays.stream(d).max().getAsInt());
            endToEnd("subsampled above " + limit + " px", files, fast, hasher, 6000);
        }
    }

    private static void endToEnd(String label, List<Path> files, ImageDecoder decoder, PdqHasher hasher,
            long budgetMs) throws IOException {
        // warm-up: two rounds
        for (int r = 0; r < 2; r++) {
            for (Path p : files) {
                hasher.hash(decoder.decode(p).image());
            }
        }
        long decodeNs = 0;
        long hashNs = 0;
        int n = 0;
        long end = System.nanoTime() + budgetMs * 1_000_000L;
        while (System.nanoTime() < end) {
            for (Path p : files) {
                long t0 = System.nanoTime();
                BufferedImage img = decoder.decode(p).image();
                long t1 = System.nanoTime();
                hasher.hash(img);
                long t2 = System.nanoTime();
                decodeNs += t1 - t0;
                hashNs += t2 - t1;
                n++;
            }
        }
        double total = (decodeNs + hashNs) / 1e9;
        System.out.printf("  %-34s %6.1f images/s  (decode %.2f ms + hash %.2f ms per image, n=%d)%n",
                label, n / total, decodeNs / 1e6 / n, hashNs / 1e6 / n, n);
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
