package eu.csep.portal.reach.boundary;

import eu.csep.portal.budget.boundary.GrantFacts;
import eu.csep.portal.identity.boundary.Directory;
import eu.csep.portal.identity.entity.Organisation;
import eu.csep.portal.reach.control.MonthlyFigure;
import eu.csep.portal.reach.control.Progress;
import eu.csep.portal.reach.control.RowStore;
import eu.csep.portal.reach.entity.ReachCampaign;
import eu.csep.portal.reach.entity.ReachReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the dashboards from the monthly aggregate (never the raw rows): one campaign against its targets, and the
 * programme-wide view for officers (totals per platform, country and call, campaigns behind target, overdue reports).
 */
@Stateless
public class ReachDashboards {

    /** The metric of the per-platform time series. */
    public static final String SERIES_METRIC = "impressions";
    static final Set<String> HEADLINE = Set.of("impressions", "unique_reach", "video_views");

    public record CampaignDashboard(ReachCampaign campaign, Progress.View view, BigDecimal paid,
            List<ReachReport> reports, LocalDate lastClosedMonth, boolean overdue, List<RowStore.FlaggedRow> flagged) {
    }

    /** How many flagged figures the dashboard lists. */
    static final int FLAGGED_LISTED = 100;

    /** Headline totals of one platform, country or call. */
    public record Total(String key, BigDecimal impressions, BigDecimal uniqueReach, BigDecimal engagements,
            BigDecimal videoViews, long campaigns) {
    }

    public record CampaignLine(String reference, String title, String organisation, String callIdentifier,
            String countries, Progress.Light light, BigDecimal expectedPercent, LocalDate lastReported,
            LocalDate lastClosedMonth, boolean overdue, long flagged) {
    }

    public record Programme(List<Total> byPlatform, List<Total> byCountry, List<Total> byCall,
            List<CampaignLine> campaigns) {

        public List<CampaignLine> behindTarget() {
            return campaigns.stream().filter(c -> c.light() == Progress.Light.RED).toList();
        }

        public List<CampaignLine> overdue() {
            return campaigns.stream().filter(CampaignLine::overdue).toList();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Campaigns campaigns;

    @Inject
    ReachReports reports;

    @Inject
    GrantFacts grants;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    @RolesAllowed({"REPORT_REACH", "MANAGE_PROGRAMME"})
    public CampaignDashboard campaign(String reference) {
        ReachCampaign c = campaigns.readable(reference);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try {
            RowStore store = new RowStore(em.unwrap(Connection.class));
            List<MonthlyFigure> figures = store.monthly(List.of(c.getReference()));
            BigDecimal paid = grants.grant(c.getReference()).map(GrantFacts.GrantFact::paid).orElse(null);
            Progress.View view = Progress.compute(targets(c), figures, paid, c.getStartsOn(), c.getEndsOn(), today,
                    SERIES_METRIC);
            LocalDate closed = c.lastClosedMonth(today);
            LocalDate last = store.lastReported().get(c.getReference());
            return new CampaignDashboard(c, view, paid, reports.reports(reference), closed, overdue(closed, last),
                    store.flagged(c.getReference(), FLAGGED_LISTED));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the campaign's figures failed", e);
        }
    }

    @RolesAllowed("MANAGE_PROGRAMME")
    public Programme programme() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<ReachCampaign> all = campaigns.all();
        Map<Long, String> names = directory.organisations().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getLegalName, (a, b) -> a));
        try {
            RowStore store = new RowStore(em.unwrap(Connection.class));
            Map<String, List<MonthlyFigure>> byCampaign = store.totalsPerCampaign().stream()
                    .map(f -> new MonthlyFigure(f.campaign(), f.platform(), f.metric(), LocalDate.EPOCH, f.amount(),
                            f.rows(), f.flagged()))
                    .collect(Collectors.groupingBy(MonthlyFigure::campaign));
            Map<String, LocalDate> last = store.lastReported();
            List<CampaignLine> lines = new ArrayList<>();
            Map<String, Acc> platforms = new TreeMap<>();
            Map<String, Acc> countries = new TreeMap<>();
            Map<String, Acc> calls = new TreeMap<>();
            for (ReachCampaign c : all) {
                List<MonthlyFigure> figures = byCampaign.getOrDefault(c.getReference(), List.of());
                Progress.View view = Progress.compute(targets(c), figures, null, c.getStartsOn(), c.getEndsOn(),
                        today, SERIES_METRIC);
                Progress.Light light = view.kpis().stream().map(Progress.Kpi::light)
                        .max(Enum::compareTo).orElse(Progress.Light.GREEN);
                LocalDate closed = c.lastClosedMonth(today);
                lines.add(new CampaignLine(c.getReference(), c.getTitle(), names.get(c.getOrganisationId()),
                        c.getCallIdentifier(), c.getCountries(), light, view.expectedPercent(),
                        last.get(c.getReference()), closed, overdue(closed, last.get(c.getReference())),
                        view.flagged()));
                for (MonthlyFigure f : figures) {
                    platforms.computeIfAbsent(f.platform(), k -> new Acc()).add(f, c.getReference());
                    calls.computeIfAbsent(c.getCallIdentifier(), k -> new Acc()).add(f, c.getReference());
                    for (String country : c.countryList()) {
                        countries.computeIfAbsent(country, k -> new Acc()).add(f, c.getReference());
                    }
                }
            }
            return new Programme(totals(platforms), totals(countries), totals(calls), lines);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the programme's figures failed", e);
        }
    }

    static boolean overdue(LocalDate lastClosedMonth, LocalDate lastReported) {
        if (lastClosedMonth == null) {
            return false;
        }
        LocalDate end = lastClosedMonth.plusMonths(1).minusDays(1);
        return lastReported == null || lastReported.isBefore(end);
    }

    static List<Progress.Target> targets(ReachCampaign c) {
        return c.getTargets().stream()
                .map(t -> new Progress.Target(t.getPlatform().name(), t.getMetric(), t.getTarget())).toList();
    }

    private static List<Total> totals(Map<String, Acc> map) {
        return map.entrySet().stream().map(e -> e.getValue().total(e.getKey())).toList();
    }

    /** Sums headline metrics and counts campaigns for one key. */
    private static final class Acc {
        private final Map<String, BigDecimal> sums = new TreeMap<>();
        private final Set<String> campaigns = new java.util.HashSet<>();

        void add(MonthlyFigure f, String campaign) {
            campaigns.add(campaign);
            String metric = Progress.ENGAGEMENTS.contains(f.metric()) ? Progress.ENGAGEMENTS_KPI : f.metric();
            if (HEADLINE.contains(metric) || metric.equals(Progress.ENGAGEMENTS_KPI)) {
                sums.merge(metric, f.amount(), BigDecimal::add);
            }
        }

        Total total(String key) {
            Function<String, BigDecimal> get = m -> sums.getOrDefault(m, BigDecimal.ZERO);
            return new Total(key, get.apply("impressions"), get.apply("unique_reach"),
                    get.apply(Progress.ENGAGEMENTS_KPI), get.apply("video_views"), campaigns.size());
        }
    }
}
