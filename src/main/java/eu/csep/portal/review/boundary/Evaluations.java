package eu.csep.portal.review.boundary;

import eu.csep.portal.calls.boundary.ProposalParties;
import eu.csep.portal.calls.boundary.ProposalsForReview;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.AccountStatus;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.identity.entity.Role;
import eu.csep.portal.review.control.AutoAssignment;
import eu.csep.portal.review.control.ConflictHints;
import eu.csep.portal.review.control.Ranking;
import eu.csep.portal.review.control.Scoreboard;
import eu.csep.portal.review.entity.Assignment;
import eu.csep.portal.review.entity.Consensus;
import eu.csep.portal.review.entity.Decision;
import eu.csep.portal.review.entity.Declaration;
import eu.csep.portal.review.entity.Evaluation;
import eu.csep.portal.review.entity.Report;
import eu.csep.portal.review.entity.ReviewerProfile;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.PermitAll;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The programme officer's side of a call's evaluation: the rubric and settings, reviewers' expertise, assignment
 * (manual, with written clearance of conflict hints, and automatic), reopening of reports, consensus reports, the
 * scoreboard with calibration beside raw scores, and the ranking against the budget with its what-if envelope.
 */
@Stateless
@RolesAllowed("MANAGE_PROGRAMME")
public class Evaluations {

    public static final int CLEARANCE_MIN = 20;
    public static final int REASON_MIN = 10;

    public record ReviewerView(long accountId, String email, String name, Set<String> expertise,
            Set<String> languages, Set<Long> formerOrganisations, int load) {
    }

    public record AssignmentRow(long id, long proposalId, String proposalReference, long reviewerId,
            String reviewerEmail, String declaration, String hint, String clearance, Long reportId,
            String reportStatus, List<ScoreInput> scores, List<BigDecimal> calibrated) {
    }

    public record ProposalRow(long proposalId, String reference, String title, BigDecimal requested,
            List<AssignmentRow> assignments, List<BigDecimal> rawMean, List<BigDecimal> calibratedMean,
            boolean divergent, List<String> divergence, List<ScoreInput> consensus, String consensusBy,
            List<BigDecimal> used, String basis) {
    }

    public record EstimateView(long reviewerId, String reviewerEmail, List<BigDecimal> offsets, int sharedProposals,
            boolean applied) {
    }

    public record BoardView(RubricView rubric, List<ProposalRow> proposals, List<EstimateView> calibration) {
    }

    public record RankedRow(int rank, long proposalId, String reference, BigDecimal total, List<BigDecimal> scores,
            BigDecimal requested, BigDecimal cumulative, boolean withinBudget, String basis, String decision) {
    }

    public record FailedRow(long proposalId, String reference, BigDecimal total, List<String> failures,
            String decision) {
    }

    public record RankingView(String callIdentifier, BigDecimal envelope, BigDecimal callBudget,
            BigDecimal withinBudget, long fundable, boolean calibrated, List<RankedRow> ranked,
            List<FailedRow> failed, List<String> unscored) {
    }

    public record AutoResult(int assigned, List<AutoAssignment.Unmet> unmet) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    ProposalsForReview proposals;

    @Inject
    ProposalParties parties;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The call's evaluation, opened with the EU default rubric the first time an officer looks at it. */
    public Evaluation ofCall(long callId) {
        ProposalsForReview.CallFacts call = proposals.call(callId).orElseThrow(() -> Refusal.notFound("call.unknown"));
        Optional<Evaluation> existing = em.createNamedQuery(Evaluation.OF_CALL, Evaluation.class)
                .setParameter("call", callId).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Evaluation e = new Evaluation(callId, call.identifier(),
                call.rubricReference() == null ? "Rubric " + call.identifier() : call.rubricReference());
        em.persist(e);
        em.flush();
        audit.record("review.evaluation-opened", "Evaluation", call.identifier(), null, e.getRubricName());
        return e;
    }

