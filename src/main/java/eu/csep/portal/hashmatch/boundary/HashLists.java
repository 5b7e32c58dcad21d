package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.HashInput;
import eu.csep.portal.hashmatch.control.IndexChange;
import eu.csep.portal.hashmatch.control.MediaHashes;
import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.hashmatch.entity.HashList;
import eu.csep.portal.hashmatch.entity.ListSource;
import eu.csep.portal.hashmatch.entity.SignalType;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.audit.entity.AuditEntry;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hash lists and their entries, for hash admins: create and change lists, add hashes by pasting them,
 * disable and enable entries, search. Every change is audited with before/after; PDQ changes reach the live
 * index of every node (see {@link MatchIndex}).
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
public class HashLists {

    public static final String TARGET_LIST = "HashList";
    public static final String TARGET_ENTRY = "HashEntry";

    /** What an admin fills in for a list. Null threshold = the default 31. */
    public record ListDraft(String name, String description, String source, String contentTypes,
            String entityLabel, String behaviours, Integer threshold) {
    }

    /** What an admin pastes for one entry. */
    public record EntryDraft(String type, String hash, Integer quality, String labels, String contributor,
            String externalId, String note) {
    }

    public record ListSummary(HashList list, long entries, long enabledEntries) {
    }

    /** Search over one list's entries; blank parts are ignored. */
    public record EntryFilter(String hashPrefix, String label, String contributor, Boolean enabled) {
        public static EntryFilter none() {
            return new EntryFilter(null, null, null, null);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Event<IndexChange> indexChanges;

    public HashList create(ListDraft draft) {
        OffsetDateTime now = now();
        String name = HashInput.text("name", draft.name(), HashList.NAME_MAX, true);
        requireUniqueName(name, null);
        HashList list = new HashList(name, caller(), source(draft.source()), now);
        apply(list, draft, now);
        em.persist(list);
        em.flush();
        audit.record("hashlist.create", TARGET_LIST, list.getId(), null, "after: " + list.auditText());
        return list;
    }

    public HashList update(long id, ListDraft draft) {
        HashList list = find(id);
        String before = list.auditText();
        OffsetDateTime now = now();
        String name = HashInput.text("name", draft.name(), HashList.NAME_MAX, true);
        requireUniqueName(name, id);
        list.rename(name, now);
        apply(list, draft, now);
        audit.record("hashlist.update", TARGET_LIST, id, null, "before: " + before + " | after: " + list.auditText());
        return list;
    }

    public HashList setListEnabled(long id, boolean enabled) {
        HashList list = find(id);
        if (list.isEnabled() != enabled) {
            String before = list.auditText();
            list.setEnabled(enabled, now());
            audit.record(enabled ? "hashlist.enable" : "hashlist.disable", TARGET_LIST, id, null,
                    "before: " + before + " | after: " + list.auditText());
        }
        return list;
    }

    public HashList find(long id) {
        HashList list = em.find(HashList.class, id);
        if (list == null) {
            throw Refusal.notFound("hashmatch.list.unknown");
        }
        return list;
    }

    public List<ListSummary> lists() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(HashEntry.COUNT_BY_LIST, Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new long[2])[0] = ((Number) row[1]).longValue();
        }
        for (Object[] row : em.createNamedQuery(HashEntry.COUNT_ENABLED_BY_LIST, Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new long[2])[1] = ((Number) row[1]).longValue();
        }
        List<ListSummary> out = new ArrayList<>();
        for (HashList l : em.createNamedQuery(HashList.ALL, HashList.class).getResultList()) {
            long[] c = counts.getOrDefault(l.getId(), new long[2]);
            out.add(new ListSummary(l, c[0], c[1]));
        }
        return out;
    }

