package eu.csep.portal.hashmatch.control.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and unusual files: every case ends in a clear exception or a (low-quality) hash. */
class ImageDecoderTest {

    @TempDir
    Path tmp;

    private final ImageDecoder decoder = new ImageDecoder();
    private final PdqHasher hasher = new PdqHasher();

    private Path save(String name, byte[] data) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, data);
        return p;
    }

    @Test
    @Timeout(10)
    void pngBombIsRefusedBeforeDecoding() throws IOException {
        Path bomb = save("bomb.png", TestImages.pngClaiming(30000, 30000));
        assertTrue(Files.size(bomb) < 4096, "bomb should be tiny on disk: " + Files.size(bomb));
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> decoder.decode(bomb));
        assertEquals("image too large: 30000x30000 exceeds 100000000 pixels", e.getMessage());
        assertTrue(e instanceof ImageDecoder.ImageTooLargeException);
    }

    @Test
    @Timeout(10)
    void jpegBombIsRefusedBeforeDecoding() throws IOException {
        Path bomb = save("bomb.jpg", TestImages.jpegClaiming(65000, 60000));
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> decoder.decode(bomb));
        assertEquals("image too large: 65000x60000 exceeds 100000000 pixels", e.getMessage());
    }

    @Test
    @Timeout(10)
    void configurablePixelLimit() throws IOException {
        byte[] png = TestImages.write(TestImages.picture(200, 100, BufferedImage.TYPE_INT_RGB), "png");
        ImageDecoder strict = new ImageDecoder(ImageDecoder.Options.defaults().withMaxPixels(10_000));
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> strict.decode(png));
        assertEquals("image too large: 200x100 exceeds 10000 pixels", e.getMessage());
    }

    @Test
    @Timeout(20)
    void largeButAllowedImageIsSubsampled() throws IOException {
        BufferedImage pic = TestImages.picture(800, 600, BufferedImage.TYPE_3BYTE_BGR);
        byte[] jpg = TestImages.write(pic, "jpeg");
        ImageDecoder sub = new ImageDecoder(ImageDecoder.Options.defaults().withSubsampleAbovePixels(100_000));
        DecodedImage d = sub.decode(jpg);
        assertEquals(3, d.subsampling()); // 800x600=480000 -> /2 = 120000 > 100000 -> /3
        assertEquals(267, d.image().getWidth());
        assertEquals(200, d.image().getHeight());
        assertEquals(800, d.sourceWidth());
        assertFalse(d.fullResolution());
        PdqHash full = hasher.hash(decoder.decode(jpg).image()).hash();
        PdqHash reduced = hasher.hash(d.image()).hash();
        assertTrue(full.distance(reduced) <= 31, "subsampled hash distance " + full.distance(reduced));
    }

    @Test
    @Timeout(10)
    void pngBombUnderLimitButWithoutDataFailsCleanly() throws IOException {
        Path bomb = save("bomb2.png", TestImages.pngClaiming(9000, 9000));
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> decoder.decode(bomb));
        assertTrue(e.getMessage().startsWith("damaged or unsupported"), e.getMessage());
    }

    @Test
    @Timeout(10)
    void truncatedJpeg() throws IOException {
        byte[] jpg = Files.readAllBytes(TestVectors.file("dih/bridge-1-original.jpg"));
        // cut in the middle of the entropy-coded data: the JDK reader fills the rest with grey
        // and reports a warning; the hash is still computed
        Path half = save("half.jpg", Arrays.copyOf(jpg, jpg.length / 2));
        DecodedImage d = decoder.decode(half);
        assertFalse(d.warnings().isEmpty(), "a truncated JPEG must report a warning");
        PdqResult r = hasher.hash(d.image());
        assertTrue(r.quality() >= 0 && r.quality() <= 100);
        // strict mode refuses it
        ImageDecoder strict = new ImageDecoder(ImageDecoder.Options.defaults().withRejectOnWarnings(true));
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> strict.decode(half));
        assertTrue(e.getMessage().startsWith("damaged image:"), e.getMessage());
        // cut inside the headers: no pixels at all
        Path headerOnly = save("header.jpg", Arrays.copyOf(jpg, 300));
        ImageDecodeException e2 = assertThrows(ImageDecodeException.class, () -> decoder.decode(headerOnly));
        assertTrue(e2.getMessage().startsWith("damaged or unsupported"), e2.getMessage());
    }

    @Test
    @Timeout(10)
    void textFileNamedJpg() throws IOException {
        Path p = save("x.jpg", "hello, this is not a picture\n".repeat(20).getBytes(StandardCharsets.UTF_8));
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> decoder.decode(p));
        assertEquals("not an image (unrecognised format)", e.getMessage());
        Path empty = save("empty.png", new byte[0]);
        assertEquals("not an image (empty file)",
                assertThrows(ImageDecodeException.class, () -> decoder.decode(empty)).getMessage());
        assertThrows(NoSuchFileException.class, () -> decoder.decode(tmp.resolve("missing.jpg")));
        assertThrows(ImageDecodeException.class, () -> decoder.decode(tmp));
    }

    @Test
    @Timeout(20)
    void cmykJpeg() throws IOException {
        byte[] cmyk = TestImages.cmykJpeg(320, 240, true);
        PdqHash rgb = hasher.hash(TestImages.picture(320, 240, BufferedImage.TYPE_INT_RGB)).hash();
        // JDK 17's reader converts plain CMYK itself (naively); TwelveMonkeys uses a CMYK profile
        DecodedImage viaJdk = decoder.decode(save("cmyk.jpg", cmyk));
        DecodedImage viaPlugin = new ImageDecoder(ImageDecoder.Options.defaults().withPreferJdkReaders(false))
                .decode(save("cmyk2.jpg", cmyk));
        assertTrue(viaPlugin.readerClass().startsWith("com.twelvemonkeys."), viaPlugin.readerClass());
        for (DecodedImage d : new DecodedImage[] {viaJdk, viaPlugin}) {
            assertEquals(320, d.image().getWidth());
            PdqResult r = hasher.hash(d.image());
            assertTrue(r.trusted(), "quality " + r.quality());
            System.out.println("[decoder] CMYK JPEG via " + d.readerClass() + ": distance to RGB original "
                    + r.hash().distance(rgb));
            assertTrue(r.hash().distance(rgb) <= 31, d.readerClass() + " CMYK vs RGB distance "
                    + r.hash().distance(rgb));
        }
    }

    @Test
    @Timeout(20)
    void fourChannelJpegTheJdkRejectsFallsBackToTwelveMonkeys() throws IOException {
        // Adobe APP14 with transform 1 (YCbCr) on 4 components: JDK says "Unsupported Image Type"
        byte[] cmyk = TestImages.withAdobeMarker(TestImages.cmykJpeg(320, 240, false), 1);
        ImageReader jdk = jdkJpegReader();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(cmyk))) {
            jdk.setInput(in);
            assertThrows(IOException.class, () -> jdk.read(0));
        } finally {
            jdk.dispose();
        }
        DecodedImage d = decoder.decode(save("adobe1.jpg", cmyk));
        assertTrue(d.readerClass().startsWith("com.twelvemonkeys."), d.readerClass());
        PdqResult r = hasher.hash(d.image());
        assertTrue(r.quality() >= 0);
        System.out.println("[decoder] Adobe-1 4-channel JPEG decoded by " + d.readerClass()
                + ", quality " + r.quality());
    }

    private static ImageReader jdkJpegReader() {
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext(); ) {
            ImageReader r = it.next();
            if (r.getClass().getName().equals(PdqConformanceTest.JDK_JPEG_READER)) {
                return r;
            }
        }
        throw new IllegalStateException("JDK JPEG reader missing");
    }

    @Test
    @Timeout(10)
    void pngWithAlpha() throws IOException {
        BufferedImage argb = TestImages.picture(300, 200, BufferedImage.TYPE_INT_ARGB);
        byte[] png = TestImages.write(argb, "png");
        DecodedImage d = decoder.decode(png);
        assertTrue(d.image().getColorModel().hasAlpha());
        PdqResult r = hasher.hash(d.image());
        assertTrue(r.trusted());
        // alpha is ignored, as in the reference: same as hashing the RGB of the pixels
        float[] luma = TestImages.referenceLuma(d.image());
        assertEquals(hasher.hash(luma, 200, 300), r);
    }

    @Test
    @Timeout(10)
    void greyscalePng() throws IOException {
        BufferedImage grey = TestImages.picture(300, 200, BufferedImage.TYPE_BYTE_GRAY);
        DecodedImage d = decoder.decode(TestImages.write(grey, "png"));
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, d.image().getType());
        PdqResult r = hasher.hash(d.image());
        assertTrue(r.trusted());
        assertEquals(hasher.hash(TestImages.referenceLuma(d.image()), 200, 300), r);
    }

    @Test
    @Timeout(10)
    void oneByOneImage() throws IOException {
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        one.setRGB(0, 0, 0x808080);
        for (String fmt : new String[] {"png", "jpeg", "gif", "bmp"}) {
            DecodedImage d = decoder.decode(TestImages.write(one, fmt));
            assertEquals(1, d.image().getWidth());
            PdqResult r = hasher.hash(d.image());
            assertEquals(0, r.quality(), fmt);
            assertFalse(r.trusted());
            assertEquals(8, hasher.hashDihedral(d.image()).hashes().size());
        }
    }

    @Test
    @Timeout(10)
    void preferJdkReadersCanBeSwitchedOff() throws IOException {
        Path bridge = TestVectors.file("dih/bridge-1-original.jpg");
        DecodedImage jdk = decoder.decode(bridge);
        DecodedImage plugin = new ImageDecoder(ImageDecoder.Options.defaults().withPreferJdkReaders(false)).decode(bridge);
        assertEquals(PdqConformanceTest.JDK_JPEG_READER, jdk.readerClass());
        assertNotEquals(jdk.readerClass(), plugin.readerClass()); // TwelveMonkeys registers ahead
        int d = hasher.hash(jdk.image()).hash().distance(hasher.hash(plugin.image()).hash());
        System.out.println("[decoder] JDK vs " + plugin.readerClass() + " hash distance on bridge-1: " + d);
        assertTrue(d <= 10, "distance " + d);
    }

    @Test
    @Timeout(10)
    void decodesFromStreamAndBytesTheSame() throws IOException {
        byte[] data = Files.readAllBytes(TestVectors.file("bridge-mods/square-256x256.jpg"));
        PdqHash a = hasher.hash(decoder.decode(data).image()).hash();
        PdqHash b = hasher.hash(decoder.decode(new ByteArrayInputStream(data)).image()).hash();
        assertEquals(a, b);
        assertEquals("d8f8f0cec4f4a84f0637022a078f67f0b36e2ee5b6621e1d33e6239c4e9c9b22", a.toHex());
    }
}
