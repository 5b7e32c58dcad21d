package eu.csep.portal.review.bench;

import eu.csep.portal.review.control.AutoAssignment;
import eu.csep.portal.review.control.Criteria;
import eu.csep.portal.review.control.Ranking;
import eu.csep.portal.review.control.Scoreboard;
import eu.csep.portal.review.entity.Scale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The two targets of issue #4, as JMH single-shot-style averages (one fork, short iterations for a shared machine):
 * automatic assignment of 500 proposals x 200 reviewers (3 reviews each, 5 % of pairs conflicted, expertise and
 * languages varied) under 5 s, and calibration + ranking of 5,000 proposals x 5 reviews under 1 s.
 * Run: see docs/benchmarks/review.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReviewBench {

    private List<AutoAssignment.Proposal> proposals;
    private List<AutoAssignment.Reviewer> reviewers;
    private List<Scoreboard.Entry> entries;
    private Criteria criteria;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        String[] tags = {"youth", "tiktok", "radio", "gaming", "far-right", "jihadism", "women", "prisons", "schools",
            "football", "music", "podcasts", "memes", "telegram", "youtube", "parents", "police", "faith", "diaspora",
            "rural"};
        String[] languages = {"en", "fr", "de", "it", "es", "nl", "pl"};
        reviewers = new ArrayList<>();
        for (long r = 0; r < 200; r++) {
            reviewers.add(new AutoAssignment.Reviewer(r, new java.util.HashSet<>(List.of(tags[random.nextInt(tags.length)],
                    tags[random.nextInt(tags.length)])), new java.util.HashSet<>(List.of("en",
                    languages[random.nextInt(languages.length)])), 10, 0));
        }
        proposals = new ArrayList<>();
        for (long p = 0; p < 500; p++) {
            Set<Long> blocked = new java.util.HashSet<>();
            for (int i = 0; i < 10; i++) {
                blocked.add((long) random.nextInt(200));
            }
            proposals.add(new AutoAssignment.Proposal(p, "a campaign about " + tags[random.nextInt(tags.length)] + " and "
                    + tags[random.nextInt(tags.length)] + " for young people online",
                    Set.of(languages[random.nextInt(languages.length)]), Set.of(), blocked));
        }
        criteria = new Criteria(Scale.HALF_POINTS, List.of("Excellence", "Impact", "Implementation"),
                new double[] {5, 5, 5}, new double[] {3, 3, 3}, new double[] {1, 1, 1}, 10);
        entries = new ArrayList<>();
        for (long p = 0; p < 5000; p++) {
            List<Scoreboard.Reviewed> reviews = new ArrayList<>();
            Set<Long> used = new java.util.HashSet<>();
            while (reviews.size() < 5) {
                long r = random.nextInt(1000);
                if (used.add(r)) {
                    double harshness = (r % 7 - 3) * 0.25;
                    double[] s = new double[3];
                    for (int c = 0; c < 3; c++) {
                        s[c] = Math.max(0, Math.min(5, Math.round((3.5 + harshness + random.nextGaussian()) * 2) / 2.0));
                    }
                    reviews.add(new Scoreboard.Reviewed(r, s));
                }
            }
            entries.add(new Scoreboard.Entry(p, "CSEP-2026-01-" + p, BigDecimal.valueOf(100_000 + random.nextInt(900_000)),
                    reviews, null));
        }
    }

    @Benchmark
    public AutoAssignment.Plan assign500x200() {
        return AutoAssignment.plan(proposals, reviewers, 3);
    }

    @Benchmark
    public Ranking.Result calibrateAndRank5000x5() {
        return Scoreboard.build(criteria, entries, true).rank(criteria, new int[] {1, 0}, new BigDecimal("400000000"));
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(ReviewBench.class.getSimpleName()).build()).run();
    }
}
