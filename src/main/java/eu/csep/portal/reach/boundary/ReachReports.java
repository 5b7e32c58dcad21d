package eu.csep.portal.reach.boundary;

import eu.csep.portal.documents.boundary.Documents;
import eu.csep.portal.documents.boundary.StoredFileInfo;
import eu.csep.portal.documents.boundary.Upload;
import eu.csep.portal.reach.control.Anomalies;
import eu.csep.portal.reach.control.ReachRules;
import eu.csep.portal.reach.control.ReportRow;
import eu.csep.portal.reach.control.RowError;
import eu.csep.portal.reach.control.RowInput;
import eu.csep.portal.reach.control.RowStore;
import eu.csep.portal.reach.control.StoredRow;
import eu.csep.portal.reach.entity.Channel;
import eu.csep.portal.reach.entity.ReachCampaign;
import eu.csep.portal.reach.entity.ReachReport;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Digests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Takes in reach reports, whichever way they come (form, CSV, API), as one transaction each: the campaign is locked,
 * an idempotency key already used for the same content answers "already stored" (for other content: conflict),
 * every row is checked and any bad row rejects the whole report with all bad rows listed, anomalies are flagged,
 * a correction supersedes the current report(s) of the same period as a new version, the rows go in as batched
 * multi-row INSERTs and the monthly aggregate moves in the same transaction.
 */
@Stateless
@RolesAllowed("REPORT_REACH")
public class ReachReports {

    public static final String EVIDENCE_PURPOSE = "reach-evidence";
    static final Set<String> EVIDENCE_TYPES = Set.of("image/png", "image/jpeg", "application/pdf", "text/csv",
            "text/plain");

    /**
     * A report as sent. {@code periodFrom/periodTo} may be null for a file (the period then spans its rows);
     * {@code contentHash} identifies the content for idempotency (null: computed from the rows).
     */
    public record Submission(String key, LocalDate periodFrom, LocalDate periodTo, boolean correction,
            Channel channel, List<RowInput> rows, String contentHash, List<RowError> fileErrors) {

        public Submission(String key, LocalDate periodFrom, LocalDate periodTo, boolean correction, Channel channel,
                List<RowInput> rows, String contentHash) {
            this(key, periodFrom, periodTo, correction, channel, rows, contentHash, List.of());
        }
    }

    public record Receipt(long reportId, String campaign, int version, boolean alreadyStored, int rows, int flagged,
            List<Long> superseded, LocalDate periodFrom, LocalDate periodTo) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Campaigns campaigns;

    @Inject
    KpiCatalogue catalogue;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    @Inject
    Documents documents;

    /**
     * A report with its evidence file, in one transaction: the file is stored (hashed, screened) and named by every
     * row whose provenance is "evidence"; a rejected report keeps no file either.
     */
    public Receipt submit(String reference, Submission s, String evidenceName, byte[] evidence) {
        if (evidence == null || evidence.length == 0) {
            return submit(reference, s);
        }
        long file = storeEvidence(reference, evidenceName, evidence).id();
        List<RowInput> rows = s.rows().stream().map(r -> r.evidenceFileId() == null ? r.withEvidence(file) : r)
                .toList();
        return submit(reference, new Submission(s.key(), s.periodFrom(), s.periodTo(), s.correction(), s.channel(),
                rows, s.contentHash() == null ? null : s.contentHash() + "+" + file, s.fileErrors()));
    }

    /** A report file (CSV) as uploaded, with an optional evidence file for its "evidence" rows. */
    public record FileReport(String key, boolean correction, Channel channel, byte[] content, Long evidenceFileId,
            String evidenceName, byte[] evidence) {
    }

    /** Reads the file here, behind this boundary's permission check, then stores it like any other report. */
    public Receipt submitFile(String reference, FileReport f) {
        Long evidenceFileId = f.evidence() == null || f.evidence().length == 0 ? f.evidenceFileId()
                : Long.valueOf(storeEvidence(reference, f.evidenceName(), f.evidence()).id());
        return submit(reference, ReachUploads.submission(f.key(), f.correction(), f.channel(), f.content(),
                evidenceFileId));
    }

