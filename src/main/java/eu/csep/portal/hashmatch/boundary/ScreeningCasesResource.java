package eu.csep.portal.hashmatch.boundary;

import eu.csep.portal.hashmatch.entity.ScreeningCase;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The review queue of quarantined portal uploads: hash admins list the cases and release or confirm them.
 */
@Path("screening-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hashmatch")
public class ScreeningCasesResource {

    /** {@code decision} RELEASE or CONFIRM; {@code allowList} with RELEASE, {@code addToList}/{@code labels} with CONFIRM. */
    public record DecisionRequest(String decision, String reason, Boolean allowList, Long addToList, String labels) {
    }

    public record CaseView(long id, long fileId, String purpose, Long organisationId, String filename,
            String contentType, String sha256, String md5, String pdq, Integer pdqQuality, String uploadedBy,
            Long matchLogId, String matches, String status, OffsetDateTime createdAt, String decidedBy,
            OffsetDateTime decidedAt, String reason) {
        static CaseView of(ScreeningCase c) {
            return new CaseView(c.getId(), c.getFileId(), c.getPurpose(), c.getOrganisationId(), c.getFilename(),
                    c.getContentType(), c.getSha256(), c.getMd5(), c.getPdq(), c.getPdqQuality(), c.getUploadedBy(),
                    c.getMatchLogId(), c.getMatches(), c.getStatus().name(), c.getCreatedAt(), c.getDecidedBy(),
                    c.getDecidedAt(), c.getReason());
        }
    }

    @Inject
    Screenings screenings;

    @GET
    @Operation(summary = "Screening cases: open ones oldest first (default), or ?status=RELEASED|BLOCKED|ALL")
    public List<CaseView> cases(@QueryParam("status") String status) {
        ScreeningCase.Status s = ScreeningCase.Status.OPEN;
        if (status != null && !status.isBlank()) {
            String v = status.strip().toUpperCase(Locale.ROOT);
            if ("ALL".equals(v)) {
                s = null;
            } else {
                try {
                    s = ScreeningCase.Status.valueOf(v);
                } catch (IllegalArgumentException e) {
                    throw Refusal.invalid("status", "hashmatch.screening.statusInvalid");
                }
            }
        }
        return screenings.cases(s).stream().map(CaseView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One screening case with its match details")
    public CaseView one(@PathParam("id") long id) {
        return CaseView.of(screenings.find(id));
    }

    @PUT
    @Path("{id}/decision")
    @Operation(summary = "Release (the file becomes available) or confirm (it stays blocked) an open case, with a reason")
    public CaseView decide(@PathParam("id") long id, DecisionRequest request) {
        Screenings.Decision decision = null;
        if (request != null && request.decision() != null) {
            try {
                decision = Screenings.Decision.valueOf(request.decision().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("decision", "hashmatch.screening.decisionRequired");
            }
        }
        Screenings.DecisionDraft draft = request == null ? null
                : new Screenings.DecisionDraft(decision, request.reason(), Boolean.TRUE.equals(request.allowList()),
                        request.addToList(), request.labels());
        return CaseView.of(screenings.decide(id, draft));
    }
}
