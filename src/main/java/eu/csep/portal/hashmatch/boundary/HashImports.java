package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.EntryRows;
import eu.csep.portal.hashmatch.control.HmaCsv;
import eu.csep.portal.hashmatch.control.ListReload;
import eu.csep.portal.hashmatch.control.SyncJson;
import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.hashmatch.entity.HashList;
import eu.csep.portal.hashmatch.entity.SignalType;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports the HMA / python-threatexchange CSV into a list, all or nothing (or, if the admin chooses, line by
 * line with a report of the bad lines): the file is streamed (bounded
 * memory: rows are written in batches of 1,000, new entries as multi-row INSERTs ({@link EntryRows}), and the
 * persistence context cleared), every bad line is
 * collected, and if there is any the whole import rolls back and {@link ImportRejected} lists them. Hashes
 * already in the list are skipped and counted. One audit entry records the import; the list's live index is
 * reloaded on every node afterwards.
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
public class HashImports {

    public static final int MAX_REPORTED_ERRORS = 1000;
    private static final int BATCH = 1000;

    /**
     * {@code rejected} bad lines (per-line mode only; the first 1,000 of them in {@code errors}). JSON sync only:
     * {@code enabled} entries re-enabled, {@code disabled} entries disabled (deleted at the source), and the
     * source's {@code checkpoint}.
     */
    public record ImportResult(long imported, long alreadyPresent, long rejected, List<HmaCsv.LineError> errors,
            long enabled, long disabled, String checkpoint) {
    }

    /** All or nothing (the default), or import the good lines and report the bad ones. */
    public enum Mode { ALL_OR_NOTHING, PER_LINE }

    /** The HMA / python-threatexchange CSV, or the one-per-line {@code "<type> <hash>"} file. */
    public enum Format {
        HMA_CSV("hma-csv", "HMA CSV"), LINES("lines", "hash lines"), JSON("json", "JSON sync");

        private final String code;
        private final String label;

