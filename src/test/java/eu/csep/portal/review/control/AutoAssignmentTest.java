package eu.csep.portal.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutoAssignmentTest {

    private static AutoAssignment.Reviewer reviewer(long id, int maxLoad, String... expertise) {
        return new AutoAssignment.Reviewer(id, Set.of(expertise), Set.of("en"), maxLoad, 0);
    }

    private static AutoAssignment.Proposal proposal(long id, String text, Long... blocked) {
        return new AutoAssignment.Proposal(id, text, Set.of("en"), Set.of(), Set.of(blocked));
    }

    @Test
    void everyProposalGetsItsReviewsWithoutConflictedReviewersAndWithinTheLoad() {
        List<AutoAssignment.Reviewer> reviewers = new ArrayList<>();
        for (long r = 1; r <= 6; r++) {
            reviewers.add(reviewer(r, 3));
        }
        List<AutoAssignment.Proposal> proposals = new ArrayList<>();
        for (long p = 1; p <= 6; p++) {
            proposals.add(proposal(p, "campaign", p)); // reviewer p is conflicted on proposal p
        }
        AutoAssignment.Plan plan = AutoAssignment.plan(proposals, reviewers, 3);
        assertTrue(plan.unmet().isEmpty(), plan.unmet().toString());
        assertEquals(18, plan.pairs().size());
        assertFalse(plan.pairs().stream().anyMatch(x -> x.proposalId() == x.reviewerId()), "no conflicted reviewer");
        Map<Long, Integer> load = new HashMap<>();
        plan.pairs().forEach(x -> load.merge(x.reviewerId(), 1, Integer::sum));
        assertTrue(load.values().stream().allMatch(l -> l == 3), "balanced, within the maximum: " + load);
        assertEquals(18, plan.pairs().stream().distinct().count(), "no reviewer twice on a proposal");
    }

    @Test
    void expertiseAndLanguageArePreferred() {
        List<AutoAssignment.Reviewer> reviewers = List.of(reviewer(1, 5, "tiktok"), reviewer(2, 5, "radio"),
                new AutoAssignment.Reviewer(3, Set.of("tiktok"), Set.of("de"), 5, 0));
        AutoAssignment.Plan plan = AutoAssignment.plan(List.of(proposal(10, "short videos on tiktok")), reviewers, 1);
        assertEquals(List.of(new AutoAssignment.Pair(10, 1)), plan.pairs(), "expertise and language both match");
    }

    @Test
    void whatCannotBeMetIsListedInsteadOfSilentlyAssigningFewer() {
        List<AutoAssignment.Reviewer> reviewers = List.of(reviewer(1, 1), reviewer(2, 5), reviewer(3, 5));
        AutoAssignment.Plan plan = AutoAssignment.plan(List.of(proposal(1, "x", 3L), proposal(2, "y", 3L)), reviewers, 3);
        assertEquals(2, plan.unmet().size());
        assertTrue(plan.unmet().get(0).reason().contains("1 reviewer(s) conflicted or hinted"), plan.unmet().toString());
        assertTrue(plan.unmet().stream().anyMatch(u -> u.reason().contains("1 at their maximum load")), plan.unmet().toString());
        assertEquals(3, plan.pairs().size());
    }

    @Test
    void fiveHundredProposalsAndTwoHundredReviewersAreAllServed() {
        List<AutoAssignment.Reviewer> reviewers = new ArrayList<>();
        for (long r = 0; r < 200; r++) {
            reviewers.add(new AutoAssignment.Reviewer(r, Set.of("tag" + r % 20), Set.of(r % 2 == 0 ? "en" : "fr"), 10, 0));
        }
        List<AutoAssignment.Proposal> proposals = new ArrayList<>();
        for (long p = 0; p < 500; p++) {
            proposals.add(new AutoAssignment.Proposal(p, "about tag" + p % 20, Set.of("en"), Set.of(), Set.of(p % 200)));
        }
        AutoAssignment.Plan plan = AutoAssignment.plan(proposals, reviewers, 3);
        assertTrue(plan.unmet().isEmpty());
        assertEquals(1500, plan.pairs().size());
    }
}
