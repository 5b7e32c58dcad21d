package eu.csep.portal.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.testsupport.CallFixtures;
import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.PortalClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the proposal ITs do through the portal: publish a call, fill steps over the API, attach a PDF, read PDFs. */
final class ProposalSteps {

    static final String SUMMARY = """
            {"version":%d,"title":"Voices against hate","acronym":"VAH","abstractText":"Short films by young people",
             "languages":"en, fr","targetCountries":"BE, FR"}""";
    static final String NARRATIVE = """
            {"version":%d,"goal":"Reduce the appeal of extremist groups","audience":"Youth 15-24",
             "grievances":"Exclusion","message":"You belong here","messenger":"Former extremists",
             "media":"TikTok, YouTube","action":"Join a local club"}""";
    // direct 500,000 (no subcontracting): indirect 35,000, total 535,000; 90 % of it is 481,500
    static final String BUDGET = """
            {"version":%d,"personnel":300000,"subcontracting":0,"travel":100000,"equipment":50000,"otherCosts":50000,
             "euContribution":%s,"durationMonths":%d}""";
    static final String TARGETS = """
            {"version":%d,"kpis":[{"platform":"TikTok","impressions":1000000,"uniqueReach":300000,"engagements":50000,
             "videoViews":400000,"clickThroughs":10000},{"platform":"YouTube","impressions":500000,"uniqueReach":200000,
             "engagements":20000,"videoViews":250000,"clickThroughs":5000}],"impactIndicators":"Pre/post survey"}""";

    private ProposalSteps() {
    }

    static PortalClient signedIn(URL base, String email) {
        PortalClient client = new PortalClient(base);
        assertEquals(302, client.login(email, DemoLogins.PASSWORD).statusCode());
        return client;
    }

    /** An officer prepares and publishes a call (deadline next year) requiring that many partners, through the pages. */
    static String openCall(URL base, int minPartners) {
        return CallFixtures.publish(signedIn(base, DemoLogins.BY_ROLE.get("OFFICER")), "CSEP-P", "4000000", minPartners);
    }

    static long start(PortalClient client, String call) {
        HttpResponse<String> started = client.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + call + "\"}");
        assertEquals(201, started.statusCode(), started.body());
        return number(started.body(), "id");
    }

    /** Saves steps 1, 2, 4 and 5 with values that pass every rule of the call (a budget of EUR 535,000). */
    static void fillSteps(PortalClient client, long id) {
        long v = version(client, id);
        v = saved(client, id, "summary", SUMMARY.formatted(v));
        v = saved(client, id, "narrative", NARRATIVE.formatted(v));
        v = saved(client, id, "budget", BUDGET.formatted(v, "481500.00", 24));
        saved(client, id, "targets", TARGETS.formatted(v));
    }

    static HttpResponse<String> attach(PortalClient client, long id, String kind, String filename, byte[] content) {
        return client.postFile("api/v1/proposals/" + id + "/attachments?kind=" + kind, "file", filename,
                "application/octet-stream", content);
    }

    /** Attaches a small PDF as the narrative annex and returns the answer's JSON. */
    static String attachAnnex(PortalClient client, long id) {
        HttpResponse<String> attached = attach(client, id, "ANNEX", "annex.pdf", pdf("Narrative annex of proposal " + id));
        assertEquals(201, attached.statusCode(), attached.body());
        return attached.body();
    }

    static long saved(PortalClient client, long id, String step, String json) {
        HttpResponse<String> response = client.sendJson("PUT", "api/v1/proposals/" + id + "/" + step, json);
        assertEquals(200, response.statusCode(), step + ": " + response.body());
        assertTrue(response.body().contains("\"problems\":[]"), step + ": " + response.body());
        return number(response.body(), "version");
    }

    static long version(PortalClient client, long id) {
        HttpResponse<String> response = client.getJson("api/v1/proposals/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return number(response.body(), "version");
    }

    static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Long.parseLong(m.group(1));
    }

    static String text(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    /** A one-page PDF with the given line of text (PDFBox). */
    static byte[] pdf(String line) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(line);
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF (PDFBox text extraction). */
    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
