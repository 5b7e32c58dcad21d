package eu.csep.portal.hashmatch.control;

import eu.csep.portal.hashmatch.entity.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Referral arithmetic: counts and removal rates per platform and month, the overdue rule, URL checks. */
public final class ReferralStats {

    private ReferralStats() {
    }

    /** One referral as the statistics see it. */
    public record Fact(String platform, LocalDate referredOn, Outcome outcome) {
    }

    /**
     * Counts of one platform in one month. {@code removalRate} = removed / referred in percent (one decimal),
     * the way the EU Internet Forum reports it (77,000 referred, 84 % removed); null when nothing was referred.
     */
    public record Row(String platform, YearMonth period, int referred, int removed, int notRemoved, int unknown,
            int pending) {
        public BigDecimal removalRate() {
            return rate(removed, referred);
        }
    }

    public static List<Row> perPlatformAndMonth(Collection<Fact> facts) {
        Map<String, Map<YearMonth, int[]>> counts = new TreeMap<>();
        for (Fact f : facts) {
            int[] c = counts.computeIfAbsent(f.platform(), p -> new TreeMap<>())
                    .computeIfAbsent(YearMonth.from(f.referredOn()), m -> new int[5]);
            c[0]++;
            if (f.outcome() == null) {
                c[4]++;
            } else {
                c[1 + f.outcome().ordinal()]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((platform, months) -> months.forEach((month, c) ->
                rows.add(new Row(platform, month, c[0], c[1], c[2], c[3], c[4]))));
        return rows;
    }

    /** Per platform over all months. */
    public static List<Row> perPlatform(Collection<Fact> facts) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Row r : perPlatformAndMonth(facts)) {
            int[] c = counts.computeIfAbsent(r.platform(), p -> new int[5]);
            c[0] += r.referred();
            c[1] += r.removed();
            c[2] += r.notRemoved();
            c[3] += r.unknown();
            c[4] += r.pending();
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((p, c) -> rows.add(new Row(p, null, c[0], c[1], c[2], c[3], c[4])));
        return rows;
    }

    public static BigDecimal rate(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Still without an outcome more than {@code days} days after it was referred. */
    public static boolean overdue(LocalDate referredOn, Outcome outcome, LocalDate today, int days) {
        return outcome == null && today.isAfter(referredOn.plusDays(days));
    }

    /** True for an absolute http(s) URL with a host and no spaces; the portal stores it, never fetches it. */
    public static boolean validUrl(String url) {
        if (url == null || url.length() > 2000 || url.chars().anyMatch(ch -> ch <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
