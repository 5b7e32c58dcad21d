package eu.csep.portal.reach.boundary;

import eu.csep.portal.reach.control.ReachCsv;
import eu.csep.portal.reach.control.ReachExports;
import eu.csep.portal.reach.control.ReachReportPdf;
import eu.csep.portal.reach.control.RowInput;
import eu.csep.portal.reach.entity.Channel;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Campaign reach over the API: an NGO (signed in, or a machine client with the organisation's reach token) sends a
 * report as JSON or as a CSV file; the answer is 201 with the stored version, 200 "already stored" for a repeated
 * Idempotency-Key, or 400 listing every bad row. Officers read every campaign.
 */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reach")
public class ReachResource {

    public record RowRequest(String dateFrom, String dateTo, String platform, String metric, Object value,
            String provenance, Long evidenceFileId) {
    }

    public record EvidenceView(long id, String filename, String contentType, long size, String sha256,
            String screening) {
    }

    public record ReportRequest(String periodFrom, String periodTo, Boolean correction, List<RowRequest> rows) {
    }

    /** Files larger than this are refused before parsing (200,000 rows fit comfortably). */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    @Inject
    Campaigns campaigns;

    @Inject
    ReachReports reports;

    @Inject
    ReachDashboards dashboards;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's campaigns (funded grants); for officers every campaign")
    public List<ReachViews.CampaignView> campaigns() {
        return campaigns.visible().stream().map(ReachViews.CampaignView::of).toList();
    }

    @POST
    @Path("{reference}/reach")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report reach for a period (JSON); requires an Idempotency-Key header")
    public Response report(@PathParam("reference") String reference, @HeaderParam("Idempotency-Key") String key,
            ReportRequest request) {
        if (request == null) {
            throw Refusal.invalid("rows", "reach.rows.empty");
        }
        List<RowInput> rows = new ArrayList<>();
        List<RowRequest> given = request.rows() == null ? List.of() : request.rows();
        for (int i = 0; i < given.size(); i++) {
            RowRequest r = given.get(i);
            if (r == null) {
                continue;
            }
            rows.add(new RowInput(i + 1, r.dateFrom(), r.dateTo(), r.platform(), r.metric(),
                    r.value() == null ? null : r.value().toString(), r.provenance(), r.evidenceFileId()));
        }
        LocalDate from = date("periodFrom", request.periodFrom());
        LocalDate to = date("periodTo", request.periodTo());
        return stored(reference, () -> new ReachReports.Submission(key, from, to,
                Boolean.TRUE.equals(request.correction()), Channel.API, rows, null));
    }

    @POST
    @Path("{reference}/reach/csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Report reach as a CSV file (" + ReachCsv.COLUMNS + "); the Idempotency-Key header is "
            + "optional (default: the file's SHA-256)")
    public Response csv(@PathParam("reference") String reference, @HeaderParam("Idempotency-Key") String key,
            @QueryParam("correction") @DefaultValue("false") boolean correction,
            @QueryParam("evidenceFileId") Long evidenceFileId, byte[] content) {
        try {
            ReachReports.Receipt receipt = reports.submitFile(reference, new ReachReports.FileReport(key, correction,
                    Channel.CSV, content, evidenceFileId, null, null));
            return answer(reference, receipt);
        } catch (ReportRejected rejected) {
            return ReachViews.rejected(rejected, locale());
        }
    }

    @POST
    @Path("{reference}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Store an evidence file (PNG, JPEG, PDF, CSV, text) for rows with provenance \"evidence\"")
    public Response evidence(@PathParam("reference") String reference, @QueryParam("filename") String filename,
            byte[] content) {
        var f = reports.storeEvidence(reference, filename == null ? "evidence" : filename, content);
        return Response.status(Response.Status.CREATED).entity(new EvidenceView(f.id(), f.filename(),
                f.contentType(), f.size(), f.sha256(), f.screening().name())).build();
    }

    @GET
    @Path("{reference}/evidence")
    @Operation(summary = "The evidence files the campaign's reports name, with size, SHA-256 and screening state")
    public List<EvidenceView> evidenceFiles(@PathParam("reference") String reference) {
        return reports.evidence(reference).stream().map(f -> new EvidenceView(f.id(), f.filename(), f.contentType(),
                f.size(), f.sha256(), f.screening().name())).toList();
    }

    @GET
    @Path("{reference}/evidence/{file}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one evidence file (409 while screening withholds it)")
    public Response evidenceFile(@PathParam("reference") String reference, @PathParam("file") long file) {
        ReachReports.EvidenceFile f = reports.evidenceContent(reference, file);
        return Response.ok(f.content(), f.contentType()).header("Content-Disposition",
                "attachment; filename=\"" + f.filename().replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }

    @GET
    @Path("{reference}/reach")
    @Operation(summary = "Every report of the campaign, all versions")
    public List<ReachViews.ReportView> reports(@PathParam("reference") String reference) {
        return reports.reports(reference).stream().map(ReachViews.ReportView::of).toList();
    }

    @GET
    @Path("{reference}/dashboard")
    @Operation(summary = "The campaign against its targets: KPIs, funnel, series per platform, derived metrics")
    public ReachViews.DashboardView dashboard(@PathParam("reference") String reference) {
        return ReachViews.DashboardView.of(dashboards.campaign(reference));
    }

    @GET
    @Path("{reference}/exports/kpis.csv")
    @Operation(summary = "The campaign's KPI table as CSV")
    public Response kpisCsv(@PathParam("reference") String reference) {
        return download(ReachExports.csv(ReachExports.kpis(dashboards.campaign(reference).view())), "text/csv",
                reference + "-kpis.csv");
    }

    @GET
    @Path("{reference}/exports/kpis.xlsx")
    @Operation(summary = "The campaign's KPI table as XLSX")
    public Response kpisXlsx(@PathParam("reference") String reference) {
        return download(ReachExports.xlsx(ReachExports.kpis(dashboards.campaign(reference).view())), XLSX,
                reference + "-kpis.xlsx");
    }

    @GET
    @Path("{reference}/exports/report.pdf")
    @Operation(summary = "The campaign reach report as PDF, with its charts")
    public Response pdf(@PathParam("reference") String reference, @QueryParam("lang") String lang) {
        Locale locale = lang == null ? locale() : Texts.supported(Locale.forLanguageTag(lang));
        ReachDashboards.CampaignDashboard d = dashboards.campaign(reference);
        List<String> kpis = d.view().kpis().stream().map(k -> k.platform() + " · " + k.metric() + ": "
                + k.actual().toPlainString() + " / " + k.target() + " (" + (k.percent() == null ? "-" : k.percent())
                + " %) " + Texts.get(locale, "reach.light." + k.light()) + (k.flagged() > 0 ? " · "
                        + Texts.get(locale, "reach.page.flagged") + " " + k.flagged() : "")).toList();
        var derived = d.view().derived();
        List<String> facts = List.of(
                Texts.get(locale, "reach.page.costPer1000Reached") + ": " + orDash(derived.costPer1000Reached()) + " EUR",
                Texts.get(locale, "reach.page.costPer1000Impressions") + ": " + orDash(derived.costPer1000Impressions()) + " EUR",
                "CTR: " + orDash(derived.ctr()),
                Texts.get(locale, "reach.page.flagged") + ": " + d.view().flagged());
        byte[] pdf = ReachReportPdf.render(new ReachReportPdf.Content(
                Texts.get(locale, "reach.page.title") + " · " + d.campaign().getReference(),
                Texts.get(locale, "reach.page.duration", d.campaign().getStartsOn(), d.campaign().getEndsOn(),
                        d.view().expectedPercent()), kpis, facts, d.view(),
                Texts.get(locale, "reach.pdf.kpiChart"), Texts.get(locale, "reach.page.series")));
        return download(pdf, "application/pdf", reference + "-reach.pdf");
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Response download(byte[] body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private Response stored(String reference, Supplier<ReachReports.Submission> submission) {
        try {
            return answer(reference, reports.submit(reference, submission.get()));
        } catch (ReportRejected rejected) {
            return ReachViews.rejected(rejected, locale());
        }
    }

    private Response answer(String reference, ReachReports.Receipt receipt) {
        ReachViews.ReceiptView view = ReachViews.ReceiptView.of(receipt, locale());
        return receipt.alreadyStored() ? Response.ok(view).build()
                : Response.created(uri.getBaseUriBuilder().path("campaigns").path(reference).path("reach").build())
                        .entity(view).build();
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "reach.row.date", text.length() > 20 ? text.substring(0, 20) : text);
        }
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : Texts.supported(headers.getAcceptableLanguages().get(0));
    }
}
