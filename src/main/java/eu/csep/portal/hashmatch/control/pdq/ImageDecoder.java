package eu.csep.portal.hashmatch.control.pdq;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Decodes untrusted image files for hashing, defensively.
 *
 * <h2>What it does</h2>
 * <ol>
 * <li>Opens an {@link ImageInputStream} itself (an in-memory caching stream over the file, byte
 *     array or stream), so ImageIO's global disk-cache setting is neither used nor changed.</li>
 * <li>Asks ImageIO for every reader that recognises the content (by magic bytes, not by file
 *     name). None: {@code "not an image (unrecognised format)"}.</li>
 * <li>Orders the readers: with {@link Options#preferJdkReaders()} (the default) the JDK's
 *     built-in readers ({@code com.sun.imageio.*}, e.g.
 *     {@code com.sun.imageio.plugins.jpeg.JPEGImageReader}) come first, because the reference PDQ
 *     values were computed from their pixels; other plugins (TwelveMonkeys, when on the
 *     classpath) follow as fall-backs for files the JDK reader rejects (e.g. 4-channel JPEGs
 *     with an Adobe transform it does not support; JDK 17 itself reads plain Adobe CMYK/YCCK
 *     JPEGs, converting them naively without the ICC profile).
 *     Without that flag ImageIO's own order is kept (TwelveMonkeys registers itself ahead of
 *     the JDK reader). The same JPEG decodes to pixels that differ slightly between readers,
 *     which moves PDQ hashes by a few bits.</li>
 * <li>Reads the declared dimensions from the header BEFORE decoding any pixels and refuses
 *     images above {@link Options#maxPixels()} ({@code "image too large: WxH exceeds N
 *     pixels"}) — decompression bombs never allocate their pixel buffers.</li>
 * <li>Images above {@link Options#subsampleAbovePixels()} are decoded with ImageIO source
 *     subsampling (the smallest integer factor that brings them under the threshold), so memory
 *     stays bounded. Subsampling changes hash bits slightly (the hash then no longer equals the
 *     reference bit for bit); images at or below the threshold are decoded at full
 *     resolution. {@link DecodedImage#subsampling()} tells which happened.</li>
 * <li>Decodes frame 0 only, ignoring EXIF orientation and (with the JDK reader) embedded ICC
 *     profiles, like the reference. Reader warnings (e.g. "Premature end of JPEG file" for a
 *     truncated JPEG, whose missing part the JDK reader fills with grey) are collected in
 *     {@link DecodedImage#warnings()}; with {@link Options#rejectOnWarnings()} they become an
 *     error instead.</li>
 * <li>JPEG fast path: with the JDK's own JPEG reader, a full-resolution 3-component YCbCr file
 *     (JFIF, or Adobe transform 1) without ICC profile (the case where {@code read()} returns
 *     exactly libjpeg's integer YCbCr->RGB conversion) is decoded with {@code readRaster} — the
 *     same samples before colour conversion, about a quarter cheaper — and kept as raw Y,Cb,Cr
 *     ({@link DecodedImage#rawYcc()}). {@link PdqHasher#hash(DecodedImage)} computes luminance
 *     from them with libjpeg's arithmetic, bit-identical to hashing {@code read()}'s image; the
 *     RGB image is built only if a caller asks for {@link DecodedImage#image()}. If that decode
 *     warns (damaged data), the file is decoded again the ordinary way, so warnings and pixels
 *     are exactly those of the ordinary path.</li>
 * <li>Any failure of a reader (IIOException, or a runtime exception from a buggy plugin on a
 *     hostile file) makes it try the next reader; if none succeeds, an
 *     {@link ImageDecodeException} with a human message is thrown.</li>
 * </ol>
 *
 * <p>In an application server, ImageIO plugins from the web application's class loader are only
 * seen after {@link ImageIO#scanForPlugins()} (or TwelveMonkeys' {@code IIOProviderContextListener}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ImageDecoder {

    /**
     * Decoder limits.
     *
     * @param maxPixels            images with more declared pixels are refused (default 100 MP)
     * @param subsampleAbovePixels images with more pixels are decoded subsampled (default 25 MP)
     * @param preferJdkReaders     try the JDK's built-in readers before other plugins
     * @param rejectOnWarnings     treat reader warnings (truncated data) as errors
     * @param jpegFastPath         decode plain YCbCr JPEGs as raw samples (see the class comment);
     *                             same pixels and hashes either way, off only to measure or rule it out
     */
    public record Options(long maxPixels, long subsampleAbovePixels, boolean preferJdkReaders,
            boolean rejectOnWarnings, boolean jpegFastPath) {

        public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
        public static final long DEFAULT_SUBSAMPLE_ABOVE_PIXELS = 25_000_000L;

        public Options {
            if (maxPixels < 1) {
                throw new IllegalArgumentException("maxPixels must be positive");
            }
            if (subsampleAbovePixels < 1) {
                throw new IllegalArgumentException("subsampleAbovePixels must be positive");
            }
        }

        /** Options without the JPEG fast path flag (on). */
        public Options(long maxPixels, long subsampleAbovePixels, boolean preferJdkReaders, boolean rejectOnWarnings) {
            this(maxPixels, subsampleAbovePixels, preferJdkReaders, rejectOnWarnings, true);
        }

        public static Options defaults() {
            return new Options(DEFAULT_MAX_PIXELS, DEFAULT_SUBSAMPLE_ABOVE_PIXELS, true, false, true);
        }

        public Options withMaxPixels(long v) {
            return new Options(v, subsampleAbovePixels, preferJdkReaders, rejectOnWarnings, jpegFastPath);
        }

        public Options withSubsampleAbovePixels(long v) {
            return new Options(maxPixels, v, preferJdkReaders, rejectOnWarnings, jpegFastPath);
        }

        public Options withPreferJdkReaders(boolean v) {
            return new Options(maxPixels, subsampleAbovePixels, v, rejectOnWarnings, jpegFastPath);
        }

        public Options withRejectOnWarnings(boolean v) {
            return new Options(maxPixels, subsampleAbovePixels, preferJdkReaders, v, jpegFastPath);
        }

        public Options withJpegFastPath(boolean v) {
            return new Options(maxPixels, subsampleAbovePixels, preferJdkReaders, rejectOnWarnings, v);
        }
    }

    private static final String JDK_JPEG_READER = "com.sun.imageio.plugins.jpeg.JPEGImageReader";
    private static final String JPEG_NATIVE_METADATA = "javax_imageio_jpeg_image_1.0";
    /** Marker code of APP2 (ICC profiles) as the native metadata tree writes it. */
    private static final String APP2 = "226";

    private final Options options;

    public ImageDecoder() {
        this(Options.defaults());
    }

    public ImageDecoder(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /** Decodes a file. */
    public DecodedImage decode(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString(), null, "no such file");
            }
            throw new ImageDecodeException("not a regular file");
        }
        if (Files.size(file) == 0) {
            throw new ImageDecodeException("not an image (empty file)");
        }
        // read through the in-memory cache stream rather than FileImageInputStream: the latter
        // reads unbuffered, and each plug-in's format sniffing costs a system call per byte
        try (InputStream data = Files.newInputStream(file)) {
            return decode(data);
        }
    }

    /** Decodes an in-memory image. */
    public DecodedImage decode(byte[] data) throws ImageDecodeException {
        if (data.length == 0) {
            throw new ImageDecodeException("not an image (empty data)");
        }
        try {
            return decode(new ByteArrayInputStream(data));
        } catch (ImageDecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageDecodeException("could not read image: " + e.getMessage(), e);
        }
    }

    /** Decodes from a stream (buffered in memory as it is read; the stream is not closed). */
    public DecodedImage decode(InputStream data) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(data)) {
            return decode(in);
        }
    }

    private DecodedImage decode(ImageInputStream in) throws IOException {
        List<ImageReader> readers = readersFor(in);
        if (readers.isEmpty()) {
            throw new ImageDecodeException("not an image (unrecognised format)");
        }
        ImageDecodeException first = null;
        try {
            for (ImageReader reader : readers) {
                try {
                    return decodeWith(reader, in);
                } catch (ImageTooLargeException e) {
                    throw e; // size is a property of the file, not of the reader
                } catch (ImageDecodeException e) {
                    if (first == null) {
                        first = e;
                    }
                } catch (IOException | RuntimeException e) {
                    if (first == null) {
                        first = new ImageDecodeException(describe(reader, e), e);
                    }
                }
            }
        } finally {
            for (ImageReader r : readers) {
                r.dispose();
            }
        }
        throw first;
    }

    private List<ImageReader> readersFor(ImageInputStream in) throws IOException {
        List<ImageReader> jdk = new ArrayList<>();
        List<ImageReader> others = new ArrayList<>();
        in.seek(0);
        Iterator<ImageReader> it = ImageIO.getImageReaders(in);
        while (it.hasNext()) {
            ImageReader r = it.next();
            if (options.preferJdkReaders() && r.getClass().getName().startsWith("com.sun.imageio.")) {
                jdk.add(r);
            } else {
                others.add(r);
            }
        }
        jdk.addAll(others);
        return jdk;
    }

    private DecodedImage decodeWith(ImageReader reader, ImageInputStream in) throws IOException {
        in.seek(0);
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw new ImageDecodeException("not an image (declared size " + width + "x" + height + ")");
        }
        long pixels = (long) width * height;
        if (pixels > options.maxPixels()) {
            throw new ImageTooLargeException("image too large: " + width + "x" + height
                    + " exceeds " + options.maxPixels() + " pixels");
        }
        int factor = 1;
        while ((long) ceilDiv(width, factor) * ceilDiv(height, factor) > options.subsampleAbovePixels()) {
            factor++;
        }
        ImageReadParam param = reader.getDefaultReadParam();
        if (factor > 1) {
            param.setSourceSubsampling(factor, factor, 0, 0);
        } else if (options.jpegFastPath() && JDK_JPEG_READER.equals(reader.getClass().getName())
                && isPlainYcc(reader, in)) {
            DecodedImage fast = decodeRawYcc(reader, param, width, height);
            if (fast != null) {
                return fast;
            }
        }
        List<String> warnings = new ArrayList<>();
        BufferedImage image = listening(reader, warnings, () -> reader.read(0, param));
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new ImageDecodeException("not an image (reader returned no pixels)");
        }
        rejectIfWarned(warnings);
        return new DecodedImage(image, width, height, factor, formatOf(reader), reader.getClass().getName(), warnings);
    }

    /** A read that may throw IOException. */
    @FunctionalInterface
    private interface Read<T> {
        T run() throws IOException;
    }

    /** Runs the read with the reader's warnings collected into {@code warnings}. */
    private static <T> T listening(ImageReader reader, List<String> warnings, Read<T> read) throws IOException {
        List<String> collected = Collections.synchronizedList(warnings);
        IIOReadWarningListener listener = (source, warning) -> collected.add(warning);
        reader.addIIOReadWarningListener(listener);
        try {
            return read.run();
        } finally {
            reader.removeIIOReadWarningListener(listener);
        }
    }

    private void rejectIfWarned(List<String> warnings) throws ImageDecodeException {
        if (options.rejectOnWarnings() && !warnings.isEmpty()) {
            throw new ImageDecodeException("damaged image: " + String.join("; ", warnings));
        }
    }

    private static String formatOf(ImageReader reader) throws IOException {
        return reader.getOriginatingProvider() != null
                ? reader.getOriginatingProvider().getFormatNames()[0] : reader.getFormatName();
    }

    // ------------------------------------------------------------------ JPEG fast path

    /**
     * True only when the JDK reader's {@code read()} is certain to return libjpeg's own YCbCr->RGB
     * conversion of the decoded samples and nothing else: one frame of 3 components, no ICC
     * profile (APP2; {@code read()} may colour-manage with it), and either an Adobe APP14 marker
     * with transform 1 (YCbCr; Photoshop's files) or, without an Adobe marker, a JFIF APP0 marker
     * (JFIF implies YCbCr). Other Adobe transforms, files with neither marker (libjpeg and the JDK
     * then guess from component ids and sampling factors) and everything else answer false.
     * Anything unusual, including metadata the reader cannot parse, answers false and leaves the
     * reader ready for the ordinary path.
     */
    private static boolean isPlainYcc(ImageReader reader, ImageInputStream in) throws IOException {
        Node root;
        try {
            IIOMetadata md = reader.getImageMetadata(0);
            if (md == null || !Arrays.asList(md.getMetadataFormatNames()).contains(JPEG_NATIVE_METADATA)) {
                return false;
            }
            root = md.getAsTree(JPEG_NATIVE_METADATA);
        } catch (IOException | RuntimeException e) {
            in.seek(0); // the ordinary path decodes (or reports) this file as before
            reader.setInput(in, true, true);
            return false;
        }
        ColourFacts facts = new ColourFacts();
        facts.scan(root);
        if (facts.icc || facts.frames != 1 || facts.frameComponents != 3 || facts.adobeMarkers > 1) {
            return false;
        }
        // libjpeg takes 3 components as YCbCr when JFIF or Adobe transform 1; the JDK then keeps
        // that unless an Adobe marker says another transform (it then refuses to guess)
        return facts.adobeMarkers == 1 ? "1".equals(facts.adobeTransform) : facts.jfif;
    }

    /** What the native JPEG metadata tree says about colour handling. */
    private static final class ColourFacts {
        boolean jfif;
        int adobeMarkers;
        String adobeTransform;
        boolean icc;
        int frames;
        int frameComponents;

        void scan(Node n) {
            switch (n.getNodeName()) {
                case "app0JFIF" -> jfif = true;
                case "app14Adobe" -> {
                    adobeMarkers++;
                    adobeTransform = attribute(n, "transform");
                }
                case "app2ICC" -> icc = true;
                case "unknown" -> icc |= APP2.equals(attribute(n, "MarkerTag"));
                case "sof" -> {
                    frames++;
                    frameComponents = countChildren(n, "componentSpec");
                }
                default -> {
                    // other markers do not affect colour conversion
                }
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                scan(c);
            }
        }

        private static String attribute(Node n, String name) {
            NamedNodeMap attrs = n.getAttributes();
            Node a = attrs == null ? null : attrs.getNamedItem(name);
            return a == null ? null : a.getNodeValue();
        }

        private static int countChildren(Node n, String name) {
            int count = 0;
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (name.equals(c.getNodeName())) {
                    count++;
                }
            }
            return count;
        }
    }

    /**
     * Decodes the raw Y,Cb,Cr samples ({@code readRaster}: same IDCT and chroma upsampling as
     * {@code read()}, but no colour conversion). Returns null — the caller then decodes with
     * {@code read()} exactly as for any other file — when the reader warned (damaged data keeps
     * today's path, warnings and all) or the raster is not the expected 3-byte interleaving.
     */
    private DecodedImage decodeRawYcc(ImageReader reader, ImageReadParam param, int width, int height)
            throws IOException {
        List<String> warnings = new ArrayList<>();
        Raster raster = listening(reader, warnings, () -> reader.readRaster(0, param));
        if (!warnings.isEmpty()) {
            rejectIfWarned(warnings);
            return null;
        }
        DecodedImage.Ycc ycc = interleavedYcc(raster, width, height);
        return ycc == null ? null : DecodedImage.ofYcc(ycc, formatOf(reader), reader.getClass().getName());
    }

    private static DecodedImage.Ycc interleavedYcc(Raster raster, int width, int height) {
        if (raster == null || raster.getWidth() != width || raster.getHeight() != height
                || raster.getNumBands() != 3 || raster.getMinX() != 0 || raster.getMinY() != 0
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel sm)
                || !(raster.getDataBuffer() instanceof DataBufferByte db) || db.getNumBanks() != 1
                || sm.getPixelStride() != 3 || !Arrays.equals(sm.getBandOffsets(), new int[] {0, 1, 2})) {
            return null;
        }
        return new DecodedImage.Ycc(db.getData(), db.getOffset(), sm.getScanlineStride(), width, height);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static String describe(ImageReader reader, Exception e) {
        String fmt;
        try {
            fmt = reader.getFormatName();
        } catch (IOException ex) {
            fmt = "image";
        }
        String msg = e.getMessage();
        if (e instanceof RuntimeException || msg == null || msg.isBlank()) {
            msg = e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
        }
        return "damaged or unsupported " + fmt + " image: " + msg;
    }

    /** Declared dimensions exceed the limit. */
    public static final class ImageTooLargeException extends ImageDecodeException {
        private static final long serialVersionUID = 1L;

        public ImageTooLargeException(String message) {
            super(message);
        }
    }
}
