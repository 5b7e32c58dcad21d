package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.BudgetStep;
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
    java.time.Clock clock;

    private Long id;
    private long version;
    private Proposal proposal;
    private int step;

    private String title, acronym, abstractText, languages, targetCountries;
    private String goal, audience, grievances, message, messenger, media, action;
    private BigDecimal personnel, subcontracting, travel, equipment, otherCosts, euContribution;
    private Integer durationMonths;
    private List<KpiTarget> kpis = new ArrayList<>();
    private String impactIndicators;

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
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
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
        try {
            ProposalSubmission s = proposals.submit(id);
            fill(proposals.find(id));
            Messages.info("proposal.submitted", s.getNumber());
        } catch (RuntimeException e) {
            if (!Messages.show("proposal", e)) {
                throw e;
            }
        }
    }

    public void withdraw() {
        try {
            fill(proposals.withdraw(id));
            Messages.info("proposal.withdrawnNow");
        } catch (RuntimeException e) {
            if (!Messages.show("proposal", e)) {
                throw e;
            }
        }
    }

    /** Drops the page's copy and reads the latest version (after a conflict). */
    public void reload() {
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
        }
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
}
