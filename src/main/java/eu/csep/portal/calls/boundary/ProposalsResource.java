package eu.csep.portal.calls.boundary;

import eu.csep.portal.calls.control.Eligibility;
import eu.csep.portal.calls.entity.AttachmentKind;
import eu.csep.portal.calls.entity.KpiTarget;
import eu.csep.portal.calls.entity.ProposalPartner;
import eu.csep.portal.shared.boundary.Refusal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import eu.csep.portal.calls.entity.Proposal;
import eu.csep.portal.calls.entity.ProposalBudget;
import eu.csep.portal.calls.entity.ProposalNarrative;
import eu.csep.portal.calls.entity.ProposalSubmission;
import eu.csep.portal.calls.entity.ProposalSummary;
import eu.csep.portal.shared.control.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's organisation's proposals: list, read, and the applicant's use cases (start, save a step with the
 * version it was read at, eligibility, submit, withdraw, receipt). Another organisation's proposal is a 404.
 */
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "proposals")
public class ProposalsResource {

    public record Start(String callIdentifier) {
    }

    public record SummaryRequest(long version, String title, String acronym, String abstractText, String languages,
            String targetCountries) {
    }

    public record NarrativeRequest(long version, String goal, String audience, String grievances, String message,
            String messenger, String media, String action) {
    }

    public record BudgetRequest(long version, BigDecimal personnel, BigDecimal subcontracting, BigDecimal travel,
            BigDecimal equipment, BigDecimal otherCosts, BigDecimal euContribution, Integer durationMonths) {
    }

    public record Kpi(String platform, long impressions, long uniqueReach, long engagements, long videoViews,
            long clickThroughs) {
    }

    public record TargetsRequest(long version, List<Kpi> kpis, String impactIndicators) {
    }

    public record Budget(BigDecimal personnel, BigDecimal subcontracting, BigDecimal travel, BigDecimal equipment,
            BigDecimal otherCosts, BigDecimal indirectCosts, BigDecimal totalCosts, BigDecimal euContribution,
            BigDecimal cofinancingRate) {
        static Budget of(ProposalBudget b) {
            return new Budget(b.personnel(), b.subcontracting(), b.travel(), b.equipment(), b.otherCosts(),
                    b.indirectCosts(), b.totalCosts(), b.euContribution(), b.cofinancingRate());
        }
    }

    public record View(long id, String callIdentifier, String status, long version, int submissions,
            OffsetDateTime lastSubmittedAt, OffsetDateTime updatedAt, ProposalSummary summary,
            ProposalNarrative narrative, Budget budget, Integer durationMonths, List<Kpi> kpis,
            String impactIndicators) {
        static View of(Proposal p) {
            return new View(p.getId(), p.getCall().getIdentifier(), p.getStatus().name(), p.getVersion(),
                    p.getSubmissions(), p.getLastSubmittedAt(), p.getUpdatedAt(), p.summary(), p.narrative(),
                    Budget.of(p.budget()), p.getDurationMonths(),
                    p.getKpis().stream().map(k -> new Kpi(k.getPlatform(), k.getImpressions(), k.getUniqueReach(),
                            k.getEngagements(), k.getVideoViews(), k.getClickThroughs())).toList(),
                    p.getImpactIndicators());
        }
    }

    public record SaveResult(View proposal, List<Proposals.FieldProblem> problems) {
    }

    public record RuleView(String rule, String outcome, String field, String message) {
    }

    public record EligibilityView(boolean eligible, List<RuleView> rules) {
    }

    public record SubmissionView(int version, OffsetDateTime submittedAt, String submittedBy, BigDecimal totalCost,
            BigDecimal euContribution, BigDecimal cofinancingRate) {
        static SubmissionView of(ProposalSubmission s) {
            return new SubmissionView(s.getNumber(), s.getSubmittedAt(), s.getSubmittedBy(), s.getTotalCost(),
                    s.getEuContribution(), s.getCofinancingRate());
        }
    }

    public record PartnerView(long id, long organisationId, String organisation, String invitedEmail, String role,
            BigDecimal budgetShare, String status, OffsetDateTime invitedAt, OffsetDateTime answeredAt) {
        static PartnerView of(ProposalPartner p) {
            return new PartnerView(p.getId(), p.getOrganisationId(), p.getOrganisationName(), p.getInvitedEmail(),
                    p.getRole(), p.getBudgetShare(), p.getStatus().name(), p.getInvitedAt(), p.getAnsweredAt());
        }
    }

