package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.control.Eligibility;
import eu.csep.portal.calls.control.ReceiptPdf;
import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.CallStatus;
import eu.csep.portal.calls.entity.KpiTarget;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalBudget;
import eu.csep.portal.calls.entity.ProposalNarrative;
import eu.csep.portal.calls.entity.ProposalStatus;
import eu.csep.portal.calls.entity.ProposalSubmission;
import eu.csep.portal.calls.entity.ProposalSummary;
import eu.csep.portal.calls.entity.AttachmentKind;
import eu.csep.portal.calls.entity.PartnerStatus;
import eu.csep.portal.calls.entity.ProposalAttachment;
import eu.csep.portal.calls.entity.ProposalPartner;
import eu.csep.portal.documents.boundary.Documents;
import eu.csep.portal.documents.boundary.StoredFileInfo;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.shared.audit.boundary.AuditTrail;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.mail.MailRequested;
import jakarta.enterprise.event.Event;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * NGO members start proposals to open calls, save each step as a draft, check eligibility, submit (every
 * submission kept as a numbered version) and withdraw; officers list a call's proposals. A proposal of another
 * organisation is "not found" (its existence is not disclosed). "Now" is the injected server clock.
 *
 * <p>Saving a step never loses valid input: the step is validated field by field, fields that fail keep their
 * stored value and are reported back, the others are saved. A step saved against an older version of the proposal
 * (someone else saved meanwhile) is refused as a conflict.
 */
@Stateless
public class Proposals {

    /** The saved proposal and the fields that were not saved because they failed validation. */
    public record Saved(Proposal proposal, List<FieldProblem> problems) {
    }

    public record FieldProblem(String field, String message) {
    }

    /**
     * An attachment of step 6: its id in the proposal, what it is, and what the documents component knows of its
     * file. Withheld = quarantined or blocked by hash screening: listed, but its content is not handed out.
     */
    public record Attached(long id, AttachmentKind kind, long fileId, String filename, String contentType, long size,
            String sha256, String screening, boolean withheld) implements java.io.Serializable {
        static Attached of(long id, AttachmentKind kind, StoredFileInfo file) {
            return new Attached(id, kind, file.id(), file.filename(), file.contentType(), file.size(), file.sha256(),
                    file.screening().name(), !file.available());
        }
    }

    private static final String ATTACHMENT = "Attachment";

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ValidatorFactory validation;

    @Inject
    Documents documents;

    @Inject
    Event<MailRequested> mail;

    @RolesAllowed("APPLY")
    public Proposal start(String callIdentifier) {
        long organisation = ownOrganisation().getId();
        CallForProposals call = em.createNamedQuery(CallForProposals.BY_IDENTIFIER, CallForProposals.class)
                .setParameter("identifier", callIdentifier == null ? "" : callIdentifier.strip())
                .getResultStream().findFirst().orElse(null);
        if (call == null || call.getStatus() == CallStatus.DRAFT) {
            throw Refusal.notFound("call.unknown");
        }
        if (!call.acceptsSubmissionsAt(clock.instant())) {
            throw Refusal.conflict(null, "proposal.callNotOpen");
        }
        Proposal proposal = new Proposal(call, organisation, directory.caller().getEmail(), clock.instant());
        em.persist(proposal);
        em.flush();
        audit.record("PROPOSAL_STARTED", "Proposal", proposal.getId(), organisation, call.getIdentifier());
        return proposal;
    }

    @RolesAllowed("APPLY")
    public List<Proposal> mine() {
        return em.createNamedQuery(Proposal.OF_ORGANISATION, Proposal.class)
                .setParameter("organisation", ownOrganisation().getId()).getResultList();
    }

