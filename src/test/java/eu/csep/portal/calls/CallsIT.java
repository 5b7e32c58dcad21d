package eu.csep.portal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.PortalClient;
import eu.csep.portal.testsupport.PortalDeployment;
import eu.csep.portal.testsupport.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Officers prepare, publish and close calls; applicants and the public see only published ones. */
@ExtendWith(ArquillianExtension.class)
class CallsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.realWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOfficerPreparesPublishesAndClosesACall() throws SQLException {
        String id = identifier();
        PortalClient officer = signedIn("OFFICER");
        HttpResponse<String> saved = officer.submit("officer/call.xhtml", "call", "save", form(id, Map.of()));
        assertEquals(302, saved.statusCode(), saved.body());
        assertEquals("DRAFT", status(id));

        PortalClient visitor = new PortalClient(base);
        assertEquals(404, visitor.getJson("api/v1/calls/" + id).statusCode(), "a draft is not public");
        assertFalse(visitor.get("calls.xhtml").body().contains(id));

        HttpResponse<String> published = officer.submit("officer/calls.xhtml", "calls", "table:" + row(officer, id) + ":publish", Map.of());
        assertTrue(published.body().contains("The call is open to applicants"), published.body());
        assertEquals("OPEN", status(id));

        HttpResponse<String> json = visitor.getJson("api/v1/calls/" + id);
        assertEquals(200, json.statusCode());
        // 17:00 in Brussels on 31 March (summer time) is 15:00 UTC
        assertTrue(json.body().contains("\"deadline\":\"" + nextYear() + "-03-31T15:00:00Z\""), json.body());
        assertTrue(json.body().contains("\"maxGrant\":1000000"), json.body());
        String page = visitor.get("calls.xhtml").body();
        assertTrue(page.contains(id) && page.contains("(CEST)"), "listed with its Brussels deadline");
        PortalClient applicant = signedIn("APPLICANT");
        assertTrue(applicant.get("applicant/dashboard.xhtml").body().contains(id), "on the NGO dashboard");

        HttpResponse<String> readOnly = officer.get("officer/call.xhtml?id=" + dbId(id));
        assertTrue(readOnly.body().contains("This call is published: its terms can no longer change"));
        officer.submit("officer/call.xhtml?id=" + dbId(id), "call", "save", form(id, Map.of("title", "Changed later")));
        assertEquals("Counter-narratives " + id, titleOf(id), "a published call's terms stay as published");

        HttpResponse<String> closed = officer.submit("officer/calls.xhtml", "calls", "table:" + row(officer, id) + ":close", Map.of());
        assertTrue(closed.body().contains("The call is closed"), closed.body());
        assertEquals("CLOSED", status(id));
        assertFalse(visitor.getJson("api/v1/calls").body().contains(id), "closed calls are no longer listed as open");

        String audit = officer.getJson("api/v1/audit-entries?targetId=" + id).body();
        for (String action : new String[] {"CALL_PREPARED", "CALL_PUBLISHED", "CALL_CLOSED"}) {
            assertTrue(audit.contains(action), action + " audited: " + audit);
        }
    }

    @Test
    void badCallsAreRefusedWithTheFieldAndNothingIsStored() throws SQLException {
        PortalClient officer = signedIn("OFFICER");
        long before = count();
        refused(officer, Map.of("minGrant_hinput", "2000000"), "The minimum grant must not exceed the maximum grant");
        refused(officer, Map.of("maxGrant_hinput", "9000000"), "must not exceed the call's budget");
        refused(officer, Map.of("deadline_input", nextYear() + "-01-01 00:00", "opensAt_input", nextYear() + "-02-01 00:00"),
                "The deadline must come after the opening date");
        refused(officer, Map.of("identifier", "csep 2027/01"), "Use capital letters, digits and hyphens");
        refused(officer, Map.of("title", "<script>alert(1)</script>"), "Use plain text");
        refused(officer, Map.of("budget_hinput", "-5"), "must be greater than 0");
        refused(officer, Map.of("budget_hinput", "100.123"), "numeric value out of bounds");
        refused(officer, Map.of("maxCofinancingRate_hinput", "120"), "must be less than or equal to 100");
        assertEquals(before, count(), "no call stored by a refused form");

        String id = identifier();
        officer.submit("officer/call.xhtml", "call", "save", form(id, Map.of()));
        refused(officer, Map.of("identifier", id), "already exists");
        assertEquals(before + 1, count());
    }

    private void refused(PortalClient officer, Map<String, String> overrides, String message) {
        HttpResponse<String> response = officer.submit("officer/call.xhtml", "call", "save", form(identifier(), overrides));
        assertEquals(200, response.statusCode(), "stays on the form");
        assertTrue(response.body().contains(message), () -> "expected '" + message + "' for " + overrides);
    }

    private static Map<String, String> form(String id, Map<String, String> overrides) {
        Map<String, String> f = new HashMap<>(Map.ofEntries(
                Map.entry("identifier", id), Map.entry("title", "Counter-narratives " + id),
                Map.entry("description", "Campaigns that answer terrorist propaganda online."),
                Map.entry("opensAt_input", LocalDate.now().getYear() + "-01-01 09:00"),
                Map.entry("deadline_input", nextYear() + "-03-31 17:00"),
                Map.entry("budget_hinput", "4000000"), Map.entry("minGrant_hinput", "250000"),
                Map.entry("maxGrant_hinput", "1000000"), Map.entry("maxCofinancingRate_hinput", "90"),
                Map.entry("minPartners_input", "3"), Map.entry("maxDurationMonths_input", "24")));
        f.putAll(overrides);
        return f;
    }

    private static int nextYear() {
        return LocalDate.now().getYear() + 1;
    }

    private static String identifier() {
        return "CSEP-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static int row(PortalClient officer, String id) {
        String page = officer.get("officer/calls.xhtml").body();
        Matcher m = Pattern.compile("data-ri=\"(\\d+)\"((?!</tr>).)*?" + Pattern.quote(id), Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the call is listed");
        return Integer.parseInt(m.group(1));
    }

    private PortalClient signedIn(String role) {
        PortalClient client = new PortalClient(base);
        assertEquals(302, client.login(DemoLogins.BY_ROLE.get(role), DemoLogins.PASSWORD).statusCode());
        return client;
    }

    private static String status(String id) throws SQLException {
        return TestDatabase.value("SELECT status FROM call_for_proposals WHERE identifier = ?", id);
    }

    private static String titleOf(String id) throws SQLException {
        return TestDatabase.value("SELECT title FROM call_for_proposals WHERE identifier = ?", id);
    }

    private static String dbId(String id) throws SQLException {
        return TestDatabase.value("SELECT id FROM call_for_proposals WHERE identifier = ?", id);
    }

    private static long count() throws SQLException {
        return TestDatabase.count("call_for_proposals");
    }
}
