package eu.csep.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.PortalClient;
import eu.csep.portal.testsupport.PortalDeployment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role x route access matrix (src/test/resources/access-matrix.csv) checked against the real WAR on Payara
 * Micro and PostgreSQL, for anonymous visitors and each role; plus organisation isolation, security headers and
 * the server's error pages.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final List<String> COLUMNS = List.of("ANONYMOUS", "APPLICANT", "REVIEWER", "OFFICER", "HASH_ADMIN", "ADMIN");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.realWar();
    }

    @ArquillianResource
    URL base;

    record Route(String path, List<Boolean> allowed) {
    }

    @Test
    void anonymous() throws IOException {
        check("ANONYMOUS", new PortalClient(base));
    }

    @Test
    void applicant() throws IOException {
        check("APPLICANT", signedIn("APPLICANT"));
    }

    @Test
    void reviewer() throws IOException {
        check("REVIEWER", signedIn("REVIEWER"));
    }

    @Test
    void officer() throws IOException {
        check("OFFICER", signedIn("OFFICER"));
    }

    @Test
    void hashAdmin() throws IOException {
        check("HASH_ADMIN", signedIn("HASH_ADMIN"));
    }

    @Test
    void admin() throws IOException {
        check("ADMIN", signedIn("ADMIN"));
    }

    @Test
    void ngoMembersSeeOnlyTheirOwnOrganisation() {
        PortalClient anna = signedIn("APPLICANT");
        PortalClient clara = new PortalClient(base);
        assertEquals(302, clara.login(DemoLogins.OTHER_NGO_MEMBER, DemoLogins.PASSWORD).statusCode());
        long own = organisationId(anna);
        long other = organisationId(clara);
        assertTrue(own != other);

        assertEquals(200, anna.getJson("api/v1/organisations/" + own).statusCode());
        HttpResponse<String> members = anna.getJson("api/v1/organisations/" + own + "/members");
        assertEquals(200, members.statusCode());
        assertTrue(members.body().contains("ben@voices-of-peace.org"), members.body());
        assertFalse(members.body().contains("clara@"), members.body());

        HttpResponse<String> foreign = anna.getJson("api/v1/organisations/" + other + "/members");
        assertEquals(404, foreign.statusCode(), "another NGO's members are not found, not merely forbidden");
        assertTrue(foreign.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(foreign.body().contains("clara@"));
        assertEquals(404, anna.getJson("api/v1/organisations/" + other).statusCode());

        PortalClient officer = signedIn("OFFICER");
        assertEquals(200, officer.getJson("api/v1/organisations/" + other + "/members").statusCode());
    }

    @Test
    void pagesCarrySecurityHeadersAndSafeCookies() {
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> home = visitor.get("login.xhtml");
        assertEquals(200, home.statusCode());
        String csp = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp);
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        String cookie = String.join(";", home.headers().allValues("Set-Cookie"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void errorsNeverLeakInternals() {
        PortalClient officer = signedIn("OFFICER");
        HttpResponse<String> missingPage = officer.get("no-such-page.xhtml");
        assertEquals(404, missingPage.statusCode());
        assertTrue(missingPage.body().contains("data-status=\"404\""), "the portal's own 404 page");
        assertEquals(404, officer.get("WEB-INF/web.xml").statusCode());

        HttpResponse<String> missingApi = officer.getJson("api/v1/no-such-resource");
        assertEquals(404, missingApi.statusCode());
        assertTrue(missingApi.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> badDate = officer.getJson("api/v1/audit-entries?from=yesterday");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("\"field\":\"from\""), badDate.body());
        for (HttpResponse<String> r : List.of(missingPage, missingApi, badDate)) {
            assertFalse(r.body().contains("Caused by") || r.body().contains(".java:") || r.body().contains("\tat "),
                    r.body());
        }
    }

    @Test
    void healthAndOpenApiAreServed() {
        PortalClient visitor = new PortalClient(base);
        HttpResponse<String> health = visitor.get(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\"") && health.body().contains("PostgreSQL"), health.body());
        HttpResponse<String> openapi = visitor.get(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        assertEquals(200, openapi.statusCode());
        for (String path : List.of("/api/v1/me", "/api/v1/organisations/{id}/members", "/api/v1/audit-entries")) {
            assertTrue(openapi.body().contains(path), "OpenAPI documents " + path);
        }
    }

    private void check(String column, PortalClient client) throws IOException {
        int index = COLUMNS.indexOf(column);
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            boolean allowed = route.allowed().get(index);
            boolean api = route.path().startsWith("/api/");
            HttpResponse<String> response = api ? client.getJson(route.path()) : client.get(route.path());
            int status = response.statusCode();
            boolean ok;
            if (allowed) {
                ok = status == 200;
            } else if ("ANONYMOUS".equals(column)) {
                ok = api ? status == 401 : status == 302
                        && response.headers().firstValue("Location").orElse("").contains("/login.xhtml?next=");
            } else {
                ok = status == 403;
            }
            if (!ok) {
                wrong.add(route.path() + " -> " + status + " (expected " + (allowed ? "200" : "refusal") + ")");
            }
        }
        if (!wrong.isEmpty()) {
            fail(column + " reached the wrong routes:\n" + String.join("\n", wrong));
        }
    }

    static List<Route> routes() throws IOException {
        List<Route> routes = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AccessMatrixIT.class.getResourceAsStream("/access-matrix.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("route,")) {
                    continue;
                }
                String[] cells = line.split(",");
                List<Boolean> allowed = new ArrayList<>();
                for (int i = 1; i <= COLUMNS.size(); i++) {
                    allowed.add("Y".equals(cells[i].trim()));
                }
                routes.add(new Route(cells[0].trim(), allowed));
            }
        }
        assertTrue(routes.size() >= 15, "the matrix lists every route");
        return routes;
    }

    private PortalClient signedIn(String role) {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> login = client.login(DemoLogins.BY_ROLE.get(role), DemoLogins.PASSWORD);
        assertEquals(302, login.statusCode(), () -> "login as " + role + " failed: " + login.body());
        return client;
    }

    private static long organisationId(PortalClient client) {
        HttpResponse<String> me = client.getJson("api/v1/me");
        assertEquals(200, me.statusCode());
        Matcher m = Pattern.compile("\"organisation\":\\{[^}]*\"id\":(\\d+)").matcher(me.body());
        assertTrue(m.find(), me.body());
        return Long.parseLong(m.group(1));
    }
}
