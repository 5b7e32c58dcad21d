package eu.csep.portal.hashmatch.control.index;

import eu.csep.portal.hashmatch.control.pdq.PdqHash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PdqIndexLiveTest {

    private static Set<Long> ids(List<Match> ms) {
        Set<Long> s = new HashSet<>();
        ms.forEach(m -> s.add(m.entryId()));
        return s;
    }

    @Test
    void addRemoveReAdd() {
        SplittableRandom rnd = new SplittableRandom(1);
        PdqIndex idx = new PdqIndex();
        for (int i = 0; i < 10_000; i++) {
            idx.add(i, TestData.random(rnd));
        }
        PdqHash h = TestData.random(rnd);
        PdqHash q = TestData.flip(h, 31, rnd);
        assertTrue(idx.lookup(q, 31).isEmpty());
        idx.add(77_777, h);
        assertEquals(List.of(new Match(77_777, 31, 0)), idx.lookup(q, 31));
        assertTrue(idx.lookup(q, 30).isEmpty());
        assertTrue(idx.remove(77_777));
        assertFalse(idx.remove(77_777));
        assertFalse(idx.contains(77_777));
        assertTrue(idx.lookup(q, 31).isEmpty());
        idx.add(77_777, h); // re-enable in place
        assertEquals(10_001, idx.size());
        assertEquals(10_001, idx.slots());
        assertEquals(List.of(new Match(77_777, 31, 0)), idx.lookup(q, 31));
        // re-add with another hash: the old one must no longer match
        PdqHash h2 = TestData.random(rnd);
        idx.add(77_777, h2);
        assertTrue(idx.lookup(q, 31).isEmpty());
        assertEquals(List.of(new Match(77_777, 0, 0)), idx.lookup(h2, 0));
        assertEquals(10_001, idx.size());
        // existing id in the sorted prefix changed hash, removed, re-enabled
        PdqHash h3 = TestData.random(rnd);
        idx.add(5, h3);
        assertEquals(List.of(new Match(5, 0, 0)), idx.lookup(h3, 10));
        assertTrue(idx.remove(5));
        assertTrue(idx.lookup(h3, 10).isEmpty());
        idx.add(5, h3);
        assertEquals(List.of(new Match(5, 0, 0)), idx.lookup(h3, 10));
        idx.compact();
        assertEquals(10_001, idx.size());
        assertEquals(10_001, idx.slots());
        assertEquals(List.of(new Match(5, 0, 0)), idx.lookup(h3, 10));
        assertEquals(List.of(new Match(77_777, 0, 0)), idx.lookup(h2, 0));
        assertTrue(idx.remove(5));
        assertTrue(idx.lookup(h3, 10).isEmpty());
    }

    @Test
    void outOfOrderIdsNegativeIdsAndMixedHighHalves() {
        SplittableRandom rnd = new SplittableRandom(2);
        PdqIndex idx = new PdqIndex();
        idx.setAutoCompact(false);
        BruteForceMatcher bf = new BruteForceMatcher();
        List<Long> all = new ArrayList<>();
        List<PdqHash> hs = new ArrayList<>();
        for (int i = 0; i < 9_000; i++) {
            long id = switch (i % 4) {
                case 0 -> rnd.nextLong();
                case 1 -> -i;
                case 2 -> (long) i << 33;
                default -> 1_000_000 - i;
            };
            PdqHash h = TestData.random(rnd);
            idx.add(id, h);
            bf.add(id, h);
            all.add(id);
            hs.add(h);
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < all.size(); i += 7) {
                assertEquals(bf.lookup(hs.get(i), 3), idx.lookup(hs.get(i), 3));
            }
            for (int i = 0; i < all.size(); i += 3) {
                assertTrue(idx.remove(all.get(i)));
                bf.remove(all.get(i));
            }
            for (int i = 0; i < all.size(); i += 7) {
                assertEquals(bf.lookup(hs.get(i), 3), idx.lookup(hs.get(i), 3));
            }
            assertEquals(bf.size(), idx.size());
            idx.compact();
            for (int i = 0; i < all.size(); i += 3) { // re-add after compaction
                idx.add(all.get(i), hs.get(i));
                bf.add(all.get(i), hs.get(i));
            }
            assertEquals(bf.size(), idx.size());
        }
    }

    @Test
    void bulkLoadUnsortedAndDuplicates() {
        SplittableRandom rnd = new SplittableRandom(3);
        int n = 20_000;
        long[] ids = new long[n];
        long[][] w = new long[4][n];
        BruteForceMatcher bf = new BruteForceMatcher();
        PdqHash[] hs = new PdqHash[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (i * 7919L) % 100_003 + (i % 2 == 0 ? 0 : Long.MAX_VALUE / 2);
            hs[i] = TestData.random(rnd);
            for (int k = 0; k < 4; k++) {
                w[k][i] = hs[i].word64(k);
            }
            bf.add(ids[i], hs[i]);
        }
        PdqIndex idx = new PdqIndex();
        idx.bulkLoad(ids, w[0], w[1], w[2], w[3], n);
        for (int i = 0; i < n; i += 97) {
            assertEquals(bf.lookup(hs[i], 31), idx.lookup(hs[i], 31));
            assertTrue(idx.remove(ids[i]));
            assertTrue(idx.lookup(hs[i], 0).isEmpty());
        }
        assertThrows(IllegalStateException.class, () -> idx.bulkLoad(ids, w[0], w[1], w[2], w[3], 1));
        long[] dup = {1, 2, 2};
        assertThrows(IllegalArgumentException.class, () -> new PdqIndex().bulkLoad(dup, dup, dup, dup, dup, 3));
    }

    /**
     * Readers and one writer for a bounded time. Churn entries go through add, remove, re-add, remove
     * (state 1..4, -1 while an operation is in progress). A lookup must return every entry present during the whole lookup and none absent during
     * the whole lookup. Auto-compaction runs during the test.
     */
    @Test
    void concurrentReadersAndWriter() throws Exception {
        SplittableRandom rnd = new SplittableRandom(4);
        PdqHash q = TestData.random(rnd);
        PdqIndex idx = new PdqIndex();
        int background = 20_000;
        for (int i = 0; i < background; i++) {
            idx.add(i, TestData.random(rnd));
        }
        int stable = 300;
        for (int i = 0; i < stable; i++) {
            idx.add(100_000 + i, TestData.flip(q, rnd.nextInt(32), rnd));
        }
        int churn = 60_000;
        long churnBase = 1_000_000;
        PdqHash[] churnHash = new PdqHash[churn];
        for (int i = 0; i < churn; i++) {
            churnHash[i] = i % 2 == 0 ? TestData.flip(q, rnd.nextInt(32), rnd) : TestData.random(rnd);
        }
        AtomicIntegerArray state = new AtomicIntegerArray(churn);
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong lookups = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);

        Thread writer = new Thread(() -> {
            int next = 0;
            int[] pending = new int[churn];
            int head = 0, tail = 0;
            while (!stop.get() && System.nanoTime() < deadline) {
                if (next < churn) {
                    state.set(next, -1); // in transition
                    idx.add(churnBase + next, churnHash[next]);
                    state.set(next, 1);
                    pending[tail++] = next++;
                }
                if (tail - head > 200) { // advance the oldest one step
                    int c = pending[head];
                    int s = state.get(c);
                    state.set(c, -1); // in transition
                    if (s == 1 || s == 3) {
                        idx.remove(churnBase + c);
                    } else {
                        idx.add(churnBase + c, churnHash[c]);
                    }
                    state.set(c, s + 1);
                    if (s + 1 == 4) {
                        head++;
                    }
                }
                if (next == churn && head == tail) {
                    break;
                }
            }
        });
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            readers.add(new Thread(() -> {
                int[] before = new int[churn];
                while (!stop.get() && System.nanoTime() < deadline) {
                    for (int i = 0; i < churn; i += 2) {
                        before[i] = state.get(i);
                    }
                    Set<Long> got = ids(idx.lookup(q, 31));
                    for (int i = 0; i < stable; i++) {
                        if (!got.contains(100_000L + i)) {
                            errors.add("missed stable " + i);
                        }
                    }
                    for (int i = 0; i < churn; i += 2) { // even churn entries are near q
                        int after = state.get(i);
                        if (before[i] != after || after < 0) { // changed or changing during the lookup
                            continue;
                        }
                        boolean present = after == 1 || after == 3;
                        if (present != got.contains(churnBase + i)) {
                            errors.add("churn " + i + " state " + after + " returned " + !present);
                        }
                    }
                    lookups.incrementAndGet();
                }
            }));
        }
        writer.start();
        readers.forEach(Thread::start);
        writer.join();
        stop.set(true);
        for (Thread r : readers) {
            r.join();
        }
        assertNull(errors.peek(), () -> errors.size() + " errors, first: " + errors.peek());
        assertTrue(lookups.get() > 10, "lookups " + lookups.get());
        assertEquals(background + stable + (int) java.util.stream.IntStream.range(0, churn)
                .filter(i -> state.get(i) == 1 || state.get(i) == 3).count(), idx.size());
    }
}