    public Receipt submit(String reference, Submission s) {
        String key = s.key() == null ? "" : s.key().strip();
        if (key.isEmpty() || key.length() > ReachReport.KEY_MAX) {
            throw Refusal.invalid("idempotencyKey", "reach.key.missing", ReachReport.KEY_MAX);
        }
        ReachCampaign campaign = campaigns.writable(reference);
        String hash = s.contentHash() != null ? s.contentHash() : hash(s);
        List<ReachReport> earlier = em.createNamedQuery(ReachReport.BY_KEY, ReachReport.class)
                .setParameter("c", campaign.getReference()).setParameter("k", key).getResultList();
        if (!earlier.isEmpty()) {
            ReachReport r = earlier.get(0);
            if (!r.getContentHash().equals(hash)) {
                throw Refusal.conflict("idempotencyKey", "reach.key.reused", key);
            }
            return receipt(r, true, List.of());
        }
        LocalDate from = s.periodFrom() != null ? s.periodFrom() : span(s.rows(), true);
        LocalDate to = s.periodTo() != null ? s.periodTo() : span(s.rows(), false);
        ReachRules.Frame frame = new ReachRules.Frame(from, to, campaign.getStartsOn(), campaign.getEndsOn());
        List<RowError> frameErrors = ReachRules.checkFrame(frame);
        if (!frameErrors.isEmpty()) {
            throw new ReportRejected(frameErrors);
        }
        List<ReachReport> replaced = s.correction() ? em.createNamedQuery(ReachReport.SAME_PERIOD, ReachReport.class)
                .setParameter("c", campaign.getReference()).setParameter("f", from).setParameter("t", to)
                .getResultList() : List.of();
        List<ReachReport> current = replaced.stream().filter(ReachReport::isCurrent).toList();
        if (s.correction() && current.isEmpty()) {
            throw new ReportRejected(List.of(RowError.of(0, "correction", "reach.correction.nothing", from, to)));
        }
        Set<Long> superseded = current.stream().map(ReachReport::getId).collect(Collectors.toSet());
        try {
            RowStore store = new RowStore(connection());
            List<StoredRow> stored = store.current(campaign.getReference(), from, to, superseded);
            ReachRules.Checked checked = ReachRules.check(s.rows(), catalogue.kinds(), frame, stored);
            List<RowError> evidenceErrors = evidence(checked.rows(), campaign.getOrganisationId());
            if (!checked.valid() || !s.fileErrors().isEmpty() || !evidenceErrors.isEmpty()) {
                List<RowError> all = new ArrayList<>(s.fileErrors());
                all.addAll(checked.errors());
                all.addAll(evidenceErrors);
                all.sort(java.util.Comparator.comparingInt(RowError::line));
                throw new ReportRejected(all);
            }
            Set<String> metrics = checked.rows().stream().map(ReportRow::metric).collect(Collectors.toSet());
            // the running median reads the aggregate as it stands: a corrected period's old figures still count
            Map<Integer, Set<String>> flags = Anomalies.flags(checked.rows(),
                    store.history(campaign.getReference(), metrics));
            List<RowStore.NewRow> rows = new ArrayList<>(checked.rows().size());
            for (ReportRow r : checked.rows()) {
                Set<String> f = flags.get(r.line());
                rows.add(new RowStore.NewRow(r, f == null ? null : String.join(",", new TreeSet<>(f)),
                        r.evidenceFileId()));
            }
            int version = replaced.stream().mapToInt(ReachReport::getVersion).max().orElse(0) + 1;
            ReachReport report = new ReachReport(campaign.getReference(), key, hash, from, to, version,
                    s.correction(), s.channel(), rows.size(), flags.size(), caller(), now());
            em.persist(report);
            em.flush();
            Map<RowStore.MonthKey, RowStore.Delta> deltas = new HashMap<>();
            for (ReachReport old : current) {
                old.supersede(report.getId());
                RowStore.merge(deltas, store.retire(old.getId()));
            }
            em.flush();
            store.insert(report.getId(), campaign.getReference(), rows);
            RowStore.merge(deltas, RowStore.deltas(campaign.getReference(), rows));
            store.applyMonthly(deltas);
            audit.record(s.correction() ? "reach.report-correct" : "reach.report", "reach_report", report.getId(),
                    campaign.getOrganisationId(), "after: campaign=" + campaign.getReference() + ", period=" + from
                            + ".." + to + ", version=" + version + ", rows=" + rows.size() + ", flagged="
                            + flags.size() + ", channel=" + s.channel() + ", key=" + key
                            + (superseded.isEmpty() ? "" : ", supersedes=" + new TreeSet<>(superseded)));
            return receipt(report, false, superseded.stream().sorted().toList());
        } catch (SQLException e) {
            throw new IllegalStateException("storing the reach report failed", e);
        }
    }

