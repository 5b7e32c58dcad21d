package eu.csep.portal.reach.boundary;

import eu.csep.portal.reach.entity.MetricKind;
import eu.csep.portal.reach.entity.ReachMetric;
import eu.csep.portal.reach.entity.Tier;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The KPI catalogue: every signed-in user reads it; programme officers describe and add metrics. */
@Path("kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reach")
public class KpisResource {

    public record MetricView(String code, String name, String definition, String unit, String tier, String kind,
            boolean derived, boolean active, long version) {
        static MetricView of(ReachMetric m) {
            return new MetricView(m.getCode(), m.getName(), m.getDefinition(), m.getUnit(), m.getTier().name(),
                    m.getKind().name(), !m.getKind().typed(), m.isActive(), m.getVersion());
        }
    }

    public record MetricRequest(String code, String kind, String name, String definition, String unit, String tier,
            Boolean active, Long version) {
    }

    @Inject
    KpiCatalogue catalogue;

    @GET
    @Operation(summary = "The KPI catalogue")
    public List<MetricView> all() {
        return catalogue.all().stream().map(MetricView::of).toList();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Describe a metric (name, definition, unit, tier, active); officers only")
    public MetricView describe(@PathParam("code") String code, MetricRequest r) {
        return MetricView.of(catalogue.describe(code, description(r)));
    }

    @POST
    @Operation(summary = "Add a typed metric (kind COUNT, SECONDS, RATIO or POINTS); officers only")
    public Response add(MetricRequest r) {
        MetricKind kind = parse(MetricKind.class, "kind", r == null ? null : r.kind());
        return Response.status(Response.Status.CREATED)
                .entity(MetricView.of(catalogue.add(r.code(), kind, description(r)))).build();
    }

    private static KpiCatalogue.Description description(MetricRequest r) {
        if (r == null) {
            throw Refusal.invalid("name", "reach.metric.missing");
        }
        return new KpiCatalogue.Description(r.name(), r.definition(), r.unit(), parse(Tier.class, "tier", r.tier()),
                r.active() == null || r.active(), r.version() == null ? 0 : r.version());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "reach.metric." + field);
        }
    }
}
