package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.control.ReferralStats;
import eu.csep.portal.hashmatch.entity.Outcome;
import eu.csep.portal.hashmatch.entity.Referral;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Referrals of online content to platforms: record, set the outcome, statistics and the overdue list. */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hashmatch")
public class ReferralsResource {

    /** Dates as ISO {@code yyyy-MM-dd}. */
    public record ReferralRequest(String url, String platform, String referredOn, String category, List<Long> entryIds) {
    }

    public record OutcomeRequest(String outcome, String date) {
    }

    public record ReferralView(long id, String url, String platform, LocalDate referredOn, String category,
            List<Long> entryIds, Outcome outcome, LocalDate outcomeOn, String createdBy) {
        static ReferralView of(Referral r) {
            return new ReferralView(r.getId(), r.getUrl(), r.getPlatform(), r.getReferredOn(), r.getCategory(),
                    r.getEntryIds(), r.getOutcome(), r.getOutcomeOn(), r.getCreatedBy());
        }
    }

    /** {@code period} is {@code yyyy-MM}, or null in the totals per platform. */
    public record StatsRow(String platform, String period, int referred, int removed, int notRemoved, int unknown,
            int pending, BigDecimal removalRate) {
        static StatsRow of(ReferralStats.Row r) {
            return new StatsRow(r.platform(), r.period() == null ? null : r.period().toString(), r.referred(),
                    r.removed(), r.notRemoved(), r.unknown(), r.pending(), r.removalRate());
        }
    }

    public record Stats(List<StatsRow> perPlatform, List<StatsRow> perMonth) {
    }

    @Inject
    Referrals referrals;

    @GET
    @Operation(summary = "All referrals, newest first")
    public List<ReferralView> all() {
        return referrals.referrals().stream().map(ReferralView::of).toList();
    }

    @POST
    @Operation(summary = "Record a referral (URL, platform from the configured list, date, category, hash entries)")
    public Response create(ReferralRequest request) {
        ReferralRequest r = request == null ? new ReferralRequest(null, null, null, null, null) : request;
        Referral created = referrals.refer(new Referrals.ReferralDraft(r.url(), r.platform(),
                date("referredOn", r.referredOn()), r.category(), r.entryIds()));
        return Response.status(Response.Status.CREATED).entity(ReferralView.of(created)).build();
    }

    @PUT
    @Path("{id}/outcome")
    @Operation(summary = "Record the outcome (REMOVED, NOT_REMOVED, UNKNOWN) and its date")
    public ReferralView outcome(@PathParam("id") long id, OutcomeRequest request) {
        OutcomeRequest r = request == null ? new OutcomeRequest(null, null) : request;
        return ReferralView.of(referrals.recordOutcome(id, r.outcome(), date("outcomeOn", r.date())));
    }

    @GET
    @Path("overdue")
    @Operation(summary = "Referrals still without an outcome after the configured number of days")
    public List<ReferralView> overdue() {
        return referrals.overdue().stream().map(ReferralView::of).toList();
    }

    @GET
    @Path("stats")
    @Operation(summary = "Referral counts and removal rates per platform, and per platform and month")
    public Stats stats() {
        return new Stats(referrals.statsPerPlatform().stream().map(StatsRow::of).toList(),
                referrals.statsPerMonth().stream().map(StatsRow::of).toList());
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "hashmatch.referral.badDate");
        }
    }
}
