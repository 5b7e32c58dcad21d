package eu.csep.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.IntegrationEnvironment;
import eu.csep.portal.testsupport.Mailbox;
import eu.csep.portal.testsupport.PortalClient;
import eu.csep.portal.testsupport.PortalDeployment;
import eu.csep.portal.testsupport.TestDatabase;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration, confirmation, log-in rules, invitations, password reset and the audit log, end to end over HTTP
 * against the real WAR on Payara Micro with PostgreSQL and a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.realWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void badRegistrationsGetFieldMessagesAndStoreNothing() throws SQLException {
        long organisations = count("organisation");
        long accounts = count("account");
        String unique = unique();

        assertRefused(new HashMap<>(), "Value is required");
        assertRefused(valid(unique, Map.of("legalName", "x".repeat(201))), "size must be between");
        assertRefused(valid(unique, Map.of("legalName", "<script>alert(1)</script>")), "Use plain text");
        assertRefused(valid(unique, Map.of("displayName", "Eve \u202Egnp.exe")), "Use plain text");
        assertRefused(valid(unique, Map.of("displayName", "Zero\u200Bwidth")), "Use plain text");
        assertRefused(valid(unique, Map.of("displayName", "\u0301\u0301\u0301")), "Use plain text"); // marks only
        assertRefused(valid(unique, Map.of("email", "not-an-address")), "Enter an e-mail address");
        assertRefused(valid(unique, Map.of("email", "someone@elsewhere.org")), "must be on the organisation");
        assertRefused(valid(unique, Map.of("emailDomain", "bad domain")), "Enter a domain");
        assertRefused(valid(unique, Map.of("registrationNumber", "12;DROP TABLE")), "Use letters, digits");
        assertRefused(valid(unique, Map.of("country_input", "XX")), "Value is not valid");
        assertRefused(valid(unique, Map.of("password", "short", "passwordRepeat", "short")), "between 12 and 128");
        assertRefused(valid(unique, Map.of("passwordRepeat", "something else entirely")), "The two passwords differ");
        // an existing registration number in the same country, and an existing e-mail address
        assertRefused(valid(unique, Map.of("country_input", "BE", "registrationNumber", "0712.345.678")),
                "already registered in this country");
        assertRefused(valid(unique, Map.of("email", "anna@voices-of-peace.org", "emailDomain", "voices-of-peace.org")),
                "already exists");

        assertEquals(organisations, count("organisation"), "no organisation stored by a refused registration");
        assertEquals(accounts, count("account"), "no account stored by a refused registration");
    }

    @Test
    void ngoRegistersConfirmsAndSignsIn() throws Exception {
        String unique = unique();
        String email = "zoe@" + unique + ".org";
        PortalClient client = new PortalClient(base);
        // letters of several scripts are welcome in names
        HttpResponse<String> registered = client.submit("register.xhtml", "registration", "submit",
                valid(unique, Map.of("displayName", "Zoë Łukasiewicz-Núñez 李")));
        assertEquals(200, registered.statusCode());
        assertTrue(registered.body().contains("we sent a confirmation link to " + email), registered.body());

        HttpResponse<String> early = client.login(email, PASSWORD);
        assertEquals(200, early.statusCode(), "an unconfirmed account cannot sign in");
        assertTrue(early.body().contains("Please confirm your e-mail address first"), early.body());

        String link = Mailbox.link(Mailbox.await(email, "Confirm your e-mail"));
        HttpResponse<String> confirmed = client.get(link);
        assertTrue(confirmed.body().contains("Your e-mail address is confirmed"), confirmed.body());
        assertTrue(client.get(link).body().contains("expired or was already used"), "a link works once");

        HttpResponse<String> login = client.login(email, PASSWORD);
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/applicant/dashboard.xhtml"));
        HttpResponse<String> dashboard = client.get("applicant/dashboard.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Association " + unique), dashboard.body());
        assertTrue(dashboard.body().contains("Zoë Łukasiewicz-Núñez 李"));

        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"), DemoLogins.PASSWORD);
        String audit = officer.getJson("api/v1/audit-entries?actor=" + email).body();
        for (String action : new String[] {"ORGANISATION_REGISTERED", "EMAIL_CONFIRMED", "LOGIN"}) {
            assertTrue(audit.contains("\"action\":\"" + action + "\""), action + " audited: " + audit);
        }
    }

    @Test
    void repeatedFailuresLockTheAccountAndAResetUnlocksIt() throws Exception {
        String email = registeredAndConfirmed();
        PortalClient attacker = new PortalClient(base);
        for (int i = 0; i < 4; i++) {
            assertTrue(attacker.login(email, "wrong password " + i).body().contains("is not right"));
        }
        assertTrue(attacker.login(email, "wrong password 5").body().contains("account is locked"));
        HttpResponse<String> rightButLocked = attacker.login(email, PASSWORD);
        assertEquals(200, rightButLocked.statusCode(), "even the right password is refused while locked");
        assertTrue(rightButLocked.body().contains("account is locked"));

        PortalClient owner = new PortalClient(base);
        HttpResponse<String> asked = owner.submit("forgot-password.xhtml", "forgot", "submit", Map.of("email", email));
        assertTrue(asked.body().contains("If an account exists for this address"));
        // the same answer for an unknown address: nothing is revealed
        assertTrue(owner.submit("forgot-password.xhtml", "forgot", "submit", Map.of("email", "nobody@" + unique() + ".org"))
                .body().contains("If an account exists for this address"));
        String link = Mailbox.link(Mailbox.await(email, "Reset your"));
        String newPassword = "a brand new passphrase";
        HttpResponse<String> reset = owner.submit(link, "reset", "submit",
                Map.of("password", newPassword, "passwordRepeat", newPassword));
        assertTrue(reset.body().contains("Your password is changed"), reset.body());
        assertEquals(302, owner.login(email, newPassword).statusCode(), "the reset also lifts the lock");
        assertTrue(new PortalClient(base).login(email, PASSWORD).body().contains("is not right"));

        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"), DemoLogins.PASSWORD);
        String audit = officer.getJson("api/v1/audit-entries?actor=" + email + "&action=ACCOUNT_LOCKED").body();
        assertTrue(audit.contains("\"total\":1"), audit);
    }

    @Test
    void membersInviteColleaguesIntoTheirOwnOrganisation() throws Exception {
        String email = registeredAndConfirmed();
        PortalClient member = signedIn(email, PASSWORD);
        String colleague = "colleague-" + unique() + "@example.org";
        HttpResponse<String> invited = member.submit("applicant/dashboard.xhtml", "invite", "send",
                Map.of("name", "Cole League", "email", colleague));
        assertTrue(invited.body().contains("An invitation was sent to"), invited.body());
        assertTrue(invited.body().contains(">" + colleague + "<"), "the invited colleague is listed as a member");
        assertTrue(member.submit("applicant/dashboard.xhtml", "invite", "send",
                Map.of("name", "Again", "email", colleague)).body().contains("already has an account"));

        String link = Mailbox.link(Mailbox.await(colleague, "You are invited"));
        PortalClient newcomer = new PortalClient(base);
        HttpResponse<String> accepted = newcomer.submit(link, "invitation", "submit",
                Map.of("displayName", "Cole League", "password", PASSWORD, "passwordRepeat", PASSWORD));
        assertTrue(accepted.body().contains("Your account is ready"), accepted.body());
        assertEquals(302, newcomer.login(colleague, PASSWORD).statusCode());
        String me = newcomer.getJson("api/v1/me").body();
        assertTrue(me.contains("\"role\":\"APPLICANT\"") && me.contains(email.substring(email.indexOf('@') + 1)), me);

        // a member cannot invite programme staff
        assertEquals(403, member.get("admin/dashboard.xhtml").statusCode());
    }

    @Test
    void theAuditLogCannotBeChangedEvenInTheDatabase() throws SQLException {
        try (Connection c = IntegrationEnvironment.database().getConnection(); Statement s = c.createStatement()) {
            assertTrue(count("audit_entry") > 0);
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE audit_entry SET actor = 'mallory'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }

    @Test
    void theAuditLogPageFiltersAndExports() {
        PortalClient admin = signedIn(DemoLogins.BY_ROLE.get("ADMIN"), DemoLogins.PASSWORD);
        HttpResponse<String> page = admin.get("audit/log.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("LOGIN"), "the newest entries are listed");
        HttpResponse<String> filtered = admin.submit("audit/log.xhtml", "audit", "filter",
                Map.of("action", "DEMO_DATA_SEEDED"));
        assertTrue(filtered.body().contains("DEMO_DATA_SEEDED"), filtered.body());
        assertFalse(filtered.body().contains(">LOGIN_FAILED<"));
        HttpResponse<String> csv = admin.submit("audit/log.xhtml", "audit", "entries:export", Map.of("action", "LOGIN"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").contains("csv"), csv.headers().toString());
        assertTrue(csv.body().contains("LOGIN"), csv.body());
    }

    private void assertRefused(Map<String, String> fields, String message) {
        HttpResponse<String> response = new PortalClient(base).submit("register.xhtml", "registration", "submit", fields);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(message), () -> "expected '" + message + "' for " + fields + " in:\n"
                + response.body().replaceAll("(?s).*<main", "<main"));
        assertFalse(response.body().contains("we sent a confirmation link"), "nothing registered for " + fields);
    }

    private static Map<String, String> valid(String unique, Map<String, String> overrides) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "legalName", "Association " + unique,
                "country_input", "FR",
                "registrationNumber", "W" + unique.substring(0, 8).toUpperCase(),
                "emailDomain", unique + ".org",
                "displayName", "Zoé Martin",
                "email", "zoe@" + unique + ".org",
                "password", PASSWORD,
                "passwordRepeat", PASSWORD));
        fields.putAll(overrides);
        return fields;
    }

    private String registeredAndConfirmed() {
        String unique = unique();
        String email = "zoe@" + unique + ".org";
        PortalClient client = new PortalClient(base);
        client.submit("register.xhtml", "registration", "submit", valid(unique, Map.of()));
        client.get(Mailbox.link(Mailbox.await(email, "Confirm your e-mail")));
        return email;
    }

    private PortalClient signedIn(String email, String password) {
        PortalClient client = new PortalClient(base);
        assertEquals(302, client.login(email, password).statusCode(), "login as " + email);
        return client;
    }

    private static String unique() {
        return "ngo" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static long count(String table) throws SQLException {
        return TestDatabase.count(table);
    }
}
