package eu.csep.portal.hashmatch.control.pdq;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.color.ColorSpace;
import java.util.Objects;

/**
 * PDQ perceptual hash (Meta's algorithm, 256 bits), written from the published algorithm and
 * checked against the reference Java implementation's outputs.
 *
 * <h2>Algorithm</h2>
 * <ol>
 * <li>Luminance {@code Y = 0.299f*R + 0.587f*G + 0.114f*B} in float32, from
 *     {@link BufferedImage#getRGB} semantics (alpha ignored, as the reference does).</li>
 * <li>Jarosz tent blur: two passes of (box filter along rows, then along columns); window
 *     {@code ceil(dimension / 128)} per pass (rows use {@code ceil(width/128)}, columns
 *     {@code ceil(height/128)}), with the reference's shrinking windows at the edges.</li>
 * <li>Decimation to 64x64 by sampling the blurred image at the cell centres
 *     {@code (int)(((i + 0.5) * n) / 64)}.</li>
 * <li>Quality: sum over neighbouring 64x64 samples of {@code |(int)((u - v) * 100 / 255)|},
 *     divided by 90, capped at 100.</li>
 * <li>2-D DCT keeping rows/columns 1..16 of the 64-point DCT-II
 *     ({@code D[i][j] = sqrt(2/64) * cos(pi/128 * (i+1) * (2j+1))}), as {@code D A D^T}.</li>
 * <li>Bit {@code i*16+j} is set when DCT coefficient {@code [i][j]} is strictly greater than
 *     the median of the 256 coefficients (Torben's median).</li>
 * <li>The 8 dihedral variants are obtained from the same 16x16 DCT by transposition and
 *     sign changes of odd rows/columns.</li>
 * </ol>
 *
 * <h2>Exactness and speed</h2>
 * Every float32 value is computed with the same operations, in the same order, as the reference
 * Java code (Java never contracts to FMA), so hashes are bit-identical given identical pixels.
 * The implementation is reorganised for speed and bounded memory: the image is streamed in bands
 * of rows; the row box filter runs on 4 rows at once (independent dependency chains), the column
 * box filter runs across a whole row at a time (vectorisable) with a ring buffer of one window
 * of rows, and the second column pass only tracks the 64 sampled columns. Memory is
 * {@code O(width * ceil(height/128))} floats in addition to the image itself; no full-size float
 * buffer is allocated.
 *
 * <h2>Thread safety</h2>
 * Instances hold no mutable state; all buffers are allocated per call. The only static state is
 * the immutable DCT matrix. One instance may be shared by any number of threads.
 */
public final class PdqHasher {

    static final float LUMA_FROM_R = 0.299f;
    static final float LUMA_FROM_G = 0.587f;
    static final float LUMA_FROM_B = 0.114f;

    /** Jarosz window = ceil(dimension / 128) per pass; two X,Y pass pairs give a tent filter. */
    static final int JAROSZ_WINDOW_DIVISOR = 128;
    static final int JAROSZ_PASSES = 2;

    private static final float DCT_SCALE = (float) Math.sqrt(2.0 / 64.0);
    /** 16x64 row-major: rows 1..16 of the 64-point DCT-II. Never modified after class init. */
    private static final float[] DCT = buildDct();

    /** Rows processed together by the row box filter. */
    private static final int BAND = 4;

