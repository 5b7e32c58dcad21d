package eu.csep.portal.hashmatch.control.pdq;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Objects;

/**
 * A decoded image and how it was decoded.
 *
 * <p>The pixels are held either as a {@link BufferedImage} (every reader and format), or — on the
 * JPEG fast path of {@link ImageDecoder} — as the JPEG decoder's raw interleaved Y,Cb,Cr samples,
 * from which {@link PdqHasher#hash(DecodedImage)} computes luminance directly, with the same
 * result bit for bit as from the RGB image {@code ImageReader.read()} would have returned. In
 * that case {@link #image()} builds that RGB image on first use (callers that need pixels, e.g.
 * thumbnails, still get them; hashing never pays for it).
 *
 * <p>Instances are safe to share between threads.
 */
public final class DecodedImage {

    /** Interleaved Y,Cb,Cr bytes (3 per pixel) of a JFIF JPEG, as decoded before colour conversion. */
    record Ycc(byte[] data, int offset, int scanlineStride, int width, int height) {
    }

    private final int width;
    private final int height;
    private final int sourceWidth;
    private final int sourceHeight;
    private final int subsampling;
    private final String format;
    private final String readerClass;
    private final List<String> warnings;
    private final Ycc ycc;
    private BufferedImage image; // guarded by this when ycc != null

    /**
     * @param image        the pixels (possibly subsampled, see {@code subsampling})
     * @param sourceWidth  width declared by the file
     * @param sourceHeight height declared by the file
     * @param subsampling  source subsampling factor used in both directions (1 = full resolution)
     * @param format       format name reported by the reader (e.g. "JPEG", "png")
     * @param readerClass  class name of the ImageIO reader that produced the pixels
     * @param warnings     warnings the reader reported (e.g. a truncated JPEG); empty when clean
     */
    public DecodedImage(BufferedImage image, int sourceWidth, int sourceHeight, int subsampling,
            String format, String readerClass, List<String> warnings) {
        this(Objects.requireNonNull(image, "image"), null, image.getWidth(), image.getHeight(),
                sourceWidth, sourceHeight, subsampling, format, readerClass, warnings);
    }

    private DecodedImage(BufferedImage image, Ycc ycc, int width, int height, int sourceWidth,
            int sourceHeight, int subsampling, String format, String readerClass, List<String> warnings) {
        this.image = image;
        this.ycc = ycc;
        this.width = width;
        this.height = height;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
        this.subsampling = subsampling;
        this.format = format;
        this.readerClass = readerClass;
        this.warnings = List.copyOf(warnings);
    }

    /** Full-resolution JPEG fast path: raw Y,Cb,Cr samples, converted only when pixels are asked for. */
    static DecodedImage ofYcc(Ycc ycc, String format, String readerClass) {
        return new DecodedImage(null, Objects.requireNonNull(ycc, "ycc"), ycc.width(), ycc.height(),
                ycc.width(), ycc.height(), 1, format, readerClass, List.of());
    }

    /**
     * The pixels (possibly subsampled, see {@link #subsampling()}). For a JPEG decoded on the fast
     * path this is a {@code TYPE_3BYTE_BGR} image converted on first call, identical to what
     * {@code ImageReader.read()} returns.
     */
    public BufferedImage image() {
        if (ycc == null) {
            return image;
        }
        synchronized (this) {
            if (image == null) {
                image = toBgr(ycc);
            }
            return image;
        }
    }

    /** Decoded width in pixels (after subsampling). */
    public int width() {
        return width;
    }

    /** Decoded height in pixels (after subsampling). */
    public int height() {
        return height;
    }

    /** Width declared by the file. */
    public int sourceWidth() {
        return sourceWidth;
    }

    /** Height declared by the file. */
    public int sourceHeight() {
        return sourceHeight;
    }

    /** Source subsampling factor used in both directions (1 = full resolution). */
    public int subsampling() {
        return subsampling;
    }

    /** Format name reported by the reader (e.g. "JPEG", "png"). */
    public String format() {
        return format;
    }

    /** Class name of the ImageIO reader that produced the pixels. */
    public String readerClass() {
        return readerClass;
    }

    /** Warnings the reader reported (e.g. a truncated JPEG); empty when clean. */
    public List<String> warnings() {
        return warnings;
    }

    /** True when the pixels are the full-resolution image (hash comparable to the reference). */
    public boolean fullResolution() {
        return subsampling == 1;
    }

    /** True when the pixels are held as raw JPEG Y,Cb,Cr samples (the JPEG fast path). */
    public boolean rawYcc() {
        return ycc != null;
    }

    /** Raw samples of the fast path, or null. */
    Ycc ycc() {
        return ycc;
    }

    /**
     * PDQ luminance ({@code height x width}, row-major), exactly as {@link PdqHasher} computes it;
     * a new array per call (for tests and tools — hashing streams rows instead).
     */
    public float[] luma() {
        if (ycc == null) {
            return PdqHasher.luminance(image);
        }
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            YccToRgb.lumaRow(ycc.data(), ycc.offset() + y * ycc.scanlineStride(), width, out, y * width);
        }
        return out;
    }

    private static BufferedImage toBgr(Ycc ycc) {
        BufferedImage img = new BufferedImage(ycc.width(), ycc.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        int rowBytes = ycc.width() * 3;
        for (int y = 0; y < ycc.height(); y++) {
            YccToRgb.bgrRow(ycc.data(), ycc.offset() + y * ycc.scanlineStride(), ycc.width(), bgr, y * rowBytes);
        }
        return img;
    }

    @Override
    public String toString() {
        return "DecodedImage[" + width + "x" + height + ", source " + sourceWidth + "x" + sourceHeight
                + ", subsampling " + subsampling + ", " + format + " via " + readerClass
                + (ycc != null ? ", raw YCbCr" : "") + ", warnings " + warnings + "]";
    }
}
