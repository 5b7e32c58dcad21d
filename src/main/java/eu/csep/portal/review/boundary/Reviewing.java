package eu.csep.portal.review.boundary;

import eu.csep.portal.calls.boundary.ProposalsForReview;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.review.entity.Assignment;
import eu.csep.portal.review.entity.Declaration;
import eu.csep.portal.review.entity.Evaluation;
import eu.csep.portal.review.entity.Report;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reviewer's side. A reviewer reaches only their own assignments (anything else is "not found"); before a
 * "no conflict" declaration no document of the proposal is served, whatever the route; a declared conflict voids
 * the assignment. One report per assignment: a draft, then submitted and locked, before the review deadline.
 * Peers' scores are shown only once the reviewer's own report is submitted, and never with names.
 */
@Stateless
@RolesAllowed("REVIEW")
public class Reviewing {

    /** One assignment as its reviewer sees it. */
    public record AssignmentView(long id, String proposalReference, String title, String acronym,
            String declaration, String reportStatus, OffsetDateTime reviewDeadline, boolean writable) {
    }

    /** The reviewer's report, with the rubric it is scored against. */
    public record ReportView(long assignmentId, String proposalReference, String status, List<ScoreInput> scores,
            OffsetDateTime submittedAt, RubricView rubric) {
    }

    /** Another reviewer's submitted scores, without their name. */
    public record PeerView(String reviewer, List<BigDecimal> scores) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    ProposalsForReview proposals;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<AssignmentView> mine() {
        List<AssignmentView> out = new ArrayList<>();
        for (Assignment a : em.createNamedQuery(Assignment.OF_REVIEWER, Assignment.class)
                .setParameter("reviewer", callerId()).getResultList()) {
            if (!a.active()) {
                continue;
            }
            Evaluation e = em.find(Evaluation.class, a.getEvaluationId());
            Optional<ProposalsForReview.Submitted> p = proposals.submitted(a.getProposalId());
            Optional<Report> report = report(a);
            // the title is part of the proposal's documents: shown only once no conflict is declared
            out.add(new AssignmentView(a.getId(), a.getProposalReference(),
                    a.opened() ? p.map(ProposalsForReview.Submitted::title).orElse(null) : null,
                    a.opened() ? p.map(ProposalsForReview.Submitted::acronym).orElse(null) : null,
                    a.getDeclaration().name(), report.map(r -> r.getStatus().name()).orElse(null),
                    e.getReviewDeadline(), e.acceptsReviewsAt(clock.instant())));
        }
        return out;
    }

