package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.IndexChange;
import eu.csep.portal.hashmatch.control.IndexChangeBroadcast;
import eu.csep.portal.hashmatch.control.ListReload;
import eu.csep.portal.hashmatch.control.index.Match;
import eu.csep.portal.hashmatch.control.index.PdqIndex;
import eu.csep.portal.hashmatch.control.pdq.PdqHash;
import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.hashmatch.entity.SignalType;
import fish.payara.micro.cdi.ClusteredCDIEventBus;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import javax.imageio.ImageIO;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's live PDQ index: one {@link PdqIndex} per hash list, holding the enabled, reliable PDQ entries.
 * Built from the database at start-up (no periodic rebuild); afterwards every add, disable and enable is
 * applied here right after its transaction commits, and broadcast to the other cluster nodes as a Payara
 * clustered CDI event, on which they reload that entry from the database (idempotent, order-independent).
 * Lookups are lock-free (bean-managed concurrency; PdqIndex publishes snapshots).
 *
 * <p>Clustered CDI events are not durable: a node that misses one (e.g. during a network split) is out of date
 * for that entry until it restarts. List-level switches (enabled, threshold) are read from the database on
 * every lookup, so they never go stale.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class.getName());
    private static final int PAGE = 50_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClusteredCDIEventBus clusterBus;

    @Inject
    @Outbound
    Event<IndexChangeBroadcast> cluster;

    private final Map<Long, PdqIndex> byList = new ConcurrentHashMap<>();
    private final String node = UUID.randomUUID().toString();

    @PostConstruct
    void load() {
        // inside the server ImageIO sees the bundled TwelveMonkeys JPEG reader only after a scan
        ImageIO.scanForPlugins();
        try {
            clusterBus.initialize();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Clustered CDI events unavailable; the hash index is updated on this node only", e);
        }
        long started = System.nanoTime();
        Map<Long, Loader> loaders = new HashMap<>();
        long after = Long.MIN_VALUE;
        int total = 0;
        while (true) {
            List<Object[]> rows = em.createQuery("SELECT e.id, e.list.id, e.hashHex FROM HashEntry e "
                    + "WHERE e.signalType = :pdq AND e.enabled = TRUE AND (e.quality IS NULL OR e.quality >= :min) "
                    + "AND e.id > :after ORDER BY e.id", Object[].class)
                    .setParameter("pdq", SignalType.PDQ).setParameter("min", HashEntry.MIN_QUALITY)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (Object[] row : rows) {
                long id = (Long) row[0];
                loaders.computeIfAbsent((Long) row[1], k -> new Loader()).add(id, PdqHash.fromHex((String) row[2]));
                after = id;
            }
            total += rows.size();
            em.clear();
            if (rows.size() < PAGE) {
                break;
            }
        }
        loaders.forEach((list, loader) -> byList.put(list, loader.build()));
        int loaded = total;
        LOG.info(() -> "PDQ match index loaded: " + loaded + " hashes in " + byList.size() + " list(s), "
                + (System.nanoTime() - started) / 1_000_000 + " ms, scan kernel " + PdqIndex.Kernel.auto());
    }

    /**
     * The entries of the given lists within each list's radius of any of the query variants (8 dihedral
     * variants, or one). Lists without entries are absent from the answer.
     */
    public Map<Long, List<Match>> lookup(PdqHash[] variants, Map<Long, Integer> radiusByList) {
        Map<Long, List<Match>> out = new HashMap<>();
        radiusByList.forEach((list, radius) -> {
            PdqIndex index = byList.get(list);
            if (index != null && index.size() > 0) {
                List<Match> hits = index.lookup(variants, radius);
                if (!hits.isEmpty()) {
                    out.put(list, hits);
                }
            }
        });
        return out;
    }

    public long size() {
        return byList.values().stream().mapToLong(PdqIndex::size).sum();
    }

    /** This node's own change, right after it committed: apply it, then tell the other nodes. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onLocalChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChange change) {
        apply(change.entryId(), change.listId(), change.pdqHex(), change.active());
        try {
            cluster.fire(new IndexChangeBroadcast(change.entryId(), change.listId(), false, node));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not broadcast hash entry change " + change.entryId(), e);
        }
    }

    /** This node's bulk change of a list (an import), right after it committed: reload it, tell the others. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onLocalReload(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListReload reload) {
        reloadList(reload.listId());
        try {
            cluster.fire(new IndexChangeBroadcast(0, reload.listId(), true, node));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not broadcast the reload of hash list " + reload.listId(), e);
        }
    }

    /** Another node's change: reload the entry (or the whole list) from the database (idempotent). */
    public void onClusterChange(@Observes @Inbound IndexChangeBroadcast change) {
        if (node.equals(change.origin())) {
            return;
        }
        if (change.wholeList()) {
            reloadList(change.listId());
            return;
        }
        HashEntry entry = em.find(HashEntry.class, change.entryId());
        if (entry == null || entry.getSignalType() != SignalType.PDQ) {
            byList.values().forEach(index -> index.remove(change.entryId()));
            return;
        }
        apply(entry.getId(), entry.getList().getId(), entry.getHashHex(), entry.isEnabled() && entry.reliable());
    }

    /** Builds the list's index afresh from the database and swaps it in; lookups meanwhile use the old one. */
    private void reloadList(long listId) {
        Loader loader = new Loader();
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = em.createQuery("SELECT e.id, e.hashHex FROM HashEntry e WHERE e.list.id = :list "
                    + "AND e.signalType = :pdq AND e.enabled = TRUE AND (e.quality IS NULL OR e.quality >= :min) "
                    + "AND e.id > :after ORDER BY e.id", Object[].class)
                    .setParameter("list", listId).setParameter("pdq", SignalType.PDQ)
                    .setParameter("min", HashEntry.MIN_QUALITY).setParameter("after", after)
                    .setMaxResults(PAGE).getResultList();
            for (Object[] row : rows) {
                after = (Long) row[0];
                loader.add(after, PdqHash.fromHex((String) row[1]));
            }
            em.clear();
            if (rows.size() < PAGE) {
                break;
            }
        }
        byList.put(listId, loader.build());
    }

    private void apply(long entryId, long listId, String hex, boolean active) {
        if (active) {
            byList.computeIfAbsent(listId, k -> new PdqIndex()).add(entryId, PdqHash.fromHex(hex));
        } else {
            PdqIndex index = byList.get(listId);
            if (index != null) {
                index.remove(entryId);
            }
        }
    }

    /** Collects one list's entries (ascending ids) into parallel arrays for {@link PdqIndex#bulkLoad}. */
    private static final class Loader {
        long[] ids = new long[1024];
        long[][] w = new long[4][1024];
        int n;

        void add(long id, PdqHash h) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                for (int k = 0; k < 4; k++) {
                    w[k] = Arrays.copyOf(w[k], n * 2);
                }
            }
            ids[n] = id;
            for (int k = 0; k < 4; k++) {
                w[k][n] = h.word64(k);
            }
            n++;
        }

        PdqIndex build() {
            PdqIndex index = new PdqIndex();
            index.bulkLoad(ids, w[0], w[1], w[2], w[3], n);
            return index;
        }
    }
}