    public List<ProposalsForReview.CallFacts> calls() {
        return proposals.calls();
    }

    public RubricView defineRubric(long callId, RubricForm form) {
        Evaluation e = locked(callId);
        e.defineRubric(form.name(), form.parsedScale(), form.parsedCriteria(), form.overallThreshold());
        em.flush();
        audit.record("review.rubric-defined", "Evaluation", e.getCallIdentifier(), null,
                e.getScale() + ": " + e.getCriteria().stream().map(c -> c.getName() + " " + c.getMaxPoints()
                        .stripTrailingZeros().toPlainString() + " min " + c.getThreshold().stripTrailingZeros()
                        .toPlainString()).collect(Collectors.joining(", ")) + "; overall " + e.getOverallThreshold());
        return RubricView.of(e);
    }

    public RubricView configure(long callId, int reviewsPerProposal, int maxLoad, int commentMinLength,
            OffsetDateTime reviewDeadline, String tieBreak, boolean calibrated) {
        Evaluation e = locked(callId);
        e.configure(reviewsPerProposal, maxLoad, commentMinLength, reviewDeadline, tieBreak, calibrated);
        em.flush();
        audit.record("review.settings-changed", "Evaluation", e.getCallIdentifier(), null,
                "reviews " + reviewsPerProposal + ", max load " + maxLoad + ", comment min " + commentMinLength
                        + ", deadline " + reviewDeadline + ", tie-break " + tieBreak + ", calibration " + calibrated);
        return RubricView.of(e);
    }

    // --- reviewers ---

    public List<ReviewerView> reviewers() {
        Map<Long, Integer> load = new HashMap<>();
        em.createQuery("SELECT a.reviewerId, COUNT(a) FROM Assignment a WHERE a.declaration <> :conflict "
                + "GROUP BY a.reviewerId", Object[].class).setParameter("conflict", Declaration.CONFLICT)
                .getResultList().forEach(row -> load.put((Long) row[0], ((Number) row[1]).intValue()));
        List<ReviewerView> out = new ArrayList<>();
        for (Account a : reviewerAccounts()) {
            ReviewerProfile p = profile(a.getId());
            out.add(new ReviewerView(a.getId(), a.getEmail(), a.getDisplayName(), p.expertise(), p.languages(),
                    p.formerOrganisations(), load.getOrDefault(a.getId(), 0)));
        }
        return out;
    }

    public ReviewerView describeReviewer(long accountId, Set<String> expertise, Set<String> languages,
            Set<Long> formerOrganisations) {
        Account account = reviewer(accountId);
        Set<Long> former = formerOrganisations == null ? Set.of() : formerOrganisations;
        former.forEach(directory::organisation);
        ReviewerProfile p = em.find(ReviewerProfile.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            p = new ReviewerProfile(accountId);
            em.persist(p);
        }
        p.describe(expertise, languages, former);
        em.flush();
        audit.record("review.reviewer-described", "Account", accountId, null, account.getEmail() + ": expertise "
                + p.getExpertise() + ", languages " + p.getLanguages() + ", former organisations " + former);
        return reviewers().stream().filter(r -> r.accountId() == accountId).findFirst().orElseThrow();
    }

    // --- assignment ---

    /** Conflict hints for a reviewer on a proposal, e.g. "e-mail domain of Voices of Peace asbl". */
    public List<String> hints(long proposalId, long reviewerId) {
        return hints(submitted(proposalId), reviewer(reviewerId));
    }