    @RolesAllowed("APPLY")
    public Proposal find(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null || proposal.getOrganisationId() != ownOrganisation().getId()) {
            throw Refusal.notFound("proposal.unknown");
        }
        return proposal;
    }

    @RolesAllowed("APPLY")
    public Saved saveSummary(long id, long version, ProposalSummary step, Locale locale) {
        Proposal p = editable(id, version);
        Set<String> rejected = new LinkedHashSet<>();
        List<FieldProblem> problems = validate(step, rejected, locale);
        p.saveSummary(step, rejected, clock.instant());
        return flushed(p, problems);
    }

    @RolesAllowed("APPLY")
    public Saved saveNarrative(long id, long version, ProposalNarrative step, Locale locale) {
        Proposal p = editable(id, version);
        Set<String> rejected = new LinkedHashSet<>();
        List<FieldProblem> problems = validate(step, rejected, locale);
        p.saveNarrative(step, rejected, clock.instant());
        return flushed(p, problems);
    }

    @RolesAllowed("APPLY")
    public Saved saveBudget(long id, long version, BudgetStep step, Locale locale) {
        Proposal p = editable(id, version);
        Set<String> rejected = new LinkedHashSet<>();
        List<FieldProblem> problems = validate(step, rejected, locale);
        ProposalBudget old = p.budget();
        ProposalBudget budget = new ProposalBudget(
                pick(rejected, "personnel", step.personnel(), old.personnel()),
                pick(rejected, "subcontracting", step.subcontracting(), old.subcontracting()),
                pick(rejected, "travel", step.travel(), old.travel()),
                pick(rejected, "equipment", step.equipment(), old.equipment()),
                pick(rejected, "otherCosts", step.otherCosts(), old.otherCosts()),
                pick(rejected, "euContribution", step.euContribution(), old.euContribution()));
        p.saveBudget(budget, step.durationMonths(), rejected, clock.instant());
        return flushed(p, problems);
    }

    @RolesAllowed("APPLY")
    public Saved saveTargets(long id, long version, TargetsStep step, Locale locale) {
        Proposal p = editable(id, version);
        List<FieldProblem> problems = new ArrayList<>();
        List<KpiTarget> kept = new ArrayList<>();
        Set<String> platforms = new LinkedHashSet<>();
        List<KpiTarget> given = step.kpis() == null ? List.of() : step.kpis();
        for (int i = 0; i < given.size(); i++) {
            KpiTarget t = given.get(i);
            if (t == null) {
                continue;
            }
            Set<ConstraintViolation<KpiTarget>> violations = validator(locale).validate(t);
            String prefix = "kpis[" + i + "].";
            violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> problems.add(new FieldProblem(prefix + v.getPropertyPath(), v.getMessage())));
            if (violations.isEmpty()) {
                if (platforms.add(t.getPlatform().strip().toLowerCase(java.util.Locale.ROOT))) {
                    kept.add(t);
                } else {
                    problems.add(new FieldProblem(prefix + "platform", "duplicate platform"));
                }
            }
        }
        boolean impactRejected = step.impactIndicators() != null && step.impactIndicators().length() > 4000;
        if (impactRejected) {
            problems.add(new FieldProblem("impactIndicators", "size must be between 0 and 4000"));
        }
        if (kept.size() > 20) {
            throw Refusal.invalid("kpis", "proposal.tooManyKpis");
        }
        p.saveTargets(kept, step.impactIndicators(), impactRejected, clock.instant());
        return flushed(p, problems);
    }

    @RolesAllowed("APPLY")
    public Eligibility.Result eligibility(long id) {
        Proposal p = find(id);
        return Eligibility.check(p, partners(p), annex(p), clock.instant());
    }

    /** Submits (again): refused after the deadline, when withdrawn, or when a rule fails; each time a new version. */
    @RolesAllowed("APPLY")
    public ProposalSubmission submit(long id) {
        Proposal p = locked(id);
        Instant now = clock.instant();
        if (p.getStatus() == ProposalStatus.WITHDRAWN) {
            throw Refusal.conflict(null, "proposal.withdrawn");
        }
        if (!p.getCall().acceptsSubmissionsAt(now)) {
            throw Refusal.conflict(null, "proposal.deadlinePassed");
        }
        Eligibility.Result result = Eligibility.check(p, partners(p), annex(p), now);
        if (!result.eligible()) {
            Eligibility.Rule first = result.failures().get(0);
            throw Refusal.invalid(first.field(), "proposal.notEligible", result.failures().size());
        }
        int number = p.submit(now);
        Account submitter = directory.caller();
        ProposalSubmission submission = new ProposalSubmission(p, number, now, submitter.getEmail(),
                content(p, partnerRows(p), attachedFiles(p)));
        em.persist(submission);
        em.flush();
        audit.record("PROPOSAL_SUBMITTED", "Proposal", p.getId(), p.getOrganisationId(), "version " + number);
        Locale language = Texts.supported(submitter.getPreferredLocale() == null ? Locale.ENGLISH
                : Locale.forLanguageTag(submitter.getPreferredLocale()));
        mail.fire(new MailRequested(submitter.getEmail(),
                Texts.get(language, "proposal.receipt.mail.subject", p.reference(), number),
                Texts.get(language, "proposal.receipt.mail.body", p.reference(), p.getCall().getIdentifier(), number,
                        submission.getSubmittedAt().toInstant().toString()),
                List.of(new MailRequested.Attachment("receipt-" + p.reference() + "-v" + number + ".pdf",
                        "application/pdf", receipt(p, submission)))));
        return submission;
    }

    @RolesAllowed("APPLY")
    public Proposal withdraw(long id) {
        Proposal p = locked(id);
        if (p.getStatus() == ProposalStatus.WITHDRAWN) {
            throw Refusal.conflict(null, "proposal.withdrawn");
        }
        if (!p.getCall().acceptsSubmissionsAt(clock.instant())) {
            throw Refusal.conflict(null, "proposal.deadlinePassed");
        }
        p.withdraw(clock.instant());
        audit.record("PROPOSAL_WITHDRAWN", "Proposal", p.getId(), p.getOrganisationId(), null);
        return p;
    }

    @RolesAllowed("APPLY")
    public List<ProposalSubmission> submissions(long id) {
        find(id);
        return em.createNamedQuery(ProposalSubmission.OF_PROPOSAL, ProposalSubmission.class)
                .setParameter("proposal", id).getResultList();
    }

    /** The receipt of one submitted version (the latest when {@code number} is null). */
    @RolesAllowed("APPLY")
    public byte[] receipt(long id, Integer number) {
        Proposal p = find(id);
        List<ProposalSubmission> all = submissions(id);
        ProposalSubmission s = all.stream().filter(x -> number == null || x.getNumber() == number)
                .reduce((a, b) -> b).orElseThrow(() -> Refusal.notFound("proposal.noSubmission"));
        return receipt(p, s);
    }

    /** Renders the receipt from what was recorded at submission (the summary rows and the attachments' hashes). */
    private byte[] receipt(Proposal p, ProposalSubmission s) {
        List<String[]> rows = new ArrayList<>();
        List<ReceiptPdf.AttachedFile> files = new ArrayList<>();
        for (String line : s.getContent().split("\n")) {
            int colon = line.indexOf(": ");
            if (line.startsWith(ATTACHMENT + ": ")) {
                String[] f = line.substring(colon + 2).split("\\|");
                files.add(new ReceiptPdf.AttachedFile(f[0], f[1], Long.parseLong(f[2]), f[3]));
            } else {
                rows.add(colon < 0 ? new String[] {"", line}
                        : new String[] {line.substring(0, colon), line.substring(colon + 2)});
            }
        }
        return ReceiptPdf.render(new ReceiptPdf.Receipt(p.getId(), p.getCall().getIdentifier(), p.getCall().getTitle(),
                directory.organisation(p.getOrganisationId()).getLegalName(), s.getNumber(), s.getSubmittedAt(),
                p.getCall().getDeadline(), rows, files));
    }

    private List<ProposalPartner> partnerRows(Proposal p) {
        return em.createNamedQuery(ProposalPartner.OF_PROPOSAL, ProposalPartner.class).setParameter("proposal", p.getId())
                .getResultList();
    }

    private Eligibility.Partners partners(Proposal p) {
        List<ProposalPartner> rows = partnerRows(p);
        int confirmed = (int) rows.stream().filter(r -> r.getStatus() == PartnerStatus.CONFIRMED).count();
        BigDecimal planned = rows.stream().filter(ProposalPartner::counts).map(ProposalPartner::getBudgetShare)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Eligibility.Partners(confirmed, planned);
    }

    /** The proposal's attachments with what the documents component knows of each file, in display order. */
    private List<Attached> attachedFiles(Proposal p) {
        List<ProposalAttachment> rows = em.createNamedQuery(ProposalAttachment.OF_PROPOSAL, ProposalAttachment.class)
                .setParameter("proposal", p.getId()).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, StoredFileInfo> files = new java.util.HashMap<>();
        documents.infos(rows.stream().map(ProposalAttachment::getFileId).toList()).forEach(f -> files.put(f.id(), f));
        return rows.stream().filter(r -> files.containsKey(r.getFileId()))
                .map(r -> Attached.of(r.getId(), r.getKind(), files.get(r.getFileId()))).toList();
    }

    private Eligibility.Annex annex(Proposal p) {
        List<Attached> annexes = attachedFiles(p).stream().filter(a -> a.kind() == AttachmentKind.ANNEX).toList();
        return new Eligibility.Annex(!annexes.isEmpty(), annexes.stream().anyMatch(a -> !a.withheld()));
    }

    /** The partners of a call's proposals (any status), per proposal id in invitation order, for programme officers. */
    @RolesAllowed("MANAGE_PROGRAMME")
    public java.util.Map<Long, List<ProposalPartner>> partnersOfCall(long callId) {
        // the proposals come in the same query (the eager many-to-one would otherwise load them one by one)
        return em.createQuery("SELECT pp FROM ProposalPartner pp JOIN FETCH pp.proposal p"
                + " WHERE p.call.id = :call ORDER BY pp.id", ProposalPartner.class)
                .setParameter("call", callId).getResultStream().collect(java.util.stream.Collectors.groupingBy(pp -> pp.getProposal().getId()));
    }

    /** A call's proposals, for programme officers (drafts included, so they see the interest). */
    @RolesAllowed("MANAGE_PROGRAMME")
    public List<Proposal> ofCall(long callId) {
        return em.createNamedQuery(Proposal.OF_CALL, Proposal.class).setParameter("call", callId).getResultList();
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public String organisationName(long organisationId) {
        return directory.organisation(organisationId).getLegalName();
    }

    private Organisation ownOrganisation() {
        return directory.callerOrganisation().orElseThrow(() -> Refusal.notFound("proposal.unknown"));
    }

    private Proposal editable(long id, long version) {
        Proposal p = find(id);
        if (p.getVersion() != version) {
            throw Refusal.conflict(null, "proposal.changedMeanwhile");
        }
        if (!p.editableAt(clock.instant())) {
            throw Refusal.conflict(null, p.getStatus() == ProposalStatus.WITHDRAWN ? "proposal.withdrawn"
                    : "proposal.deadlinePassed");
        }
        return p;
    }

    /** The caller's proposal, row-locked for a change of its partners or attachments; refused once read-only. */
    @RolesAllowed("APPLY")
    public Proposal changeable(long id) {
        Proposal p = locked(id);
        if (!p.editableAt(clock.instant())) {
            throw Refusal.conflict(null, p.getStatus() == ProposalStatus.WITHDRAWN ? "proposal.withdrawn"
                    : "proposal.deadlinePassed");
        }
        return p;
    }

    /** Step 6: the proposal's attachments with their stored files (name, size, hashes, screening state). */
    @RolesAllowed("APPLY")
    public List<Attached> attachments(long id) {
        return attachedFiles(find(id));
    }

    /** The attachments of a proposal whose visibility the caller (Partnerships, for a partner) has checked. */
    @RolesAllowed("APPLY")
    public List<Attached> attachments(Proposal visible) {
        return attachedFiles(visible);
    }

    private Proposal locked(long id) {
        Proposal p = find(id);
        em.lock(p, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(p);
        return p;
    }

    private Saved flushed(Proposal p, List<FieldProblem> problems) {
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw Refusal.conflict(null, "proposal.changedMeanwhile");
        }
        return new Saved(p, List.copyOf(problems));
    }

    /** A validator whose messages speak the caller's language (EN, FR or DE). */
    private Validator validator(Locale locale) {
        MessageInterpolator standard = validation.getMessageInterpolator();
        Locale language = locale == null ? Locale.ENGLISH : locale;
        return validation.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, language);
            }

            @Override
            public String interpolate(String template, Context context, Locale wanted) {
                return standard.interpolate(template, context, wanted);
            }
        }).getValidator();
    }

    private <T> List<FieldProblem> validate(T step, Set<String> rejected, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        validator(locale).validate(step).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    rejected.add(field);
                    problems.add(new FieldProblem(field, v.getMessage()));
                });
        return problems;
    }

    private static BigDecimal pick(Set<String> rejected, String field, BigDecimal given, BigDecimal old) {
        return rejected.contains(field) ? old : given;
    }

    private static String content(Proposal p, List<ProposalPartner> partners, List<Attached> attachments) {
        ProposalSummary s = p.summary();
        ProposalNarrative n = p.narrative();
        ProposalBudget b = p.budget();
        StringBuilder c = new StringBuilder();
        Function<Object, String> v = o -> o == null ? "-" : o.toString().replace('\n', ' ');
        line(c, "Title", v.apply(s.title()));
        line(c, "Acronym", v.apply(s.acronym()));
        line(c, "Abstract", v.apply(s.abstractText()));
        line(c, "Languages", v.apply(s.languages()));
        line(c, "Target countries", v.apply(s.targetCountries()));
        line(c, "Goal", v.apply(n.goal()));
        line(c, "Audience", v.apply(n.audience()));
        line(c, "Grievances / pull factors", v.apply(n.grievances()));
        line(c, "Message", v.apply(n.message()));
        line(c, "Messenger", v.apply(n.messenger()));
        line(c, "Media", v.apply(n.media()));
        line(c, "Action", v.apply(n.action()));
        line(c, "Personnel", "EUR " + b.personnel().toPlainString());
        line(c, "Subcontracting", "EUR " + b.subcontracting().toPlainString());
        line(c, "Travel", "EUR " + b.travel().toPlainString());
        line(c, "Equipment", "EUR " + b.equipment().toPlainString());
        line(c, "Other goods and services", "EUR " + b.otherCosts().toPlainString());
        line(c, "Indirect costs (7 %)", "EUR " + b.indirectCosts().toPlainString());
        line(c, "Total costs", "EUR " + b.totalCosts().toPlainString());
        line(c, "Requested EU contribution", "EUR " + b.euContribution().toPlainString());
        line(c, "Co-financing rate", b.cofinancingRate().toPlainString() + " %");
        line(c, "Duration", p.getDurationMonths() + " months");
        for (KpiTarget t : p.getKpis()) {
            line(c, "KPI " + t.getPlatform(), "impressions " + t.getImpressions() + ", unique reach " + t.getUniqueReach()
                    + ", engagements " + t.getEngagements() + ", video views " + t.getVideoViews()
                    + ", click-throughs " + t.getClickThroughs());
        }
        line(c, "Impact indicators", v.apply(p.getImpactIndicators()));
        for (ProposalPartner partner : partners) {
            line(c, "Partner", partner.getOrganisationName() + " - " + v.apply(partner.getRole()) + ", EUR "
                    + partner.getBudgetShare().toPlainString() + " (" + partner.getStatus().name().toLowerCase(Locale.ROOT) + ")");
        }
        for (Attached a : attachments) {
            line(c, ATTACHMENT, (a.kind() == AttachmentKind.ANNEX ? "Narrative annex" : "Partner letter") + "|"
                    + a.filename().replace('|', '/').replace('\n', ' ') + "|" + a.size() + "|" + a.sha256());
        }
        return c.toString();
    }

    private static void line(StringBuilder c, String label, String value) {
        c.append(label).append(": ").append(value).append('\n');
    }
}
