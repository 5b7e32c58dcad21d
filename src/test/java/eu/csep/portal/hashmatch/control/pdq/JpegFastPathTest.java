package eu.csep.portal.hashmatch.control.pdq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Node;

/**
 * The JPEG fast path (raw Y,Cb,Cr + libjpeg's integer colour conversion fused with luminance) must
 * give exactly what the ordinary path gives: the JDK reader's {@code read()} pixels, their luminance
 * bit for bit, the same hashes; and every file it must not handle keeps the ordinary path.
 */
class JpegFastPathTest {

    private final ImageDecoder decoder = new ImageDecoder();
    private final PdqHasher hasher = new PdqHasher();

    // ------------------------------------------------------------------ equality with read()

    @Test
    @Timeout(120)
    void everyJpegTestResourceGivesTheReadPathLumaAndHashesBitForBit() throws IOException {
        List<Path> jpegs;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            jpegs = s.filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.jpe?g"))
                    .sorted().toList();
        }
        assertTrue(jpegs.size() >= 20, "JPEG test resources: " + jpegs);
        int fast = 0;
        for (Path p : jpegs) {
            byte[] data = Files.readAllBytes(p);
            if (assertSameAsReadPath(p.toString(), data)) {
                fast++;
            }
        }
        System.out.println("[fast path] " + fast + " of " + jpegs.size() + " JPEG test resources took the fast path");
        for (String dir : new String[] {"dih", "bridge-mods"}) {
            try (Stream<Path> s = Files.list(TestVectors.file(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".jpg")).toList()) {
                    assertTrue(decoder.decode(p).rawYcc(), "benchmark vector should take the fast path: " + p);
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void generatedJfifVariantsGiveTheReadPathLumaBitForBit() throws IOException {
        BufferedImage odd = TestImages.picture(333, 217, BufferedImage.TYPE_3BYTE_BGR);
        // chroma sampling of the luma component: 4:2:0 (writer default), 4:2:2, 4:4:4, 4:4:0
        for (int[] hv : new int[][] {{2, 2}, {2, 1}, {1, 1}, {1, 2}}) {
            for (boolean progressive : new boolean[] {false, true}) {
                byte[] jpg = writeJpeg(odd, hv[0], hv[1], progressive, 0.8f);
                assertTrue(assertSameAsReadPath("generated " + hv[0] + "x" + hv[1]
                        + (progressive ? " progressive" : ""), jpg), "should take the fast path");
            }
        }
        // extreme chroma: saturated colours exercise the range-limit clamp in both directions
        BufferedImage sat = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        int[] colours = {0xff0000, 0x00ff00, 0x0000ff, 0xffff00, 0xff00ff, 0x00ffff, 0xffffff, 0x000000};
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                sat.setRGB(x, y, colours[(x / 8 + y / 6) % colours.length]);
            }
        }
        assertTrue(assertSameAsReadPath("saturated", writeJpeg(toBgr(sat), 2, 2, false, 1.0f)));
        assertTrue(assertSameAsReadPath("1x1", writeJpeg(toBgr(TestImages.picture(1, 1,
                BufferedImage.TYPE_INT_RGB)), 2, 2, false, 0.9f)));
    }

    // ------------------------------------------------------------------ files that keep the ordinary path

    @Test
    @Timeout(60)
    void filesOutsideTheCertainCaseKeepTheOrdinaryPath() throws IOException {
        BufferedImage pic = TestImages.picture(320, 240, BufferedImage.TYPE_3BYTE_BGR);
        byte[] jfif = writeJpeg(pic, 2, 2, false, 0.85f);
        assertTrue(decoder.decode(jfif).rawYcc());

        byte[] grey = TestImages.write(TestImages.picture(320, 240, BufferedImage.TYPE_BYTE_GRAY), "jpeg");
        byte[] cmyk = TestImages.cmykJpeg(320, 240, true);
        byte[] noJfif = withoutApp0(jfif);
        // Adobe transform 1 (YCbCr, Photoshop's files), with or without JFIF: fast path, same pixels
        assertTrue(assertSameAsReadPath("adobe-1", TestImages.withAdobeMarker(noJfif, 1)));
        assertTrue(assertSameAsReadPath("jfif+adobe-1", withAdobeAfterApp0(jfif, 1)));
        // Adobe before JFIF: the JDK's metadata no longer sees a JFIF file; whatever path, same pixels
        assertSameAsReadPath("adobe-1+jfif", TestImages.withAdobeMarker(jfif, 1));
        byte[] jfifPlusAdobe = withAdobeAfterApp0(jfif, 0);
        byte[] adobeRgb = TestImages.withAdobeMarker(noJfif, 0);
        byte[] srgbIcc = withIccAfterApp0(jfif, ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        byte[] linearIcc = withIccAfterApp0(jfif, ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB));
        for (Object[] c : new Object[][] {{"grey", grey}, {"cmyk+adobe", cmyk}, {"jfif+adobe-0", jfifPlusAdobe},
                {"adobe-0 (RGB)", adobeRgb},
                {"no JFIF", noJfif}, {"sRGB ICC", srgbIcc}, {"linear RGB ICC", linearIcc}}) {
            String label = (String) c[0];
            byte[] data = (byte[]) c[1];
            DecodedImage d = decoder.decode(data);
            assertFalse(d.rawYcc(), label + " must not take the fast path");
            assertSameAsReadPath(label, data);
        }
        // the profile matters: read() colour-manages with a non-sRGB one, so skipping it was needed
        BufferedImage managed = jdkRead(linearIcc).image;
        BufferedImage plain = jdkRead(jfif).image;
        assertFalse(Arrays.equals(PdqHasher.luminance(managed), PdqHasher.luminance(plain)),
                "an embedded linear-RGB profile changes read()'s pixels");
    }