    public HashEntry addEntry(long listId, EntryDraft draft) {
        HashList list = find(listId);
        SignalType type = HashInput.type("type", draft.type());
        String hash = HashInput.hash("hash", type, draft.hash());
        Integer quality = HashInput.quality("quality", type.exact() ? null : draft.quality());
        String labels = HashInput.text("labels", draft.labels(), HashEntry.LABELS_MAX, false);
        String contributor = HashInput.text("contributor", draft.contributor(), HashEntry.CONTRIBUTOR_MAX, false);
        String externalId = HashInput.text("externalId", draft.externalId(), HashEntry.EXTERNAL_ID_MAX, false);
        String note = HashInput.text("note", draft.note(), HashEntry.NOTE_MAX, false);
        if (!em.createNamedQuery(HashEntry.FIND, HashEntry.class).setParameter("list", listId)
                .setParameter("type", type).setParameter("hex", hash).getResultList().isEmpty()) {
            throw Refusal.conflict("hash", "hashmatch.hash.duplicate", list.getName());
        }
        OffsetDateTime now = now();
        HashEntry entry = new HashEntry(list, type, hash, quality, caller(), now);
        entry.annotate(labels, contributor, externalId, note, now);
        em.persist(entry);
        em.flush();
        audit.record("hashentry.add", TARGET_ENTRY, entry.getId(), null, "after: " + entry.auditText());
        announce(entry);
        return entry;
    }

    /**
     * Adds the hashes of an uploaded file (hashed on the server): PDQ with its quality when it is an image, and
     * MD5 and SHA-256 always. Hashes already in the list are skipped. Returns the new entries.
     */
    public List<HashEntry> addMedia(long listId, MediaHashes media, String labels, String contributor, String note) {
        find(listId);
        List<EntryDraft> drafts = new ArrayList<>();
        if (media.pdq() != null) {
            drafts.add(new EntryDraft("pdq", media.pdq().original().toHex(), media.pdq().quality(), labels, contributor,
                    null, note));
        }
        drafts.add(new EntryDraft("md5", media.md5(), null, labels, contributor, null, note));
        drafts.add(new EntryDraft("sha256", media.sha256(), null, labels, contributor, null, note));
        List<HashEntry> added = new ArrayList<>();
        for (EntryDraft d : drafts) {
            SignalType type = SignalType.parse(d.type()).orElseThrow();
            if (em.createNamedQuery(HashEntry.FIND, HashEntry.class).setParameter("list", listId)
                    .setParameter("type", type).setParameter("hex", d.hash()).getResultList().isEmpty()) {
                added.add(addEntry(listId, d));
            }
        }
        return added;
    }

    public HashEntry setEntryEnabled(long entryId, boolean enabled) {
        HashEntry entry = entry(entryId);
        if (entry.isEnabled() != enabled) {
            String before = entry.auditText();
            if (enabled) {
                entry.enable(now());
            } else {
                entry.disable(caller(), now());
            }
            audit.record(enabled ? "hashentry.enable" : "hashentry.disable", TARGET_ENTRY, entryId, null,
                    "before: " + before + " | after: " + entry.auditText());
            announce(entry);
        }
        return entry;
    }

    public HashEntry entry(long entryId) {
        HashEntry entry = em.find(HashEntry.class, entryId);
        if (entry == null) {
            throw Refusal.notFound("hashmatch.entry.unknown");
        }
        return entry;
    }

    /**
     * Entries of a list changed after a checkpoint, oldest change first, for incremental sync: the checkpoint is
     * the (updatedAt, id) of the last entry a client has seen; disabled entries come with them (as deleted).
     */
    public List<HashEntry> changes(long listId, OffsetDateTime after, long afterId, int max) {
        find(listId);
        OffsetDateTime since = after == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : after;
        return em.createQuery("SELECT e FROM HashEntry e WHERE e.list.id = :list AND (e.updatedAt > :after"
                + " OR (e.updatedAt = :after AND e.id > :afterId)) ORDER BY e.updatedAt, e.id", HashEntry.class)
                .setParameter("list", listId).setParameter("after", since).setParameter("afterId", afterId)
                .setMaxResults(Math.min(Math.max(1, max), 10_000)).getResultList();
    }

    /** Enabled entries of a list in id order after {@code afterId}: pages of an export. */
    public List<HashEntry> enabledPage(long listId, long afterId, int max) {
        return em.createQuery("SELECT e FROM HashEntry e WHERE e.list.id = :list AND e.enabled = TRUE"
                + " AND e.id > :afterId ORDER BY e.id", HashEntry.class).setParameter("list", listId)
                .setParameter("afterId", afterId).setMaxResults(Math.min(Math.max(1, max), 10_000)).getResultList();
    }

