package eu.csep.portal.hashmatch.control.pdq;

/**
 * JPEG YCbCr to RGB conversion with exactly the integer arithmetic of the IJG libjpeg 6b decoder
 * (the colour deconverter the JDK's JPEG reader uses for JFIF files), so that converting the raw
 * decoded samples here gives the same RGB bytes as {@code ImageReader.read()}.
 *
 * <p>With {@code x = Cb - 128} or {@code Cr - 128}, constants scaled by 2^16 and rounded
 * ({@code FIX(c) = (int) (c * 65536 + 0.5)}):
 * <pre>
 * R = clamp(Y + ((FIX(1.40200) * x_cr + 2^15) >> 16))
 * G = clamp(Y + ((-FIX(0.34414) * x_cb + 2^15 + -FIX(0.71414) * x_cr) >> 16))
 * B = clamp(Y + ((FIX(1.77200) * x_cb + 2^15) >> 16))
 * </pre>
 * with arithmetic right shifts and {@code clamp} to 0..255 (libjpeg's range-limit table). The
 * four per-chroma terms are tabulated once, and so are the clamped channels' float luma terms;
 * the tables are immutable after class initialisation.
 */
final class YccToRgb {

    private static final int SCALEBITS = 16;
    private static final int ONE_HALF = 1 << (SCALEBITS - 1);
    private static final int CENTER = 128;

    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    /**
     * Offset of sample 0 in the luma-term tables below: a converted but not yet clamped channel
     * value lies in -256..511 (Y 0..255 plus at most +-227 of chroma).
     */
    private static final int RANGE_OFFSET = 256;
    /** {@code LUMA_FROM_R * clamp(v)} at index {@code v + RANGE_OFFSET}: the clamp and the product in one load. */
    private static final float[] R_TERM = new float[3 * 256];
    private static final float[] G_TERM = new float[3 * 256];
    private static final float[] B_TERM = new float[3 * 256];

    static {
        for (int v = -RANGE_OFFSET; v < 2 * 256; v++) {
            int c = clamp(v);
            // the same float products the hasher's formula computes for a sample c
            R_TERM[v + RANGE_OFFSET] = PdqHasher.LUMA_FROM_R * c;
            G_TERM[v + RANGE_OFFSET] = PdqHasher.LUMA_FROM_G * c;
            B_TERM[v + RANGE_OFFSET] = PdqHasher.LUMA_FROM_B * c;
        }
        for (int i = 0; i < 256; i++) {
            int x = i - CENTER;
            CR_R[i] = (fix(1.40200) * x + ONE_HALF) >> SCALEBITS;
            CB_B[i] = (fix(1.77200) * x + ONE_HALF) >> SCALEBITS;
            CR_G[i] = -fix(0.71414) * x;
            CB_G[i] = -fix(0.34414) * x + ONE_HALF;
        }
    }

    private YccToRgb() {
    }

    private static int fix(double c) {
        return (int) (c * (1 << SCALEBITS) + 0.5);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /**
     * PDQ luminance of {@code width} pixels of interleaved Y,Cb,Cr bytes starting at {@code offset}:
     * RGB as above, then {@code 0.299f*R + 0.587f*G + 0.114f*B} in float32 (the hasher's formula
     * and operation order), written to {@code dst[dstOffset ..]}.
     */
    static void lumaRow(byte[] ycc, int offset, int width, float[] dst, int dstOffset) {
        final int[] crR = CR_R;
        final int[] cbB = CB_B;
        final int[] crG = CR_G;
        final int[] cbG = CB_G;
        final float[] rTerm = R_TERM;
        final float[] gTerm = G_TERM;
        final float[] bTerm = B_TERM;
        int p = offset;
        for (int x = dstOffset, end = dstOffset + width; x < end; x++, p += 3) {
            int y = (ycc[p] & 0xff) + RANGE_OFFSET;
            int cb = ycc[p + 1] & 0xff;
            int cr = ycc[p + 2] & 0xff;
            // (0.299f*R + 0.587f*G) + 0.114f*B, each product looked up: the same floats, same order
            dst[x] = rTerm[y + crR[cr]] + gTerm[y + ((cbG[cb] + crG[cr]) >> SCALEBITS)] + bTerm[y + cbB[cb]];
        }
    }

    /**
     * Converts {@code width} pixels of interleaved Y,Cb,Cr bytes to interleaved B,G,R bytes (the
     * layout of {@code BufferedImage.TYPE_3BYTE_BGR}, which the JDK reader returns for such files).
     */
    static void bgrRow(byte[] ycc, int offset, int width, byte[] bgr, int bgrOffset) {
        int p = offset;
        int q = bgrOffset;
        for (int x = 0; x < width; x++, p += 3, q += 3) {
            int y = ycc[p] & 0xff;
            int cb = ycc[p + 1] & 0xff;
            int cr = ycc[p + 2] & 0xff;
            bgr[q] = (byte) clamp(y + CB_B[cb]);
            bgr[q + 1] = (byte) clamp(y + ((CB_G[cb] + CR_G[cr]) >> SCALEBITS));
            bgr[q + 2] = (byte) clamp(y + CR_R[cr]);
        }
    }
}
