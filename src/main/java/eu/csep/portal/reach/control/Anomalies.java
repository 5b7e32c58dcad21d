package eu.csep.portal.reach.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Figures that cannot be true, flagged (not refused): SPIKE — a value per day more than {@value #SPIKE_FACTOR}x the
 * campaign's running median per day for that metric; NO_ENGAGEMENT — impressions with zero engagement on that
 * platform and period; AUDIENCE_MISSING — unique reach reported without target-audience reach.
 */
public final class Anomalies {

    public static final int SPIKE_FACTOR = 10;
    /** Fewer earlier figures than this make no median worth comparing to. */
    public static final int MIN_HISTORY = 3;
    public static final String SPIKE = "SPIKE";
    public static final String NO_ENGAGEMENT = "NO_ENGAGEMENT";
    public static final String AUDIENCE_MISSING = "AUDIENCE_MISSING";

    /** Engagement counts; any of them above zero is engagement. */
    public static final Set<String> ENGAGEMENT = Set.of("clicks", "reactions", "shares", "comments", "saves",
            "sustained_conversations", "landing_page_sessions", "signups", "video_views");

    private Anomalies() {
    }

    /**
     * @param history per metric, the campaign's earlier values per day (of current rows); the running median also
     *                counts this report's own rows, so a lone outlier in a first report is caught too
     * @return the flags per row line (rows without flags are absent)
     */
    public static Map<Integer, Set<String>> flags(List<ReportRow> rows, Map<String, List<BigDecimal>> history) {
        Map<Integer, Set<String>> flags = new HashMap<>();
        Map<String, List<BigDecimal>> running = new HashMap<>();
        history.forEach((metric, values) -> running.put(metric, new ArrayList<>(values)));
        for (ReportRow r : rows) {
            running.computeIfAbsent(r.metric(), m -> new ArrayList<>()).add(perDay(r));
        }
        Map<String, BigDecimal> medians = new HashMap<>();
        running.forEach((metric, values) -> {
            if (values.size() >= MIN_HISTORY) {
                medians.put(metric, median(values));
            }
        });
        Map<ReportRow.Group, Map<String, ReportRow>> groups = new HashMap<>();
        for (ReportRow r : rows) {
            groups.computeIfAbsent(r.group(), g -> new HashMap<>()).put(r.metric(), r);
            BigDecimal median = medians.get(r.metric());
            if (median != null && median.signum() > 0 && perDay(r).compareTo(
                    median.multiply(BigDecimal.valueOf(SPIKE_FACTOR))) > 0) {
                flags.computeIfAbsent(r.line(), l -> new TreeSet<>()).add(SPIKE);
            }
        }
        for (Map<String, ReportRow> g : groups.values()) {
            ReportRow impressions = g.get("impressions");
            if (impressions != null && impressions.value().signum() > 0 && g.entrySet().stream()
                    .noneMatch(e -> ENGAGEMENT.contains(e.getKey()) && e.getValue().value().signum() > 0)) {
                flags.computeIfAbsent(impressions.line(), l -> new TreeSet<>()).add(NO_ENGAGEMENT);
            }
            ReportRow reach = g.get("unique_reach");
            if (reach != null && !g.containsKey("target_audience_reach")) {
                flags.computeIfAbsent(reach.line(), l -> new TreeSet<>()).add(AUDIENCE_MISSING);
            }
        }
        return flags;
    }

    public static BigDecimal perDay(ReportRow r) {
        return r.value().divide(BigDecimal.valueOf(r.days()), MathContext.DECIMAL64);
    }

    public static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }
}
