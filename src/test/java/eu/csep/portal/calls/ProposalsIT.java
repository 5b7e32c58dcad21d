package eu.csep.portal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static eu.csep.portal.calls.ProposalSteps.*;

import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.PortalClient;
import eu.csep.portal.testsupport.PortalDeployment;
import eu.csep.portal.testsupport.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The applicant side of calls on the real WAR and PostgreSQL: an NGO starts a proposal to an open call, saves each
 * step, sees the eligibility rules, submits, resubmits (versions kept), withdraws; concurrent edits conflict;
 * another organisation gets 404 for it, in the API and the UI. Data is set up only through the portal.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.realWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anNgoSavesEveryStepChecksEligibilitySubmitsResubmitsAndWithdraws() throws SQLException {
        String call = openCall();
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        HttpResponse<String> started = anna.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + call + "\"}");
        assertEquals(201, started.statusCode(), started.body());
        long id = number(started.body(), "id");
        assertEquals("DRAFT", TestDatabase.value("SELECT status FROM proposal WHERE id = ?", id));

        HttpResponse<String> empty = anna.getJson("api/v1/proposals/" + id + "/eligibility");
        assertTrue(empty.body().contains("\"eligible\":false"), empty.body());
        for (String rule : new String[] {"Mandatory fields are missing: title, acronym", "Enter the requested EU contribution",
                "needs the costs", "Enter the duration", "Attach the narrative annex (PDF)"}) {
            assertTrue(empty.body().contains(rule), rule + " in " + empty.body());
        }
        HttpResponse<String> refused = anna.postJson("api/v1/proposals/" + id + "/submissions", "");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("The proposal is not eligible yet"), refused.body());

        long v = version(anna, id);
        v = saved(anna, id, "summary", SUMMARY.formatted(v));
        v = saved(anna, id, "narrative", NARRATIVE.formatted(v));
        // a budget above the grant maximum, above the co-financing maximum and too long: every rule listed at once
        v = saved(anna, id, "budget", BUDGET.formatted(v, "1000000.01", 30));
        v = saved(anna, id, "targets", TARGETS.formatted(v));
        String failing = anna.getJson("api/v1/proposals/" + id + "/eligibility").body();
        assertTrue(failing.contains("between EUR 250000.00 and EUR 1000000.00"), failing);
        assertTrue(failing.contains("co-financing rate of 186.9159 % exceeds the call's maximum of 90.00 %"), failing);
        assertTrue(failing.contains("A duration of 30 months exceeds the call's maximum of 24 months"), failing);
        assertFalse(failing.contains("Mandatory fields are missing"), failing);
        assertEquals(400, anna.postJson("api/v1/proposals/" + id + "/submissions", "").statusCode());
        v = saved(anna, id, "budget", BUDGET.formatted(v, "481500.01", 24));
        assertTrue(anna.getJson("api/v1/proposals/" + id + "/eligibility").body().contains("exceeds the call's maximum of 90.00 %"),
                "one cent over the rate");
        v = saved(anna, id, "budget", BUDGET.formatted(v, "481500.00", 24));

        String loaded = anna.getJson("api/v1/proposals/" + id).body();
        for (String value : new String[] {"\"title\":\"Voices against hate\"", "\"targetCountries\":\"BE, FR\"",
                "\"messenger\":\"Former extremists\"", "\"indirectCosts\":35000", "\"totalCosts\":535000",
                "\"cofinancingRate\":90", "\"durationMonths\":24", "\"platform\":\"YouTube\"", "\"videoViews\":250000",
                "\"impactIndicators\":\"Pre/post survey\""}) {
            assertTrue(loaded.contains(value), value + " in " + loaded);
        }
        assertEquals("481500.00", TestDatabase.value("SELECT eu_contribution FROM proposal WHERE id = ?", id));
        assertEquals("2", TestDatabase.value("SELECT COUNT(*) FROM proposal_kpi WHERE proposal_id = ?", id));
        assertTrue(anna.getJson("api/v1/proposals/" + id + "/eligibility").body().contains("Attach the narrative annex"));
        attachAnnex(anna, id);
        assertTrue(anna.getJson("api/v1/proposals/" + id + "/eligibility").body().contains("\"eligible\":true"));

        HttpResponse<String> first = anna.postJson("api/v1/proposals/" + id + "/submissions", "");
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"version\":1"), first.body());
        HttpResponse<String> receipt = anna.get("api/v1/proposals/" + id + "/receipt");
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.body().startsWith("%PDF"), "a PDF");

        v = version(anna, id);
        saved(anna, id, "summary", SUMMARY.formatted(v).replace("Voices against hate", "Voices against hate, revised"));
        HttpResponse<String> second = anna.postJson("api/v1/proposals/" + id + "/submissions", "");
        assertTrue(second.body().contains("\"version\":2"), second.body());
        assertEquals("2", TestDatabase.value("SELECT COUNT(*) FROM proposal_submission WHERE proposal_id = ?", id));
        assertEquals("Voices against hate", TestDatabase.value(
                "SELECT title FROM proposal_submission WHERE proposal_id = ? AND version_number = 1", id), "version 1 kept as it was");
        assertEquals("Voices against hate, revised", TestDatabase.value(
                "SELECT title FROM proposal_submission WHERE proposal_id = ? AND version_number = 2", id));
        assertEquals("SUBMITTED", TestDatabase.value("SELECT status FROM proposal WHERE id = ?", id));

        HttpResponse<String> withdrawn = anna.postJson("api/v1/proposals/" + id + "/withdrawal", "");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", TestDatabase.value("SELECT status FROM proposal WHERE id = ?", id));
        HttpResponse<String> afterwards = anna.postJson("api/v1/proposals/" + id + "/submissions", "");
        assertEquals(409, afterwards.statusCode());
        assertTrue(afterwards.body().contains("has been withdrawn"), afterwards.body());
        String audit = TestDatabase.value("SELECT COUNT(*) FROM audit_entry WHERE target_type = 'Proposal' AND target_id = ?",
                String.valueOf(id));
        assertEquals("5", audit, "started, annex attached, submitted twice, withdrawn");
    }

    @Test
    void invalidFieldsAreReportedWhileTheRestOfTheDraftIsSaved() throws SQLException {
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        long id = number(anna.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + openCall() + "\"}").body(), "id");
        long v = version(anna, id);
        HttpResponse<String> response = anna.sendJson("PUT", "api/v1/proposals/" + id + "/budget",
                "{\"version\":" + v + ",\"personnel\":-5,\"travel\":1000.123,\"equipment\":2500,\"durationMonths\":12}");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"field\":\"personnel\""), response.body());
        assertTrue(response.body().contains("\"field\":\"travel\""), response.body());
        assertEquals("2500.00", TestDatabase.value("SELECT equipment FROM proposal WHERE id = ?", id), "valid field saved");
        assertEquals("12", TestDatabase.value("SELECT duration_months FROM proposal WHERE id = ?", id));
        assertEquals("0.00", TestDatabase.value("SELECT personnel FROM proposal WHERE id = ?", id), "invalid field not saved");
        String english = problem(response.body(), "personnel");
        for (String language : new String[] {"fr", "de"}) {
            HttpResponse<String> translated = anna.sendJson("PUT", "api/v1/proposals/" + id + "/budget",
                    "{\"version\":" + version(anna, id) + ",\"personnel\":-5,\"equipment\":2500,\"durationMonths\":12}", language);
            String message = problem(translated.body(), "personnel");
            assertFalse(message.equals(english), language + ": " + message);
            assertTrue(message.contains(language.equals("fr") ? "doit" : "muss"), language + ": " + message);
        }
    }

    @Test
    void twoEditorsOfTheSameVersionConflictInsteadOfOverwriting() throws SQLException {
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        PortalClient ben = signedIn("ben@voices-of-peace.org");
        long id = number(anna.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + openCall() + "\"}").body(), "id");
        long opened = version(anna, id);
        assertEquals(opened, version(ben, id), "same organisation: Ben sees it too");
        saved(ben, id, "summary", SUMMARY.formatted(opened).replace("Voices against hate", "Ben's title"));
        HttpResponse<String> stale = anna.sendJson("PUT", "api/v1/proposals/" + id + "/summary", SUMMARY.formatted(opened));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("This proposal changed since you opened it"), stale.body());
        assertEquals("Ben's title", TestDatabase.value("SELECT title FROM proposal WHERE id = ?", id), "nothing overwritten");
    }

    @Test
    void anotherOrganisationGets404ForTheProposalInTheApiAndTheUi() throws SQLException {
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        long id = number(anna.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + openCall() + "\"}").body(), "id");
        PortalClient clara = signedIn(DemoLogins.OTHER_NGO_MEMBER);
        assertEquals(404, clara.getJson("api/v1/proposals/" + id).statusCode());
        assertEquals(404, clara.sendJson("PUT", "api/v1/proposals/" + id + "/summary", SUMMARY.formatted(0)).statusCode());
        assertEquals(404, clara.postJson("api/v1/proposals/" + id + "/withdrawal", "").statusCode());
        assertEquals(404, clara.get("api/v1/proposals/" + id + "/receipt").statusCode());
        assertFalse(clara.getJson("api/v1/proposals").body().contains("\"id\":" + id + ","), "not listed");
        assertTrue(anna.getJson("api/v1/proposals").body().contains("\"id\":" + id + ","), "listed for its own organisation");
        assertEquals(404, clara.get("applicant/proposal.xhtml?id=" + id).statusCode(), "the page says not found too");
        assertEquals(200, anna.get("applicant/proposal.xhtml?id=" + id).statusCode());
        assertEquals("DRAFT", TestDatabase.value("SELECT status FROM proposal WHERE id = ?", id), "unchanged");
        assertEquals(404, anna.postJson("api/v1/proposals", "{\"callIdentifier\":\"NO-SUCH-CALL\"}").statusCode());
        HttpResponse<String> openapi = new PortalClient(base).get(base.getProtocol() + "://" + base.getHost() + ":"
                + base.getPort() + "/openapi");
        for (String path : new String[] {"/api/v1/proposals/{id}/submissions", "/api/v1/proposals/{id}/receipt",
                "/api/v1/proposals/{id}/eligibility"}) {
            assertTrue(openapi.body().contains(path), "OpenAPI documents " + path);
        }
    }

    @Test
    void theApplicantPagesStartSaveListAndTheOfficerSeesAndExportsTheProposals() throws SQLException {
        String call = openCall();
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        String calls = anna.get("calls.xhtml").body();
        Matcher form = Pattern.compile("id=\"calls:(\\d+):call\"((?!id=\"calls:).)*?" + Pattern.quote(call), Pattern.DOTALL)
                .matcher(calls);
        assertTrue(form.find(), "the call has a start button");
        HttpResponse<String> started = anna.submit("calls.xhtml", "calls:" + form.group(1) + ":start", "startProposal", Map.of());
        assertEquals(302, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        Matcher idInLocation = Pattern.compile("proposal\\.xhtml\\?id=(\\d+)").matcher(location);
        assertTrue(idInLocation.find(), location);
        long id = Long.parseLong(idInLocation.group(1));
        assertEquals(call, TestDatabase.value("SELECT c.identifier FROM proposal p JOIN call_for_proposals c ON c.id = p.call_id WHERE p.id = ?", id));

        HttpResponse<String> saved = anna.submit("applicant/proposal.xhtml?id=" + id, "proposal", "saveSummary",
                Map.of("title", "Stories that connect", "acronym", "BAD/ACRONYM", "abstractText", "Podcasts",
                        "languages", "de", "targetCountries", "DE"));
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("Draft saved, except the fields below"), saved.body());
        assertTrue(saved.body().contains("acronym: "), "the rejected field is named");
        assertEquals("Stories that connect", TestDatabase.value("SELECT title FROM proposal WHERE id = ?", id));
        assertEquals(null, TestDatabase.value("SELECT acronym FROM proposal WHERE id = ?", id));

        HttpResponse<String> budget = anna.submit("applicant/proposal.xhtml?id=" + id + "&step=2", "proposal", "saveBudget",
                Map.of("personnel_hinput", "300000", "travel_hinput", "0", "subcontracting_hinput", "50000",
                        "equipment_hinput", "0", "otherCosts_hinput", "0", "euContribution_hinput", "300000",
                        "durationMonths_input", "12"));
        assertTrue(budget.body().contains("Draft saved."), budget.body());
        assertTrue(budget.body().contains("€21,000.00"), "indirect costs computed on the page: 7 % of 300,000");
        assertTrue(budget.body().contains("80.8625 %"), "co-financing rate: 300,000 of 371,000");
        assertEquals("300000.00", TestDatabase.value("SELECT eu_contribution FROM proposal WHERE id = ?", id));

        String review = anna.get("applicant/proposal.xhtml?id=" + id + "&step=4").body();
        assertTrue(review.contains("Mandatory fields are missing: acronym, goal"), review);
        assertTrue(review.contains("Attach the narrative annex (PDF)"), review);
        attachAnnex(anna, id);
        HttpResponse<String> narrative = anna.submit("applicant/proposal.xhtml?id=" + id + "&step=1", "proposal", "saveNarrative",
                Map.of("goal", "Belonging", "audience", "Young men 16-25", "grievances", "Isolation", "message", "You are not alone",
                        "messenger", "Peers", "media", "Podcasts, Instagram", "action", "Call the helpline"));
        assertTrue(narrative.body().contains("Draft saved."), narrative.body());
        assertEquals("Call the helpline", TestDatabase.value("SELECT call_to_action FROM proposal WHERE id = ?", id));
        anna.submit("applicant/proposal.xhtml?id=" + id, "proposal", "saveSummary", Map.of("title", "Stories that connect",
                "acronym", "STC", "abstractText", "Podcasts", "languages", "de", "targetCountries", "DE"));
        saved(anna, id, "targets", TARGETS.formatted(version(anna, id)));
        HttpResponse<String> submitted = anna.submit("applicant/proposal.xhtml?id=" + id + "&step=4", "proposal", "submit", Map.of());
        assertTrue(submitted.body().contains("Submitted as version 1"), submitted.body());
        Matcher receiptLink = Pattern.compile("href=\"[^\"]*(api/v1/proposals/" + id + "/receipt\\?version=1)\"").matcher(submitted.body());
        assertTrue(receiptLink.find(), "the receipt is offered for download");
        assertTrue(anna.get(receiptLink.group(1)).body().startsWith("%PDF"));
        assertEquals("SUBMITTED", TestDatabase.value("SELECT status FROM proposal WHERE id = ?", id));
        assertTrue(anna.get("applicant/proposals.xhtml").body().contains("Stories that connect"));
        assertTrue(anna.get("applicant/dashboard.xhtml").body().contains("proposal.xhtml?id=" + id));

        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        String callId = TestDatabase.value("SELECT id FROM call_for_proposals WHERE identifier = ?", call);
        String list = officer.get("officer/proposals.xhtml?call=" + callId).body();
        assertTrue(list.contains("Stories that connect") && list.contains("Voices of Peace asbl"), list);
        HttpResponse<String> csv = officer.submit("officer/proposals.xhtml?call=" + callId, "proposals", "table:export", Map.of());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Stories that connect") && csv.body().contains("SUBMITTED"), csv.body());
        assertFalse(csv.body().contains("<html"), "a CSV, not a page");
    }

    @Test
    void onceTheCallIsClosedTheProposalIsReadOnlyAndNoLongerSubmittable() throws SQLException {
        String call = openCall();
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        long id = number(anna.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + call + "\"}").body(), "id");
        long v = version(anna, id);
        v = saved(anna, id, "summary", SUMMARY.formatted(v));
        v = saved(anna, id, "narrative", NARRATIVE.formatted(v));
        v = saved(anna, id, "budget", BUDGET.formatted(v, "481500.00", 24));
        saved(anna, id, "targets", TARGETS.formatted(v));
        attachAnnex(anna, id);
        assertTrue(anna.getJson("api/v1/proposals/" + id + "/eligibility").body().contains("\"eligible\":true"));

        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        String page = officer.get("officer/calls.xhtml").body();
        Matcher m = Pattern.compile("data-ri=\"(\\d+)\"((?!</tr>).)*?" + Pattern.quote(call), Pattern.DOTALL).matcher(page);
        assertTrue(m.find());
        assertTrue(officer.submit("officer/calls.xhtml", "calls", "table:" + m.group(1) + ":close", Map.of()).body()
                .contains("The call is closed"));

        HttpResponse<String> late = anna.postJson("api/v1/proposals/" + id + "/submissions", "");
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("deadline has passed"), late.body());
        HttpResponse<String> edit = anna.sendJson("PUT", "api/v1/proposals/" + id + "/summary", SUMMARY.formatted(version(anna, id)));
        assertEquals(409, edit.statusCode(), edit.body());
        assertTrue(anna.getJson("api/v1/proposals/" + id + "/eligibility").body().contains("deadline has passed (server time)"));
        assertTrue(anna.get("applicant/proposal.xhtml?id=" + id).body().contains("Read-only"), "the page says so");
        assertEquals("0", TestDatabase.value("SELECT COUNT(*) FROM proposal_submission WHERE proposal_id = ?", id));
    }

    // --- helpers ---

    private static String problem(String json, String field) {
        Matcher m = Pattern.compile("\"field\":\"" + field + "\",\"message\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), field + " in " + json);
        return m.group(1);
    }

    private String openCall() {
        return ProposalSteps.openCall(base, 0);
    }

    private PortalClient signedIn(String email) {
        return ProposalSteps.signedIn(base, email);
    }
}