    /**
     * Assigns a reviewer to a submitted proposal of a closed call. A hinted conflict is assigned only with the
     * officer's written clearance (at least {@value #CLEARANCE_MIN} characters), kept with the assignment and audited.
     */
    public Assignment assign(long proposalId, long reviewerId, String clearance) {
        ProposalsForReview.Submitted p = submitted(proposalId);
        Evaluation e = openFor(p);
        Account reviewer = reviewer(reviewerId);
        List<String> hints = hints(p, reviewer);
        Optional<Assignment> existing = em.createNamedQuery(Assignment.OF_PROPOSAL_AND_REVIEWER, Assignment.class)
                .setParameter("proposal", proposalId).setParameter("reviewer", reviewerId).getResultStream().findFirst();
        if (existing.isPresent()) {
            throw Refusal.conflict("reviewer", existing.get().active() ? "review.assignment.exists"
                    : "review.assignment.declaredConflict");
        }
        String reason = clearance == null ? "" : clearance.strip();
        if (!hints.isEmpty() && reason.length() < CLEARANCE_MIN) {
            throw Refusal.conflict("clearance", "review.assignment.hinted", String.join("; ", hints), CLEARANCE_MIN);
        }
        Assignment a = new Assignment(e.getId(), p.id(), p.reference(), reviewer.getId(), reviewer.getEmail(),
                officer(), clock.instant());
        if (!hints.isEmpty()) {
            a.clearHint(String.join("; ", hints), officer(), reason.length() > Assignment.TEXT_MAX
                    ? reason.substring(0, Assignment.TEXT_MAX) : reason);
        }
        em.persist(a);
        em.flush();
        audit.record("review.assigned", "Assignment", a.getId(), p.organisationId(), p.reference() + " to "
                + reviewer.getEmail() + (hints.isEmpty() ? "" : "; hint \"" + a.getHint() + "\" cleared: " + reason));
        return a;
    }

    /**
     * Tops every submitted proposal of the call up to the evaluation's number of reviews, never with a conflicted or
     * hinted reviewer, within each reviewer's maximum load; returns what could not be met.
     */
    public AutoResult autoAssign(long callId) {
        Evaluation e = locked(callId);
        requireClosed(callId, e);
        List<ProposalsForReview.Submitted> submitted = proposals.submittedOf(callId);
        List<ReviewerView> reviewers = reviewers();
        Map<Long, Account> accounts = reviewerAccounts().stream().collect(Collectors.toMap(Account::getId, a -> a));
        List<AutoAssignment.Proposal> input = new ArrayList<>();
        Map<Long, ProposalsForReview.Submitted> byId = new HashMap<>();
        Map<Long, List<Assignment>> existing = em.createNamedQuery(Assignment.OF_EVALUATION, Assignment.class)
                .setParameter("evaluation", e.getId()).getResultStream()
                .collect(Collectors.groupingBy(Assignment::getProposalId));
        for (ProposalsForReview.Submitted p : submitted) {
            byId.put(p.id(), p);
            Set<Long> taken = new HashSet<>();
            Set<Long> blocked = new HashSet<>();
            for (Assignment a : existing.getOrDefault(p.id(), List.of())) {
                (a.active() ? taken : blocked).add(a.getReviewerId());
            }
            List<ConflictHints.Party> partyList = partiesOf(p);
            for (ReviewerView r : reviewers) {
                if (!ConflictHints.of(reviewerFacts(accounts.get(r.accountId())), partyList).isEmpty()) {
                    blocked.add(r.accountId());
                }
            }
            String text = (String.valueOf(p.title()) + " " + String.valueOf(p.acronym()) + " "
                    + proposals.content(p.id()).map(c -> c.lines().stream().map(ProposalsForReview.Line::value)
                            .collect(Collectors.joining(" "))).orElse("")).toLowerCase(Locale.ROOT);
            input.add(new AutoAssignment.Proposal(p.id(), text, ReviewerProfile.split(p.languages()), taken, blocked));
        }
        List<AutoAssignment.Reviewer> pool = reviewers.stream().map(r -> new AutoAssignment.Reviewer(r.accountId(),
                r.expertise(), r.languages(), e.getMaxLoad(), r.load())).toList();
        AutoAssignment.Plan plan = AutoAssignment.plan(input, pool, e.getReviewsPerProposal());
        for (AutoAssignment.Pair pair : plan.pairs()) {
            ProposalsForReview.Submitted p = byId.get(pair.proposalId());
            Account r = accounts.get(pair.reviewerId());
            Assignment a = new Assignment(e.getId(), p.id(), p.reference(), r.getId(), r.getEmail(), officer(),
                    clock.instant());
            em.persist(a);
        }
        em.flush();
        audit.record("review.auto-assigned", "Evaluation", e.getCallIdentifier(), null, plan.pairs().size()
                + " assignments; unmet: " + plan.unmet().size());
        return new AutoResult(plan.pairs().size(), plan.unmet());
    }