    /** What a partner organisation sees of an invitation: the proposal it is about, read-only. */
    public record InvitationView(long id, String applicant, String reference, String callIdentifier, String role,
            BigDecimal budgetShare, String status, ProposalSummary summary, ProposalNarrative narrative, Budget budget) {
        static InvitationView of(ProposalPartner p) {
            Proposal proposal = p.getProposal();
            return new InvitationView(p.getId(), p.getApplicantName(), proposal.reference(),
                    proposal.getCall().getIdentifier(), p.getRole(), p.getBudgetShare(), p.getStatus().name(),
                    proposal.summary(), proposal.narrative(), Budget.of(proposal.budget()));
        }
    }

    public record Answer(boolean confirm) {
    }

    /** Step 3 request (validated as a {@link PartnerInvitation}; no constraint annotations here for the OpenAPI scanner). */
    public record InviteRequest(String email, String role, BigDecimal budgetShare) {
    }

    public record AttachmentView(long id, String kind, String filename, String contentType, long size, String sha256,
            String screening, boolean withheld) {
        static AttachmentView of(Proposals.Attached a) {
            return new AttachmentView(a.id(), a.kind().name(), a.filename(), a.contentType(), a.size(), a.sha256(),
                    a.screening(), a.withheld());
        }
    }

    @Inject
    Proposals proposals;

    @Inject
    Partnerships partnerships;

    @Inject
    ProposalAttachments attachments;