    private static float[] buildDct() {
        float[] d = new float[16 * 64];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 64; j++) {
                // same expression and evaluation order as the reference (float scale promoted to double)
                d[i * 64 + j] = (float) (DCT_SCALE * StrictMath.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * j + 1)));
            }
        }
        return d;
    }

    /** Creates a hasher. Cheap; instances are stateless and thread-safe. */
    public PdqHasher() {
        // stateless
    }

    // ------------------------------------------------------------------ public API

    /** PDQ hash and quality of an image. */
    public PdqResult hash(BufferedImage image) {
        float[] dct = dctOf(image);
        return new PdqResult(bits(dct), lastQuality(dct));
    }

    /** The 8 dihedral hashes and quality of an image. */
    public PdqDihedralResult hashDihedral(BufferedImage image) {
        return dihedral(dctOf(image));
    }

    /**
     * PDQ hash and quality of a decoded image. For a JPEG decoded on {@link ImageDecoder}'s fast
     * path the luminance is computed straight from the raw Y,Cb,Cr samples (no RGB image is
     * built); the result is identical to {@code hash(decoded.image())}.
     */
    public PdqResult hash(DecodedImage decoded) {
        float[] dct = dctOf(decoded);
        return new PdqResult(bits(dct), lastQuality(dct));
    }

    /** The 8 dihedral hashes and quality of a decoded image (see {@link #hash(DecodedImage)}). */
    public PdqDihedralResult hashDihedral(DecodedImage decoded) {
        return dihedral(dctOf(decoded));
    }

    /**
     * PDQ hash of a luminance matrix (row-major, {@code rows x cols}, values normally 0..255).
     * The array is not modified.
     */
    public PdqResult hash(float[] luma, int rows, int cols) {
        float[] dct = dctOf(luma, rows, cols);
        return new PdqResult(bits(dct), lastQuality(dct));
    }

    /** The 8 dihedral hashes of a luminance matrix. The array is not modified. */
    public PdqDihedralResult hashDihedral(float[] luma, int rows, int cols) {
        return dihedral(dctOf(luma, rows, cols));
    }

    /**
     * Luminance of an image as a row-major float array ({@code height x width}), computed exactly
     * as the hasher does. Mostly for tests and benchmarks; the hasher itself streams rows.
     */
    public static float[] luminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        checkDimensions(h, w);
        float[] out = new float[w * h];
        RowSource src = rowSource(image);
        float[] row = new float[w];
        for (int y = 0; y < h; y++) {
            src.fill(y, row);
            System.arraycopy(row, 0, out, y * w, w);
        }
        return out;
    }

    /** Jarosz box-filter window for a dimension: ceil(dimension / 128). */
    public static int jaroszWindowSize(int dimension) {
        return (dimension + JAROSZ_WINDOW_DIVISOR - 1) / JAROSZ_WINDOW_DIVISOR;
    }

    // ------------------------------------------------------------------ pipeline

    /** Result layout of the internal pipeline: 256 DCT coefficients followed by the quality. */
    private static int lastQuality(float[] dctAndQuality) {
        return (int) dctAndQuality[256];
    }

    private static float[] dctOf(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth();
        int h = image.getHeight();
        checkDimensions(h, w);
        return finish(downsample(rowSource(image), h, w));
    }

    private static float[] dctOf(DecodedImage decoded) {
        Objects.requireNonNull(decoded, "decoded");
        DecodedImage.Ycc ycc = decoded.ycc();
        if (ycc == null) {
            return dctOf(decoded.image());
        }
        int w = ycc.width();
        int h = ycc.height();
        checkDimensions(h, w);
        byte[] data = ycc.data();
        int offset = ycc.offset();
        int stride = ycc.scanlineStride();
        return finish(downsample((y, dst) -> YccToRgb.lumaRow(data, offset + y * stride, w, dst, 0), h, w));
    }

    private static float[] dctOf(float[] luma, int rows, int cols) {
        Objects.requireNonNull(luma, "luma");
        checkDimensions(rows, cols);
        if (luma.length < rows * cols) {
            throw new IllegalArgumentException("luma array has " + luma.length
                    + " values, needs " + rows + "x" + cols);
        }
        return finish(downsample((y, dst) -> System.arraycopy(luma, y * cols, dst, 0, cols), rows, cols));
    }

    private static void checkDimensions(int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("image has no pixels: " + cols + "x" + rows);
        }
        if ((long) rows * cols > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("image too large: " + cols + "x" + rows);
        }
    }

    /** 64x64 -> quality + 16x16 DCT, packed as float[257]. */
    private static float[] finish(float[] a64) {
        int quality = quality(a64);
        float[] out = new float[257];
        dct64To16(a64, out);
        out[256] = quality;
        return out;
    }

    /** Supplies one row of luminance. */
    @FunctionalInterface
    private interface RowSource {
        void fill(int y, float[] dst);
    }

    /**
     * Blur (two Jarosz X,Y passes) and decimate to 64x64, streaming rows.
     *
     * <p>Stage A: luma rows in bands of {@link #BAND}; stage B: box along rows (pass 1);
     * stage C: streaming box along columns (pass 1); stage D: box along rows (pass 2, only the
     * 64 sampled columns are divided out); stage E: streaming box along columns (pass 2) on the
     * 64 sampled columns; rows at the 64 sampled row positions are kept.
     */
    private static float[] downsample(RowSource src, int rows, int cols) {
        final int winAlongRows = jaroszWindowSize(cols);
        final int winAlongCols = jaroszWindowSize(rows);
        final int[] targetCols = decimationTargets(cols);
        final int[] targetRows = decimationTargets(rows);
        final float[] rowCounts = windowCounts(cols, winAlongRows);

        final ColumnBox pass1 = new ColumnBox(rows, cols, winAlongCols);
        final ColumnBox pass2 = new ColumnBox(rows, 64, winAlongCols);
        final float[] out64 = new float[64 * 64];

        final float[][] bandIn = new float[BAND][cols];
        final float[][] bandSums = new float[BAND][cols];
        final float[][] band2 = new float[BAND][cols];
        final float[][] band2Sums = new float[BAND][cols];
        final float[] sampled = new float[64];
        final float[] pass2Out = new float[64];
        int band2Fill = 0;

        for (int y0 = 0; y0 < rows; y0 += BAND) {
            int n = Math.min(BAND, rows - y0);
            for (int k = 0; k < n; k++) {
                src.fill(y0 + k, bandIn[k]);
            }
            boxRowSums(bandIn, bandSums, n, cols, winAlongRows);
            for (int k = 0; k < n; k++) {
                float[] r = bandSums[k];
                for (int x = 0; x < cols; x++) {
                    r[x] = r[x] / rowCounts[x];
                }
                if (pass1.push(r, band2[band2Fill])) {
                    if (++band2Fill == BAND) {
                        secondPass(band2, band2Sums, band2Fill, cols, winAlongRows, targetCols,
                                rowCounts, sampled, pass2, pass2Out, targetRows, out64);
                        band2Fill = 0;
                    }
                }
            }
        }
        while (pass1.flush(band2[band2Fill])) {
            if (++band2Fill == BAND) {
                secondPass(band2, band2Sums, band2Fill, cols, winAlongRows, targetCols,
                        rowCounts, sampled, pass2, pass2Out, targetRows, out64);
                band2Fill = 0;
            }
        }
        if (band2Fill > 0) {
            secondPass(band2, band2Sums, band2Fill, cols, winAlongRows, targetCols,
                    rowCounts, sampled, pass2, pass2Out, targetRows, out64);
        }
        while (pass2.flush(pass2Out)) {
            keepRow(pass2.emitted() - 1, pass2Out, targetRows, out64);
        }
        return out64;
    }

    private static void secondPass(float[][] band, float[][] sums, int n, int cols, int win,
            int[] targetCols, float[] rowCounts, float[] sampled, ColumnBox pass2,
            float[] pass2Out, int[] targetRows, float[] out64) {
        boxRowSums(band, sums, n, cols, win);
        for (int k = 0; k < n; k++) {
            float[] r = sums[k];
            for (int j = 0; j < 64; j++) {
                int x = targetCols[j];
                sampled[j] = r[x] / rowCounts[x];
            }
            if (pass2.push(sampled, pass2Out)) {
                keepRow(pass2.emitted() - 1, pass2Out, targetRows, out64);
            }
        }
    }

    private static void keepRow(int y, float[] row64, int[] targetRows, float[] out64) {
        for (int i = 0; i < 64; i++) {
            if (targetRows[i] == y) {
                System.arraycopy(row64, 0, out64, i * 64, 64);
            }
        }
    }

    /** Sample positions of the reference decimation: cell centres. */
    private static int[] decimationTargets(int n) {
        int[] t = new int[64];
        for (int i = 0; i < 64; i++) {
            t[i] = (int) (((i + 0.5) * n) / 64);
        }
        return t;
    }

    /** The divisor the reference's 1-D box filter uses at each output position. */
    private static float[] windowCounts(int len, int fullWindow) {
        int half = (fullWindow + 2) / 2;
        float[] c = new float[len];
        int cur = half - 1;
        int oi = 0;
        for (int i = 0; i < fullWindow - half + 1; i++) {
            c[oi++] = ++cur;
        }
        for (int i = 0; i < len - fullWindow; i++) {
            c[oi++] = cur;
        }
        for (int i = 0; i < half - 1; i++) {
            c[oi++] = --cur;
        }
        return c;
    }

    /**
     * Running sums (not yet divided) of the reference 1-D box filter along each of {@code n}
     * rows, with exactly the reference's add/subtract order. Four rows run interleaved so their
     * dependency chains overlap.
     */
    private static void boxRowSums(float[][] in, float[][] out, int n, int len, int fullWindow) {
        int k = 0;
        if (n == 4) {
            boxRowSums4(in[0], in[1], in[2], in[3], out[0], out[1], out[2], out[3], len, fullWindow);
            k = 4;
        }
        for (; k < n; k++) {
            boxRowSums1(in[k], out[k], len, fullWindow);
        }
    }

    private static void boxRowSums1(float[] in, float[] out, int len, int fullWindow) {
        int half = (fullWindow + 2) / 2;
        int ri = 0;
        int li = 0;
        int oi = 0;
        float sum = 0.0f;
        for (int i = 0; i < half - 1; i++) {
            sum += in[ri++];
        }
        for (int i = 0; i < fullWindow - half + 1; i++) {
            sum += in[ri++];
            out[oi++] = sum;
        }
        for (int i = 0; i < len - fullWindow; i++) {
            sum += in[ri++];
            sum -= in[li++];
            out[oi++] = sum;
        }
        for (int i = 0; i < half - 1; i++) {
            sum -= in[li++];
            out[oi++] = sum;
        }
    }

    private static void boxRowSums4(float[] a, float[] b, float[] c, float[] d,
            float[] oa, float[] ob, float[] oc, float[] od, int len, int fullWindow) {
        int half = (fullWindow + 2) / 2;
        int ri = 0;
        int li = 0;
        int oi = 0;
        float sa = 0.0f;
        float sb = 0.0f;
        float sc = 0.0f;
        float sd = 0.0f;
        for (int i = 0; i < half - 1; i++, ri++) {
            sa += a[ri];
            sb += b[ri];
            sc += c[ri];
            sd += d[ri];
        }
        for (int i = 0; i < fullWindow - half + 1; i++, ri++, oi++) {
            sa += a[ri];
            sb += b[ri];
            sc += c[ri];
            sd += d[ri];
            oa[oi] = sa;
            ob[oi] = sb;
            oc[oi] = sc;
            od[oi] = sd;
        }
        for (int i = 0; i < len - fullWindow; i++, ri++, li++, oi++) {
            sa += a[ri];
            sa -= a[li];
            sb += b[ri];
            sb -= b[li];
            sc += c[ri];
            sc -= c[li];
            sd += d[ri];
            sd -= d[li];
            oa[oi] = sa;
            ob[oi] = sb;
            oc[oi] = sc;
            od[oi] = sd;
        }
        for (int i = 0; i < half - 1; i++, li++, oi++) {
            sa -= a[li];
            sb -= b[li];
            sc -= c[li];
            sd -= d[li];
            oa[oi] = sa;
            ob[oi] = sb;
            oc[oi] = sc;
            od[oi] = sd;
        }
    }

    /**
     * The reference 1-D box filter along columns, fed one row at a time: every column keeps its
     * own running sum, so each element sees the same operations in the same order as the
     * reference's column-by-column loop, but memory is accessed row-wise. Keeps a ring of the
     * last {@code window} input rows for the subtractions.
     */
    private static final class ColumnBox {
        private final int length;
        private final int width;
        private final int window;
        private final int half;
        private final float[] sums;
        private final float[][] ring;
        private int received;
        private int emitted;
        private int flushed;

        ColumnBox(int length, int width, int window) {
            this.length = length;
            this.width = width;
            this.window = window;
            this.half = (window + 2) / 2;
            this.sums = new float[width];
            this.ring = new float[window][width];
        }

        /** Adds input row {@code received}; returns true when an output row was written. */
        boolean push(float[] in, float[] out) {
            final int ri = received++;
            final float[] s = sums;
            final int w = width;
            final float[] slot = ring[ri % window];
            boolean wrote;
            if (ri < half - 1) {
                for (int x = 0; x < w; x++) {
                    s[x] += in[x];
                }
                wrote = false;
            } else if (ri < window) {
                final float count = ri + 1;
                for (int x = 0; x < w; x++) {
                    float v = s[x] + in[x];
                    s[x] = v;
                    out[x] = v / count;
                }
                wrote = true;
            } else {
                final float count = window;
                final float[] old = slot; // holds input row ri - window
                for (int x = 0; x < w; x++) {
                    float v = s[x] + in[x];
                    v -= old[x];
                    s[x] = v;
                    out[x] = v / count;
                }
                wrote = true;
            }
            System.arraycopy(in, 0, slot, 0, w);
            if (wrote) {
                emitted++;
            }
            return wrote;
        }

        /** After all rows: writes the next trailing output row; false when done. */
        boolean flush(float[] out) {
            if (flushed >= half - 1) {
                return false;
            }
            final float[] old = ring[(length - window + flushed) % window];
            flushed++;
            final float count = window - flushed;
            final float[] s = sums;
            for (int x = 0; x < width; x++) {
                float v = s[x] - old[x];
                s[x] = v;
                out[x] = v / count;
            }
            emitted++;
            return true;
        }

        int emitted() {
            return emitted;
        }
    }

    // ------------------------------------------------------------------ luminance sources

    private static RowSource rowSource(BufferedImage img) {
        final int w = img.getWidth();
        Raster raster = img.getRaster();
        DataBuffer db = raster.getDataBuffer();
        boolean untranslated = raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0 && db.getNumBanks() == 1;
        if (untranslated && img.getColorModel() instanceof DirectColorModel
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel
                && db instanceof DataBufferInt) {
            DirectColorModel cm = (DirectColorModel) img.getColorModel();
            SinglePixelPackedSampleModel sm = (SinglePixelPackedSampleModel) raster.getSampleModel();
            if (cm.getRedMask() == 0xff0000 && cm.getGreenMask() == 0xff00 && cm.getBlueMask() == 0xff
                    && !cm.isAlphaPremultiplied() && cm.getColorSpace().isCS_sRGB()) {
                final int[] data = ((DataBufferInt) db).getData();
                final int offset = db.getOffset();
                final int stride = sm.getScanlineStride();
                return (y, dst) -> {
                    int p = offset + y * stride;
                    for (int x = 0; x < w; x++) {
                        int rgb = data[p + x];
                        int r = (rgb >> 16) & 0xff;
                        int g = (rgb >> 8) & 0xff;
                        int b = rgb & 0xff;
                        dst[x] = LUMA_FROM_R * r + LUMA_FROM_G * g + LUMA_FROM_B * b;
                    }
                };
            }
        }
        if (untranslated && img.getColorModel() instanceof ComponentColorModel
                && raster.getSampleModel() instanceof ComponentSampleModel
                && db instanceof DataBufferByte) {
            ComponentColorModel cm = (ComponentColorModel) img.getColorModel();
            ComponentSampleModel sm = (ComponentSampleModel) raster.getSampleModel();
            ColorSpace cs = cm.getColorSpace();
            if (cs.isCS_sRGB() && cm.getNumColorComponents() == 3 && !cm.isAlphaPremultiplied()
                    && sm.getNumBands() >= 3 && allBits(cm, 8)) {
                final byte[] data = ((DataBufferByte) db).getData();
                final int offset = db.getOffset();
                final int stride = sm.getScanlineStride();
                final int pixelStride = sm.getPixelStride();
                final int[] bandOffsets = sm.getBandOffsets();
                final int ro = bandOffsets[0];
                final int go = bandOffsets[1];
                final int bo = bandOffsets[2];
                return (y, dst) -> {
                    int p = offset + y * stride;
                    for (int x = 0; x < w; x++, p += pixelStride) {
                        int r = data[p + ro] & 0xff;
                        int g = data[p + go] & 0xff;
                        int b = data[p + bo] & 0xff;
                        dst[x] = LUMA_FROM_R * r + LUMA_FROM_G * g + LUMA_FROM_B * b;
                    }
                };
            }
        }
        // Anything else (grey, indexed, 16-bit, premultiplied, custom colour spaces): exactly the
        // reference's getRGB() conversion, one row at a time.
        final int[] rgbRow = new int[w];
        return (y, dst) -> {
            img.getRGB(0, y, w, 1, rgbRow, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = rgbRow[x];
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                dst[x] = LUMA_FROM_R * r + LUMA_FROM_G * g + LUMA_FROM_B * b;
            }
        };
    }

    private static boolean allBits(ComponentColorModel cm, int bits) {
        for (int s : cm.getComponentSize()) {
            if (s != bits) {
                return false;
            }
        }
        return cm.getTransferType() == DataBuffer.TYPE_BYTE;
    }

    // ------------------------------------------------------------------ quality, DCT, bits

    private static int quality(float[] a) {
        int gradientSum = 0;
        for (int i = 0; i < 63; i++) {
            for (int j = 0; j < 64; j++) {
                float u = a[i * 64 + j];
                float v = a[(i + 1) * 64 + j];
                int d = (int) (((u - v) * 100) / 255);
                gradientSum += Math.abs(d);
            }
        }
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 63; j++) {
                float u = a[i * 64 + j];
                float v = a[i * 64 + j + 1];
                int d = (int) (((u - v) * 100) / 255);
                gradientSum += Math.abs(d);
            }
        }
        int q = gradientSum / 90;
        return Math.min(q, 100);
    }

    /** B = D A D^T for the 64x64 input A; writes 256 coefficients (row-major 16x16) into out. */
    private static void dct64To16(float[] a, float[] out) {
        final float[] d = DCT;
        final float[] t = new float[16 * 64];
        // T = D A, accumulated over k in increasing order (same per-element order as the reference)
        for (int i = 0; i < 16; i++) {
            int ti = i * 64;
            for (int k = 0; k < 64; k++) {
                float dik = d[i * 64 + k];
                int ak = k * 64;
                for (int j = 0; j < 64; j++) {
                    t[ti + j] += dik * a[ak + j];
                }
            }
        }
        // B = T D^T
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float s = 0.0f;
                for (int k = 0; k < 64; k++) {
                    s += t[i * 64 + k] * d[j * 64 + k];
                }
                out[i * 16 + j] = s;
            }
        }
    }

    /** Torben's median of the first 256 values (the reference's median). */
    static float median256(float[] m) {
        final int n = 256;
        final int midn = (n + 1) / 2;
        float min = m[0];
        float max = m[0];
        for (int i = 0; i < n; i++) {
            float v = m[i];
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        int less;
        int greater;
        int equal;
        float guess;
        float maxLtGuess;
        float minGtGuess;
        while (true) {
            guess = (min + max) / 2;
            less = 0;
            greater = 0;
            equal = 0;
            maxLtGuess = min;
            minGtGuess = max;
            for (int i = 0; i < n; i++) {
                float v = m[i];
                if (v < guess) {
                    less++;
                    if (v > maxLtGuess) {
                        maxLtGuess = v;
                    }
                } else if (v > guess) {
                    greater++;
                    if (v < minGtGuess) {
                        minGtGuess = v;
                    }
                } else {
                    equal++;
                }
            }
            if (less <= midn && greater <= midn) {
                break;
            } else if (less > greater) {
                max = maxLtGuess;
            } else {
                min = minGtGuess;
            }
        }
        if (less >= midn) {
            return maxLtGuess;
        } else if (less + equal >= midn) {
            return guess;
        } else {
            return minGtGuess;
        }
    }

    private static PdqHash bits(float[] coeffs) {
        float median = median256(coeffs);
        long[] l = new long[4];
        for (int k = 0; k < 256; k++) {
            if (coeffs[k] > median) {
                l[k >> 6] |= 1L << (k & 63);
            }
        }
        return PdqHash.ofLongs(l);
    }

    private static PdqDihedralResult dihedral(float[] a) {
        float[] b = new float[256];
        PdqHash orig = bits(a);
        // rot90: B[j][i] = A[i][j], negated where j is even
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float v = a[i * 16 + j];
                b[j * 16 + i] = (j & 1) != 0 ? v : -v;
            }
        }
        PdqHash rot90 = bits(b);
        // rot180: negated where i+j is odd
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float v = a[i * 16 + j];
                b[i * 16 + j] = ((i + j) & 1) != 0 ? -v : v;
            }
        }
        PdqHash rot180 = bits(b);
        // rot270: transposed, negated where i is even
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float v = a[i * 16 + j];
                b[j * 16 + i] = (i & 1) != 0 ? v : -v;
            }
        }
        PdqHash rot270 = bits(b);
        // flip-x: negated where i is even
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float v = a[i * 16 + j];
                b[i * 16 + j] = (i & 1) != 0 ? v : -v;
            }
        }
        PdqHash flipX = bits(b);
        // flip-y: negated where j is even
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float v = a[i * 16 + j];
                b[i * 16 + j] = (j & 1) != 0 ? v : -v;
            }
        }
        PdqHash flipY = bits(b);
        // flip-plus-1 (transpose)
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                b[j * 16 + i] = a[i * 16 + j];
            }
        }
        PdqHash flipPlus1 = bits(b);
        // flip-minus-1: transposed, negated where i+j is odd
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float v = a[i * 16 + j];
                b[j * 16 + i] = ((i + j) & 1) != 0 ? -v : v;
            }
        }
        PdqHash flipMinus1 = bits(b);
        return new PdqDihedralResult(orig, rot90, rot180, rot270, flipX, flipY, flipPlus1,
                flipMinus1, (int) a[256]);
    }
}
