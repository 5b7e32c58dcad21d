package eu.csep.portal.budget.boundary;

import eu.csep.portal.budget.entity.CallBudget;
import eu.csep.portal.budget.entity.CategoryCaps;
import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.CostCategory;
import eu.csep.portal.budget.entity.CostReport;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.ReportStatus;
import eu.csep.portal.budget.entity.ReportType;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Map;

/**
 * Financial reports on grants. A funded organisation (permission APPLY) submits interim and final reports on its OWN
 * grants only (another organisation's grant is "not found"); an officer (MANAGE_BUDGET) reviews each category.
 * Accepting a FINAL report settles the grant through {@link Ledger#acceptFinalReport} (the one place that pays the
 * final balance or recovers it); an INTERIM report records the accepted costs and their EU share, no money moves.
 */
@Stateless
public class CostReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Directory directory;

    @Inject
    SecurityContext security;

    /** The caller organisation's grants (confirmed or closed), newest first. */
    @RolesAllowed("APPLY")
    public List<Commitment> myGrants() {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.organisationId = :organisation"
                + " AND c.status <> eu.csep.portal.budget.entity.CommitmentStatus.PENDING ORDER BY c.id DESC",
                Commitment.class).setParameter("organisation", callerOrganisation()).getResultList();
    }

    /** The caller organisation's reports, newest first. */
    @RolesAllowed("APPLY")
    public List<CostReport> myReports() {
        return em.createQuery("SELECT r FROM CostReport r WHERE r.organisationId = :organisation ORDER BY r.id DESC",
                CostReport.class).setParameter("organisation", callerOrganisation()).getResultList();
    }

    /** Submits a report on one of the caller organisation's open grants; one report at a time waits for review. */
    @RolesAllowed("APPLY")
    public CostReport submit(String proposalReference, ReportType type, Map<CostCategory, Money> claimed) {
        long organisation = callerOrganisation();
        Commitment grant = ownGrant(proposalReference, organisation);
        grant = em.find(Commitment.class, grant.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (!em.createQuery("SELECT r.id FROM CostReport r WHERE r.commitmentId = :grant AND r.status = :status",
                Long.class).setParameter("grant", grant.getId()).setParameter("status", ReportStatus.SUBMITTED)
                .getResultList().isEmpty()) {
            throw Refusal.conflict("type", "budget.costReport.awaitingReview", grant.getProposalReference());
        }
        CostReport report = new CostReport(grant, type, claimed, actor());
        em.persist(report);
        em.flush();
        audit.record("budget.cost-report-submitted", "cost_report", report.getId(), organisation,
                type + " report on grant " + grant.getProposalReference() + ", claimed "
                        + report.getClaimed().toPlainString() + " EUR");
        return report;
    }

    /** Reports for the officer, newest first; only those awaiting review when {@code open}. */
    @RolesAllowed("MANAGE_BUDGET")
    public List<CostReport> reports(boolean open) {
        if (!open) {
            return em.createQuery("SELECT r FROM CostReport r ORDER BY r.id DESC", CostReport.class).getResultList();
        }
        return em.createQuery("SELECT r FROM CostReport r WHERE r.status = :status ORDER BY r.id DESC",
                CostReport.class).setParameter("status", ReportStatus.SUBMITTED).getResultList();
    }

    @RolesAllowed("MANAGE_BUDGET")
    public CostReport report(long id) {
        CostReport report = em.find(CostReport.class, id);
        if (report == null) {
            throw Refusal.notFound("budget.costReport.unknown", id);
        }
        return report;
    }

    /** The caps a review of the report would apply now (see {@link CategoryCaps}). */
    @RolesAllowed("MANAGE_BUDGET")
    public CategoryCaps caps(CostReport report) {
        return ledger.categoryCaps(report.getCommitmentId());
    }

    @RolesAllowed({"MANAGE_BUDGET", "APPLY"})
    public Commitment grantOf(CostReport report) {
        return em.find(Commitment.class, report.getCommitmentId());
    }

    /**
     * The officer accepts or adjusts each category (absent = accepted as claimed; an adjustment names its reason).
     * A FINAL report then settles the grant: final balance = min(commitment, rate x accepted costs) - paid, a
     * negative balance recovered, the unused commitment released, the grant closed.
     */
    @RolesAllowed("MANAGE_BUDGET")
    public CostReport review(long id, Map<CostCategory, Money> accepted, Map<CostCategory, String> reasons,
            String reason) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalid("reason", "budget.text.required");
        }
        String why = reason.strip();
        if (why.length() > CostReport.REASON_MAX) {
            throw Refusal.invalid("reason", "budget.text.tooLong", CostReport.REASON_MAX);
        }
        CostReport report = em.find(CostReport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw Refusal.notFound("budget.costReport.unknown", id);
        }
        // the ledger's lock order: call budget, then grant
        Commitment unlocked = em.find(Commitment.class, report.getCommitmentId());
        em.find(CallBudget.class, unlocked.getCallBudgetId(), LockModeType.PESSIMISTIC_WRITE);
        Commitment grant = em.find(Commitment.class, unlocked.getId(), LockModeType.PESSIMISTIC_WRITE);
        grant.requireOpen();
        report.review(accepted, reasons, grant.getCommitted(), ledger.categoryCaps(grant.getId()), actor(), why);
        em.flush();
        audit.record("budget.cost-report-reviewed", "cost_report", report.getId(), report.getOrganisationId(),
                report.getType() + " report on grant " + grant.getProposalReference() + ": claimed "
                        + report.getClaimed().toPlainString() + ", accepted " + report.getAccepted().toPlainString()
                        + ", EU share " + report.getEuShare().toPlainString() + " EUR: " + why);
        if (report.getType() == ReportType.FINAL) {
            String ledgerReason = why + " (cost report " + report.getId() + ")";
            Ledger.Settlement settlement = ledger.acceptFinalReport(grant.getProposalReference(),
                    report.getAccepted(), ledgerReason.length() <= CostReport.REASON_MAX ? ledgerReason : why);
            report.settled(settlement.finalBalance());
            em.flush();
        }
        return report;
    }

    private Commitment ownGrant(String proposalReference, long organisation) {
        if (proposalReference == null || proposalReference.isBlank()) {
            throw Refusal.invalid("proposalReference", "budget.text.required");
        }
        // another organisation's grant is "not found": its existence is not disclosed
        return em.createQuery("SELECT c FROM Commitment c WHERE c.proposalReference = :reference"
                + " AND c.organisationId = :organisation", Commitment.class)
                .setParameter("reference", proposalReference.strip()).setParameter("organisation", organisation)
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.notFound("budget.commitment.unknown", proposalReference.strip()));
    }

    private long callerOrganisation() {
        return directory.callerOrganisation().map(Organisation::getId)
                .orElseThrow(() -> Refusal.notFound("budget.costReport.noOrganisation"));
    }

    private String actor() {
        return security.getCallerPrincipal() == null ? AuditTrail.SYSTEM : security.getCallerPrincipal().getName();
    }
}
