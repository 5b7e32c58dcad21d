package eu.csep.portal.reach.boundary;

import eu.csep.portal.reach.control.Progress;
import eu.csep.portal.reach.control.RowError;
import eu.csep.portal.reach.control.RowStore;
import eu.csep.portal.reach.entity.ReachCampaign;
import eu.csep.portal.reach.entity.ReachReport;
import eu.csep.portal.shared.boundary.Problem;
import eu.csep.portal.shared.control.Texts;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The DTO records the reach API speaks, and how a rejected report becomes problem+json. */
public final class ReachViews {

    private ReachViews() {
    }

    public record CampaignView(String reference, String title, String callIdentifier, String countries,
            LocalDate startsOn, LocalDate endsOn) {
        static CampaignView of(ReachCampaign c) {
            return new CampaignView(c.getReference(), c.getTitle(), c.getCallIdentifier(), c.getCountries(),
                    c.getStartsOn(), c.getEndsOn());
        }
    }

    public record ReportView(long id, LocalDate periodFrom, LocalDate periodTo, int version, boolean correction,
            boolean current, Long supersededBy, String channel, int rows, int flaggedRows, String submittedBy,
            OffsetDateTime submittedAt) {
        static ReportView of(ReachReport r) {
            return new ReportView(r.getId(), r.getPeriodFrom(), r.getPeriodTo(), r.getVersion(), r.isCorrection(),
                    r.isCurrent(), r.getSupersededBy(), r.getChannel().name(), r.getRowCount(), r.getFlaggedRows(),
                    r.getSubmittedBy(), r.getSubmittedAt());
        }
    }

    public record ReceiptView(long reportId, String campaign, int version, boolean alreadyStored, String message,
            int rows, int flaggedRows, List<Long> superseded, LocalDate periodFrom, LocalDate periodTo) {
        static ReceiptView of(ReachReports.Receipt r, Locale locale) {
            return new ReceiptView(r.reportId(), r.campaign(), r.version(), r.alreadyStored(),
                    Texts.get(locale, r.alreadyStored() ? "reach.report.already" : "reach.report.stored",
                            r.rows(), r.version()),
                    r.rows(), r.flagged(), r.superseded(), r.periodFrom(), r.periodTo());
        }
    }

    public record DashboardView(CampaignView campaign, BigDecimal expectedPercent, BigDecimal paid,
            List<Progress.Kpi> kpis, Map<String, BigDecimal> totals, Progress.Derived derived, Progress.Funnel funnel,
            Map<String, Map<LocalDate, BigDecimal>> series, long flaggedRows, LocalDate lastClosedMonth,
            boolean overdue, List<ReportView> reports, List<RowStore.FlaggedRow> flaggedFigures) {
        static DashboardView of(ReachDashboards.CampaignDashboard d) {
            return new DashboardView(CampaignView.of(d.campaign()), d.view().expectedPercent(), d.paid(),
                    d.view().kpis(), d.view().totals(), d.view().derived(), d.view().funnel(), d.view().series(),
                    d.view().flagged(), d.lastClosedMonth(), d.overdue(),
                    d.reports().stream().map(ReportView::of).toList(), d.flagged());
        }
    }

    /** Every bad row as a field error "line N: field" with its reason; 400. */
    public static Response rejected(ReportRejected rejected, Locale locale) {
        List<Problem.FieldError> errors = rejected.errors().stream().map(e -> error(e, locale)).toList();
        return Problem.response(Response.Status.BAD_REQUEST, Texts.get(locale, "reach.rejected", rejected.total()),
                errors);
    }

    public static Problem.FieldError error(RowError e, Locale locale) {
        return new Problem.FieldError(e.line() == 0 ? e.field() : "line " + e.line() + ": " + e.field(),
                Texts.get(locale, e.messageKey(), e.arguments().toArray()));
    }
}
