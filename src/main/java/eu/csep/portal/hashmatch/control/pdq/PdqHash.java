package eu.csep.portal.hashmatch.control.pdq;

import java.io.Serializable;

/**
 * Immutable 256-bit PDQ hash.
 *
 * <p>Bit layout follows the reference implementation: bit {@code k} (0..255) lives in the
 * 16-bit word {@code k >> 4} at bit position {@code k & 15}. Internally the 16 words are packed
 * little-endian into four longs, so bit {@code k} is bit {@code k & 63} of long {@code k >> 6}.
 *
 * <p>Text form: 64 lowercase hex digits, word 15 first and word 0 last ({@code %04x} each),
 * which is the same as printing long 3, 2, 1, 0 as 16 hex digits each.
 */
public final class PdqHash implements Serializable, Comparable<PdqHash> {

    private static final long serialVersionUID = 1L;

    /** Number of bits in a PDQ hash. */
    public static final int BITS = 256;
    /** Reference match threshold: hashes within this Hamming distance are considered a match. */
    public static final int DEFAULT_MATCH_DISTANCE = 31;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Bits 0..63, 64..127, 128..191, 192..255. */
    private final long w0;
    private final long w1;
    private final long w2;
    private final long w3;

    private PdqHash(long w0, long w1, long w2, long w3) {
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.w3 = w3;
    }

    /** Creates a hash from its four longs: {@code w0} holds bits 0..63, {@code w3} bits 192..255. */
    public static PdqHash of(long w0, long w1, long w2, long w3) {
        return new PdqHash(w0, w1, w2, w3);
    }

    /** Creates a hash from four longs, {@code words[0]} holding bits 0..63. */
    public static PdqHash ofLongs(long[] words) {
        if (words == null || words.length != 4) {
            throw new IllegalArgumentException("a PDQ hash needs exactly 4 longs");
        }
        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    /** Creates a hash from its 16 words of 16 bits, {@code words[0]} holding bits 0..15. */
    public static PdqHash ofShorts(short[] words) {
        if (words == null || words.length != 16) {
            throw new IllegalArgumentException("a PDQ hash needs exactly 16 16-bit words");
        }
        long[] l = new long[4];
        for (int w = 0; w < 16; w++) {
            l[w >> 2] |= (words[w] & 0xffffL) << ((w & 3) << 4);
        }
        return ofLongs(l);
    }

    /** All-zero hash. */
    public static PdqHash zero() {
        return new PdqHash(0, 0, 0, 0);
    }

    /**
     * Parses the 64-digit hex text form (upper or lower case, surrounding whitespace ignored).
     *
     * @throws IllegalArgumentException with a message naming the problem (null, wrong length,
     *                                  non-hex character and its position)
     */
    public static PdqHash fromHex(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("PDQ hash hex is null");
        }
        String s = hex.strip();
        if (s.length() != 64) {
            throw new IllegalArgumentException("PDQ hash hex must have 64 hex digits, got "
                    + s.length() + " characters: '" + abbreviate(s) + "'");
        }
        long[] l = new long[4];
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 16);
            if (d < 0 || c > 'f') { // reject non-ASCII digits that Character.digit would accept
                throw new IllegalArgumentException("PDQ hash hex has a non-hex character '" + c
                        + "' at position " + i + ": '" + abbreviate(s) + "'");
            }
            // character i belongs to long 3 - i/16
            int li = 3 - (i >> 4);
            l[li] = (l[li] << 4) | d;
        }
        return ofLongs(l);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** 64 lowercase hex digits, word 15 first. */
    public String toHex() {
        char[] out = new char[64];
        put(out, 0, w3);
        put(out, 16, w2);
        put(out, 32, w1);
        put(out, 48, w0);
        return new String(out);
    }

    private static void put(char[] out, int off, long v) {
        for (int i = 15; i >= 0; i--) {
            out[off + i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
    }

    /** Hamming distance (0..256). */
    public int distance(PdqHash other) {
        return Long.bitCount(w0 ^ other.w0) + Long.bitCount(w1 ^ other.w1)
                + Long.bitCount(w2 ^ other.w2) + Long.bitCount(w3 ^ other.w3);
    }

    /** True when {@code distance(other) <= maxDistance}. */
    public boolean matches(PdqHash other, int maxDistance) {
        return distance(other) <= maxDistance;
    }

    /** Number of set bits. */
    public int bitCount() {
        return Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2) + Long.bitCount(w3);
    }

    /** Value of bit {@code k} (0..255). */
    public boolean bit(int k) {
        if (k < 0 || k >= BITS) {
            throw new IndexOutOfBoundsException("bit index " + k + " outside 0..255");
        }
        return ((word64(k >> 6) >>> (k & 63)) & 1L) != 0;
    }

    /** 16-bit word {@code w} (0..15) as an unsigned value. */
    public int word16(int w) {
        if (w < 0 || w >= 16) {
            throw new IndexOutOfBoundsException("word index " + w + " outside 0..15");
        }
        return (int) ((word64(w >> 2) >>> ((w & 3) << 4)) & 0xffff);
    }

    /** 64-bit word {@code i} (0..3); word 0 holds bits 0..63. */
    public long word64(int i) {
        switch (i) {
            case 0: return w0;
            case 1: return w1;
            case 2: return w2;
            case 3: return w3;
            default: throw new IndexOutOfBoundsException("long index " + i + " outside 0..3");
        }
    }

    /** The four longs, index 0 holding bits 0..63. */
    public long[] toLongs() {
        return new long[] {w0, w1, w2, w3};
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PdqHash)) {
            return false;
        }
        PdqHash h = (PdqHash) o;
        return w0 == h.w0 && w1 == h.w1 && w2 == h.w2 && w3 == h.w3;
    }

    @Override
    public int hashCode() {
        long h = w0 * 31 + w1;
        h = h * 31 + w2;
        h = h * 31 + w3;
        return Long.hashCode(h);
    }

    /** Orders by the text form (unsigned, word 15 most significant). */
    @Override
    public int compareTo(PdqHash o) {
        int c = Long.compareUnsigned(w3, o.w3);
        if (c == 0) c = Long.compareUnsigned(w2, o.w2);
        if (c == 0) c = Long.compareUnsigned(w1, o.w1);
        if (c == 0) c = Long.compareUnsigned(w0, o.w0);
        return c;
    }

    @Override
    public String toString() {
        return toHex();
    }
}