    /**
     * Stores an evidence file (screenshot, platform CSV export, PDF) for the caller's campaign: hashed, screened and
     * kept by the documents component; report rows with provenance "evidence" name it by its id.
     */
    public StoredFileInfo storeEvidence(String reference, String filename, byte[] content) {
        ReachCampaign campaign = campaigns.writable(reference);
        StoredFileInfo file = documents.store(new Upload(EVIDENCE_PURPOSE, campaign.getOrganisationId(), filename,
                content, EVIDENCE_TYPES));
        audit.record("reach.evidence", "stored_file", file.id(), campaign.getOrganisationId(), "after: campaign="
                + campaign.getReference() + ", file=" + file.filename() + ", sha256=" + file.sha256());
        return file;
    }

    /** Every evidence row names a file of this organisation's reach evidence that screening has not withheld. */
    private List<RowError> evidence(List<ReportRow> rows, long organisation) {
        Set<Long> ids = rows.stream().map(ReportRow::evidenceFileId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredFileInfo> files = documents.infos(ids).stream()
                .collect(Collectors.toMap(StoredFileInfo::id, f -> f));
        List<RowError> errors = new ArrayList<>();
        for (ReportRow r : rows) {
            if (r.evidenceFileId() == null) {
                continue;
            }
            StoredFileInfo f = files.get(r.evidenceFileId());
            if (f == null || !EVIDENCE_PURPOSE.equals(f.purpose()) || f.organisationId() == null
                    || f.organisationId() != organisation) {
                errors.add(RowError.of(r.line(), "evidence", "reach.row.evidenceUnknown", r.evidenceFileId()));
            } else if (!f.available()) {
                errors.add(RowError.of(r.line(), "evidence", "reach.row.evidenceWithheld", f.filename()));
            }
        }
        return errors;
    }

    /** The campaign's reports, every version, newest period first. */
    @RolesAllowed({"REPORT_REACH", "MANAGE_PROGRAMME"})
    public List<ReachReport> reports(String reference) {
        ReachCampaign campaign = campaigns.readable(reference);
        return em.createNamedQuery(ReachReport.OF_CAMPAIGN, ReachReport.class)
                .setParameter("c", campaign.getReference()).getResultList();
    }

    /**
     * The evidence files the campaign's reports name (any version), for the NGO and the officers; a file screening
     * withholds is listed but not handed out.
     */
    @RolesAllowed({"REPORT_REACH", "MANAGE_PROGRAMME"})
    public List<StoredFileInfo> evidence(String reference) {
        ReachCampaign campaign = campaigns.readable(reference);
        List<Long> ids = ((List<?>) em.createNativeQuery("SELECT DISTINCT evidence_file_id FROM reach_row"
                + " WHERE campaign_ref = ?1 AND evidence_file_id IS NOT NULL")
                .setParameter(1, campaign.getReference()).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
        return ids.isEmpty() ? List.of() : documents.infos(ids);
    }

    /** One of {@link #evidence(String)}'s files; any other file id is "not found" (documents.quarantined if withheld). */
    @RolesAllowed({"REPORT_REACH", "MANAGE_PROGRAMME"})
    public EvidenceFile evidenceContent(String reference, long fileId) {
        StoredFileInfo info = evidence(reference).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> Refusal.notFound("reach.evidence.unknown"));
        return new EvidenceFile(info.filename(), info.contentType(), documents.content(fileId));
    }

    public record EvidenceFile(String filename, String contentType, byte[] content) {
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    private static LocalDate span(List<RowInput> rows, boolean first) {
        LocalDate edge = null;
        for (RowInput r : rows) {
            try {
                LocalDate d = LocalDate.parse((first ? r.dateFrom() : r.dateTo()).strip());
                if (edge == null || (first ? d.isBefore(edge) : d.isAfter(edge))) {
                    edge = d;
                }
            } catch (DateTimeParseException | NullPointerException e) {
                // the rules report this row's date
            }
        }
        return edge;
    }

    private Receipt receipt(ReachReport r, boolean again, List<Long> superseded) {
        return new Receipt(r.getId(), r.getCampaignRef(), r.getVersion(), again, r.getRowCount(), r.getFlaggedRows(),
                superseded, r.getPeriodFrom(), r.getPeriodTo());
    }

    /** The content's fingerprint: period, correction flag and every row as sent, in order. */
    static String hash(Submission s) {
        MessageDigest digest = Digests.sha256();
        digest.update((s.periodFrom() + "|" + s.periodTo() + "|" + s.correction() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        for (RowInput r : s.rows()) {
            digest.update((r.dateFrom() + "|" + r.dateTo() + "|" + r.platform() + "|" + r.metric() + "|"
                    + r.value() + "|" + r.provenance() + "|" + r.evidenceFileId() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return Digests.hex(digest.digest());
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