    /** Documents' size limit: an upload is read up to one byte beyond it (documents then refuses it as too large). */
    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "20971520")
    long maxUploadBytes;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The proposals of the caller's organisation, newest first")
    public List<View> mine() {
        return proposals.mine().stream().map(View::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One proposal of the caller's organisation (404 for any other)")
    public View one(@PathParam("id") long id) {
        return View.of(proposals.find(id));
    }

    @POST
    @Operation(summary = "Start a proposal to an open call")
    public Response start(Start request) {
        Proposal p = proposals.start(request == null ? null : request.callIdentifier());
        return Response.status(Response.Status.CREATED).entity(View.of(p)).build();
    }

    @PUT
    @Path("{id}/summary")
    @Operation(summary = "Save step 1 (summary) as a draft; fields failing validation are reported and not saved")
    public SaveResult summary(@PathParam("id") long id, SummaryRequest r) {
        return saved(proposals.saveSummary(id, r.version(), new ProposalSummary(r.title(), r.acronym(),
                r.abstractText(), r.languages(), r.targetCountries()), locale()));
    }

    @PUT
    @Path("{id}/narrative")
    @Operation(summary = "Save step 2 (audience and narrative, GAMMMA+) as a draft")
    public SaveResult narrative(@PathParam("id") long id, NarrativeRequest r) {
        return saved(proposals.saveNarrative(id, r.version(), new ProposalNarrative(r.goal(), r.audience(),
                r.grievances(), r.message(), r.messenger(), r.media(), r.action()), locale()));
    }

    @PUT
    @Path("{id}/budget")
    @Operation(summary = "Save step 4 (budget by cost category, EU contribution, duration) as a draft")
    public SaveResult budget(@PathParam("id") long id, BudgetRequest r) {
        return saved(proposals.saveBudget(id, r.version(), new BudgetStep(r.personnel(), r.subcontracting(),
                r.travel(), r.equipment(), r.otherCosts(), r.euContribution(), r.durationMonths()), locale()));
    }

    @PUT
    @Path("{id}/targets")
    @Operation(summary = "Save step 5 (KPI targets per platform, impact indicators) as a draft")
    public SaveResult targets(@PathParam("id") long id, TargetsRequest r) {
        List<KpiTarget> kpis = r.kpis() == null ? List.of() : r.kpis().stream().map(k -> new KpiTarget(k.platform(),
                k.impressions(), k.uniqueReach(), k.engagements(), k.videoViews(), k.clickThroughs())).toList();
        return saved(proposals.saveTargets(id, r.version(), new TargetsStep(kpis, r.impactIndicators()), locale()));
    }

    @GET
    @Path("{id}/eligibility")
    @Operation(summary = "Every eligibility rule with its outcome (PASSED or FAILED)")
    public EligibilityView eligibility(@PathParam("id") long id) {
        Eligibility.Result result = proposals.eligibility(id);
        Locale locale = locale();
        return new EligibilityView(result.eligible(), result.rules().stream().map(r -> new RuleView(r.rule(),
                r.outcome().name(), r.field(), Texts.get(locale, r.messageKey(), r.arguments().toArray()))).toList());
    }

    @POST
    @Path("{id}/submissions")
    @Operation(summary = "Submit (again) before the deadline: each submission is a new version")
    public Response submit(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(SubmissionView.of(proposals.submit(id))).build();
    }

    @GET
    @Path("{id}/submissions")
    @Operation(summary = "Every submitted version, oldest first")
    public List<SubmissionView> submissions(@PathParam("id") long id) {
        return proposals.submissions(id).stream().map(SubmissionView::of).toList();
    }

    @GET
    @Path("{id}/receipt")
    @Produces("application/pdf")
    @Operation(summary = "The receipt PDF of the latest (or the given) submitted version")
    public Response receipt(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return Response.ok(proposals.receipt(id, version), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"receipt-" + id + ".pdf\"").build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw the proposal before the deadline")
    public View withdraw(@PathParam("id") long id) {
        return View.of(proposals.withdraw(id));
    }

    @GET
    @Path("{id}/partners")
    @Operation(summary = "Step 3: the organisations invited as partners, with role, budget share and answer")
    public List<PartnerView> partners(@PathParam("id") long id) {
        return partnerships.of(id).stream().map(PartnerView::of).toList();
    }

    @POST
    @Path("{id}/partners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Step 3: invite the organisation of a registered member (by e-mail) with a role and a budget share")
    public Response invite(@PathParam("id") long id, InviteRequest r) {
        PartnerInvitation invitation = r == null ? new PartnerInvitation(null, null, null)
                : new PartnerInvitation(r.email(), r.role(), r.budgetShare());
        return Response.status(Response.Status.CREATED)
                .entity(PartnerView.of(partnerships.invite(id, invitation, locale()))).build();
    }

    @DELETE
    @Path("{id}/partners/{partner}")
    @Operation(summary = "Step 3: remove a partner (invitation) while the proposal can change")
    public Response removePartner(@PathParam("id") long id, @PathParam("partner") long partner) {
        partnerships.remove(id, partner);
        return Response.noContent().build();
    }

    @GET
    @Path("invitations")
    @Operation(summary = "Invitations of the caller's organisation to take part in other organisations' proposals")
    public List<InvitationView> invitations() {
        return partnerships.invitations().stream().map(InvitationView::of).toList();
    }

    @GET
    @Path("invitations/{partner}")
    @Operation(summary = "One invitation to the caller's organisation, with the proposal (read-only)")
    public InvitationView invitation(@PathParam("partner") long partner) {
        return InvitationView.of(partnerships.invitation(partner));
    }

    @GET
    @Path("invitations/{partner}/attachments")
    @Operation(summary = "The applicant's attachments of the proposal an invitation is about (read-only)")
    public List<AttachmentView> invitationAttachments(@PathParam("partner") long partner) {
        return partnerships.attachments(partner).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("invitations/{partner}/attachments/{attachment}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one of them (409 while screening withholds it)")
    public Response invitationAttachment(@PathParam("partner") long partner, @PathParam("attachment") long attachment) {
        return file(attachments.contentForPartner(partner, attachment));
    }

    @PUT
    @Path("invitations/{partner}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm (confirm=true) or decline the caller's organisation's participation")
    public InvitationView answer(@PathParam("partner") long partner, Answer answer) {
        return InvitationView.of(partnerships.answer(partner, answer != null && answer.confirm(), locale()));
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "Step 6: the attachments with size, SHA-256 and screening state")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        return proposals.attachments(id).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Step 6: attach a file (part \"file\"); kind ANNEX (PDF, replaces the annex) or PARTNER_LETTER")
    public Response attach(@PathParam("id") long id, @QueryParam("kind") String kind, List<EntityPart> parts) {
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElse(null);
        if (file == null) {
            throw Refusal.invalid("file", "documents.empty");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
        } catch (IOException e) {
            throw Refusal.invalid("file", "documents.empty");
        }
        return Response.status(Response.Status.CREATED).entity(AttachmentView.of(
                attachments.attach(id, kind(kind), file.getFileName().orElse(null), content))).build();
    }

    @DELETE
    @Path("{id}/attachments/{attachment}")
    @Operation(summary = "Step 6: remove an attachment while the proposal can change")
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        attachments.remove(id, attachment);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/attachments/{attachment}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Step 6: download an attachment (409 while screening withholds it)")
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        return file(attachments.content(id, attachment));
    }

    private static Response file(ProposalAttachments.Download d) {
        return Response.ok(d.content(), d.contentType()).header("Content-Disposition",
                "attachment; filename=\"" + d.filename().replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }

    private static AttachmentKind kind(String kind) {
        try {
            return kind == null ? null : AttachmentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("kind", "proposal.attachment.kindRequired");
        }
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : Texts.supported(headers.getAcceptableLanguages().get(0));
    }

    private static SaveResult saved(Proposals.Saved saved) {
        return new SaveResult(View.of(saved.proposal()), saved.problems());
    }
}
