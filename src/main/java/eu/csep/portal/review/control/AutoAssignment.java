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
 * equals, the less loaded reviewer. Hardest proposals (fewest eligible reviewers) go first; a proposal left short
 * is repaired by moving a full reviewer over from a proposal another reviewer can take. Whatever cannot be met is
 * listed, never silently skipped.
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
        Map<Long, List<Long>> reviewing = new HashMap<>();
        reviewers.forEach(r -> {
            load.put(r.id(), r.load());
            reviewing.put(r.id(), new ArrayList<>());
        });
        Map<Long, Proposal> proposalsById = new HashMap<>();
        Map<Long, Set<Long>> on = new HashMap<>();
        proposals.forEach(p -> {
            proposalsById.put(p.id(), p);
            on.put(p.id(), new java.util.HashSet<>(p.taken()));
        });
        List<Proposal> order = new ArrayList<>(proposals);
        order.sort(Comparator.comparingLong((Proposal p) -> reviewers.stream().filter(r -> eligible(r, p)).count())
                .thenComparingLong(Proposal::id));
        Map<Long, Integer> missing = new java.util.LinkedHashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (Proposal p : order) {
            int need = reviewsPerProposal - on.get(p.id()).size();
            while (need > 0) {
                Reviewer best = null;
                double bestScore = -Double.MAX_VALUE;
                for (Reviewer r : reviewers) {
                    int l = load.get(r.id());
                    if (on.get(p.id()).contains(r.id()) || p.blocked().contains(r.id()) || l >= r.maxLoad()) {
                        continue;
                    }
                    double score = points(r, p) - l;
                    if (score > bestScore) {
                        bestScore = score;
                        best = r;
                    }
                }
                if (best == null) {
                    break;
                }
                on.get(p.id()).add(best.id());
                load.merge(best.id(), 1, Integer::sum);
                reviewing.get(best.id()).add(p.id());
                pairs.add(new Pair(p.id(), best.id()));
                need--;
            }
            if (need > 0) {
                missing.put(p.id(), need);
            }
        }
        // repair: a full reviewer r moves from proposal q to the stuck proposal p when a free reviewer s can take q
        for (Map.Entry<Long, Integer> stuck : missing.entrySet()) {
            Proposal p = proposalsById.get(stuck.getKey());
            int need = stuck.getValue();
            for (Reviewer r : reviewers) {
                if (need == 0) {
                    break;
                }
                if (on.get(p.id()).contains(r.id()) || p.blocked().contains(r.id())) {
                    continue;
                }
                for (Long q : new ArrayList<>(reviewing.get(r.id()))) {
                    Proposal other = proposalsById.get(q);
                    Reviewer free = reviewers.stream().filter(s -> load.get(s.id()) < s.maxLoad()
                            && !on.get(q).contains(s.id()) && !other.blocked().contains(s.id())).findFirst().orElse(null);
                    if (free == null) {
                        continue;
                    }
                    on.get(q).remove(r.id());
                    on.get(q).add(free.id());
                    on.get(p.id()).add(r.id());
                    reviewing.get(r.id()).remove(q);
                    reviewing.get(r.id()).add(p.id());
                    reviewing.get(free.id()).add(q);
                    load.merge(free.id(), 1, Integer::sum);
                    pairs.remove(new Pair(q, r.id()));
                    pairs.add(new Pair(q, free.id()));
                    pairs.add(new Pair(p.id(), r.id()));
                    need--;
                    break;
                }
            }
            stuck.setValue(need);
        }
        List<Unmet> unmet = new ArrayList<>();
        for (Map.Entry<Long, Integer> m : missing.entrySet()) {
            if (m.getValue() == 0) {
                continue;
            }
            Proposal p = proposalsById.get(m.getKey());
            long blocked = reviewers.stream().filter(r -> p.blocked().contains(r.id())).count();
            long full = reviewers.stream().filter(r -> !p.blocked().contains(r.id()) && !on.get(p.id()).contains(r.id())
                    && load.get(r.id()) >= r.maxLoad()).count();
            unmet.add(new Unmet(p.id(), m.getValue(), String.format(Locale.ROOT,
                    "%d review(s) missing: %d reviewer(s) conflicted or hinted, %d at their maximum load",
                    m.getValue(), blocked, full)));
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
