package eu.csep.portal.calls;

import static eu.csep.portal.calls.ProposalSteps.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.testsupport.Browser;
import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.Mailbox;
import eu.csep.portal.testsupport.PortalClient;
import eu.csep.portal.testsupport.PortalDeployment;
import eu.csep.portal.testsupport.TestDatabase;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Proposal steps 3 and 6 and what depends on them, on the real WAR, PostgreSQL and GreenMail: partners invited by
 * e-mail who confirm or decline (and see only the proposal they are invited to), attachments checked by content,
 * replaced and removed, the receipt listing every attachment's SHA-256 and e-mailed as a PDF, the page-level
 * conflict of two editors, and the whole flow in headless Chromium.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalPartnersIT {

    static final String CLARA = DemoLogins.OTHER_NGO_MEMBER;
    static final String ANNA = DemoLogins.BY_ROLE.get("APPLICANT");
    static final String PARTNER = "{\"email\":\"%s\",\"role\":\"%s\",\"budgetShare\":%s}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.realWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void partnersInvitedByEmailConfirmCountForEligibilityAndTheReceiptIsMailedWithEveryHash() throws Exception {
        PortalClient anna = signedIn(base, ANNA);
        String call = openCall(base, 1);
        long id = start(anna, call);
        fillSteps(anna, id);
        String annex = attachAnnex(anna, id);
        String sha256 = text(annex, "sha256");
        assertTrue(eligibility(anna, id).contains("The call requires at least 1 confirmed partners; 0 confirmed so far"));

        String invite = "api/v1/proposals/" + id + "/partners";
        HttpResponse<String> own = anna.postJson(invite, PARTNER.formatted("ben@voices-of-peace.org", "Editor", "1000"));
        assertEquals(400, own.statusCode(), own.body());
        assertTrue(own.body().contains("Your own organisation is the applicant"), own.body());
        assertEquals(400, anna.postJson(invite, PARTNER.formatted("nobody@example.org", "Editor", "1000")).statusCode());
        HttpResponse<String> negative = anna.postJson(invite, PARTNER.formatted(CLARA, "Editor", "-1"));
        assertEquals(400, negative.statusCode());
        assertTrue(negative.body().contains("\"field\":\"budgetShare\"") || negative.body().contains("budgetShare"), negative.body());
        assertEquals("0", TestDatabase.value("SELECT COUNT(*) FROM proposal_partner WHERE proposal_id = ?", id));

        HttpResponse<String> invited = anna.postJson(invite, PARTNER.formatted(CLARA, "Co-producer of the videos", "100000"));
        assertEquals(201, invited.statusCode(), invited.body());
        assertTrue(invited.body().contains("\"organisation\":\"Counter Narrative Lab e.V.\""), invited.body());
        assertTrue(invited.body().contains("\"status\":\"INVITED\""), invited.body());
        long partner = number(invited.body(), "id");
        assertEquals(409, anna.postJson(invite, PARTNER.formatted(CLARA, "Again", "1")).statusCode(), "one row per organisation");

        MimeMessage invitation = Mailbox.await(CLARA, "Voices of Peace asbl invites your organisation");
        String body = invitation.getContent().toString();
        assertTrue(body.contains("applicant/partnership.xhtml?id=" + partner), body);
        assertTrue(body.contains("Co-producer of the videos") && body.contains("100000.00"), body);

        // the partner sees this proposal through its invitation, read-only, and nothing else of the applicant
        PortalClient clara = signedIn(base, CLARA);
        long other = start(anna, openCall(base, 0));
        assertTrue(clara.getJson("api/v1/proposals/invitations").body().contains("\"reference\":\"CSEP-P"));
        HttpResponse<String> readOnly = clara.getJson("api/v1/proposals/invitations/" + partner);
        assertEquals(200, readOnly.statusCode(), readOnly.body());
        assertTrue(readOnly.body().contains("\"title\":\"Voices against hate\""), readOnly.body());
        assertTrue(clara.get("applicant/partnership.xhtml?id=" + partner).body().contains("Voices against hate"));
        assertTrue(clara.get("applicant/partnership.xhtml").body().contains("Voices of Peace asbl"), "the invitations list");
        String reference = text(readOnly.body(), "reference");
        assertTrue(clara.get("applicant/dashboard.xhtml").body().contains(reference), "awaiting an answer, on the dashboard");
        // ... with the applicant's attachments, listed and downloadable through the invitation only
        HttpResponse<String> files = clara.getJson("api/v1/proposals/invitations/" + partner + "/attachments");
        assertEquals(200, files.statusCode(), files.body());
        assertTrue(files.body().contains("\"sha256\":\"" + sha256 + "\""), files.body());
        String annexContent = "api/v1/proposals/invitations/" + partner + "/attachments/" + number(annex, "id") + "/content";
        HttpResponse<byte[]> annexBytes = clara.getBytes(annexContent);
        assertEquals(200, annexBytes.statusCode());
        assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(annexBytes.body())));
        assertTrue(clara.get("applicant/partnership.xhtml?id=" + partner).body().contains(sha256), "the page lists them");
        assertEquals(404, anna.getJson("api/v1/proposals/invitations/" + partner + "/attachments").statusCode(),
                "the applicant's own organisation is not the invited one");
        assertEquals(404, anna.getBytes(annexContent).statusCode());
        for (long proposal : new long[] {id, other}) {
            assertEquals(404, clara.getJson("api/v1/proposals/" + proposal).statusCode());
            assertEquals(404, clara.get("applicant/proposal.xhtml?id=" + proposal).statusCode());
            assertEquals(404, clara.getJson("api/v1/proposals/" + proposal + "/attachments").statusCode());
        }
        assertEquals(404, clara.sendJson("PUT", "api/v1/proposals/" + id + "/summary", SUMMARY.formatted(0)).statusCode());
        assertEquals(404, anna.getJson("api/v1/proposals/invitations/" + partner).statusCode(), "the applicant does not answer");

        HttpResponse<String> confirmed = clara.submit("applicant/partnership.xhtml?id=" + partner, "partnership", "confirm", Map.of());
        assertTrue(confirmed.body().contains("participation is confirmed"), confirmed.body());
        assertEquals("CONFIRMED", TestDatabase.value("SELECT status FROM proposal_partner WHERE id = ?", partner));
        assertFalse(clara.get("applicant/dashboard.xhtml").body().contains(reference), "answered: off the dashboard");
        // the officers' table of the call's proposals names the partners, in the page and in its CSV export
        PortalClient officer = signedIn(base, DemoLogins.BY_ROLE.get("OFFICER"));
        String callId = TestDatabase.value("SELECT id FROM call_for_proposals WHERE identifier = ?", call);
        assertTrue(officer.get("officer/proposals.xhtml?call=" + callId).body()
                .contains("Counter Narrative Lab e.V. (Confirmed)"), "partners column");
        HttpResponse<String> csv = officer.submit("officer/proposals.xhtml?call=" + callId, "proposals", "table:export",
                Map.of());
        assertTrue(csv.body().contains("Counter Narrative Lab e.V. (Confirmed)"), csv.body());
        assertEquals(CLARA, TestDatabase.value("SELECT answered_by FROM proposal_partner WHERE id = ?", partner));
        assertTrue(Mailbox.await(ANNA, "confirmed its participation").getContent().toString().contains("proposal.xhtml?id=" + id));
        assertTrue(eligibility(anna, id).contains("\"eligible\":true"), eligibility(anna, id));

        // budget shares must fit within the total costs: EUR 100,000 for the partner, EUR 53,500 in all is too little
        saved(anna, id, "budget", """
                {"version":%d,"personnel":50000,"subcontracting":0,"travel":0,"equipment":0,"otherCosts":0,
                 "euContribution":250000,"durationMonths":24}""".formatted(version(anna, id)));
        assertTrue(eligibility(anna, id).contains("budget shares (EUR 100000.00) exceed the proposal's total costs (EUR 53500.00)"),
                eligibility(anna, id));
        saved(anna, id, "budget", BUDGET.formatted(version(anna, id), "481500.00", 24));

        HttpResponse<String> submitted = anna.postJson("api/v1/proposals/" + id + "/submissions", "");
        assertEquals(201, submitted.statusCode(), submitted.body());
        HttpResponse<byte[]> receipt = anna.getBytes("api/v1/proposals/" + id + "/receipt");
        assertEquals(200, receipt.statusCode());
        String receiptText = pdfText(receipt.body());
        for (String expected : new String[] {"Attachments", "annex.pdf", "SHA-256: " + sha256, "Counter Narrative Lab e.V.",
                "Co-producer of the videos", "(confirmed)"}) {
            assertTrue(receiptText.contains(expected), expected + " in " + receiptText);
        }

        MimeMessage mail = Mailbox.await(ANNA, "Receipt: proposal " + call + String.format("-%04d", id));
        Multipart parts = (Multipart) mail.getContent();
        BodyPart pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                pdf = parts.getBodyPart(i);
            }
        }
        assertNotNull(pdf, "the receipt is attached");
        assertTrue(pdf.getFileName().endsWith("-v1.pdf"), pdf.getFileName());
        assertTrue(pdf.getContentType().startsWith("application/pdf"), pdf.getContentType());
        assertTrue(pdfText(pdf.getInputStream().readAllBytes()).contains("SHA-256: " + sha256), "the mailed PDF is the receipt");
        assertTrue(parts.getBodyPart(0).getContent().toString().contains("received as version 1"));

        HttpResponse<String> declined = clara.sendJson("PUT", "api/v1/proposals/invitations/" + partner + "/answer",
                "{\"confirm\":false}");
        assertEquals(200, declined.statusCode(), declined.body());
        assertTrue(eligibility(anna, id).contains("0 confirmed so far"), "a declined partner no longer counts");
        assertEquals(204, anna.sendJson("DELETE", invite + "/" + partner, "").statusCode());
        assertEquals("0", TestDatabase.value("SELECT COUNT(*) FROM proposal_partner WHERE proposal_id = ?", id));
    }

    @Test
    void attachmentsAreCheckedByContentReplacedRemovedAndOnlyForTheirOrganisation() throws Exception {
        PortalClient anna = signedIn(base, ANNA);
        long id = start(anna, openCall(base, 0));
        long files = TestDatabase.count("stored_file");

        HttpResponse<String> fake = attach(anna, id, "ANNEX", "annex.pdf", "just text, not a PDF".getBytes());
        assertEquals(400, fake.statusCode(), fake.body());
        assertTrue(fake.body().contains("by its content"), fake.body());
        HttpResponse<String> empty = attach(anna, id, "ANNEX", "empty.pdf", new byte[0]);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("The file is empty"), empty.body());
        byte[] png = png();
        assertEquals(400, attach(anna, id, "ANNEX", "annex.png", png).statusCode(), "the annex is a PDF");
        byte[] tooLarge = Arrays.copyOf(pdf("large"), 20 * 1024 * 1024 + 1);
        HttpResponse<String> large = attach(anna, id, "PARTNER_LETTER", "large.pdf", tooLarge);
        assertEquals(400, large.statusCode());
        assertTrue(large.body().contains("larger than the limit of 20 MB"), large.body());
        assertEquals(400, attach(anna, id, "PHOTO", "letter.pdf", pdf("x")).statusCode(), "unknown kind");
        assertEquals(files, TestDatabase.count("stored_file"), "nothing stored for a refused upload");

        HttpResponse<String> letter = attach(anna, id, "PARTNER_LETTER", "letter.png", png);
        assertEquals(201, letter.statusCode(), letter.body());
        String first = text(attachAnnex(anna, id), "sha256");
        byte[] second = pdf("Narrative annex, second edition");
        HttpResponse<String> replaced = attach(anna, id, "ANNEX", "annex-v2.pdf", second);
        assertEquals(201, replaced.statusCode(), replaced.body());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(second)), text(replaced.body(), "sha256"));
        assertEquals("0", TestDatabase.value("SELECT COUNT(*) FROM stored_file WHERE sha256 = ?", first), "the replaced draft file is gone");

        String list = anna.getJson("api/v1/proposals/" + id + "/attachments").body();
        assertEquals(1, list.split("\"kind\":\"ANNEX\"").length - 1, list);
        assertTrue(list.contains("\"filename\":\"annex-v2.pdf\"") && list.contains("\"filename\":\"letter.png\""), list);
        assertTrue(list.contains("\"screening\":\"PENDING\"") || list.contains("\"screening\":\"CLEAR\""), list);
        long annexId = number(replaced.body(), "id");
        HttpResponse<byte[]> download = anna.getBytes("api/v1/proposals/" + id + "/attachments/" + annexId + "/content");
        assertEquals(200, download.statusCode());
        assertArrayEquals(second, download.body());
        String page = anna.get("applicant/proposal.xhtml?id=" + id + "&step=6").body();
        assertTrue(page.contains("annex-v2.pdf") && page.contains(text(replaced.body(), "sha256")), "step 6 lists the files");

        PortalClient clara = signedIn(base, CLARA);
        assertEquals(404, clara.getBytes("api/v1/proposals/" + id + "/attachments/" + annexId + "/content").statusCode());
        assertEquals(404, attach(clara, id, "ANNEX", "annex.pdf", pdf("intruder")).statusCode());
        assertEquals(404, clara.sendJson("DELETE", "api/v1/proposals/" + id + "/attachments/" + annexId, "").statusCode());

        long letterId = number(letter.body(), "id");
        assertEquals(204, anna.sendJson("DELETE", "api/v1/proposals/" + id + "/attachments/" + letterId, "").statusCode());
        assertFalse(anna.getJson("api/v1/proposals/" + id + "/attachments").body().contains("letter.png"));
        assertEquals("1", TestDatabase.value("SELECT COUNT(*) FROM proposal_attachment WHERE proposal_id = ?", id));
    }

    @Test
    void theSecondEditorOfAStepSeesTheConflictWithBothVersionsAndLosesNothing() throws Exception {
        PortalClient anna = signedIn(base, ANNA);
        PortalClient ben = signedIn(base, "ben@voices-of-peace.org");
        long id = start(anna, openCall(base, 0));
        String step = "applicant/proposal.xhtml?id=" + id;
        HttpResponse<String> annasPage = anna.page(step);
        HttpResponse<String> bensPage = ben.page(step);

        assertTrue(ben.submit(bensPage, "proposal", "saveSummary", summary("Ben title")).body().contains("Draft saved."));
        HttpResponse<String> stale = anna.submit(annasPage, "proposal", "saveSummary", summary("Anna title"));
        assertEquals(200, stale.statusCode());
        String html = stale.body();
        assertTrue(html.contains("This proposal changed since you opened it"), html);
        assertTrue(html.contains("value=\"Anna title\""), "what Anna typed is still in the form");
        assertTrue(html.contains("Someone saved this proposal after you opened it") && html.contains("Ben title"),
                "the comparison shows the stored value");
        assertEquals("Ben title", TestDatabase.value("SELECT title FROM proposal WHERE id = ?", id), "nothing overwritten");

        HttpResponse<String> kept = anna.submit(stale, "proposal", "keepMine", Map.of());
        assertTrue(kept.body().contains("Your values are kept"), kept.body());
        assertTrue(anna.submit(kept, "proposal", "saveSummary", summary("Anna title")).body().contains("Draft saved."));
        assertEquals("Anna title", TestDatabase.value("SELECT title FROM proposal WHERE id = ?", id), "saved on purpose");
    }

    @Test
    void anNgoRegistersInvitesTwoPartnersWhoConfirmUploadsSubmitsAndReadsTheHashInItsReceipt() throws Exception {
        String call = openCall(base, 2);
        String unique = Long.toString(System.nanoTime(), 36);
        String email = "maria@" + unique + ".eu";
        byte[] annex = pdf("Narrative annex uploaded from Chromium");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(annex));
        Path file = Files.createTempDirectory("upload").resolve("narrative-annex.pdf");
        Files.write(file, annex);
        try (Browser browser = Browser.start()) {
            browser.resize(1280, 1400);
            browser.open(base + "register.xhtml");
            browser.type("registration:legalName", "Mothers for Peace " + unique);
            browser.script("PF('country').selectValue('AT')");
            browser.type("registration:registrationNumber", "ZVR " + unique);
            browser.type("registration:emailDomain", unique + ".eu");
            browser.type("registration:displayName", "Maria Gruber");
            browser.type("registration:email", email);
            browser.type("registration:password", DemoLogins.PASSWORD);
            browser.type("registration:passwordRepeat", DemoLogins.PASSWORD);
            browser.click("registration:submit");
            browser.waitForText("we sent a confirmation link to " + email);
            browser.open(Mailbox.link(Mailbox.await(email, "Confirm your e-mail")));
            browser.waitForText("Your e-mail address is confirmed");
            browser.open(base + "login.xhtml");
            browser.type("login:email", email);
            browser.type("login:password", DemoLogins.PASSWORD);
            browser.click("login:submit");
            browser.waitForText("Welcome, Maria Gruber");

            PortalClient api = signedIn(base, email);
            long id = start(api, call);
            String page = base + "applicant/proposal.xhtml?id=" + id;
            browser.open(page + "&step=0");
            browser.type("proposal:title", "Stories that connect");
            browser.type("proposal:acronym", "STC");
            browser.type("proposal:abstractText", "Podcasts by young people");
            browser.type("proposal:languages", "de");
            browser.type("proposal:targetCountries", "AT");
            browser.click("proposal:saveSummary");
            browser.waitForText("Draft saved.");
            browser.open(page + "&step=1");
            for (String field : new String[] {"goal", "audience", "grievances", "message", "messenger", "media", "action"}) {
                browser.type("proposal:" + field, "The " + field + " of the campaign");
            }
            browser.click("proposal:saveNarrative");
            browser.waitForText("Draft saved.");
            // budget and KPI targets (steps 4 and 5) are driven on their pages by ProposalsIT: saved here over the API
            long v = saved(api, id, "budget", BUDGET.formatted(version(api, id), "481500.00", 24));
            saved(api, id, "targets", TARGETS.formatted(v));

            browser.open(page + "&step=5");
            String[][] partners = {{ANNA, "Voices of Peace asbl", "Outreach in Belgium", "60000"},
                    {CLARA, "Counter Narrative Lab e.V.", "Distribution in Germany", "50000"}};
            for (String[] partner : partners) {
                browser.type("proposal:partnerEmail", partner[0]);
                browser.type("proposal:partnerRole", partner[2]);
                browser.type("proposal:partnerShare_input", partner[3]);
                browser.click("proposal:invitePartner");
                browser.waitForText(partner[1] + " is invited");
            }
            for (String[] partner : partners) {
                String mail = Mailbox.await(partner[0], "Mothers for Peace " + unique).getContent().toString();
                Matcher link = Pattern.compile("https?://\\S+/applicant/partnership\\.xhtml\\?id=\\d+").matcher(mail);
                assertTrue(link.find(), mail);
                String invitation = link.group();
                PortalClient member = signedIn(base, partner[0]);
                assertTrue(member.submit(invitation, "partnership", "confirm", Map.of()).body()
                        .contains("participation is confirmed"), partner[0]);
            }
            browser.open(page + "&step=5");
            browser.waitForText("Confirmed");
            assertEquals("2", TestDatabase.value(
                    "SELECT COUNT(*) FROM proposal_partner WHERE proposal_id = ? AND status = 'CONFIRMED'", id));
            browser.screenshot("proposal-partners");

            browser.open(page + "&step=6");
            browser.upload("attachments:annexFile_input", file);
            browser.click("attachments:upload");
            browser.waitForText("Attached.");
            browser.waitForText(sha256);
            browser.screenshot("proposal-attachments");

            browser.open(page + "&step=4");
            browser.waitForText("Enough partners have confirmed.");
            browser.waitForText("The narrative annex is attached.");
            browser.click("proposal:submit");
            browser.waitForText("Submitted as version 1");
            String href = browser.driver().findElement(By.cssSelector("a[href*='/receipt?version=1']")).getAttribute("href");
            // downloaded by the browser itself, with its session
            String encoded = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                    + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });", href);
            String receipt = pdfText(Base64.getDecoder().decode(encoded));
            for (String expected : new String[] {"SHA-256: " + sha256, "narrative-annex.pdf", "Stories that connect",
                    "Mothers for Peace " + unique, "Voices of Peace asbl", "Counter Narrative Lab e.V."}) {
                assertTrue(receipt.contains(expected), expected + " in " + receipt);
            }
            assertEquals("SUBMITTED", TestDatabase.value("SELECT status FROM proposal WHERE id = ?", id));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    private static Map<String, String> summary(String title) {
        return Map.of("title", title, "acronym", "VAH", "abstractText", "Short films", "languages", "en",
                "targetCountries", "BE");
    }

    private static String eligibility(PortalClient client, long id) {
        return client.getJson("api/v1/proposals/" + id + "/eligibility").body();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
