package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.BudgetStep;
import eu.csep.portal.calls.boundary.PartnerInvitation;
import eu.csep.portal.calls.boundary.Partnerships;
import eu.csep.portal.calls.boundary.ProposalAttachments;
import eu.csep.portal.calls.entity.AttachmentKind;
import eu.csep.portal.calls.entity.ProposalPartner;
import org.primefaces.model.file.UploadedFile;
import eu.csep.portal.calls.boundary.Proposals;
import eu.csep.portal.calls.boundary.TargetsStep;
import eu.csep.portal.calls.control.Eligibility;
import eu.csep.portal.calls.entity.KpiTarget;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalBudget;
import eu.csep.portal.calls.entity.ProposalNarrative;
import eu.csep.portal.calls.entity.ProposalSubmission;
import eu.csep.portal.calls.entity.ProposalSummary;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Texts;
import eu.csep.portal.shared.view.Messages;
import eu.csep.portal.shared.view.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs /applicant/proposal.xhtml: the proposal wizard (summary, narrative, budget, KPI targets, review and
 * submit). Each step is saved with the version the page was loaded at; a conflict says to reload. Another
 * organisation's proposal answers 404.
 */
@Named
@ViewScoped
public class ProposalPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Proposals proposals;

    @Inject
    Partnerships partnerships;

    @Inject
    ProposalAttachments attachments;

    @Inject
    java.time.Clock clock;

    /** The wizard's steps in the order shown; the step parameter keeps its first meaning (0-4) for old links. */
    private static final List<Integer> STEP_ORDER = List.of(0, 1, 5, 2, 3, 6, 4);

    private Long id;
    private long version;
    private Proposal proposal;
    /** The stored version after a save was refused as a conflict (for the comparison), else null. */
    private Proposal latest;
    private int step;

    private String title, acronym, abstractText, languages, targetCountries;
    private String goal, audience, grievances, message, messenger, media, action;
    private BigDecimal personnel, subcontracting, travel, equipment, otherCosts, euContribution;
    private Integer durationMonths;
    private List<KpiTarget> kpis = new ArrayList<>();
    private String impactIndicators;
    private String partnerEmail, partnerRole;
    private BigDecimal partnerShare;
    private List<ProposalPartner> partners = List.of();
    private List<Proposals.Attached> attached = List.of();
    private transient UploadedFile annexFile;
    private transient UploadedFile letterFile;

    /** View action: a missing id, or another organisation's proposal, answers 404. */
    public void load() throws IOException {
        if (proposal != null) {
            return;
        }
        try {
            if (id == null) {
                throw Refusal.notFound("proposal.unknown");
            }
            fill(proposals.find(id));
        } catch (RuntimeException e) {
            Pages.notFound();
        }
    }

    private void fill(Proposal p) {
        proposal = p;
        version = p.getVersion();
        ProposalSummary s = p.summary();
        title = s.title();
        acronym = s.acronym();
        abstractText = s.abstractText();
        languages = s.languages();
        targetCountries = s.targetCountries();
        ProposalNarrative n = p.narrative();
        goal = n.goal();
        audience = n.audience();
        grievances = n.grievances();
        message = n.message();
        messenger = n.messenger();
        media = n.media();
        action = n.action();
        ProposalBudget b = p.budget();
        personnel = b.personnel();
        subcontracting = b.subcontracting();
        travel = b.travel();
        equipment = b.equipment();
        otherCosts = b.otherCosts();
        euContribution = b.euContribution();
        durationMonths = p.getDurationMonths();
        kpis = new ArrayList<>(p.getKpis());
        impactIndicators = p.getImpactIndicators();
        partners = partnerships.of(p.getId());
        attached = proposals.attachments(p.getId());
    }

    /** Step 3: invites the organisation of the given member; the form is cleared when it worked. */
    public void invitePartner() {
        Messages.attempt("proposal", () -> {
            ProposalPartner invited = partnerships.invite(id, new PartnerInvitation(partnerEmail, partnerRole,
                    partnerShare), locale());
            partners = partnerships.of(id);
            partnerEmail = null;
            partnerRole = null;
            partnerShare = null;
            Messages.info("proposal.partner.invited", invited.getOrganisationName());
        });
    }

    public void removePartner(ProposalPartner partner) {
        Messages.attempt("proposal", () -> {
            partnerships.remove(id, partner.getId());
            partners = partnerships.of(id);
            Messages.info("proposal.partner.removed", partner.getOrganisationName());
        });
    }

    /** Step 6: uploads the chosen narrative annex (replacing the one before) and/or partner letter. */
    public void upload() {
        try {
            Messages.attempt("attachments", () -> {
                if ((annexFile == null || annexFile.getSize() == 0)
                        && (letterFile == null || letterFile.getSize() == 0)) {
                    throw Refusal.invalid("file", "documents.empty");
                }
                if (annexFile != null && annexFile.getSize() > 0) {
                    attachments.attach(id, AttachmentKind.ANNEX, annexFile.getFileName(), annexFile.getContent());
                }
                if (letterFile != null && letterFile.getSize() > 0) {
                    attachments.attach(id, AttachmentKind.PARTNER_LETTER, letterFile.getFileName(),
                            letterFile.getContent());
                }
                attached = proposals.attachments(id);
                Messages.info("proposal.attachment.added");
            });
        } finally {
            annexFile = null;
            letterFile = null;
        }
    }

    public void removeAttachment(Proposals.Attached attachment) {
        Messages.attempt("attachments", () -> {
            attachments.remove(id, attachment.id());
            attached = proposals.attachments(id);
            Messages.info("proposal.attachment.removed", attachment.filename());
        });
    }

    /** Position of the current step in the wizard's menu. */
    public int getStepIndex() {
        return Math.max(0, STEP_ORDER.indexOf(step));
    }

    public BigDecimal getPlannedShares() {
        return partners.stream().filter(ProposalPartner::counts).map(ProposalPartner::getBudgetShare)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void saveSummary() {
        save(() -> proposals.saveSummary(id, version, new ProposalSummary(title, acronym, abstractText, languages,
                targetCountries), locale()));
    }

    public void saveNarrative() {
        save(() -> proposals.saveNarrative(id, version, new ProposalNarrative(goal, audience, grievances, message,
                messenger, media, action), locale()));
    }

    public void saveBudget() {
        save(() -> proposals.saveBudget(id, version, new BudgetStep(personnel, subcontracting, travel, equipment,
                otherCosts, euContribution, durationMonths), locale()));
    }

    public void saveTargets() {
        save(() -> proposals.saveTargets(id, version, new TargetsStep(kpis, impactIndicators), locale()));
    }

    public void addKpi() {
        kpis.add(new KpiTarget("", 0, 0, 0, 0, 0));
    }

    public void removeKpi(KpiTarget target) {
        kpis.remove(target);
    }

    public void submit() {
        Messages.attempt("proposal", () -> {
            ProposalSubmission s = proposals.submit(id);
            fill(proposals.find(id));
            Messages.info("proposal.submitted", s.getNumber());
        });
    }

    public void withdraw() {
        Messages.attempt("proposal", () -> {
            fill(proposals.withdraw(id));
            Messages.info("proposal.withdrawnNow");
        });
    }

    /** Drops the page's copy and reads the latest version (after a conflict). */
    public void reload() {
        latest = null;
        fill(proposals.find(id));
        Messages.info("proposal.reloaded");
    }

    private void save(java.util.function.Supplier<Proposals.Saved> saving) {
        try {
            Proposals.Saved saved = saving.get();
            Proposal p = saved.proposal();
            proposal = p;
            version = p.getVersion();
            if (saved.problems().isEmpty()) {
                Messages.info("proposal.saved");
            } else {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Texts.get(faces.getViewRoot().getLocale(), "proposal.savedWithProblems"), null));
                saved.problems().forEach(problem -> faces.addMessage(null, new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, problem.field() + ": " + problem.message(), null)));
            }
        } catch (RuntimeException e) {
            if (!Messages.show("proposal", e)) {
                throw e;
            }
            if (changedMeanwhile(e)) {
                // keep what was typed on the page and show it next to the stored version
                latest = proposals.find(id);
            }
        }
    }

    private static boolean changedMeanwhile(Throwable t) {
        while (t instanceof jakarta.ejb.EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof Refusal r && "proposal.changedMeanwhile".equals(r.messageKey());
    }

    /** One field that differs between the page (yours) and the stored proposal (theirs), after a conflict. */
    public record Difference(String labelKey, String yours, String theirs) implements Serializable {
    }

    /** After a conflict: the fields whose stored value differs from what is on the page. */
    public List<Difference> getDifferences() {
        List<Difference> list = new ArrayList<>();
        if (latest == null) {
            return list;
        }
        ProposalSummary s = latest.summary();
        ProposalNarrative n = latest.narrative();
        ProposalBudget b = latest.budget();
        differ(list, "proposal.title", title, s.title());
        differ(list, "proposal.acronym", acronym, s.acronym());
        differ(list, "proposal.abstract", abstractText, s.abstractText());
        differ(list, "proposal.languages", languages, s.languages());
        differ(list, "proposal.targetCountries", targetCountries, s.targetCountries());
        differ(list, "proposal.goal", goal, n.goal());
        differ(list, "proposal.audience", audience, n.audience());
        differ(list, "proposal.grievances", grievances, n.grievances());
        differ(list, "proposal.message", message, n.message());
        differ(list, "proposal.messenger", messenger, n.messenger());
        differ(list, "proposal.media", media, n.media());
        differ(list, "proposal.action", action, n.action());
        differ(list, "proposal.personnel", personnel, b.personnel());
        differ(list, "proposal.subcontracting", subcontracting, b.subcontracting());
        differ(list, "proposal.travel", travel, b.travel());
        differ(list, "proposal.equipment", equipment, b.equipment());
        differ(list, "proposal.otherCosts", otherCosts, b.otherCosts());
        differ(list, "proposal.euContribution", euContribution, b.euContribution());
        differ(list, "proposal.durationMonths", durationMonths, latest.getDurationMonths());
        differ(list, "proposal.impactIndicators", impactIndicators, latest.getImpactIndicators());
        return list;
    }

    private static void differ(List<Difference> list, String key, Object yours, Object theirs) {
        String a = text(yours);
        String b = text(theirs);
        if (!a.equals(b)) {
            list.add(new Difference(key, a, b));
        }
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString().strip();
    }

    /** After a conflict: keep the page's values and save them over the latest version with the next save. */
    public void keepMine() {
        if (latest != null) {
            version = latest.getVersion();
            proposal = latest;
            latest = null;
            Messages.info("proposal.keptMine");
        }
    }

    public boolean isConflicted() {
        return latest != null;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Eligibility.Rule> getRules() {
        return proposals.eligibility(id).rules();
    }

    public String ruleText(Eligibility.Rule rule) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Texts.get(faces.getViewRoot().getLocale(), rule.messageKey(), rule.arguments().toArray());
    }

    public List<ProposalSubmission> getSubmissions() {
        return proposals.submissions(id);
    }

    public ProposalBudget getComputed() {
        return new ProposalBudget(nz(personnel), nz(subcontracting), nz(travel), nz(equipment), nz(otherCosts),
                euContribution == null ? null : euContribution.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null || value.signum() < 0 ? BigDecimal.ZERO
                : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public boolean isEditable() {
        return proposal != null && proposal.editableAt(clock.instant());
    }

    public Proposal getProposal() { return proposal; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getVersion() { return version; }
    public int getStep() { return step; }
    public void setStep(int step) { this.step = step; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getAcronym() { return acronym; }
    public void setAcronym(String v) { acronym = v; }
    public String getAbstractText() { return abstractText; }
    public void setAbstractText(String v) { abstractText = v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = v; }
    public String getTargetCountries() { return targetCountries; }
    public void setTargetCountries(String v) { targetCountries = v; }
    public String getGoal() { return goal; }
    public void setGoal(String v) { goal = v; }
    public String getAudience() { return audience; }
    public void setAudience(String v) { audience = v; }
    public String getGrievances() { return grievances; }
    public void setGrievances(String v) { grievances = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { message = v; }
    public String getMessenger() { return messenger; }
    public void setMessenger(String v) { messenger = v; }
    public String getMedia() { return media; }
    public void setMedia(String v) { media = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public BigDecimal getPersonnel() { return personnel; }
    public void setPersonnel(BigDecimal v) { personnel = v; }
    public BigDecimal getSubcontracting() { return subcontracting; }
    public void setSubcontracting(BigDecimal v) { subcontracting = v; }
    public BigDecimal getTravel() { return travel; }
    public void setTravel(BigDecimal v) { travel = v; }
    public BigDecimal getEquipment() { return equipment; }
    public void setEquipment(BigDecimal v) { equipment = v; }
    public BigDecimal getOtherCosts() { return otherCosts; }
    public void setOtherCosts(BigDecimal v) { otherCosts = v; }
    public BigDecimal getEuContribution() { return euContribution; }
    public void setEuContribution(BigDecimal v) { euContribution = v; }
    public Integer getDurationMonths() { return durationMonths; }
    public void setDurationMonths(Integer v) { durationMonths = v; }
    public List<KpiTarget> getKpis() { return kpis; }
    public String getImpactIndicators() { return impactIndicators; }
    public void setImpactIndicators(String v) { impactIndicators = v; }
    public String getPartnerEmail() { return partnerEmail; }
    public void setPartnerEmail(String v) { partnerEmail = v; }
    public String getPartnerRole() { return partnerRole; }
    public void setPartnerRole(String v) { partnerRole = v; }
    public BigDecimal getPartnerShare() { return partnerShare; }
    public void setPartnerShare(BigDecimal v) { partnerShare = v; }
    public List<ProposalPartner> getPartners() { return partners; }
    public List<Proposals.Attached> getAttached() { return attached; }
    public UploadedFile getAnnexFile() { return annexFile; }
    public void setAnnexFile(UploadedFile v) { annexFile = v; }
    public UploadedFile getLetterFile() { return letterFile; }
    public void setLetterFile(UploadedFile v) { letterFile = v; }
}
