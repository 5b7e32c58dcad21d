package eu.csep.portal.hashmatch.control.pdq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PdqHasherTest {

    private final PdqHasher hasher = new PdqHasher();

    private static BufferedImage convert(BufferedImage src, int type) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), type);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    @Test
    void fastPixelPathsEqualReferenceGetRgb() {
        // sizes chosen to exercise odd windows, bands not divisible by 4 and non-square shapes
        int[][] sizes = {{1, 1}, {3, 7}, {64, 64}, {129, 257}, {641, 403}, {1000, 130}};
        for (int[] s : sizes) {
            BufferedImage base = TestImages.picture(s[0], s[1], BufferedImage.TYPE_INT_RGB);
            PdqResult expected = hasher.hash(TestImages.referenceLuma(base), s[1], s[0]);
            for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
                BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_INT_BGR}) {
                BufferedImage img = convert(base, type);
                assertEquals(expected, hasher.hash(img), "type " + type + " size " + s[0] + "x" + s[1]);
            }
            // sub-image (translated raster) goes through the generic path
            BufferedImage big = convert(TestImages.picture(s[0] + 10, s[1] + 10, BufferedImage.TYPE_INT_RGB),
                    BufferedImage.TYPE_3BYTE_BGR);
            BufferedImage sub = big.getSubimage(5, 5, s[0], s[1]);
            assertEquals(hasher.hash(TestImages.referenceLuma(sub), s[1], s[0]), hasher.hash(sub));
        }
    }

    @Test
    void luminanceHelperMatchesReference() {
        BufferedImage img = convert(TestImages.picture(77, 55, BufferedImage.TYPE_INT_RGB), BufferedImage.TYPE_3BYTE_BGR);
        assertArrayEquals(TestImages.referenceLuma(img), PdqHasher.luminance(img));
    }

    @Test
    void lumaInputIsNotModifiedAndDihedralOriginalEqualsHash() {
        BufferedImage img = TestImages.picture(300, 200, BufferedImage.TYPE_INT_RGB);
        float[] luma = PdqHasher.luminance(img);
        float[] copy = luma.clone();
        PdqResult r = hasher.hash(luma, 200, 300);
        assertArrayEquals(copy, luma);
        PdqDihedralResult d = hasher.hashDihedral(luma, 200, 300);
        assertEquals(r.hash(), d.original());
        assertEquals(r.quality(), d.quality());
        assertEquals(r, d.originalResult());
        assertTrue(r.trusted());
    }

    @Test
    void jaroszWindowSizes() {
        assertEquals(1, PdqHasher.jaroszWindowSize(1));
        assertEquals(1, PdqHasher.jaroszWindowSize(128));
        assertEquals(2, PdqHasher.jaroszWindowSize(129));
        assertEquals(8, PdqHasher.jaroszWindowSize(1004));
        assertEquals(13, PdqHasher.jaroszWindowSize(1600));
    }

    @Test
    void flatImagesHaveZeroQuality() {
        BufferedImage flat = new BufferedImage(500, 400, BufferedImage.TYPE_INT_RGB);
        PdqResult r = hasher.hash(flat);
        assertEquals(0, r.quality());
        assertEquals(0, hasher.hash(new float[] {42f}, 1, 1).quality());
    }

    @Test
    void invalidArguments() {
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new float[10], 0, 10));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(new float[10], 4, 4));
        assertThrows(NullPointerException.class, () -> hasher.hash((BufferedImage) null));
    }

    @Test
    @Timeout(60)
    void threadSafeUnderConcurrentUse() throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        List<PdqDihedralResult> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            BufferedImage img = TestImages.picture(200 + 37 * i, 150 + 53 * i, BufferedImage.TYPE_3BYTE_BGR);
            images.add(img);
            expected.add(hasher.hashDihedral(img));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int offset = t;
                futures.add(pool.submit(() -> {
                    for (int k = 0; k < 30; k++) {
                        int i = (k + offset) % images.size();
                        if (!hasher.hashDihedral(images.get(i)).equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void median() {
        float[] v = new float[256];
        for (int i = 0; i < 256; i++) {
            v[i] = (i * 37) % 256;
        }
        float m = PdqHasher.median256(v);
        assertEquals(127f, m); // the lower of the two middle values, as Torben's algorithm gives
    }
}
