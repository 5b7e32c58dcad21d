package eu.csep.portal.hashmatch.control.index;

/**
 * Block filter kernels of the scan, written so that C2's auto-vectoriser (SuperWord) turns them into
 * AVX-512 VPOPCNTD code: plain counted loops over same-index int arrays starting at 0, no branches.
 *
 * <p>Each kernel writes into {@code m[i]} the mark of stored hash {@code i}: -1 if some query variant may be
 * within the radius ({@code d - lim < 0}, {@code lim = radius + 1}, ORed over the variants), else 0 — so the
 * caller finds the rare marks with {@code Arrays.mismatch} against zeros, an intrinsic that compares 64 bytes a
 * step. The kernels do not OR the marks into a result: on JDK 17 C2 reduces such an accumulator across the vector
 * lanes in every iteration, which cost a tenth of a single lookup.
 * The filter kernels look at planes 0..2 only (bits 0..95): their distance is a lower bound of the full
 * distance, so no match is lost; candidates are verified on all 256 bits by the caller.
 *
 * <p>Which loop shape vectorises differs between JIT versions (measured: the fused 8-variant loop
 * vectorises on JDK 17 but not on JDK 25, where the single-variant loops run fastest), hence the strategies
 * of {@code PdqIndex.Kernel}.
 */
final class ScanKernels {
    private ScanKernels() {
    }

    /** One variant, planes 0..2. */
    static void filter1(int[] p0, int[] p1, int[] p2, int len, int a, int b, int c, int[] m, int lim) {
        for (int i = 0; i < len; i++) {
            m[i] = (Integer.bitCount(p0[i] ^ a) + Integer.bitCount(p1[i] ^ b) + Integer.bitCount(p2[i] ^ c) - lim) >> 31;
        }
    }

    /** One more variant ORed into m, planes 0..2. */
    static void filterMore(int[] p0, int[] p1, int[] p2, int len, int a, int b, int c, int[] m, int lim) {
        for (int i = 0; i < len; i++) {
            m[i] |= (Integer.bitCount(p0[i] ^ a) + Integer.bitCount(p1[i] ^ b) + Integer.bitCount(p2[i] ^ c) - lim) >> 31;
        }
    }

    /** Two variants (q[3*v0 ..], q[3*v0+3 ..]) in one pass; {@code first} overwrites m, else ORs into it. */
    static void filterPair(int[] p0, int[] p1, int[] p2, int len, int[] q, int v0, int[] m, int lim, boolean first) {
        int k = 3 * v0;
        int a0 = q[k], b0 = q[k + 1], c0 = q[k + 2], a1 = q[k + 3], b1 = q[k + 4], c1 = q[k + 5];
        if (first) {
            for (int i = 0; i < len; i++) {
                int x = p0[i], y = p1[i], z = p2[i];
                int d = (Integer.bitCount(x ^ a0) + Integer.bitCount(y ^ b0) + Integer.bitCount(z ^ c0) - lim)
                        | (Integer.bitCount(x ^ a1) + Integer.bitCount(y ^ b1) + Integer.bitCount(z ^ c1) - lim);
                m[i] = d >> 31;
            }
        } else {
            for (int i = 0; i < len; i++) {
                int x = p0[i], y = p1[i], z = p2[i];
                int d = m[i] | (Integer.bitCount(x ^ a0) + Integer.bitCount(y ^ b0) + Integer.bitCount(z ^ c0) - lim)
                        | (Integer.bitCount(x ^ a1) + Integer.bitCount(y ^ b1) + Integer.bitCount(z ^ c1) - lim);
                m[i] = d >> 31;
            }
        }
    }

    /** Eight variants in one pass (q holds 3 ints per variant). */
    static void filter8(int[] p0, int[] p1, int[] p2, int len, int[] q, int[] m, int lim) {
        int a0 = q[0], b0 = q[1], c0 = q[2], a1 = q[3], b1 = q[4], c1 = q[5];
        int a2 = q[6], b2 = q[7], c2 = q[8], a3 = q[9], b3 = q[10], c3 = q[11];
        int a4 = q[12], b4 = q[13], c4 = q[14], a5 = q[15], b5 = q[16], c5 = q[17];
        int a6 = q[18], b6 = q[19], c6 = q[20], a7 = q[21], b7 = q[22], c7 = q[23];
        for (int i = 0; i < len; i++) {
            int x = p0[i], y = p1[i], z = p2[i];
            int d = (Integer.bitCount(x ^ a0) + Integer.bitCount(y ^ b0) + Integer.bitCount(z ^ c0) - lim)
                    | (Integer.bitCount(x ^ a1) + Integer.bitCount(y ^ b1) + Integer.bitCount(z ^ c1) - lim)
                    | (Integer.bitCount(x ^ a2) + Integer.bitCount(y ^ b2) + Integer.bitCount(z ^ c2) - lim)
                    | (Integer.bitCount(x ^ a3) + Integer.bitCount(y ^ b3) + Integer.bitCount(z ^ c3) - lim)
                    | (Integer.bitCount(x ^ a4) + Integer.bitCount(y ^ b4) + Integer.bitCount(z ^ c4) - lim)
                    | (Integer.bitCount(x ^ a5) + Integer.bitCount(y ^ b5) + Integer.bitCount(z ^ c5) - lim)
                    | (Integer.bitCount(x ^ a6) + Integer.bitCount(y ^ b6) + Integer.bitCount(z ^ c6) - lim)
                    | (Integer.bitCount(x ^ a7) + Integer.bitCount(y ^ b7) + Integer.bitCount(z ^ c7) - lim);
            m[i] = d >> 31;
        }
    }

    /** Exact distance on all 8 planes for one variant (q holds 8 ints); used for large radii. */
    static void full(int[][] p, int len, int[] q, int[] m, int lim, boolean first) {
        int[] p0 = p[0], p1 = p[1], p2 = p[2], p3 = p[3], p4 = p[4], p5 = p[5], p6 = p[6], p7 = p[7];
        int a = q[0], b = q[1], c = q[2], d = q[3], e = q[4], f = q[5], g = q[6], h = q[7];
        for (int i = 0; i < len; i++) {
            int x = Integer.bitCount(p0[i] ^ a) + Integer.bitCount(p1[i] ^ b) + Integer.bitCount(p2[i] ^ c)
                    + Integer.bitCount(p3[i] ^ d) + Integer.bitCount(p4[i] ^ e) + Integer.bitCount(p5[i] ^ f)
                    + Integer.bitCount(p6[i] ^ g) + Integer.bitCount(p7[i] ^ h) - lim;
            m[i] = (first ? x : (m[i] | x)) >> 31;
        }
    }
}
