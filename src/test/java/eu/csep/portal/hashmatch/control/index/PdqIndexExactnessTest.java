package eu.csep.portal.hashmatch.control.index;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdqIndexExactnessTest {
    private static final int[] RADII = {0, 5, 16, 30, 31, 32, 34, 35, 40, 64, 100, 256};

    /**
     * VECTOR needs JDK 21+ with the incubator module: on the build's JDK 17 it is skipped here and runs in the
     * vector-kernel surefire execution (pom profile), which sets pdq.index.require-vector so it cannot be skipped there.
     */
    private static void assumeRunnable(PdqIndex.Kernel kernel) {
        if (Boolean.getBoolean("pdq.index.require-vector")) {
            assertTrue(PdqIndex.Kernel.VECTOR.available(), "this run must exercise the Vector API kernel");
            assertEquals(PdqIndex.Kernel.VECTOR, PdqIndex.Kernel.auto(), "the index picks it by itself");
        }
        assumeTrue(kernel.available(), "VECTOR runs in the vector-kernel execution on JDK 21+");
    }

    @org.junit.jupiter.api.Test
    void vectorKernelRefusedClearlyWhereTheJvmCannotRunIt() {
        assumeTrue(!PdqIndex.Kernel.VECTOR.available(), "this JVM runs the Vector API kernel");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PdqIndex(PdqIndex.Kernel.VECTOR));
        assertTrue(e.getMessage().contains("--add-modules jdk.incubator.vector"), e.getMessage());
        assertTrue(PdqIndex.Kernel.auto() != PdqIndex.Kernel.VECTOR);
    }

    @ParameterizedTest
    @EnumSource(PdqIndex.Kernel.class)
    void vectorFilesSameAsBruteForce(PdqIndex.Kernel kernel) {
        assumeRunnable(kernel);
        List<PdqHash> hay = TestData.readHashes("haystack.txt");
        List<PdqHash> needles = TestData.readHashes("needles.txt");
        assertEquals(1350, hay.size());
        assertEquals(100, needles.size());
        PdqIndex idx = new PdqIndex(kernel);
        BruteForceMatcher bf = new BruteForceMatcher();
        for (int i = 0; i < hay.size(); i++) {
            idx.add(1000 + i, hay.get(i));
            bf.add(1000 + i, hay.get(i));
        }
        int pairs31 = 0;
        for (int r : RADII) {
            for (PdqHash n : needles) {
                List<Match> got = idx.lookup(n, r);
                assertEquals(bf.lookup(n, r), got, "radius " + r + " needle " + n);
                if (r == 31) {
                    pairs31 += got.size();
                }
            }
            for (int g = 0; g + 8 <= needles.size(); g += 8) { // 8 needles as the 8 "variants"
                PdqHash[] v = needles.subList(g, g + 8).toArray(new PdqHash[0]);
                assertEquals(bf.lookup(v, r), idx.lookup(v, r), "radius " + r + " group " + g);
            }
            for (int nv : new int[] {2, 3, 5}) {
                PdqHash[] v = needles.subList(10, 10 + nv).toArray(new PdqHash[0]);
                assertEquals(bf.lookup(v, r), idx.lookup(v, r), "radius " + r + " nv " + nv);
            }
        }
        assertTrue(pairs31 > 0, "the vector files should contain matches at 31");
    }

    @ParameterizedTest
    @EnumSource(PdqIndex.Kernel.class)
    void randomWithPlantedBoundaryCases(PdqIndex.Kernel kernel) {
        assumeRunnable(kernel);
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 30_000;
        long[] ids = new long[n];
        long[][] w = new long[4][n];
        BruteForceMatcher bf = new BruteForceMatcher();
        List<PdqHash> stored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PdqHash h = TestData.random(rnd);
            ids[i] = 5_000_000_000L + 3L * i; // ids above 2^32
            for (int k = 0; k < 4; k++) {
                w[k][i] = h.word64(k);
            }
            bf.add(ids[i], h);
            stored.add(h);
        }
        PdqIndex idx = new PdqIndex(kernel);
        idx.bulkLoad(ids, w[0], w[1], w[2], w[3], n);
        assertEquals(n, idx.size());
        for (int r : new int[] {0, 1, 15, 31, 32, 33, 34, 35, 47, 64}) {
            for (int t = 0; t < 6; t++) {
                PdqHash base = stored.get(rnd.nextInt(n));
                // exactly at the radius, one above, one below (capped to the 256 bits)
                for (int d : new int[] {r, r + 1, Math.max(0, r - 1)}) {
                    PdqHash q = TestData.flip(base, Math.min(256, d), rnd);
                    List<Match> expect = bf.lookup(q, r);
                    assertEquals(expect, idx.lookup(q, r), "r=" + r + " d=" + d);
                    boolean baseHit = expect.stream().anyMatch(m -> m.distance() == Math.min(256, d));
                    if (d <= r) {
                        assertTrue(baseHit, "boundary r=" + r + " d=" + d);
                    }
                }
                // 8 variants: the planted one at variant 5, the others random or also near
                PdqHash[] v = new PdqHash[8];
                for (int j = 0; j < 8; j++) {
                    v[j] = j == 5 ? TestData.flip(base, r, rnd) : j == 2 ? TestData.flip(base, r + 1, rnd) : TestData.random(rnd);
                }
                List<Match> expect = bf.lookup(v, r);
                assertEquals(expect, idx.lookup(v, r), "8v r=" + r);
                assertTrue(expect.stream().anyMatch(m -> m.variant() == 5 && m.distance() == r));
            }
        }
    }
}
