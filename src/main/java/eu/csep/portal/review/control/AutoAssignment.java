package eu.csep.portal.review.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every proposal its reviews: never a blocked reviewer (declared conflict or uncleared hint), never above a
 * reviewer's maximum load, preferring expertise (tags found in the proposal's text) and language matches and, between
 * equals, the less loaded reviewer. Hardest proposals (fewest eligible reviewers) go first. Whatever cannot be met
 * is listed, never silently skipped.
 */
public final class AutoAssignment {

    public record Reviewer(long id, Set<String> expertise, Set<String> languages, int maxLoad, int load) {
    }

    /** {@code text}: lower-case words the expertise tags are looked for in; {@code taken}: reviewers already on it. */
    public record Proposal(long id, String text, Set<String> languages, Set<Long> taken, Set<Long> blocked) {
    }

    public record Pair(long proposalId, long reviewerId) {
    }

    public record Unmet(long proposalId, int missing, String reason) {
    }

    public record Plan(List<Pair> pairs, List<Unmet> unmet) {
    }

    private AutoAssignment() {
    }

    public static Plan plan(List<Proposal> proposals, List<Reviewer> reviewers, int reviewsPerProposal) {
        Map<Long, Integer> load = new HashMap<>();
        reviewers.forEach(r -> load.put(r.id(), r.load()));
        Map<Long, int[]> match = new HashMap<>();
        for (Proposal p : proposals) {
            int[] points = new int[reviewers.size()];
            for (int i = 0; i < reviewers.size(); i++) {
                points[i] = points(reviewers.get(i), p);
            }
            match.put(p.id(), points);
        }
        List<Proposal> order = new ArrayList<>(proposals);
        order.sort(Comparator.comparingLong((Proposal p) -> reviewers.stream().filter(r -> eligible(r, p)).count())
                .thenComparingLong(Proposal::id));
        List<Pair> pairs = new ArrayList<>();
        List<Unmet> unmet = new ArrayList<>();
        for (Proposal p : order) {
            java.util.HashSet<Long> on = new java.util.HashSet<>(p.taken());
            int missing = reviewsPerProposal - on.size();
            int[] points = match.get(p.id());
            while (missing > 0) {
                int best = -1;
                double bestScore = -Double.MAX_VALUE;
                for (int i = 0; i < reviewers.size(); i++) {
                    Reviewer r = reviewers.get(i);
                    int l = load.get(r.id());
                    if (on.contains(r.id()) || p.blocked().contains(r.id()) || l >= r.maxLoad()) {
                        continue;
                    }
                    double score = points[i] - l;
                    if (score > bestScore) {
                        bestScore = score;
                        best = i;
                    }
                }
                if (best < 0) {
                    break;
                }
                Reviewer chosen = reviewers.get(best);
                on.add(chosen.id());
                load.merge(chosen.id(), 1, Integer::sum);
                pairs.add(new Pair(p.id(), chosen.id()));
                missing--;
            }
            if (missing > 0) {
                long blocked = reviewers.stream().filter(r -> p.blocked().contains(r.id())).count();
                long full = reviewers.stream().filter(r -> !p.blocked().contains(r.id()) && !on.contains(r.id())
                        && load.get(r.id()) >= r.maxLoad()).count();
                unmet.add(new Unmet(p.id(), missing, String.format(Locale.ROOT,
                        "%d review(s) missing: %d reviewer(s) conflicted or hinted, %d at their maximum load",
                        missing, blocked, full)));
            }
        }
        return new Plan(List.copyOf(pairs), List.copyOf(unmet));
    }

    private static boolean eligible(Reviewer r, Proposal p) {
        return !p.blocked().contains(r.id()) && !p.taken().contains(r.id());
    }

    /** Two points per expertise tag found in the proposal, two for a shared language (once). */
    static int points(Reviewer r, Proposal p) {
        int points = 0;
        for (String tag : r.expertise()) {
            if (!tag.isEmpty() && p.text().contains(tag)) {
                points += 2;
            }
        }
        for (String language : r.languages()) {
            if (p.languages().contains(language)) {
                points += 2;
                break;
            }
        }
        return points;
    }
}
