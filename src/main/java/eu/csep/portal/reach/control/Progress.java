package eu.csep.portal.reach.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A campaign's figures against its targets, computed from the monthly aggregate: per platform and KPI the percentage
 * of the target reached, a traffic light against the pace the elapsed share of the grant's duration asks for, and
 * the trend between the last two months with figures; the funnel; derived metrics (CTR, average watch time, cost per
 * 1,000 impressions / reached, per click, per engaged user), which are never typed.
 */
public final class Progress {

    /** The proposal's "engagements" target compares with the sum of these reported counts. */
    public static final Set<String> ENGAGEMENTS = Set.of("clicks", "reactions", "shares", "comments", "saves",
            "sustained_conversations", "landing_page_sessions", "signups");
    public static final String ENGAGEMENTS_KPI = "engagements";
    public static final Set<String> IMPACT = Set.of("offline_participants", "sustained_conversations", "signups");

    public enum Light { GREEN, AMBER, RED }

    public enum Trend { UP, FLAT, DOWN, NONE }

    public record Target(String platform, String metric, long target) {
    }

    public record Kpi(String platform, String metric, BigDecimal actual, long target, BigDecimal percent,
            BigDecimal expectedPercent, Light light, Trend trend, long flagged) {
    }

    public record Derived(BigDecimal ctr, BigDecimal averageWatchTime, BigDecimal costPer1000Impressions,
            BigDecimal costPer1000Reached, BigDecimal costPerClick, BigDecimal costPerEngagedUser) {
    }

    public record Funnel(BigDecimal awareness, BigDecimal engagement, BigDecimal impact) {
    }

    public record View(List<Kpi> kpis, Map<String, BigDecimal> totals, Derived derived, Funnel funnel,
            Map<String, Map<LocalDate, BigDecimal>> series, long flagged, BigDecimal expectedPercent) {

        public boolean behindTarget() {
            return kpis.stream().anyMatch(k -> k.light() == Light.RED);
        }
    }

    private Progress() {
    }