    @Test
    @Timeout(30)
    void subsampledAndPluginDecodesKeepTheOrdinaryPath() throws IOException {
        byte[] jpg = Files.readAllBytes(TestVectors.file("dih/bridge-1-original.jpg"));
        DecodedImage sub = new ImageDecoder(ImageDecoder.Options.defaults().withSubsampleAbovePixels(500_000))
                .decode(jpg);
        assertEquals(2, sub.subsampling());
        assertFalse(sub.rawYcc());
        DecodedImage off = new ImageDecoder(ImageDecoder.Options.defaults().withJpegFastPath(false)).decode(jpg);
        assertFalse(off.rawYcc(), "fast path switched off");
        assertEquals(hasher.hashDihedral(off), hasher.hashDihedral(decoder.decode(jpg)));
        DecodedImage plugin = new ImageDecoder(ImageDecoder.Options.defaults().withPreferJdkReaders(false))
                .decode(jpg);
        assertTrue(plugin.readerClass().startsWith("com.twelvemonkeys."), plugin.readerClass());
        assertFalse(plugin.rawYcc(), "only the JDK reader takes the fast path: " + plugin);
    }

    @Test
    @Timeout(30)
    void truncatedJfifIsDecodedAndReportedExactlyAsBefore() throws IOException {
        byte[] jpg = Files.readAllBytes(TestVectors.file("dih/bridge-1-original.jpg"));
        byte[] half = Arrays.copyOf(jpg, jpg.length / 2);
        DecodedImage d = decoder.decode(half);
        assertFalse(d.rawYcc(), "a damaged file keeps the ordinary path");
        Reference ref = jdkRead(half);
        assertFalse(ref.warnings.isEmpty());
        assertEquals(ref.warnings, d.warnings());
        assertSameAsReadPath("truncated", half);
        ImageDecoder strict = new ImageDecoder(ImageDecoder.Options.defaults().withRejectOnWarnings(true));
        ImageDecodeException e = assertThrows(ImageDecodeException.class, () -> strict.decode(half));
        assertEquals("damaged image: " + String.join("; ", ref.warnings), e.getMessage());
    }

    @Test
    @Timeout(30)
    void lazyImageIsBuiltOnceAndHashesAgree() throws IOException {
        DecodedImage d = decoder.decode(TestVectors.file("dih/bridge-1-original.jpg"));
        assertTrue(d.rawYcc());
        assertEquals(d.width(), d.image().getWidth());
        assertTrue(d.image() == d.image(), "image built once");
        assertEquals(hasher.hashDihedral(d.image()), hasher.hashDihedral(d));
        assertTrue(d.toString().contains("raw YCbCr"), d.toString());
    }

    // ------------------------------------------------------------------ helpers

