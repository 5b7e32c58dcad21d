package eu.csep.portal.hashmatch.control.index;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Live, exact matching index for 256-bit PDQ hashes (Hamming distance &lt;= radius, any radius 0..256).
 *
 * <p><b>Layout.</b> Append-only segments of {@value #SEG} slots (about 1.1 MB each, so even a list of one hash holds
 * one; 32 K slots stream better than the 4 K of before: with the Vector API filter a single lookup over 10 M went
 * from 7.4 to 4.7 ms and an 8-variant one from 20.7 to 18.7 ms). Each segment keeps the hash as 8
 * int planes (struct of arrays: plane p = bits 32p..32p+31), the entry id (low 32 bits as int plus a
 * per-segment high half; a segment falls back to long ids if an id with another high half arrives) and
 * a tombstone bitset. About 36.1 bytes per hash.
 *
 * <p><b>Lookup.</b> A scan over all segments: per segment a vectorisable filter on bits 0..95 for all
 * query variants at once (a lower bound of the distance, so exact), then the rare candidates are
 * verified on all 256 bits and against the tombstones. Radius &lt;= 34 uses the 96-bit filter; larger
 * radii use an exact 256-bit kernel. Where the JVM can run it, the filter is the Vector API one
 * ({@link CandidateFilter}, {@link Kernel#VECTOR}); otherwise auto-vectorised loops ({@link ScanKernels}).
 *
 * <p><b>Concurrency.</b> Lookups are lock-free: they read one volatile {@code Snapshot} (segment array
 * + published size) and scan it; writers (add/remove/compact) are serialised by a lock, fill slots
 * beyond the published size and then publish a new snapshot; tombstones are set/cleared with volatile
 * array writes and read with volatile reads. A lookup sees every add/remove that completed before it
 * started; concurrent changes may or may not be seen.
 *
 * <p><b>Entry ids.</b> At most one live slot per id. id -&gt; slot is a binary search over the slot
 * prefix whose ids are strictly increasing (bulk load sorts by id; appends with increasing ids, the usual
 * case for database ids, extend it) plus a small overflow map for other appends; {@link #compact()}
 * (also triggered automatically when &gt; 25 % of slots are dead or the overflow map grows) rebuilds
 * everything sorted.
 */
public final class PdqIndex {
    static final int SEG_SHIFT = 15;
    static final int SEG = 1 << SEG_SHIFT;
    static final int SEG_MASK = SEG - 1;
    /** Largest radius for which the 96-bit filter is used; above it the exact 256-bit kernel runs. */
    static final int FILTER_MAX_RADIUS = 34;
    /** A segment's worth of unset marks, compared against the marks to find the set ones (never written). */
    private static final int[] NO_MARKS = new int[SEG];

    private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

    /** Loop shape of the 8-variant filter (see {@link ScanKernels}). */
    public enum Kernel {
        /** one loop for all 8 variants: vectorised by JDK 17's C2. */
        FUSED8,
        /** one loop per pair of variants: vectorised by JDK 25's C2. */
        PAIRS,
        /**
         * one loop per variant over the (cache-resident) segment: the fastest scalar shape on JDK 21+, whose C2
         * vectorises the single-variant loops fully (8-variant lookup over 10 M on JDK 25: 24 ms thread CPU time vs 54
         * for FUSED8; see docs/benchmarks/hashmatch.md, LookupCpuBench).
         */
        SINGLES,
        /**
         * the Vector API filter ({@link CandidateFilter}, JDK 21+ started with {@code --add-modules
         * jdk.incubator.vector}): explicit 256-bit SIMD, a carry-save adder for 8 variants, candidates written as slot
         * numbers instead of a per-slot mark array. Up to 8 variants; more fall back to {@link #SINGLES}.
         */
        VECTOR;

        /** Whether this JVM can run {@link #VECTOR}. */
        public boolean available() {
            return this != VECTOR || VECTOR_FILTER != null;
        }

        /**
         * System property {@code pdq.index.kernel} (FUSED8|PAIRS|SINGLES|VECTOR), else VECTOR where available, else
         * by JVM version.
         */
        public static Kernel auto() {
            String p = System.getProperty("pdq.index.kernel");
            if (p != null && !p.isBlank()) {
                return valueOf(p.trim().toUpperCase(java.util.Locale.ROOT));
            }
            if (VECTOR.available()) {
                return VECTOR;
            }
            return Runtime.version().feature() >= 21 ? SINGLES : FUSED8;
        }
    }

    /** Loaded once per class loader; null where the JVM cannot run it. Immutable. */
    private static final CandidateFilter VECTOR_FILTER = CandidateFilter.load();

    /** Streams entries into {@link #bulkLoad(EntrySource)}. */
    @FunctionalInterface
    public interface EntrySink {
        void accept(long entryId, long w0, long w1, long w2, long w3);
    }

    /** A source of entries, e.g. a JDBC result set loop; may throw its own checked exception. */
    @FunctionalInterface
    public interface EntrySource<E extends Exception> {
        void forEach(EntrySink sink) throws E;
    }

    static final class Segment {
        final int[][] planes = new int[8][SEG];
        final int[] idLo = new int[SEG];
        final long idHi;
        volatile long[] ids64;
        final long[] dead = new long[SEG >>> 6];

        Segment(long firstId) {
            this.idHi = firstId >>> 32;
        }

        long id(int i) {
            long[] w = ids64;
            return w != null ? w[i] : (idHi << 32) | (idLo[i] & 0xFFFFFFFFL);
        }

        /** Writer only. */
        void setId(int i, long id) {
            long[] w = ids64;
            if (w != null) {
                w[i] = id;
            } else if ((id >>> 32) == idHi) {
                idLo[i] = (int) id;
            } else {
                long[] n = new long[SEG];
                for (int j = 0; j < i; j++) {
                    n[j] = id(j);
                }
                n[i] = id;
                ids64 = n; // later writes to n are published with the next snapshot
            }
        }

        void setHash(int i, long w0, long w1, long w2, long w3) {
            planes[0][i] = (int) w0;
            planes[1][i] = (int) (w0 >>> 32);
            planes[2][i] = (int) w1;
            planes[3][i] = (int) (w1 >>> 32);
            planes[4][i] = (int) w2;
            planes[5][i] = (int) (w2 >>> 32);
            planes[6][i] = (int) w3;
            planes[7][i] = (int) (w3 >>> 32);
        }

        long word(int i, int w) {
            return (planes[2 * w][i] & 0xFFFFFFFFL) | ((long) planes[2 * w + 1][i] << 32);
        }

        boolean isDead(int i) {
            return (((long) LONGS.getVolatile(dead, i >>> 6)) & (1L << i)) != 0;
        }

        /** Writer only (single writer under the index lock). */
        void setDead(int i, boolean d) {
            long old = (long) LONGS.getVolatile(dead, i >>> 6);
            LONGS.setVolatile(dead, i >>> 6, d ? old | (1L << i) : old & ~(1L << i));
        }

        long bytes() {
            long[] w = ids64;
            return 8L * (16 + 4L * SEG) + (16 + 4L * SEG) + (16 + 8L * dead.length) + 16 + 48
                    + (w != null ? 16 + 8L * SEG : 0);
        }
    }

    static final class Snapshot {
        final Segment[] segs;
        final int size; // published slots

        Snapshot(Segment[] segs, int size) {
            this.segs = segs;
            this.size = size;
        }
    }

    private static final Snapshot EMPTY = new Snapshot(new Segment[0], 0);

    private final Kernel kernel;
    private final Object writeLock = new Object();
    private volatile Snapshot snap = EMPTY;
    private volatile int live;
    // writer-only state (guarded by writeLock)
    private int deadSlots;
    private int sortedEnd;
    private final HashMap<Long, Integer> overflow = new HashMap<>();
    private boolean autoCompact = true;

    public PdqIndex() {
        this(Kernel.auto());
    }

    /** @throws IllegalStateException for {@link Kernel#VECTOR} where this JVM cannot run it */
    public PdqIndex(Kernel kernel) {
        if (!kernel.available()) {
            throw new IllegalStateException("The VECTOR kernel needs JDK 21 or later started with"
                    + " --add-modules jdk.incubator.vector, and a build that compiled src/main/java21");
        }
        this.kernel = kernel;
    }

    public Kernel kernel() {
        return kernel;
    }

    /** Number of live (enabled) entries. */
    public int size() {
        return live;
    }

    /** Number of slots, live and dead. */
    public int slots() {
        return snap.size;
    }

    /** Disables automatic compaction (tests / callers that compact explicitly). */
    public void setAutoCompact(boolean on) {
        synchronized (writeLock) {
            autoCompact = on;
        }
    }

    // ---------------------------------------------------------------- writes

    public void add(long entryId, PdqHash h) {
        add(entryId, h.word64(0), h.word64(1), h.word64(2), h.word64(3));
    }

    /**
     * Adds or re-enables an entry. An id that is present with the same hash is (re-)enabled in place; with
     * another hash its old slot is disabled and the new hash appended. Visible to lookups starting after
     * the call returns.
     */
    public void add(long entryId, long w0, long w1, long w2, long w3) {
        synchronized (writeLock) {
            Snapshot s = snap;
            int slot = findSlot(s, entryId);
            if (slot >= 0) {
                Segment seg = s.segs[slot >>> SEG_SHIFT];
                int i = slot & SEG_MASK;
                boolean dead = seg.isDead(i);
                if (seg.word(i, 0) == w0 && seg.word(i, 1) == w1 && seg.word(i, 2) == w2 && seg.word(i, 3) == w3) {
                    if (dead) {
                        seg.setDead(i, false);
                        deadSlots--;
                        live++;
                    }
                    return;
                }
                if (!dead) {
                    seg.setDead(i, true);
                    deadSlots++;
                    live--;
                }
            }
            int newSlot = s.size;
            boolean extendsSorted = sortedEnd == newSlot && (newSlot == 0 || entryId > idAt(s, newSlot - 1));
            snap = append(s, entryId, w0, w1, w2, w3);
            if (extendsSorted) {
                sortedEnd = newSlot + 1;
            } else {
                overflow.put(entryId, newSlot);
            }
            live++;
            maybeCompact();
        }
    }

    /** Disables an entry; returns false if it was not present or already disabled. */
    public boolean remove(long entryId) {
        synchronized (writeLock) {
            Snapshot s = snap;
            int slot = findSlot(s, entryId);
            if (slot < 0) {
                return false;
            }
            Segment seg = s.segs[slot >>> SEG_SHIFT];
            int i = slot & SEG_MASK;
            if (seg.isDead(i)) {
                return false;
            }
            seg.setDead(i, true);
            deadSlots++;
            live--;
            maybeCompact();
            return true;
        }
    }

    public boolean contains(long entryId) {
        synchronized (writeLock) {
            Snapshot s = snap;
            int slot = findSlot(s, entryId);
            return slot >= 0 && !s.segs[slot >>> SEG_SHIFT].isDead(slot & SEG_MASK);
        }
    }

    /**
     * Start-up path: loads an empty index in one go (one publication at the end). Entries in increasing id
     * order (ORDER BY id) need no sorting; otherwise they are sorted once. Duplicate ids are rejected.
     */
    public <E extends Exception> void bulkLoad(EntrySource<E> source) throws E {
        synchronized (writeLock) {
            if (snap.size != 0) {
                throw new IllegalStateException("bulkLoad needs an empty index");
            }
            Loader l = new Loader();
            source.forEach(l);
            Snapshot s = new Snapshot(l.segs == null ? new Segment[0] : Arrays.copyOf(l.segs, l.nSegs), l.n);
            if (!l.sorted) {
                s = sortedCopy(s, false);
            }
            for (int k = 1; k < s.size; k++) {
                if (idAt(s, k) == idAt(s, k - 1)) {
                    throw new IllegalArgumentException("duplicate entry id " + idAt(s, k));
                }
            }
            sortedEnd = s.size;
            overflow.clear();
            deadSlots = 0;
            live = s.size;
            snap = s;
        }
    }

    /** Bulk load from parallel arrays (first n elements). */
    public void bulkLoad(long[] ids, long[] w0, long[] w1, long[] w2, long[] w3, int n) {
        bulkLoad(sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(ids[i], w0[i], w1[i], w2[i], w3[i]);
            }
        });
    }

    private static final class Loader implements EntrySink {
        Segment[] segs;
        int nSegs;
        int n;
        boolean sorted = true;
        long last = Long.MIN_VALUE;

        @Override
        public void accept(long id, long w0, long w1, long w2, long w3) {
            int i = n & SEG_MASK;
            if (i == 0) {
                if (segs == null) {
                    segs = new Segment[16];
                } else if (nSegs == segs.length) {
                    segs = Arrays.copyOf(segs, nSegs * 2);
                }
                segs[nSegs++] = new Segment(id);
            }
            Segment seg = segs[nSegs - 1];
            seg.setHash(i, w0, w1, w2, w3);
            seg.setId(i, id);
            if (n > 0 && id <= last) {
                sorted = false;
            }
            last = id;
            n++;
        }
    }

    /** Drops dead slots and re-sorts by id; lookups keep running on the old snapshot meanwhile. */
    public void compact() {
        synchronized (writeLock) {
            Snapshot s = snap;
            Snapshot c = sortedCopy(s, true);
            sortedEnd = c.size;
            overflow.clear();
            deadSlots = 0;
            live = c.size;
            snap = c;
        }
    }

    private void maybeCompact() {
        int slots = snap.size;
        if (autoCompact && ((deadSlots > 4096 && deadSlots > slots / 4)
                || (overflow.size() > 65536 && overflow.size() > slots / 16))) {
            compact();
        }
    }

    private static Snapshot append(Snapshot s, long id, long w0, long w1, long w2, long w3) {
        int slot = s.size;
        int k = slot >>> SEG_SHIFT;
        Segment[] segs = s.segs;
        if (k == segs.length) {
            segs = Arrays.copyOf(segs, k + 1);
            segs[k] = new Segment(id);
        }
        Segment seg = segs[k];
        seg.setHash(slot & SEG_MASK, w0, w1, w2, w3);
        seg.setId(slot & SEG_MASK, id);
        return new Snapshot(segs, slot + 1);
    }

    private static long idAt(Snapshot s, int slot) {
        return s.segs[slot >>> SEG_SHIFT].id(slot & SEG_MASK);
    }

    /** Slot currently assigned to the id (live or dead), or -1. Writer only. */
    private int findSlot(Snapshot s, long id) {
        Integer o = overflow.get(id);
        if (o != null) {
            return o;
        }
        int lo = 0, hi = sortedEnd - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long v = idAt(s, mid);
            if (v < id) {
                lo = mid + 1;
            } else if (v > id) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** New segments holding the (live, if dropDead) slots of s in id order. */
    private static Snapshot sortedCopy(Snapshot s, boolean dropDead) {
        int n = 0;
        int[] order = new int[s.size];
        for (int slot = 0; slot < s.size; slot++) {
            if (!dropDead || !s.segs[slot >>> SEG_SHIFT].isDead(slot & SEG_MASK)) {
                order[n++] = slot;
            }
        }
        order = sortByIds(s, order, n);
        Snapshot out = EMPTY;
        Segment[] segs = new Segment[(n + SEG - 1) >>> SEG_SHIFT];
        for (int j = 0; j < n; j++) {
            int slot = order[j];
            Segment from = s.segs[slot >>> SEG_SHIFT];
            int i = slot & SEG_MASK;
            long id = from.id(i);
            if ((j & SEG_MASK) == 0) {
                segs[j >>> SEG_SHIFT] = new Segment(id);
            }
            Segment to = segs[j >>> SEG_SHIFT];
            for (int p = 0; p < 8; p++) {
                to.planes[p][j & SEG_MASK] = from.planes[p][i];
            }
            to.setId(j & SEG_MASK, id);
        }
        return n == 0 ? out : new Snapshot(segs, n);
    }

    private static int[] sortByIds(Snapshot s, int[] order, int n) {
        if (n == 0) {
            return order;
        }
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (int j = 0; j < n; j++) {
            long id = idAt(s, order[j]);
            min = Math.min(min, id);
            max = Math.max(max, id);
        }
        int slotBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, s.size));
        long range = max - min; // may overflow for extreme ranges: then negative
        if (range >= 0 && (slotBits >= 63 || range < (1L << (63 - slotBits)))) {
            long[] keys = new long[n];
            for (int j = 0; j < n; j++) {
                keys[j] = ((idAt(s, order[j]) - min) << slotBits) | order[j];
            }
            Arrays.sort(keys);
            int[] out = new int[n];
            long mask = (1L << slotBits) - 1;
            for (int j = 0; j < n; j++) {
                out[j] = (int) (keys[j] & mask);
            }
            return out;
        }
        Integer[] boxed = new Integer[n]; // rare: ids spread over more than 2^(63-slotBits)
        for (int j = 0; j < n; j++) {
            boxed[j] = order[j];
        }
        Arrays.sort(boxed, Comparator.comparingLong(slot -> idAt(s, slot)));
        int[] out = new int[n];
        for (int j = 0; j < n; j++) {
            out[j] = boxed[j];
        }
        return out;
    }

    // ---------------------------------------------------------------- lookups

    public List<Match> lookup(PdqHash query, int radius) {
        return lookup(new PdqHash[] {query}, radius);
    }

    /**
     * All live entries within {@code radius} of any of the variants; per entry the best variant (smallest
     * distance, lowest index on ties). Sorted by distance, then entry id. Thread-safe, lock-free.
     */
    public List<Match> lookup(PdqHash[] variants, int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius < 0");
        }
        int nv = variants.length;
        if (nv == 0) {
            return Collections.emptyList();
        }
        int[] q8 = new int[8 * nv]; // all 8 planes per variant
        int[] q3 = new int[3 * nv]; // filter planes 0..2 per variant
        for (int v = 0; v < nv; v++) {
            PdqHash h = variants[v];
            for (int w = 0; w < 4; w++) {
                long x = h.word64(w);
                q8[8 * v + 2 * w] = (int) x;
                q8[8 * v + 2 * w + 1] = (int) (x >>> 32);
            }
            System.arraycopy(q8, 8 * v, q3, 3 * v, 3);
        }
        Snapshot s = snap;
        int[] m = new int[Math.max(1, Math.min(SEG, s.size))]; // marks, or candidate slots with VECTOR
        int lim = radius + 1;
        boolean exactKernel = radius > FILTER_MAX_RADIUS;
        int[][] q8v = exactKernel ? splitPerVariant(q8, nv) : null;
        List<Match> out = new ArrayList<>();
        if (kernel == Kernel.VECTOR && !exactKernel && nv <= 8) {
            for (int k = 0; k * SEG < s.size; k++) {
                Segment seg = s.segs[k];
                int len = Math.min(SEG, s.size - k * SEG);
                int[][] p = seg.planes;
                int found = VECTOR_FILTER.candidates(p[0], p[1], p[2], len, q3, nv, lim, m);
                for (int c = 0; c < found; c++) {
                    verify(seg, m[c], q8, nv, radius, out);
                }
            }
            Collections.sort(out);
            return out;
        }
        for (int k = 0; k * SEG < s.size; k++) {
            Segment seg = s.segs[k];
            int len = Math.min(SEG, s.size - k * SEG);
            if (exactKernel) {
                for (int v = 0; v < nv; v++) {
                    ScanKernels.full(seg.planes, len, q8v[v], m, lim, v == 0);
                }
            } else {
                filter(seg.planes, len, q3, nv, m, lim);
            }
            collect(seg, len, m, q8, nv, radius, out);
        }
        Collections.sort(out);
        return out;
    }

    private void filter(int[][] planes, int len, int[] q3, int nv, int[] m, int lim) {
        int[] p0 = planes[0], p1 = planes[1], p2 = planes[2];
        if (nv == 1) {
            ScanKernels.filter1(p0, p1, p2, len, q3[0], q3[1], q3[2], m, lim);
            return;
        }
        if (nv == 8 && kernel == Kernel.FUSED8) {
            ScanKernels.filter8(p0, p1, p2, len, q3, m, lim);
            return;
        }
        int v = 0;
        if (kernel == Kernel.PAIRS) {
            for (; v + 1 < nv; v += 2) {
                ScanKernels.filterPair(p0, p1, p2, len, q3, v, m, lim, v == 0);
            }
        }
        for (; v < nv; v++) {
            if (v == 0) {
                ScanKernels.filter1(p0, p1, p2, len, q3[0], q3[1], q3[2], m, lim);
            } else {
                ScanKernels.filterMore(p0, p1, p2, len, q3[3 * v], q3[3 * v + 1], q3[3 * v + 2], m, lim);
            }
        }
    }

    private static int[][] splitPerVariant(int[] q8, int nv) {
        int[][] r = new int[nv][];
        for (int v = 0; v < nv; v++) {
            r[v] = Arrays.copyOfRange(q8, 8 * v, 8 * v + 8);
        }
        return r;
    }

    /**
     * Verifies the marked slots. The marks are rare (~0.03 % at radius 31), so they are found with
     * {@code Arrays.mismatch} against an array of zeros, a JIT intrinsic that compares 64 bytes a step (scanning
     * the marks slot by slot, or by ORed blocks of 64, cost JDK 17 half of a single lookup).
     */
    private static void collect(Segment seg, int len, int[] m, int[] q8, int nv, int radius, List<Match> out) {
        int i = 0;
        while (i < len) {
            int off = Arrays.mismatch(m, i, len, NO_MARKS, i, len);
            if (off < 0) {
                return;
            }
            verify(seg, i + off, q8, nv, radius, out);
            i += off + 1;
        }
    }

    /** Full 256-bit distance of slot i to each variant; adds the best if within the radius and the slot is live. */
    private static void verify(Segment seg, int i, int[] q8, int nv, int radius, List<Match> out) {
        int[][] p = seg.planes;
        int best = Integer.MAX_VALUE, bestV = -1;
        for (int v = 0; v < nv; v++) {
            int o = 8 * v;
            int d = Integer.bitCount(p[0][i] ^ q8[o]) + Integer.bitCount(p[1][i] ^ q8[o + 1])
                    + Integer.bitCount(p[2][i] ^ q8[o + 2]) + Integer.bitCount(p[3][i] ^ q8[o + 3])
                    + Integer.bitCount(p[4][i] ^ q8[o + 4]) + Integer.bitCount(p[5][i] ^ q8[o + 5])
                    + Integer.bitCount(p[6][i] ^ q8[o + 6]) + Integer.bitCount(p[7][i] ^ q8[o + 7]);
            if (d < best) {
                best = d;
                bestV = v;
            }
        }
        if (best <= radius && !seg.isDead(i)) {
            out.add(new Match(seg.id(i), best, bestV));
        }
    }

    // ---------------------------------------------------------------- memory

    /** Estimated heap bytes of the index (segments, snapshot, overflow map). */
    public long memoryBytes() {
        Snapshot s = snap;
        long b = 16 + 16 + 4L * s.segs.length;
        for (Segment seg : s.segs) {
            b += seg.bytes();
        }
        synchronized (writeLock) {
            b += 64L * overflow.size();
        }
        return b;
    }

    /** {@link #memoryBytes()} per live entry. */
    public double bytesPerHash() {
        int n = size();
        return n == 0 ? 0 : (double) memoryBytes() / n;
    }
}