    // --- reports and consensus ---

    /** Reopens a submitted report for its reviewer; the reason is kept in the audit trail. */
    public void reopen(long reportId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN) {
            throw Refusal.invalid("reason", "review.reopen.reason", REASON_MIN);
        }
        Report r = em.find(Report.class, reportId);
        if (r == null) {
            throw Refusal.notFound("review.report.unknown");
        }
        Evaluation e = em.find(Evaluation.class, r.getEvaluationId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        if (e.isPublished()) {
            throw Refusal.conflict(null, "review.published");
        }
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        r.reopen(clock.instant());
        em.flush();
        audit.record("review.report-reopened", "Report", r.getId(), null, why);
    }

    /** The moderator's consensus report: a final score and comment per criterion, complete and on the scale. */
    public Consensus writeConsensus(long proposalId, List<ScoreInput> scores) {
        ProposalsForReview.Submitted p = submitted(proposalId);
        Evaluation e = ofCall(p.callId());
        if (e.isPublished()) {
            throw Refusal.conflict(null, "review.published");
        }
        long submittedReports = em.createNamedQuery(Report.OF_PROPOSAL, Report.class).setParameter("proposal", p.id())
                .getResultStream().filter(Report::submitted).count();
        if (submittedReports == 0) {
            throw Refusal.conflict(null, "review.consensus.noReports");
        }
        Consensus c = em.createNamedQuery(Consensus.OF_PROPOSAL, Consensus.class).setParameter("proposal", p.id())
                .getResultStream().findFirst().orElse(null);
        if (c == null) {
            c = new Consensus(e.getId(), p.id());
            c.write(e, ScoreInput.toScores(scores), officer(), clock.instant());
            em.persist(c);
        } else {
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            c.write(e, ScoreInput.toScores(scores), officer(), clock.instant());
        }
        em.flush();
        audit.record("review.consensus-written", "Consensus", p.reference(), p.organisationId(),
                c.getScores().stream().map(s -> s.getScore().toPlainString()).collect(Collectors.joining(" / ")));
        return c;
    }

    // --- scoreboard and ranking ---

    public BoardView board(long callId) {
        Evaluation e = ofCall(callId);
        Loaded loaded = load(e);
        Scoreboard.Board board = loaded.board();
        Map<Long, String> emails = new HashMap<>();
        loaded.assignments().forEach(a -> emails.put(a.getReviewerId(), a.getReviewerEmail()));
        List<ProposalRow> rows = new ArrayList<>();
        for (Scoreboard.Line line : board.lines()) {
            ProposalsForReview.Submitted p = loaded.proposals().get(line.entry().proposalId());
            List<AssignmentRow> assignments = new ArrayList<>();
            int reviewed = 0;
            for (Assignment a : loaded.assignments()) {
                if (a.getProposalId() != p.id()) {
                    continue;
                }
                Report r = loaded.reports().get(a.getId());
                List<BigDecimal> calibrated = null;
                if (r != null && r.submitted()) {
                    calibrated = decimals(line.calibrated().get(reviewed++));
                }
                assignments.add(new AssignmentRow(a.getId(), p.id(), p.reference(), a.getReviewerId(),
                        a.getReviewerEmail(), a.getDeclaration().name(), a.getHint(), a.getClearance(),
                        r == null ? null : r.getId(), r == null ? null : r.getStatus().name(),
                        r == null ? List.of() : ScoreInput.of(r.getScores()), calibrated));
            }
            Consensus c = loaded.consensus().get(p.id());
            rows.add(new ProposalRow(p.id(), p.reference(), p.title(), p.requestedContribution(), assignments,
                    decimals(line.rawMean()), decimals(line.calibratedMean()), line.divergence().divergent(),
                    line.divergence().reasons(), c == null ? null : ScoreInput.of(c.getScores()),
                    c == null ? null : c.getModerator(), line.basis() == Scoreboard.Basis.NONE ? null
                            : decimals(line.used()), line.basis().name()));
        }
        List<EstimateView> estimates = board.estimates().stream().map(s -> new EstimateView(s.reviewerId(),
                emails.get(s.reviewerId()), decimals(s.offsets()), s.shared(), s.applied())).toList();
        return new BoardView(RubricView.of(e), rows, estimates);
    }

