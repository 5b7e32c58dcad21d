package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.HmaCsv;
import eu.csep.portal.hashmatch.control.ListReload;
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
import jakarta.security.enterprise.SecurityContext;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Imports the HMA / python-threatexchange CSV into a list, all or nothing (or, if the admin chooses, line by
 * line with a report of the bad lines): the file is streamed (bounded
 * memory: rows are written in batches of 1,000 and the persistence context cleared), every bad line is
 * collected, and if there is any the whole import rolls back and {@link ImportRejected} lists them. Hashes
 * already in the list are skipped and counted. One audit entry records the import; the list's live index is
 * reloaded on every node afterwards.
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
public class HashImports {

    public static final int MAX_REPORTED_ERRORS = 1000;
    private static final int BATCH = 1000;

    /** {@code rejected} bad lines (per-line mode only; the first 1,000 of them in {@code errors}). */
    public record ImportResult(long imported, long alreadyPresent, long rejected, List<HmaCsv.LineError> errors) {
    }

    /** All or nothing (the default), or import the good lines and report the bad ones. */
    public enum Mode { ALL_OR_NOTHING, PER_LINE }

    /** The HMA / python-threatexchange CSV, or the one-per-line {@code "<type> <hash>"} file. */
    public enum Format {
        HMA_CSV("hma-csv", "HMA CSV"), LINES("lines", "hash lines");

        private final String code;
        private final String label;

        Format(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
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
        long[] errorCount = new long[1];
        long[] imported = new long[1];
        long[] present = new long[1];
        List<HmaCsv.Row> batch = new ArrayList<>(BATCH);
        Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        java.util.function.Consumer<HmaCsv.Row> onRow = row -> {
            if (allOrNothing && errorCount[0] > 0) {
                return; // the import fails anyway; keep reading only to report every bad line
            }
            batch.add(row);
            if (batch.size() == BATCH) {
                write(listId, batch, by, now, imported, present, format);
            }
        };
        java.util.function.Consumer<HmaCsv.LineError> onError = error -> {
            if (errors.size() < MAX_REPORTED_ERRORS) {
                errors.add(error);
            }
            errorCount[0]++;
        };
        if (format == Format.LINES) {
            eu.csep.portal.hashmatch.control.HashLines.read(reader, onRow, onError);
        } else {
            HmaCsv.read(reader, onRow, onError);
        }
        if (allOrNothing && errorCount[0] > 0) {
            throw new ImportRejected(errors, errorCount[0]);
        }
        write(listId, batch, by, now, imported, present, format);
        if (imported[0] + present[0] + errorCount[0] == 0) {
            throw Refusal.invalid("file", "hashmatch.import.empty");
        }
        audit.record("hashlist.import", HashLists.TARGET_LIST, listId, null, "after: imported=" + imported[0]
                + ", alreadyPresent=" + present[0] + ", rejectedLines=" + errorCount[0] + ", mode=" + mode
                + ", format=" + format.code() + ", file=" + fileName);
        if (imported[0] > 0) {
            reloads.fire(new ListReload(listId));
        }
        return new ImportResult(imported[0], present[0], errorCount[0], List.copyOf(errors));
    }

    private void write(long listId, List<HmaCsv.Row> batch, String by, OffsetDateTime now, long[] imported,
            long[] present, Format format) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> existing = new HashSet<>();
        Set<String> hexes = new HashSet<>();
        batch.forEach(r -> hexes.add(r.hash()));
        for (Object[] row : em.createQuery("SELECT e.signalType, e.hashHex FROM HashEntry e WHERE e.list.id = :list"
                + " AND e.hashHex IN :hexes", Object[].class).setParameter("list", listId).setParameter("hexes", hexes)
                .getResultList()) {
            existing.add(((SignalType) row[0]).name() + ":" + row[1]);
        }
        HashList list = em.getReference(HashList.class, listId);
        for (HmaCsv.Row r : batch) {
            if (!existing.add(r.type().name() + ":" + r.hash())) {
                present[0]++;
                continue;
            }
            HashEntry e = new HashEntry(list, r.type(), r.hash(), null, by, now);
            e.annotate(r.labels(), r.collab(), null, "imported (" + format.label + " line " + r.line() + ")", now);
            em.persist(e);
            imported[0]++;
        }
        em.flush();
        em.clear();
        batch.clear();
    }
}
