package eu.csep.portal.hashmatch.control.index;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The scan's filter written with the Vector API (JDK 21+, {@code --add-modules jdk.incubator.vector}), so the SIMD
 * code no longer depends on which loop shapes a JIT version auto-vectorises.
 *
 * <p>256-bit vectors: on this machine class (Zen 4, AVX-512 executed as two 256-bit halves) they beat 512-bit ones
 * (8-variant lookup over 10 M: 18.5 ms vs 25 ms). For 8 variants, the three 32-bit words of a variant are added
 * with a carry-save adder instead of three popcounts: with {@code x' = x^a, y' = y^b, z' = z^c},
 * {@code popcount(x')+popcount(y')+popcount(z') = popcount(x'^y'^z') + 2*popcount(maj(x',y',z'))}, and
 * {@code x'^y'^z' = (x^y^z)^(a^b^c)} shares {@code x^y^z} between the variants: 16 popcounts per 8 hashes instead
 * of 24. Loaded reflectively by {@link CandidateFilter#load()}.
 */
final class VectorFilter implements CandidateFilter {

    private static final VectorSpecies<Integer> S = IntVector.SPECIES_PREFERRED.vectorBitSize() >= 256
            ? IntVector.SPECIES_256 : IntVector.SPECIES_PREFERRED;

    @Override
    public int candidates(int[] p0, int[] p1, int[] p2, int len, int[] q3, int nv, int lim, int[] cand) {
        if (nv < 1 || nv > 8) {
            throw new IllegalArgumentException("1..8 variants, not " + nv);
        }
        int bound = S.loopBound(len);
        int n = nv == 1 ? single(p0, p1, p2, bound, q3, lim, cand) : eight(p0, p1, p2, bound, q3, nv, lim, cand);
        for (int i = bound; i < len; i++) { // the tail that does not fill a vector
            for (int v = 0; v < nv; v++) {
                int d = Integer.bitCount(p0[i] ^ q3[3 * v]) + Integer.bitCount(p1[i] ^ q3[3 * v + 1])
                        + Integer.bitCount(p2[i] ^ q3[3 * v + 2]);
                if (d < lim) {
                    cand[n++] = i;
                    break;
                }
            }
        }
        return n;
    }

    private static int single(int[] p0, int[] p1, int[] p2, int bound, int[] q3, int lim, int[] cand) {
        IntVector a = IntVector.broadcast(S, q3[0]);
        IntVector b = IntVector.broadcast(S, q3[1]);
        IntVector c = IntVector.broadcast(S, q3[2]);
        int n = 0;
        for (int i = 0; i < bound; i += S.length()) {
            IntVector d = IntVector.fromArray(S, p0, i).lanewise(VectorOperators.XOR, a)
                    .lanewise(VectorOperators.BIT_COUNT)
                    .add(IntVector.fromArray(S, p1, i).lanewise(VectorOperators.XOR, b)
                            .lanewise(VectorOperators.BIT_COUNT))
                    .add(IntVector.fromArray(S, p2, i).lanewise(VectorOperators.XOR, c)
                            .lanewise(VectorOperators.BIT_COUNT));
            VectorMask<Integer> hit = d.lt(lim);
            if (hit.anyTrue()) {
                n = emit(hit.toLong(), i, cand, n);
            }
        }
        return n;
    }

    /** 2..8 variants; fewer than 8 are padded with repeats of variant 0 (the API asks for 1 or 8). */
    private static int eight(int[] p0, int[] p1, int[] p2, int bound, int[] q3, int nv, int lim, int[] cand) {
        int[] q = new int[24];
        for (int v = 0; v < 8; v++) {
            System.arraycopy(q3, 3 * (v < nv ? v : 0), q, 3 * v, 3);
        }
        IntVector a0 = b(q, 0), b0 = b(q, 1), c0 = b(q, 2), o0 = o(q, 0);
        IntVector a1 = b(q, 3), b1 = b(q, 4), c1 = b(q, 5), o1 = o(q, 3);
        IntVector a2 = b(q, 6), b2 = b(q, 7), c2 = b(q, 8), o2 = o(q, 6);
        IntVector a3 = b(q, 9), b3 = b(q, 10), c3 = b(q, 11), o3 = o(q, 9);
        IntVector a4 = b(q, 12), b4 = b(q, 13), c4 = b(q, 14), o4 = o(q, 12);
        IntVector a5 = b(q, 15), b5 = b(q, 16), c5 = b(q, 17), o5 = o(q, 15);
        IntVector a6 = b(q, 18), b6 = b(q, 19), c6 = b(q, 20), o6 = o(q, 18);
        IntVector a7 = b(q, 21), b7 = b(q, 22), c7 = b(q, 23), o7 = o(q, 21);
        int n = 0;
        for (int i = 0; i < bound; i += S.length()) {
            IntVector x = IntVector.fromArray(S, p0, i);
            IntVector y = IntVector.fromArray(S, p1, i);
            IntVector z = IntVector.fromArray(S, p2, i);
            IntVector xyz = x.lanewise(VectorOperators.XOR, y).lanewise(VectorOperators.XOR, z);
            // written out per variant: C2 did not inline a helper method here (the loop ran 10x slower, boxed)
            IntVector xa0 = x.lanewise(VectorOperators.XOR, a0), yb0 = y.lanewise(VectorOperators.XOR, b0);
            IntVector zc0 = z.lanewise(VectorOperators.XOR, c0);
            IntVector d0 = xyz.lanewise(VectorOperators.XOR, o0).lanewise(VectorOperators.BIT_COUNT)
                    .add(xa0.and(yb0).or(zc0.and(xa0.or(yb0))).lanewise(VectorOperators.BIT_COUNT)
                            .lanewise(VectorOperators.LSHL, 1));
            IntVector xa1 = x.lanewise(VectorOperators.XOR, a1), yb1 = y.lanewise(VectorOperators.XOR, b1);
            IntVector zc1 = z.lanewise(VectorOperators.XOR, c1);
            IntVector d1 = xyz.lanewise(VectorOperators.XOR, o1).lanewise(VectorOperators.BIT_COUNT)
                    .add(xa1.and(yb1).or(zc1.and(xa1.or(yb1))).lanewise(VectorOperators.BIT_COUNT)
                            .lanewise(VectorOperators.LSHL, 1));
            IntVector xa2 = x.lanewise(VectorOperators.XOR, a2), yb2 = y.lanewise(VectorOperators.XOR, b2);
            IntVector zc2 = z.lanewise(VectorOperators.XOR, c2);
            IntVector d2 = xyz.lanewise(VectorOperators.XOR, o2).lanewise(VectorOperators.BIT_COUNT)
                    .add(xa2.and(yb2).or(zc2.and(xa2.or(yb2))).lanewise(VectorOperators.BIT_COUNT)
                            .lanewise(VectorOperators.LSHL, 1));
            IntVector xa3 = x.lanewise(VectorOperators.XOR, a3), yb3 = y.lanewise(VectorOperators.XOR, b3);
            IntVector zc3 = z.lanewise(VectorOperators.XOR, c3);
            IntVector d3 = xyz.lanewise(VectorOperators.XOR, o3).lanewise(VectorOperators.BIT_COUNT)
                    .add(xa3.and(yb3).or(zc3.and(xa3.or(yb3))).lanewise(VectorOperators.BIT_COUNT)
                            .lanewise(VectorOperators.LSHL, 1));
            IntVector xa4 = x.lanewise(VectorOperators.XOR, a4), yb4 = y.lanewise(VectorOperators.XOR, b4);
            IntVector zc4 = z.lanewise(VectorOperators.XOR, c4);
            IntVector d4 = xyz.lanewise(VectorOperators.XOR, o4).lanewise(VectorOperators.BIT_COUNT)
                    .add(xa4.and(yb4).or(zc4.and(xa4.or(yb4))).lanewise(VectorOperators.BIT_COUNT)
                            .lanewise(VectorOperators.LSHL, 1));
            IntVector xa5 = x.lanewise(VectorOperators.XOR, a5), yb5 = y.lanewise(VectorOperators.XOR, b5);
            IntVector zc5 = z.lanewise(VectorOperators.XOR, c5);
            IntVector d5 = xyz.lanewise(VectorOperators.XOR, o5).lanewise(VectorOperators.BIT_COUNT)
                    .add(xa5.and(yb5).or(zc5.and(xa5.or(yb5))).lanewise(VectorOperators.BIT_COUNT)
                            .lanewise(VectorOperators.LSHL, 1));
            IntVector xa6 = x.lanewise(VectorOperators.XOR, a6), yb6 = y.lanewise(VectorOperators.XOR, b6);
            IntVector zc6 = z.lanewise(VectorOperators.XOR, c6);
            IntVector d6 = xyz.lanewise(VectorOperators.XOR, o6).lanewise(VectorOperators.BIT_COUNT)
                    .add(xa6.and(yb6).or(zc6.and(xa6.or(yb6))).lanewise(VectorOperators.BIT_COUNT)
                            .lanewise(VectorOperators.LSHL, 1));
            IntVector xa7 = x.lanewise(VectorOperators.XOR, a7), yb7 = y.lanewise(VectorOperators.XOR, b7);
            IntVector zc7 = z.lanewise(VectorOperators.XOR, c7);
            IntVector d7 = xyz.lanewise(VectorOperators.XOR, o7).lanewise(VectorOperators.BIT_COUNT)
                    .add(xa7.and(yb7).or(zc7.and(xa7.or(yb7))).lanewise(VectorOperators.BIT_COUNT)
                            .lanewise(VectorOperators.LSHL, 1));
            IntVector min = d0.min(d1).min(d2.min(d3)).min(d4.min(d5).min(d6.min(d7)));
            VectorMask<Integer> hit = min.lt(lim);
            if (hit.anyTrue()) {
                n = emit(hit.toLong(), i, cand, n);
            }
        }
        return n;
    }

    private static IntVector b(int[] q, int k) {
        return IntVector.broadcast(S, q[k]);
    }

    private static IntVector o(int[] q, int k) {
        return IntVector.broadcast(S, q[k] ^ q[k + 1] ^ q[k + 2]);
    }

    private static int emit(long lanes, int base, int[] cand, int n) {
        while (lanes != 0) {
            cand[n++] = base + Long.numberOfTrailingZeros(lanes);
            lanes &= lanes - 1;
        }
        return n;
    }
}