        Format(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        /** "hma-csv" (also when blank), "lines" or "json"; empty for anything else. */
        public static java.util.Optional<Format> of(String code) {
            if (code == null || code.isBlank()) {
                return java.util.Optional.of(HMA_CSV);
            }
            for (Format f : values()) {
                if (f.code.equalsIgnoreCase(code.strip())) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Event<ListReload> reloads;

    public ImportResult importHmaCsv(long listId, InputStream csv, String fileName) {
        return importHmaCsv(listId, csv, fileName, Mode.ALL_OR_NOTHING);
    }

    public ImportResult importHmaCsv(long listId, InputStream csv, String fileName, Mode mode) {
        return importHashes(listId, csv, fileName, mode, Format.HMA_CSV);
    }

    public ImportResult importHashes(long listId, InputStream csv, String fileName, Mode mode, Format format) {
        boolean allOrNothing = mode != Mode.PER_LINE;
        if (em.find(HashList.class, listId) == null) {
            throw Refusal.notFound("hashmatch.list.unknown");
        }
        String by = security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<HmaCsv.LineError> errors = new ArrayList<>();
        Counts counts = new Counts();
        List<SyncJson.Entry> batch = new ArrayList<>(BATCH);
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        java.util.function.Consumer<SyncJson.Entry> onEntry = entry -> {
            if (allOrNothing && counts.errors > 0) {
                return; // the import fails anyway; keep reading only to report every bad line
            }
            batch.add(entry);
            if (batch.size() == BATCH) {
                write(listId, batch, by, now, counts, format);
            }
        };
        java.util.function.Consumer<HmaCsv.LineError> onError = error -> {
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(error);
            }
            counts.errors++;
        };
        String checkpoint = null;
        switch (format) {
            case LINES -> eu.csep.portal.hashmatch.control.HashLines.read(reader, r -> onEntry.accept(SyncJson.Entry.of(r)),
                    onError);
            case JSON -> checkpoint = SyncJson.read(reader, onEntry, onError);
            default -> HmaCsv.read(reader, r -> onEntry.accept(SyncJson.Entry.of(r)), onError);
        }
        if (allOrNothing && counts.errors > 0) {
            throw new ImportRejected(errors, counts.errors);
        }
        write(listId, batch, by, now, counts, format);
        if (counts.imported + counts.present + counts.enabled + counts.disabled + counts.errors == 0) {
            throw Refusal.invalid("file", "hashmatch.import.empty");
        }
        audit.record("hashlist.import", HashLists.TARGET_LIST, listId, null, "after: imported=" + counts.imported
                + ", alreadyPresent=" + counts.present + ", rejectedLines=" + counts.errors
                + (format == Format.JSON ? ", reEnabled=" + counts.enabled + ", disabled=" + counts.disabled
                        + ", sourceCheckpoint=" + checkpoint : "")
                + ", mode=" + mode + ", format=" + format.code() + ", file=" + fileName);
        if (counts.imported + counts.enabled + counts.disabled > 0) {
            reloads.fire(new ListReload(listId));
        }
        return new ImportResult(counts.imported, counts.present, counts.errors, List.copyOf(errors), counts.enabled,
                counts.disabled, checkpoint);
    }

    /** Running totals of one import. */
    private static final class Counts {
        long imported;
        long present;
        long enabled;
        long disabled;
        long errors;
    }

    private void write(long listId, List<SyncJson.Entry> batch, String by, OffsetDateTime now, Counts counts,
            Format format) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, HashEntry> existing = new HashMap<>();
        Map<SignalType, Set<String>> hexes = new EnumMap<>(SignalType.class);
        batch.forEach(r -> hexes.computeIfAbsent(r.type(), t -> new HashSet<>()).add(r.hash()));
        // by type: the list's unique key (list, type, hash) then finds each hash with one probe; without the type
        // PostgreSQL walked the list's whole part of that index for every batch (a 1 M-line import: 0.1 s per batch
        // at 300,000 entries, growing)
        hexes.forEach((type, ofType) -> {
            for (HashEntry e : em.createQuery("SELECT e FROM HashEntry e WHERE e.list.id = :list"
                    + " AND e.signalType = :type AND e.hashHex IN :hexes", HashEntry.class).setParameter("list", listId)
                    .setParameter("type", type).setParameter("hexes", ofType).getResultList()) {
                existing.put(e.getSignalType().name() + ":" + e.getHashHex(), e);
            }
        });
        HashList list = em.getReference(HashList.class, listId);
        List<HashEntry> fresh = new ArrayList<>();
        for (SyncJson.Entry r : batch) {
            String key = r.type().name() + ":" + r.hash();
            HashEntry e = existing.get(key);
            if (e == null && r.deleted()) {
                counts.present++; // deleted at the source and never here: nothing to do
            } else if (e == null) {
                e = new HashEntry(list, r.type(), r.hash(), r.quality(), by, now);
                e.annotate(r.labels(), r.contributor(), null, "imported (" + format.label + " "
                        + (format == Format.JSON ? "entry " : "line ") + r.line() + ")", now);
                fresh.add(e);
                existing.put(key, e);
                counts.imported++;
            } else if (format == Format.JSON && e.isEnabled() == r.deleted()) {
                // the sync source switched it: follow, with the entry's own history
                String before = e.auditText();
                if (r.deleted()) {
                    e.disable(by, now);
                    counts.disabled++;
                } else {
                    e.enable(now);
                    counts.enabled++;
                }
                em.flush();
                audit.record(r.deleted() ? "hashentry.disable" : "hashentry.enable", HashLists.TARGET_ENTRY, e.getId(),
                        null, "before: " + before + " | after: " + e.auditText() + " (JSON sync import)");
            } else {
                counts.present++;
            }
        }
        em.flush();
        try {
            new EntryRows(em.unwrap(Connection.class)).insert(listId, fresh);
        } catch (SQLException e) {
            throw new PersistenceException("could not insert " + fresh.size() + " imported hash entries", e);
        }
        em.clear();
        batch.clear();
    }
}
