package eu.csep.portal.calls.control;

import eu.csep.portal.calls.entity.CallForProposals;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalBudget;
import eu.csep.portal.calls.entity.ProposalNarrative;
import eu.csep.portal.calls.entity.ProposalSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The eligibility check before submission: every rule is evaluated and every failure listed at once, each with
 * the message key that explains it (messages bundle) and its arguments. Rules whose step is not built yet
 * (partners, attachments) report NOT_AVAILABLE and do not block.
 */
public final class Eligibility {

    public enum Outcome { PASSED, FAILED, NOT_AVAILABLE }

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

    private Eligibility() {
    }

    public static Result check(Proposal p, Instant now) {
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

        rules.add(new Rule("partners", Outcome.NOT_AVAILABLE, null, "proposal.rule.partnersNotYet",
                List.of(call.getMinPartners())));
        rules.add(new Rule("attachments", Outcome.NOT_AVAILABLE, null, "proposal.rule.attachmentsNotYet", List.of()));
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
