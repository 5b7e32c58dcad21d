package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.documents.boundary.Documents;
import eu.csep.portal.documents.boundary.FileUploaded;
import eu.csep.portal.documents.entity.Screening;
import eu.csep.portal.hashmatch.control.HashInput;
import eu.csep.portal.hashmatch.control.MatchHit;
import eu.csep.portal.hashmatch.control.MatchOutcome;
import eu.csep.portal.hashmatch.control.MediaHashes;
import eu.csep.portal.hashmatch.control.pdq.ImageDecoder;
import eu.csep.portal.hashmatch.entity.ScreeningCase;
import eu.csep.portal.hashmatch.entity.Verdict;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Screens every file stored through the documents component: MD5 and SHA-256 always, PDQ (8 dihedral variants)
 * when it is an image, against the enabled lists with their thresholds and allow-lists. The observer runs
 * inside the upload's own transaction, so the file is CLEAR or QUARANTINED before anyone can download it. A
 * quarantined file becomes a screening case in the hash admins' review queue; they release it (RELEASED, the
 * match judged a false positive, optionally allow-listed) or confirm it (BLOCKED, judged a true positive,
 * optionally its hashes added to a list). Both decisions need a reason and are audited.
 *
 * <p>A hostile or broken image never breaks the upload: decoding problems leave the exact hashes, and the
 * screening note says so. Infrastructure failures (the database) do fail the upload: a file is never
 * stored unscreened.
 */
@Stateless
@RolesAllowed("MANAGE_HASHES")
public class Screenings {

    public static final String TARGET_CASE = "ScreeningCase";

    /** What a hash admin decides on an open case. */
    public enum Decision { RELEASE, CONFIRM }

    /** {@code allowList}: on release, stop these hashes matching the lists they matched; {@code addToList}: on confirm. */
    public record DecisionDraft(Decision decision, String reason, boolean allowList, Long addToList, String labels) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    Matcher matcher;

    @Inject
    HashLists lists;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private final ImageDecoder decoder = new ImageDecoder();

    /** Every upload, whoever made it; decides CLEAR or QUARANTINED inside the upload's transaction. */
    @PermitAll
    public void onUpload(@Observes FileUploaded file) {
        String md5 = file.md5().toLowerCase(Locale.ROOT);
        String sha256 = file.sha256().toLowerCase(Locale.ROOT);
        byte[] content = file.content() == null ? new byte[0] : file.content();
        MediaHashes media = isImage(file.contentType())
                ? MediaHashes.withPdq(md5, sha256, content, decoder)
                : MediaHashes.exactOnly(md5, sha256, content.length, null);
        MatchOutcome outcome = matcher.screen(media, "upload:" + file.purpose() + ":file " + file.fileId());
        String note = screeningNote(file, media, outcome);
        if (outcome.matches().isEmpty()) {
            documents.screened(file.fileId(), Screening.CLEAR, note);
            return;
        }
        ScreeningCase c = new ScreeningCase(file.fileId(), file.purpose(), file.organisationId(), file.filename(),
                file.contentType(), sha256, md5, media.pdq() == null ? null : media.pdq().original().toHex(),
                media.pdq() == null ? null : media.pdq().quality(), caller(), outcome.logId(),
                describe(outcome.matches()), clock.instant().atOffset(java.time.ZoneOffset.UTC));
        em.persist(c);
        em.flush();
        // neutral for the uploader: which lists matched is for hash admins only (the case)
        documents.screened(file.fileId(), Screening.QUARANTINED, "held for review (case " + c.getId() + ")");
        audit.recordAs(AuditTrail.SYSTEM, "screening.quarantine", TARGET_CASE, c.getId(), file.organisationId(),
                "after: " + c.auditText() + ", matches=" + c.getMatches()
                        + (note == null ? "" : ", note=" + note));
    }

    /** Open cases oldest first, or every case newest first ({@code status} null). */
    public List<ScreeningCase> cases(ScreeningCase.Status status) {
        if (status == null) {
            return em.createNamedQuery(ScreeningCase.ALL, ScreeningCase.class).setMaxResults(1000).getResultList();
        }
        return em.createNamedQuery(ScreeningCase.BY_STATUS, ScreeningCase.class).setParameter("status", status)
                .setMaxResults(1000).getResultList();
    }

    public ScreeningCase find(long id) {
        ScreeningCase c = em.find(ScreeningCase.class, id);
        if (c == null) {
            throw Refusal.notFound("hashmatch.screening.unknown");
        }
        return c;
    }

    /** Releases or confirms an open case; the file's screening state follows, both audited with the reason. */
    public ScreeningCase decide(long id, DecisionDraft draft) {
        ScreeningCase c = find(id);
        if (draft == null || draft.decision() == null) {
            throw Refusal.invalid("decision", "hashmatch.screening.decisionRequired");
        }
        String reason = HashInput.text("reason", draft.reason(), ScreeningCase.REASON_MAX, true);
        if (!c.isOpen()) {
            throw Refusal.conflict("decision", "hashmatch.screening.decided", c.getStatus());
        }
        String before = c.auditText();
        OffsetDateTime now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
        if (draft.decision() == Decision.RELEASE) {
            c.decide(ScreeningCase.Status.RELEASED, caller(), reason, now);
            documents.screened(c.getFileId(), Screening.RELEASED, "released after review");
            if (c.getMatchLogId() != null) {
                matcher.judge(c.getMatchLogId(), Verdict.FALSE_POSITIVE, draft.allowList());
            }
        } else {
            c.decide(ScreeningCase.Status.BLOCKED, caller(), reason, now);
            documents.screened(c.getFileId(), Screening.BLOCKED, "blocked after review");
            if (c.getMatchLogId() != null) {
                matcher.judge(c.getMatchLogId(), Verdict.TRUE_POSITIVE, false);
            }
            if (draft.addToList() != null) {
                lists.find(draft.addToList());
                byte[] content = documents.contentForScreening(c.getFileId());
                MediaHashes media = c.getPdq() != null ? MediaHashes.of(content, decoder)
                        : MediaHashes.exactOnly(c.getMd5(), c.getSha256(), content.length, null);
                lists.addMedia(draft.addToList(), media, draft.labels(), "screening",
                        "confirmed in screening case " + c.getId());
            }
        }
        audit.record(draft.decision() == Decision.RELEASE ? "screening.release" : "screening.confirm", TARGET_CASE,
                c.getId(), c.getOrganisationId(), "before: " + before + " | after: " + c.auditText()
                        + (draft.allowList() && draft.decision() == Decision.RELEASE ? ", allow-listed" : "")
                        + (draft.addToList() != null && draft.decision() == Decision.CONFIRM
                                ? ", added to list " + draft.addToList() : ""));
        return c;
    }

    static boolean isImage(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("image/");
    }

    /** Why the screening was partial, if it was (kept with the file; says nothing about lists). */
    static String screeningNote(FileUploaded file, MediaHashes media, MatchOutcome outcome) {
        if (!isImage(file.contentType())) {
            return null;
        }
        if (media.pdq() == null) {
            return "image not decodable (" + media.imageProblem() + "): screened by exact hashes only";
        }
        if (!outcome.pdqMatched()) {
            return "image quality " + media.pdq().quality() + " below 50: screened by exact hashes only";
        }
        return null;
    }

    static String describe(List<MatchHit> hits) {
        return hits.stream().map(h -> h.listName() + ": entry " + h.entryId() + " (" + h.type() + ", distance "
                + h.distance() + ", " + h.variant() + ")").collect(Collectors.joining("; "));
    }

    private String caller() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }
}