    public AssignmentView assignment(long assignmentId) {
        long id = own(assignmentId).getId();
        return mine().stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> Refusal.notFound("review.assignment.unknown"));
    }

    /** "No conflict" opens the proposal's documents; "conflict" voids the assignment. Either is final. */
    public void declare(long assignmentId, boolean conflict, String note) {
        Assignment a = own(assignmentId);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(a);
        a.declare(conflict, note, clock.instant());
        audit.record(conflict ? "review.conflict-declared" : "review.no-conflict-declared", "Assignment", a.getId(),
                null, a.getProposalReference() + (note == null || note.isBlank() ? "" : ": " + note.strip()));
    }

    /** The submitted proposal's content, only after a "no conflict" declaration. */
    public ProposalsForReview.Content proposal(long assignmentId) {
        Assignment a = opened(assignmentId);
        return proposals.content(a.getProposalId()).orElseThrow(() -> Refusal.notFound("review.assignment.unknown"));
    }

    public RubricView rubric(long assignmentId) {
        return RubricView.of(em.find(Evaluation.class, opened(assignmentId).getEvaluationId()));
    }

    public Optional<ReportView> report(long assignmentId) {
        Assignment a = opened(assignmentId);
        return report(a).map(r -> view(a, r));
    }

    /** Starts the report; a second report on the same assignment is refused. */
    public ReportView start(long assignmentId) {
        Assignment a = opened(assignmentId);
        Evaluation e = writable(a);
        if (report(a).isPresent()) {
            throw Refusal.conflict(null, "review.report.exists");
        }
        Report r = new Report(a, clock.instant());
        r.save(e, blank(e), clock.instant());
        em.persist(r);
        em.flush();
        audit.record("review.report-started", "Report", r.getId(), null, a.getProposalReference());
        return view(a, r);
    }

    /** Saves the draft (starting it when there is none); every given score must lie on the scale. */
    public ReportView save(long assignmentId, List<ScoreInput> scores) {
        Assignment a = opened(assignmentId);
        Evaluation e = writable(a);
        Report r = report(a).orElse(null);
        if (r == null) {
            r = new Report(a, clock.instant());
            r.save(e, ScoreInput.toScores(scores), clock.instant());
            em.persist(r);
        } else {
            em.lock(r, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(r);
            r.save(e, ScoreInput.toScores(scores), clock.instant());
        }
        em.flush();
        audit.record("review.report-saved", "Report", r.getId(), null, a.getProposalReference());
        return view(a, r);
    }

    /**
     * Submits and locks the report. The evaluation row, then the report row, are locked for the transaction (in
     * that order, as the officer's rubric change and reopening do), so two submits, or a submit and a reopening,
     * are serialised and the second sees the first's outcome. The first submitted report freezes the rubric.
     */
    public ReportView submit(long assignmentId) {
        Assignment a = opened(assignmentId);
        Evaluation e = em.find(Evaluation.class, a.getEvaluationId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        if (!e.acceptsReviewsAt(clock.instant())) {
            throw Refusal.conflict(null, "review.deadlinePassed");
        }
        Report r = report(a).orElseThrow(() -> Refusal.conflict(null, "review.report.none"));
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        r.submit(e, clock.instant());
        e.freeze();
        em.flush();
        audit.record("review.report-submitted", "Report", r.getId(), null, a.getProposalReference());
        return view(a, r);
    }

    /** The other reviewers' submitted scores, once the caller's own report is submitted. */
    public List<PeerView> peers(long assignmentId) {
        Assignment a = opened(assignmentId);
        Report own = report(a).filter(Report::submitted)
                .orElseThrow(() -> new Refusal(Refusal.Kind.FORBIDDEN, null, "review.peers.afterSubmission"));
        List<PeerView> out = new ArrayList<>();
        char letter = 'A';
        for (Report r : em.createNamedQuery(Report.OF_PROPOSAL, Report.class).setParameter("proposal", a.getProposalId())
                .getResultList()) {
            if (r.submitted() && !r.getId().equals(own.getId())) {
                out.add(new PeerView("Reviewer " + letter++, r.getScores().stream().map(s -> s.getScore()).toList()));
            }
        }
        return out;
    }

    // --- helpers ---

    private long callerId() {
        return directory.caller().getId();
    }

    /** The caller's own, not voided assignment; anything else is "not found". */
    private Assignment own(long assignmentId) {
        Assignment a = em.find(Assignment.class, assignmentId);
        if (a == null || a.getReviewerId() != callerId() || !a.active()) {
            throw Refusal.notFound("review.assignment.unknown");
        }
        return a;
    }

    private Assignment opened(long assignmentId) {
        Assignment a = own(assignmentId);
        if (a.getDeclaration() != Declaration.NO_CONFLICT) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "declaration", "review.declare.first");
        }
        return a;
    }

    private Evaluation writable(Assignment a) {
        Evaluation e = em.find(Evaluation.class, a.getEvaluationId());
        if (!e.acceptsReviewsAt(clock.instant())) {
            throw Refusal.conflict(null, "review.deadlinePassed");
        }
        return e;
    }

    private Optional<Report> report(Assignment a) {
        return em.createNamedQuery(Report.OF_ASSIGNMENT, Report.class).setParameter("assignment", a.getId())
                .getResultStream().findFirst();
    }

    private static List<eu.csep.portal.review.entity.CriterionScore> blank(Evaluation e) {
        return e.getCriteria().stream().map(c -> new eu.csep.portal.review.entity.CriterionScore(null, null)).toList();
    }

    private ReportView view(Assignment a, Report r) {
        return new ReportView(a.getId(), a.getProposalReference(), r.getStatus().name(), ScoreInput.of(r.getScores()),
                r.getSubmittedAt(), RubricView.of(em.find(Evaluation.class, a.getEvaluationId())));
    }
}
