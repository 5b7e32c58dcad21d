package eu.csep.portal.budget.boundary;

import eu.csep.portal.budget.entity.Commitment;
import eu.csep.portal.budget.entity.CostCategory;
import eu.csep.portal.budget.entity.CostLine;
import eu.csep.portal.budget.entity.CostReport;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.ReportType;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A funded organisation's own grants and their financial reports over REST (permission APPLY, checked by
 * {@link CostReports}). Amounts travel as decimal strings in euros; costs as an object keyed by category.
 */
@Path("my-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "budget")
public class GrantsResource {

    public record CostReportRequest(String type, Map<String, String> costs) {
    }

    /** {@code cap}: the most that could be accepted in the category at review time (null: uncapped). */
    public record LineView(String category, String claimed, String accepted, String adjustmentReason, String cap) {
        static LineView of(CostLine l) {
            return new LineView(l.getCategory().name(), l.getClaimed().toPlainString(), plain(l.getAccepted()),
                    l.getAdjustmentReason(), plain(l.getCap()));
        }
    }

    public record CostReportView(long id, String proposalReference, String type, String status,
            BigDecimal cofinancingRate, String claimed, String accepted, String euShare, String finalBalance,
            String submittedBy, OffsetDateTime submittedAt, String reviewedBy, OffsetDateTime reviewedAt,
            String reviewReason, List<LineView> lines) {
        static CostReportView of(CostReport r, String proposalReference) {
            return new CostReportView(r.getId(), proposalReference, r.getType().name(), r.getStatus().name(),
                    r.getCofinancingRatePercent(), r.getClaimed().toPlainString(), plain(r.getAccepted()),
                    plain(r.getEuShare()), plain(r.getFinalBalance()), r.getSubmittedBy(), r.getSubmittedAt(),
                    r.getReviewedBy(), r.getReviewedAt(), r.getReviewReason(),
                    r.getLines().stream().map(LineView::of).toList());
        }
    }

    public record MyGrant(String proposalReference, String status, String committed, String paid,
            BigDecimal cofinancingRate, List<CostReportView> reports) {
    }

    @Inject
    CostReports reports;

    @GET
    @Operation(summary = "The caller organisation's grants with their financial reports")
    public List<MyGrant> grants() {
        List<Commitment> grants = reports.myGrants();
        Map<Long, String> references = grants.stream().collect(Collectors.toMap(Commitment::getId,
                Commitment::getProposalReference));
        Map<Long, List<CostReportView>> byGrant = reports.myReports().stream().collect(Collectors.groupingBy(
                CostReport::getCommitmentId, Collectors.mapping(r -> CostReportView.of(r,
                        references.get(r.getCommitmentId())), Collectors.toList())));
        return grants.stream().map(g -> new MyGrant(g.getProposalReference(), g.getStatus().name(),
                g.getCommitted().toPlainString(), g.getPaid().toPlainString(), g.getCofinancingRatePercent(),
                byGrant.getOrDefault(g.getId(), List.of()))).toList();
    }

    @POST
    @Path("{reference}/cost-reports")
    @Operation(summary = "Submit an interim (INTERIM) or final (FINAL) financial report with costs per category")
    public Response submit(@PathParam("reference") String reference, CostReportRequest request) {
        if (request == null) {
            throw Refusal.invalid(null, "budget.body.missing");
        }
        ReportType type = enumOf(ReportType.class, "type", request.type(), "budget.costReport.typeMissing");
        CostReport report = reports.submit(reference, type, amounts(request.costs()));
        return Response.status(Response.Status.CREATED).entity(CostReportView.of(report, reference)).build();
    }

    /** Amounts keyed by category name; an unknown category is refused by name, and each amount names its category. */
    static Map<CostCategory, Money> amounts(Map<String, String> byName) {
        Map<CostCategory, Money> result = new EnumMap<>(CostCategory.class);
        categories(byName).forEach((category, text) -> result.put(category, Money.parse(category.name(), text)));
        return result;
    }

    /** Texts keyed by category name, blank ones left out. */
    static Map<CostCategory, String> categories(Map<String, String> byName) {
        Map<CostCategory, String> result = new EnumMap<>(CostCategory.class);
        if (byName != null) {
            byName.forEach((name, text) -> {
                CostCategory category = enumOf(CostCategory.class, name, name, "budget.costReport.category");
                if (text != null && !text.isBlank()) {
                    result.put(category, text);
                }
            });
        }
        return result;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String name, String messageKey) {
        try {
            return Enum.valueOf(type, name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, messageKey, name);
        }
    }

    static String plain(Money money) {
        return money == null ? null : money.toPlainString();
    }
}
