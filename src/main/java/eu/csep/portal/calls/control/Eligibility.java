package eu.csep.portal.calls.control;

import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalBudget;
import eu.csep.portal.calls.entity.ProposalNarrative;
import eu.csep.portal.calls.entity.ProposalSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The eligibility check before submission: every rule is evaluated and every failure listed at once, each with
 * the message key that explains it (messages bundle) and its arguments. Partners and attachments are kept
 * outside the proposal entity, so the caller states what it found ({@link Partners}, {@link Annex}).
 */
public final class Eligibility {

    public enum Outcome { PASSED, FAILED }

    /** One rule's result: the rule, the field concerned, the message key and its arguments. */
    public record Rule(String rule, Outcome outcome, String field, String messageKey, List<Object> arguments) {
        public boolean failed() {
            return outcome == Outcome.FAILED;
        }
    }

    /** All rules' results, in a fixed order. */
    public record Result(List<Rule> rules) {
        public boolean eligible() {
            return rules.stream().noneMatch(Rule::failed);
        }

        public List<Rule> failures() {
            return rules.stream().filter(Rule::failed).toList();
        }
    }

    /** Step 3 as the rules need it: confirmed partner organisations and the sum of the invited/confirmed shares. */
    public record Partners(int confirmed, BigDecimal plannedShares) {
        public static final Partners NONE = new Partners(0, BigDecimal.ZERO);
    }

    /** Step 6 as the rules need it: whether a narrative annex is attached and, if so, available (not withheld). */
    public record Annex(boolean attached, boolean available) {
        public static final Annex NONE = new Annex(false, false);
    }

    private Eligibility() {
    }

    public static Result check(Proposal p, Partners partners, Annex annex, Instant now) {
        CallForProposals call = p.getCall();
        List<Rule> rules = new ArrayList<>();
        ProposalSummary s = p.summary();
        ProposalNarrative n = p.narrative();
        ProposalBudget b = p.budget();

        List<String> missing = new ArrayList<>();
        present(missing, "title", s.title());
        present(missing, "acronym", s.acronym());
        present(missing, "abstractText", s.abstractText());
        present(missing, "languages", s.languages());
        present(missing, "targetCountries", s.targetCountries());
        present(missing, "goal", n.goal());
        present(missing, "audience", n.audience());
        present(missing, "message", n.message());
        present(missing, "messenger", n.messenger());
        present(missing, "media", n.media());
        present(missing, "action", n.action());
        if (b.directCosts().signum() == 0) {
            missing.add("costs");
        }
        if (b.euContribution() == null) {
            missing.add("euContribution");
        }
        if (p.getDurationMonths() == null) {
            missing.add("durationMonths");
        }
        if (p.getKpis().isEmpty()) {
            missing.add("kpis");
        }
        rules.add(missing.isEmpty() ? passed("mandatory")
                : failed("mandatory", missing.get(0), "proposal.rule.mandatory", String.join(", ", missing)));

        if (b.euContribution() == null) {
            rules.add(failed("amount", "euContribution", "proposal.rule.amountMissing"));
        } else if (b.euContribution().compareTo(call.getMinGrant()) < 0
                || b.euContribution().compareTo(call.getMaxGrant()) > 0) {
            rules.add(failed("amount", "euContribution", "proposal.rule.amount", call.getMinGrant().toPlainString(),
                    call.getMaxGrant().toPlainString()));
        } else {
            rules.add(passed("amount"));
        }

        if (b.euContribution() == null || b.totalCosts().signum() == 0) {
            rules.add(failed("cofinancing", "euContribution", "proposal.rule.cofinancingUnknown"));
        } else if (!b.contributionWithinTotal() || !b.cofinancingWithin(call.getMaxCofinancingRate())) {
            rules.add(failed("cofinancing", "euContribution", "proposal.rule.cofinancing",
                    b.cofinancingRate().toPlainString(), call.getMaxCofinancingRate().toPlainString()));
        } else {
            rules.add(passed("cofinancing"));
        }

        Integer duration = p.getDurationMonths();
        if (duration == null) {
            rules.add(failed("duration", "durationMonths", "proposal.rule.durationMissing"));
        } else if (duration > call.getMaxDurationMonths()) {
            rules.add(failed("duration", "durationMonths", "proposal.rule.duration", duration, call.getMaxDurationMonths()));
        } else {
            rules.add(passed("duration"));
        }

        rules.add(call.acceptsSubmissionsAt(now) ? passed("deadline")
                : failed("deadline", null, "proposal.rule.deadline"));

        rules.add(partners.confirmed() >= call.getMinPartners() ? passed("partners")
                : failed("partners", "partners", "proposal.rule.partners", call.getMinPartners(), partners.confirmed()));
        if (partners.plannedShares().compareTo(b.totalCosts()) > 0) {
            rules.add(failed("shares", "partners", "proposal.rule.shares", partners.plannedShares().toPlainString(),
                    b.totalCosts().toPlainString()));
        } else {
            rules.add(passed("shares"));
        }
        if (!annex.attached()) {
            rules.add(failed("attachments", "attachments", "proposal.rule.annexMissing"));
        } else if (!annex.available()) {
            rules.add(failed("attachments", "attachments", "proposal.rule.annexWithheld"));
        } else {
            rules.add(passed("attachments"));
        }
        return new Result(List.copyOf(rules));
    }

    private static void present(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }

    private static Rule passed(String rule) {
        return new Rule(rule, Outcome.PASSED, null, "proposal.rule.passed." + rule, List.of());
    }

    private static Rule failed(String rule, String field, String key, Object... arguments) {
        return new Rule(rule, Outcome.FAILED, field, key, List.of(arguments));
    }
}