    /** An entry's history from the audit log (hash admins cannot browse the whole log), oldest first. */
    public List<AuditEntry> history(long entryId) {
        entry(entryId);
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.targetType = :type AND a.targetId = :id ORDER BY a.id",
                AuditEntry.class).setParameter("type", TARGET_ENTRY).setParameter("id", Long.toString(entryId))
                .getResultList();
    }

    public List<HashEntry> searchEntries(long listId, EntryFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<HashEntry> query = cb.createQuery(HashEntry.class);
        Root<HashEntry> e = query.from(HashEntry.class);
        query.where(conditions(cb, e, listId, filter));
        String field = switch (sortField == null ? "" : sortField) {
            case "signalType", "hashHex", "quality", "labels", "contributor", "enabled", "updatedAt" -> sortField;
            default -> "createdAt";
        };
        query.orderBy(ascending ? cb.asc(e.get(field)) : cb.desc(e.get(field)),
                ascending ? cb.asc(e.get("id")) : cb.desc(e.get("id")));
        TypedQuery<HashEntry> typed = em.createQuery(query);
        typed.setFirstResult(Math.max(0, first));
        typed.setMaxResults(Math.min(Math.max(1, pageSize), 1000));
        return typed.getResultList();
    }

    public long countEntries(long listId, EntryFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<HashEntry> e = query.from(HashEntry.class);
        query.select(cb.count(e)).where(conditions(cb, e, listId, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<HashEntry> e, long listId, EntryFilter filter) {
        EntryFilter f = filter == null ? EntryFilter.none() : filter;
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(e.get("list").get("id"), listId));
        if (f.hashPrefix() != null && !f.hashPrefix().isBlank()) {
            String prefix = f.hashPrefix().strip().toLowerCase(Locale.ROOT);
            if (!prefix.matches("[0-9a-f]{1,64}")) {
                throw Refusal.invalid("hashPrefix", "hashmatch.prefix.invalid");
            }
            where.add(cb.like(e.get("hashHex"), prefix + "%"));
        }
        like(cb, e, where, "labels", f.label());
        like(cb, e, where, "contributor", f.contributor());
        if (f.enabled() != null) {
            where.add(cb.equal(e.get("enabled"), f.enabled()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static void like(CriteriaBuilder cb, Root<HashEntry> e, List<Predicate> where, String field, String value) {
        if (value != null && !value.isBlank()) {
            String escaped = value.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            where.add(cb.like(cb.lower(e.get(field)), "%" + escaped + "%", '\\'));
        }
    }

    private void announce(HashEntry entry) {
        if (entry.getSignalType() == SignalType.PDQ) {
            indexChanges.fire(new IndexChange(entry.getId(), entry.getList().getId(), entry.getHashHex(),
                    entry.isEnabled() && entry.reliable()));
        }
    }

    private void apply(HashList list, ListDraft draft, OffsetDateTime now) {
        list.describe(HashInput.text("description", draft.description(), HashList.DESCRIPTION_MAX, false),
                contentTypes(draft.contentTypes()),
                HashInput.text("entityLabel", draft.entityLabel(), 200, false),
                HashInput.text("behaviours", draft.behaviours(), 500, false), now);
        list.setThreshold(HashInput.threshold("threshold", draft.threshold(), list.getPdqThreshold()), now);
    }

    private static final List<String> CONTENT_TYPES = List.of("image", "video", "pdf", "url");

    private static String contentTypes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> types = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            String t = part.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (!CONTENT_TYPES.contains(t)) {
                throw Refusal.invalid("contentTypes", "hashmatch.contentTypes.invalid");
            }
            if (!types.contains(t)) {
                types.add(t);
            }
        }
        return types.isEmpty() ? null : String.join(",", types);
    }

    private static ListSource source(String text) {
        if (text == null || text.isBlank()) {
            return ListSource.MANUAL;
        }
        try {
            return ListSource.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("source", "hashmatch.source.invalid");
        }
    }

    private void requireUniqueName(String name, Long self) {
        for (HashList other : em.createNamedQuery(HashList.BY_NAME, HashList.class).setParameter("name", name)
                .getResultList()) {
            if (!other.getId().equals(self)) {
                throw Refusal.conflict("name", "hashmatch.list.nameTaken", name);
            }
        }
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