    /** The ranked list against the call's budget, or against {@code envelope} (what-if) without changing anything. */
    public RankingView ranking(long callId, BigDecimal envelope) {
        if (envelope != null && envelope.signum() < 0) {
            throw Refusal.invalid("envelope", "review.ranking.envelope");
        }
        return rankingOf(ofCall(callId), envelope);
    }

    /** The ranking of an evaluation (for {@link Results}; judges no caller, never exposed to a page or the API). */
    @PermitAll
    public RankingView rankingOf(Evaluation e, BigDecimal envelope) {
        ProposalsForReview.CallFacts call = proposals.call(e.getCallId()).orElseThrow();
        BigDecimal limit = envelope == null ? call.budget() : envelope;
        Loaded loaded = load(e);
        Ranking.Result result = loaded.board().rank(e.plain(), e.tieBreakOrder(), limit);
        Map<Long, String> basis = new HashMap<>();
        loaded.board().lines().forEach(l -> basis.put(l.entry().proposalId(), l.basis().name()));
        Map<Long, String> decisions = new HashMap<>();
        em.createNamedQuery(Decision.OF_EVALUATION, Decision.class).setParameter("evaluation", e.getId())
                .getResultList().forEach(d -> decisions.put(d.getProposalId(), d.getOutcome().name()));
        List<RankedRow> ranked = result.ranked().stream().map(r -> new RankedRow(r.rank(), r.candidate().proposalId(),
                r.candidate().reference(), decimal(r.total()), decimals(r.candidate().scores()),
                r.candidate().requested(), r.cumulative(), r.withinBudget(), basis.get(r.candidate().proposalId()),
                decisions.get(r.candidate().proposalId()))).toList();
        List<FailedRow> failed = result.failed().stream().map(f -> new FailedRow(f.candidate().proposalId(),
                f.candidate().reference(), decimal(f.total()), f.failures(), decisions.get(f.candidate().proposalId())))
                .toList();
        List<String> unscored = loaded.board().lines().stream().filter(l -> l.basis() == Scoreboard.Basis.NONE)
                .map(l -> l.entry().reference()).toList();
        return new RankingView(e.getCallIdentifier(), limit, call.budget(), result.withinBudget(), result.fundable(),
                e.isCalibrated(), ranked, failed, unscored);
    }

    // --- helpers ---

    public record Loaded(Map<Long, ProposalsForReview.Submitted> proposals, List<Assignment> assignments,
            Map<Long, Report> reports, Map<Long, Consensus> consensus, Scoreboard.Board board) {
    }