    /** Asserts the decoder's result equals the JDK reader's read(); returns whether it took the fast path. */
    private boolean assertSameAsReadPath(String label, byte[] data) throws IOException {
        DecodedImage d = decoder.decode(data);
        if (!d.readerClass().equals(PdqConformanceTest.JDK_JPEG_READER)) {
            assertFalse(d.rawYcc(), label); // the JDK reader rejected it: a plug-in decoded it as before
            return false;
        }
        Reference ref = jdkRead(data);
        assertEquals(ref.warnings, d.warnings(), label);
        float[] expected = PdqHasher.luminance(ref.image);
        float[] actual = d.luma();
        assertEquals(expected.length, actual.length, label);
        for (int i = 0; i < expected.length; i++) {
            if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(actual[i])) {
                int w = ref.image.getWidth();
                throw new AssertionError(label + ": luma differs at (" + (i % w) + "," + (i / w) + "): "
                        + expected[i] + " vs " + actual[i]);
            }
        }
        assertEquals(hasher.hash(ref.image), hasher.hash(d), label);
        assertEquals(hasher.hashDihedral(ref.image), hasher.hashDihedral(d), label);
        BufferedImage img = d.image();
        assertEquals(ref.image.getType(), img.getType(), label);
        if (ref.image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            assertArrayEquals(((DataBufferByte) ref.image.getRaster().getDataBuffer()).getData(),
                    ((DataBufferByte) img.getRaster().getDataBuffer()).getData(), label + ": pixels");
        }
        return d.rawYcc();
    }

    private record Reference(BufferedImage image, List<String> warnings) {
    }

    private static Reference jdkRead(byte[] data) throws IOException {
        ImageReader reader = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext(); ) {
            ImageReader r = it.next();
            if (r.getClass().getName().equals(PdqConformanceTest.JDK_JPEG_READER)) {
                reader = r;
            }
        }
        if (reader == null) {
            throw new IllegalStateException("JDK JPEG reader not found");
        }
        List<String> warnings = new ArrayList<>();
        try (MemoryCacheImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            return new Reference(reader.read(0), warnings);
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage toBgr(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        out.getGraphics().drawImage(img, 0, 0, null);
        return out;
    }

    /** JFIF JPEG from the JDK writer with the given luma sampling factors (chroma stays 1x1). */
    private static byte[] writeJpeg(BufferedImage img, int h, int v, boolean progressive, float quality)
            throws IOException {
        ImageWriter writer = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.")) {
                writer = w;
            }
        }
        if (writer == null) {
            throw new IllegalStateException("JDK JPEG writer not found");
        }
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            IIOMetadata md = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String fmt = "javax_imageio_jpeg_image_1.0";
            Node root = md.getAsTree(fmt);
            Node sof = find(root, "sof");
            IIOMetadataNode first = (IIOMetadataNode) sof.getFirstChild();
            first.setAttribute("HsamplingFactor", Integer.toString(h));
            first.setAttribute("VsamplingFactor", Integer.toString(v));
            md.setFromTree(fmt, root);
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bos)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, md), param);
            }
            return bos.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static Node find(Node n, String name) {
        if (name.equals(n.getNodeName())) {
            return n;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node f = find(c, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Offset just past the APP0 (JFIF) segment that the JDK writer puts right after SOI. */
    private static int endOfApp0(byte[] jpg) {
        if ((jpg[2] & 0xff) != 0xff || (jpg[3] & 0xff) != 0xe0) {
            throw new IllegalStateException("no APP0 after SOI");
        }
        return 4 + (((jpg[4] & 0xff) << 8) | (jpg[5] & 0xff));
    }

    private static byte[] withoutApp0(byte[] jpg) {
        int end = endOfApp0(jpg);
        byte[] out = new byte[jpg.length - (end - 2)];
        System.arraycopy(jpg, 0, out, 0, 2);
        System.arraycopy(jpg, end, out, 2, jpg.length - end);
        return out;
    }

    /** Inserts an APP2 ICC_PROFILE segment (single chunk) after the JFIF APP0 segment. */
    private static byte[] withIccAfterApp0(byte[] jpg, ICC_Profile profile) {
        byte[] icc = profile.getData();
        byte[] tag = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        int len = 2 + tag.length + 2 + icc.length;
        if (len > 0xffff) {
            throw new IllegalStateException("profile too large for one segment");
        }
        ByteArrayOutputStream seg = new ByteArrayOutputStream();
        seg.write(0xff);
        seg.write(0xe2);
        seg.write(len >> 8);
        seg.write(len);
        seg.writeBytes(tag);
        seg.write(1); // chunk 1
        seg.write(1); // of 1
        seg.writeBytes(icc);
        return insertAfterApp0(jpg, seg.toByteArray());
    }

    /** Inserts an Adobe APP14 segment with the given transform after the JFIF APP0 segment. */
    private static byte[] withAdobeAfterApp0(byte[] jpg, int transform) {
        byte[] withAdobe = TestImages.withAdobeMarker(new byte[] {(byte) 0xff, (byte) 0xd8}, transform);
        return insertAfterApp0(jpg, Arrays.copyOfRange(withAdobe, 2, withAdobe.length));
    }

    private static byte[] insertAfterApp0(byte[] jpg, byte[] segment) {
        int at = endOfApp0(jpg);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpg, 0, at);
        out.writeBytes(segment);
        out.write(jpg, at, jpg.length - at);
        return out.toByteArray();
    }
}
