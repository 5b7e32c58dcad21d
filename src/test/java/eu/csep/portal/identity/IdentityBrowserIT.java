package eu.csep.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.testsupport.Browser;
import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.Mailbox;
import eu.csep.portal.testsupport.PortalDeployment;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What people do with the portal in a real browser (headless Chromium), against the real WAR on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class IdentityBrowserIT {

    private static final String PASSWORD = "correct horse battery";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.realWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anNgoRegistersConfirmsSignsInSwitchesLanguageAndSignsOut() {
        String unique = "ngo" + UUID.randomUUID().toString().substring(0, 8);
        String email = "maria@" + unique + ".eu";
        try (Browser browser = Browser.start()) {
            browser.open(base.toString());
            browser.waitForText("Funding civil society against terrorist propaganda online");
            browser.screenshot("home");

            browser.click("register");
            browser.type("registration:legalName", "Mothers for Peace " + unique);
            browser.script("PF('country').selectValue('AT')");
            browser.type("registration:registrationNumber", "ZVR " + unique.substring(3));
            browser.type("registration:emailDomain", unique + ".eu");
            browser.type("registration:displayName", "Maria Gruber");
            browser.type("registration:email", email);
            browser.type("registration:password", PASSWORD);
            browser.type("registration:passwordRepeat", PASSWORD);
            browser.screenshot("register");
            browser.click("registration:submit");
            browser.waitForText("we sent a confirmation link to " + email);

            browser.open(Mailbox.link(Mailbox.await(email, "Confirm your e-mail")));
            browser.waitForText("Your e-mail address is confirmed");
            browser.click("confirm:signin");
            browser.type("login:email", email);
            browser.type("login:password", PASSWORD);
            browser.click("login:submit");
            browser.waitForText("Welcome, Maria Gruber");
            assertTrue(browser.text().contains("Mothers for Peace " + unique));
            browser.screenshot("ngo-dashboard");

            browser.click("nav:langs:1:lang");
            browser.waitForText("Bienvenue");
            browser.screenshot("ngo-dashboard-fr");
            browser.click("nav:langs:2:lang");
            browser.waitForText("Willkommen");
            browser.click("nav:langs:0:lang");
            browser.waitForText("Welcome, Maria Gruber");

            browser.click("nav:logout");
            browser.waitForText("You have signed out.");
            assertTrue(browser.driver().getCurrentUrl().contains("/index.xhtml"));
        }
    }

    @Test
    void theAdminInvitesAReviewerWhoSetsAPasswordAndSignsIn() {
        String reviewer = "expert-" + UUID.randomUUID().toString().substring(0, 8) + "@university.example";
        try (Browser browser = Browser.start()) {
            browser.open(base + "login.xhtml");
            browser.type("login:email", DemoLogins.BY_ROLE.get("ADMIN"));
            browser.type("login:password", DemoLogins.PASSWORD);
            browser.click("login:submit");
            browser.waitForText("Programme staff");
            browser.type("invite:name", "Ingrid Expert");
            browser.type("invite:email", reviewer);
            browser.script("PF('inviteRole').selectValue('REVIEWER')");
            browser.click("invite:send");
            browser.waitForText("An invitation was sent to " + reviewer);
            browser.waitForText(reviewer);
            browser.screenshot("admin-dashboard");
            browser.click("nav:logout");
            browser.waitForText("You have signed out.");

            browser.open(Mailbox.link(Mailbox.await(reviewer, "You are invited")));
            browser.waitForText("You were invited to the CSEP Portal as Reviewer");
            assertEquals(reviewer, browser.find("invitedEmail").getText());
            browser.type("invitation:password", PASSWORD);
            browser.type("invitation:passwordRepeat", PASSWORD);
            browser.click("invitation:submit");
            browser.waitForText("Your account is ready");
            browser.click("signin");
            browser.type("login:email", reviewer);
            browser.type("login:password", PASSWORD);
            browser.click("login:submit");
            browser.waitForText("Welcome, Ingrid Expert");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/reviewer/dashboard.xhtml"));
            browser.screenshot("reviewer-dashboard");
        }
    }
}