    public static View compute(List<Target> targets, List<MonthlyFigure> figures, BigDecimal paid, LocalDate start,
            LocalDate end, LocalDate today, String seriesMetric) {
        BigDecimal expected = expectedPercent(start, end, today);
        Map<String, Map<LocalDate, BigDecimal>> byKpi = new HashMap<>(); // platform|metric -> month -> amount
        Map<String, Long> flaggedByKpi = new HashMap<>();
        Map<String, BigDecimal> totals = new TreeMap<>();
        Map<String, Map<LocalDate, BigDecimal>> series = new TreeMap<>();
        long flagged = 0;
        for (MonthlyFigure f : figures) {
            add(byKpi, f.platform() + "|" + f.metric(), f.month(), f.amount());
            flaggedByKpi.merge(f.platform() + "|" + f.metric(), f.flagged(), Long::sum);
            if (ENGAGEMENTS.contains(f.metric())) {
                add(byKpi, f.platform() + "|" + ENGAGEMENTS_KPI, f.month(), f.amount());
                flaggedByKpi.merge(f.platform() + "|" + ENGAGEMENTS_KPI, f.flagged(), Long::sum);
            }
            totals.merge(f.metric(), f.amount(), BigDecimal::add);
            if (f.metric().equals(seriesMetric)) {
                series.computeIfAbsent(f.platform(), p -> new TreeMap<>()).merge(f.month(), f.amount(),
                        BigDecimal::add);
            }
            flagged += f.flagged();
        }
        List<Kpi> kpis = new ArrayList<>();
        for (Target t : targets) {
            String key = t.platform() + "|" + t.metric();
            Map<LocalDate, BigDecimal> months = byKpi.getOrDefault(key, Map.of());
            BigDecimal actual = months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal percent = t.target() == 0 ? null
                    : actual.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(t.target()), 1,
                            RoundingMode.HALF_UP);
            kpis.add(new Kpi(t.platform(), t.metric(), actual, t.target(), percent, expected,
                    light(percent, expected), trend(months), flaggedByKpi.getOrDefault(key, 0L)));
        }
        BigDecimal impressions = totals.getOrDefault("impressions", BigDecimal.ZERO);
        BigDecimal reach = totals.getOrDefault("unique_reach", BigDecimal.ZERO);
        BigDecimal clicks = totals.getOrDefault("clicks", BigDecimal.ZERO);
        BigDecimal engaged = sum(totals, ENGAGEMENTS);
        Derived derived = new Derived(ratio(clicks, impressions, 4),
                ratio(totals.get("watch_time"), totals.getOrDefault("video_views", BigDecimal.ZERO), 1),
                perThousand(paid, impressions), perThousand(paid, reach), ratio(paid, clicks, 2),
                ratio(paid, engaged, 2));
        Funnel funnel = new Funnel(reach, engaged, sum(totals, IMPACT));
        return new View(kpis, totals, derived, funnel, series, flagged, expected);
    }

    /** The share of the grant's duration elapsed by today, in percent (0 before it starts, 100 after it ends). */
    public static BigDecimal expectedPercent(LocalDate start, LocalDate end, LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, end) + 1;
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today) + 1));
        return BigDecimal.valueOf(elapsed * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** GREEN at 90 % or more of the pace the elapsed time asks for, AMBER from 60 %, RED below. */
    public static Light light(BigDecimal percent, BigDecimal expected) {
        if (percent == null || expected.signum() == 0) {
            return Light.GREEN;
        }
        BigDecimal pace = percent.divide(expected, MathContext.DECIMAL64);
        if (pace.compareTo(new BigDecimal("0.9")) >= 0) {
            return Light.GREEN;
        }
        return pace.compareTo(new BigDecimal("0.6")) >= 0 ? Light.AMBER : Light.RED;
    }

    /** The last month with figures against the one before: more than 5 % up or down, else flat. */
    public static Trend trend(Map<LocalDate, BigDecimal> months) {
        if (months.size() < 2) {
            return Trend.NONE;
        }
        TreeMap<LocalDate, BigDecimal> sorted = new TreeMap<>(months);
        BigDecimal last = sorted.lastEntry().getValue();
        BigDecimal before = sorted.lowerEntry(sorted.lastKey()).getValue();
        if (before.signum() == 0) {
            return last.signum() > 0 ? Trend.UP : Trend.FLAT;
        }
        BigDecimal change = last.subtract(before).divide(before, MathContext.DECIMAL64);
        if (change.compareTo(new BigDecimal("0.05")) > 0) {
            return Trend.UP;
        }
        return change.compareTo(new BigDecimal("-0.05")) < 0 ? Trend.DOWN : Trend.FLAT;
    }

    /** Maps a proposal's step-5 targets (per platform) to KPI codes. */
    public static Map<String, Long> targetMetrics(long impressions, long uniqueReach, long engagements,
            long videoViews, long clickThroughs) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("impressions", impressions);
        m.put("unique_reach", uniqueReach);
        m.put(ENGAGEMENTS_KPI, engagements);
        m.put("video_views", videoViews);
        m.put("clicks", clickThroughs);
        return m;
    }

    public static Set<String> months(List<MonthlyFigure> figures) {
        Set<String> months = new TreeSet<>();
        figures.forEach(f -> months.add(f.month().toString().substring(0, 7)));
        return months;
    }

    private static void add(Map<String, Map<LocalDate, BigDecimal>> map, String key, LocalDate month,
            BigDecimal amount) {
        map.computeIfAbsent(key, k -> new TreeMap<>()).merge(month, amount, BigDecimal::add);
    }

    private static BigDecimal sum(Map<String, BigDecimal> totals, Set<String> metrics) {
        return metrics.stream().map(m -> totals.getOrDefault(m, BigDecimal.ZERO)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    static BigDecimal ratio(BigDecimal a, BigDecimal b, int scale) {
        return a == null || b == null || b.signum() == 0 ? null : a.divide(b, scale, RoundingMode.HALF_UP);
    }

    static BigDecimal perThousand(BigDecimal paid, BigDecimal count) {
        return paid == null || count.signum() == 0 ? null
                : paid.multiply(BigDecimal.valueOf(1000)).divide(count, 2, RoundingMode.HALF_UP);
    }
}