    /** Everything scored in an evaluation (for {@link Results}; judges no caller, never exposed). */
    @PermitAll
    public Loaded load(Evaluation e) {
        Map<Long, ProposalsForReview.Submitted> byId = new java.util.LinkedHashMap<>();
        proposals.submittedOf(e.getCallId()).forEach(p -> byId.put(p.id(), p));
        List<Assignment> assignments = em.createNamedQuery(Assignment.OF_EVALUATION, Assignment.class)
                .setParameter("evaluation", e.getId()).getResultList();
        Map<Long, Report> reports = new HashMap<>();
        em.createNamedQuery(Report.OF_EVALUATION, Report.class).setParameter("evaluation", e.getId()).getResultList()
                .forEach(r -> reports.put(r.getAssignmentId(), r));
        Map<Long, Consensus> consensus = new HashMap<>();
        em.createNamedQuery(Consensus.OF_EVALUATION, Consensus.class).setParameter("evaluation", e.getId())
                .getResultList().forEach(c -> consensus.put(c.getProposalId(), c));
        Map<Long, List<Assignment>> assignmentsOf = assignments.stream()
                .collect(Collectors.groupingBy(Assignment::getProposalId));
        List<Scoreboard.Entry> entries = new ArrayList<>();
        for (ProposalsForReview.Submitted p : byId.values()) {
            List<Scoreboard.Reviewed> reviewed = new ArrayList<>();
            for (Assignment a : assignmentsOf.getOrDefault(p.id(), List.of())) {
                Report r = reports.get(a.getId());
                if (r != null && r.submitted()) {
                    reviewed.add(new Scoreboard.Reviewed(a.getReviewerId(), r.plainScores()));
                }
            }
            Consensus c = consensus.get(p.id());
            entries.add(new Scoreboard.Entry(p.id(), p.reference(), p.requestedContribution(), reviewed,
                    c == null ? null : c.plainScores()));
        }
        return new Loaded(byId, assignments, reports, consensus,
                Scoreboard.build(e.plain(), entries, e.isCalibrated()));
    }

    private Evaluation locked(long callId) {
        Evaluation e = ofCall(callId);
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        return e;
    }

    private Evaluation openFor(ProposalsForReview.Submitted p) {
        Evaluation e = ofCall(p.callId());
        requireClosed(p.callId(), e);
        return e;
    }

    private void requireClosed(long callId, Evaluation e) {
        if (!proposals.call(callId).map(ProposalsForReview.CallFacts::closed).orElse(false)) {
            throw Refusal.conflict(null, "review.call.stillOpen");
        }
        if (e.isPublished()) {
            throw Refusal.conflict(null, "review.published");
        }
    }

    public ProposalsForReview.Submitted submitted(long proposalId) {
        return proposals.submitted(proposalId).orElseThrow(() -> Refusal.notFound("review.proposal.unknown"));
    }

    private List<Account> reviewerAccounts() {
        return directory.withRole(Role.REVIEWER).stream().filter(a -> a.getStatus() == AccountStatus.ACTIVE).toList();
    }

    private Account reviewer(long accountId) {
        return reviewerAccounts().stream().filter(a -> a.getId() == accountId).findFirst()
                .orElseThrow(() -> Refusal.notFound("review.reviewer.unknown"));
    }

    private ReviewerProfile profile(long accountId) {
        ReviewerProfile p = em.find(ReviewerProfile.class, accountId);
        return p == null ? new ReviewerProfile(accountId) : p;
    }

    private List<String> hints(ProposalsForReview.Submitted p, Account reviewer) {
        return ConflictHints.of(reviewerFacts(reviewer), partiesOf(p));
    }

    private ConflictHints.Reviewer reviewerFacts(Account reviewer) {
        return new ConflictHints.Reviewer(reviewer.getEmail(), reviewer.getOrganisation() == null ? null
                : reviewer.getOrganisation().getId(), profile(reviewer.getId()).formerOrganisations());
    }

    private List<ConflictHints.Party> partiesOf(ProposalsForReview.Submitted p) {
        List<ConflictHints.Party> out = new ArrayList<>();
        for (long id : parties.organisations(p.id())) {
            Organisation o = directory.organisation(id);
            out.add(new ConflictHints.Party(o.getId(), o.getLegalName(), o.getEmailDomain()));
        }
        return out;
    }

    private String officer() {
        return directory.caller().getEmail();
    }

    static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static List<BigDecimal> decimals(double[] values) {
        if (values == null) {
            return null;
        }
        List<BigDecimal> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(decimal(v));
        }
        return out;
    }
}
