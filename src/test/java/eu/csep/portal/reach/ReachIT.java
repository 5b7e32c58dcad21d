package eu.csep.portal.reach;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.testsupport.Browser;
import eu.csep.portal.testsupport.CallFixtures;
import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.PortalClient;
import eu.csep.portal.testsupport.PortalDeployment;
import eu.csep.portal.testsupport.TestDatabase;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaign reach on the real WAR and PostgreSQL. Each test funds its own campaign through the portal (an officer
 * opens a call, the NGO submits a proposal with KPI targets, the officer commits and confirms the grant), then
 * reports by API with a reach token, by CSV file, and reads the dashboards. The database is only read here.
 */
@ExtendWith(ArquillianExtension.class)
class ReachIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String[] METRICS = {"impressions", "unique_reach", "target_audience_reach", "video_views",
        "clicks", "reactions", "shares", "comments", "saves", "sustained_conversations", "landing_page_sessions",
        "signups", "offline_participants", "hostile_interactions"};
    private static final String[] PLATFORMS = {"YouTube", "Facebook", "Instagram", "TikTok", "X", "Telegram",
        "Website", "Search ads", "Offline", "Other"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.realWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static final String NOVEMBER = """
            {"periodFrom":"2026-11-01","periodTo":"2026-11-30","rows":[
             {"platform":"TikTok","metric":"impressions","value":200000,"provenance":"platform"},
             {"platform":"TikTok","metric":"unique_reach","value":60000,"provenance":"platform"},
             {"platform":"TikTok","metric":"target_audience_reach","value":20000,"provenance":"platform"},
             {"platform":"TikTok","metric":"clicks","value":2500,"provenance":"platform"},
             {"platform":"TikTok","metric":"video_views","value":80000,"provenance":"platform"},
             {"platform":"YouTube","metric":"impressions","value":%d,"provenance":"self_reported"}]}""";

    @Test
    void aMachineClientReportsWithTheOrganisationsTokenIdempotentlyAllOrNothingAndCorrects() throws Exception {
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        String campaign = fundedCampaign(anna);
        HttpResponse<String> issued = anna.postJson("api/v1/reach-tokens", "{\"name\":\"agency " + System.nanoTime() + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        String token = group("\"token\":\"(rt_[A-Za-z0-9_-]+)\"", issued.body());
        long tokenId = number(issued.body(), "id");
        assertFalse(anna.getJson("api/v1/reach-tokens").body().contains(token), "the secret is shown once only");

        String path = "api/v1/campaigns/" + campaign + "/reach";
        HttpResponse<String> first = call("POST", path, NOVEMBER.formatted(50000), token, "nov-1");
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"alreadyStored\":false"), first.body());
        assertTrue(first.body().contains("\"version\":1"), first.body());
        long firstId = number(first.body(), "reportId");
        long rows = rows(campaign);
        assertEquals(6, rows);

        HttpResponse<String> again = call("POST", path, NOVEMBER.formatted(50000), token, "nov-1");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"alreadyStored\":true"), again.body());
        assertTrue(again.body().contains("already stored"), again.body());
        assertEquals(firstId, number(again.body(), "reportId"));
        assertEquals(rows, rows(campaign), "stored once");
        refused(call("POST", path, NOVEMBER.formatted(1), token, "nov-1"), 409, "idempotencyKey", "already used");
        refused(call("POST", path, NOVEMBER.formatted(1), token, null), 400, "idempotencyKey", "Idempotency-Key");

        String bad = """
                {"periodFrom":"2026-12-01","periodTo":"2026-12-31","rows":[
                 {"platform":"TikTok","metric":"impressions","value":1000,"provenance":"platform"},
                 {"platform":"TikTok","metric":"unique_reach","value":1001,"provenance":"platform"},
                 {"platform":"TikTok","metric":"ctr","value":0.5,"provenance":"platform"},
                 {"platform":"MySpace","metric":"clicks","value":-3,"provenance":"platform"},
                 {"platform":"YouTube","metric":"clicks","value":3,"provenance":"platform","dateFrom":"2027-01-01"}]}""";
        HttpResponse<String> rejected = call("POST", path, bad, token, "dec-bad");
        refused(rejected, 400, "line 2: value", "Unique reach 1001 is greater than impressions 1000 (line 1)");
        for (String reason : new String[] {"\"line 3: metric\"", "computed by the portal", "\"line 4: platform\"",
            "\"line 4: value\"", "\"line 5: date_to\"", "4 row(s) are invalid; nothing was stored"}) {
            assertTrue(rejected.body().contains(reason), reason + " in " + rejected.body());
        }
        assertEquals(rows, rows(campaign), "nothing half-stored");
        assertEquals("0", TestDatabase.value("SELECT COUNT(*) FROM reach_report WHERE idempotency_key = 'dec-bad'"));

        HttpResponse<String> overlap = call("POST", path, NOVEMBER.formatted(70000), token, "nov-2");
        refused(overlap, 400, "line 1: date_from", "send a correction for that period instead");
        HttpResponse<String> correction = call("POST", path,
                NOVEMBER.formatted(70000).replace("{\"periodFrom\"", "{\"correction\":true,\"periodFrom\""), token,
                "nov-2");
        assertEquals(201, correction.statusCode(), correction.body());
        assertTrue(correction.body().contains("\"version\":2"), correction.body());
        assertTrue(correction.body().contains("\"superseded\":[" + firstId + "]"), correction.body());
        String versions = call("GET", path, null, token, null).body();
        String old = object(versions, "\"id\":" + firstId + ",");
        for (String part : new String[] {"\"version\":1", "\"current\":false", "\"supersededBy\":", "\"periodFrom\":\"2026-11-01\""}) {
            assertTrue(old.contains(part), "the old version stays visible: " + part + " in " + old);
        }
        assertEquals(12, rows(campaign), "both versions' rows are kept");
        assertEquals("70000.0000", TestDatabase.value("SELECT amount FROM reach_monthly WHERE campaign_ref = ?"
                + " AND platform = 'YOUTUBE' AND metric = 'impressions'", campaign), "the aggregate follows the correction");
        assertEquals("6", TestDatabase.value("SELECT SUM(row_count) FROM reach_monthly WHERE campaign_ref = ?", campaign));

        // evidence: a screenshot stored (hashed, screened) by the documents component, named by evidence rows
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png);
        HttpResponse<String> evidence = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(
                "api/v1/campaigns/" + campaign + "/evidence?filename=tiktok-insights.png"))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, evidence.statusCode(), evidence.body());
        assertTrue(evidence.body().contains("\"contentType\":\"image/png\""), evidence.body());
        assertTrue(evidence.body().matches(".*\"sha256\":\"[0-9a-f]{64}\".*"), evidence.body());
        long fileId = number(evidence.body(), "id");
        String evidenceRows = """
                {"periodFrom":"2026-12-01","periodTo":"2026-12-31","rows":[
                 {"platform":"TikTok","metric":"shares","value":40,"provenance":"evidence","evidenceFileId":%d},
                 {"platform":"TikTok","metric":"saves","value":4,"provenance":"evidence"},
                 {"platform":"TikTok","metric":"comments","value":4,"provenance":"evidence","evidenceFileId":99999999}]}""";
        HttpResponse<String> unproven = call("POST", path, evidenceRows.formatted(fileId), token, "dec-evidence");
        refused(unproven, 400, "line 2: provenance", "needs an evidence file");
        assertTrue(unproven.body().contains("\"line 3: evidence\""), unproven.body());
        HttpResponse<String> proven = call("POST", path, """
                {"periodFrom":"2026-12-01","periodTo":"2026-12-31","rows":[
                 {"platform":"TikTok","metric":"shares","value":40,"provenance":"evidence","evidenceFileId":%d}]}"""
                .formatted(fileId), token, "dec-evidence-2");
        assertEquals(201, proven.statusCode(), proven.body());
        assertEquals(String.valueOf(fileId), TestDatabase.value("SELECT evidence_file_id FROM reach_row WHERE"
                + " campaign_ref = ? AND metric = 'shares'", campaign));
        // the dashboards list the evidence the reports name; the NGO and an officer download it, nobody else
        HttpResponse<String> files = call("GET", "api/v1/campaigns/" + campaign + "/evidence", null, token, null);
        assertEquals(200, files.statusCode(), files.body());
        assertTrue(files.body().contains("\"filename\":\"tiktok-insights.png\""), files.body());
        String content = "api/v1/campaigns/" + campaign + "/evidence/" + fileId + "/content";
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        HttpResponse<byte[]> download = officer.getBytes(content);
        assertEquals(200, download.statusCode());
        assertArrayEquals(png.toByteArray(), download.body());
        assertTrue(officer.get("officer/reach-campaign.xhtml?campaign=" + campaign).body().contains("tiktok-insights.png"),
                "the officer's campaign dashboard lists it");
        assertEquals(404, officer.getBytes("api/v1/campaigns/" + campaign + "/evidence/99999999/content").statusCode(),
                "a file the reports do not name");

        // the token serves its organisation's campaigns and nothing else
        String foreign = foreignCampaign();
        refused(call("POST", "api/v1/campaigns/" + foreign + "/reach", NOVEMBER.formatted(1), token, "x"), 404, null,
                "No such campaign");
        assertEquals(404, call("GET", "api/v1/campaigns/" + foreign + "/dashboard", null, token, null).statusCode());
        assertEquals(404, call("GET", "api/v1/campaigns/" + foreign + "/evidence", null, token, null).statusCode());
        assertEquals(403, call("GET", "api/v1/proposals", null, token, null).statusCode());
        assertEquals(403, call("POST", "api/v1/reach-tokens", "{\"name\":\"more\"}", token, null).statusCode());
        assertEquals(403, call("POST", "api/v1/hashes/match", "{\"type\":\"pdq\",\"hash\":\"" + "0".repeat(64) + "\"}",
                token, null).statusCode());
        assertEquals(401, call("GET", path, null, token + "x", null).statusCode());
        assertEquals(401, call("GET", path, null, "rt_forged", null).statusCode());

        // hashmatch's tokens still work beside reach tokens, and do not open the reach API
        PortalClient hashAdmin = signedIn(DemoLogins.BY_ROLE.get("HASH_ADMIN"));
        HttpResponse<String> hashToken = hashAdmin.postJson("api/v1/hash-tokens", "{\"name\":\"reach-it-" + System.nanoTime() + "\"}");
        assertEquals(201, hashToken.statusCode(), hashToken.body());
        String hm = group("\"token\":\"(hm_[A-Za-z0-9_-]+)\"", hashToken.body());
        String pdq = HexFormat.of().formatHex(randomBytes(32));
        HttpResponse<String> matched = call("POST", "api/v1/hashes/match", "{\"type\":\"pdq\",\"hash\":\"" + pdq + "\"}",
                hm, null);
        assertEquals(200, matched.statusCode(), matched.body());
        assertEquals(403, call("POST", path, NOVEMBER.formatted(1), hm, "hm").statusCode());
        // both kinds share one token table and identity store, and still hold only their own scope
        assertEquals(403, call("GET", "api/v1/campaigns", null, hm, null).statusCode(), "a hash token reads no campaign");
        assertEquals(403, call("POST", "api/v1/hashes/hash", "{}", token, null).statusCode(), "a reach token hashes nothing");
        assertEquals(403, call("POST", "api/v1/reach-tokens", "{\"name\":\"by hm\"}", hm, null).statusCode());
        assertEquals(403, call("POST", "api/v1/hash-tokens", "{\"name\":\"by rt\"}", token, null).statusCode());

        // the dashboard against the proposal's targets (TikTok impressions target 1,000,000)
        String dashboard = call("GET", "api/v1/campaigns/" + campaign + "/dashboard", null, token, null).body();
        String tiktok = object(dashboard, "\"metric\":\"impressions\",\"percent\":20.0,\"platform\":\"TIKTOK\"");
        assertTrue(tiktok.contains("\"actual\":200000") && tiktok.contains("\"target\":1000000"), tiktok);
        assertTrue(dashboard.contains("\"ctr\":0.0093"), "derived CTR = 2,500 / 270,000: " + dashboard);
        assertTrue(dashboard.contains("\"costPer1000Impressions\":740.74"), "EUR 200,000 paid / 270,000 impressions: " + dashboard);

        assertEquals(200, anna.sendJson("PUT", "api/v1/reach-tokens/" + tokenId + "/revoked", "{}").statusCode());
        assertEquals(401, call("GET", path, null, token, null).statusCode(), "a revoked token stops working at once");
        assertEquals("2", TestDatabase.value("SELECT COUNT(*) FROM audit_entry WHERE target_type = 'reach_token'"
                + " AND target_id = ?", String.valueOf(tokenId)));
    }

    @Test
    void csvFilesAreImportedWholeOrNotAtAllWithEveryBadLineListed() throws Exception {
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        String campaign = fundedCampaign(anna);
        String path = "api/v1/campaigns/" + campaign + "/reach/csv";

        refused(anna.postBytes(path, "text/csv", "date,platform,metric,value\n2026-11-01,X,clicks,1\n"
                .getBytes(StandardCharsets.UTF_8)), 400, "file", "expected exactly date_from,date_to,platform,metric,value,provenance");
        refused(anna.postBytes(path, "text/csv", ("date_from,date_to,platform,metric,value,provenance\n"
                + "2026-11-01,2026-11-30,Télégram,clicks,1,platform\n").getBytes(StandardCharsets.ISO_8859_1)),
                400, "file", "not valid UTF-8");

        StringBuilder csv = new StringBuilder("date_from,date_to,platform,metric,value,provenance\n");
        int n = 0;
        LocalDate day = LocalDate.of(2026, 11, 1);
        while (n < 100_000) {
            for (String platform : PLATFORMS) {
                for (int m = 0; m < METRICS.length && n < 100_000; m++, n++) {
                    csv.append(day).append(',').append(day).append(',').append(platform).append(',')
                            .append(METRICS[m]).append(',').append(value(METRICS[m], day)).append(",platform\n");
                }
            }
            day = day.plusDays(1);
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] broken = (csv.toString() + day + "," + day + ",X,impressions,12.5,platform\n" + day + "," + day
                + ",X,clicks,7\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refusedFile = anna.postBytes(path, "text/csv", broken);
        refused(refusedFile, 400, "line 100003: row", "The line has 5 fields instead of 6");
        assertTrue(refusedFile.body().contains("\"line 100002: value\""), "every bad line is listed: " + refusedFile.body());
        long before = TestDatabase.count("reach_row");

        long start = System.nanoTime();
        HttpResponse<String> stored = anna.postBytes(path, "text/csv", bytes);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(201, stored.statusCode(), stored.body());
        assertTrue(stored.body().contains("\"rows\":100000"), stored.body());
        System.out.printf("REACH-BENCH csv 100000 rows stored in %.2f s (%.0f rows/s end to end)%n", seconds,
                100_000 / seconds);
        assertEquals(before + 100_000, TestDatabase.count("reach_row"));
        HttpResponse<String> again = anna.postBytes(path, "text/csv", bytes);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("already stored"), again.body());
        assertEquals(before + 100_000, TestDatabase.count("reach_row"));

        HttpResponse<String> badValues = anna.postBytes(path, "text/csv", (
                "date_from,date_to,platform,metric,value,provenance\n"
                        + day + "," + day + ",X,impressions,12.5,platform\n"
                        + day + "," + day + ",X,average_watch_time,3,platform\n").getBytes(StandardCharsets.UTF_8));
        refused(badValues, 400, "line 2: value", "A count must be a whole number");
        assertTrue(badValues.body().contains("\"line 3: metric\""), badValues.body());

        String dashboard = anna.getJson("api/v1/campaigns/" + campaign + "/dashboard").body();
        assertTrue(dashboard.contains("\"series\":{\"FACEBOOK\":{\"2026-11-01\":"), dashboard);
        System.out.println("REACH-BENCH dashboard " + timeGet(anna, "api/v1/campaigns/" + campaign + "/dashboard"));
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        System.out.println("REACH-BENCH programme " + timeGet(officer, "api/v1/reach-programme"));
        String programme = officer.getJson("api/v1/reach-programme").body();
        assertTrue(programme.contains("\"reference\":\"" + campaign + "\""), programme);
        assertTrue(programme.contains("\"key\":\"FACEBOOK\""), programme);
        assertTrue(programme.contains("\"key\":\"BE\""), "totals per country: " + programme);
    }

    @Test
    void onlyOfficersEditTheCatalogueAndOtherOrganisationsSeeNothing() throws Exception {
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        String campaign = fundedCampaign(anna);
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        PortalClient clara = signedIn(DemoLogins.OTHER_NGO_MEMBER);
        String catalogue = anna.getJson("api/v1/kpis").body();
        String ctr = object(catalogue, "\"code\":\"ctr\"");
        assertTrue(ctr.contains("\"name\":\"Click-through rate\"") && ctr.contains("\"derived\":true"), ctr);
        assertTrue(catalogue.contains("\"code\":\"harassment_incidents\""), catalogue);
        long version = Long.parseLong(group("\"code\":\"saves\"[^}]*\"version\":(\\d+)", catalogue));
        String edit = "{\"name\":\"Saves and bookmarks\",\"definition\":\"Saves.\",\"unit\":\"count\",\"tier\":\"ENGAGEMENT\","
                + "\"active\":true,\"version\":" + version + "}";
        assertEquals(403, anna.sendJson("PUT", "api/v1/kpis/saves", edit).statusCode());
        HttpResponse<String> edited = officer.sendJson("PUT", "api/v1/kpis/saves", edit);
        assertEquals(200, edited.statusCode(), edited.body());
        refused(officer.sendJson("PUT", "api/v1/kpis/saves", edit), 409, "version", "changed this metric");
        String code = "podcast_" + Long.toString(System.nanoTime(), 36);
        assertEquals(201, officer.postJson("api/v1/kpis", "{\"code\":\"" + code + "\",\"kind\":\"COUNT\",\"name\":\"Podcast"
                + " listens\",\"definition\":\"Listens.\",\"unit\":\"count\",\"tier\":\"AWARENESS\"}").statusCode());
        refused(officer.postJson("api/v1/kpis", "{\"code\":\"ratio_x\",\"kind\":\"DERIVED\",\"name\":\"x\",\"definition\":"
                + "\"x\",\"unit\":\"x\",\"tier\":\"AWARENESS\"}"), 400, "kind", "COUNT, SECONDS, RATIO or POINTS");

        assertEquals(200, officer.getJson("api/v1/campaigns/" + campaign + "/dashboard").statusCode());
        assertEquals(404, clara.getJson("api/v1/campaigns/" + campaign + "/dashboard").statusCode());
        assertEquals(404, clara.getJson("api/v1/campaigns/" + campaign + "/reach").statusCode());
        assertFalse(clara.getJson("api/v1/campaigns").body().contains(campaign));
        assertTrue(anna.getJson("api/v1/campaigns").body().contains("\"reference\":\"" + campaign + "\""));
        assertEquals(403, officer.postBytes("api/v1/campaigns/" + campaign + "/reach/csv", "text/csv",
                "x".getBytes(StandardCharsets.UTF_8)).statusCode(), "officers read, they do not report");
    }

    @Test
    void inTheBrowserAnNgoCreatesATokenReportsByApiAndFileAndSeesItsTargetsAndTheOfficerSeesTheProgramme()
            throws Exception {
        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        String campaign = fundedCampaign(anna);
        Path csv = Files.createTempFile("reach-december", ".csv");
        Files.writeString(csv, """
                date_from,date_to,platform,metric,value,provenance
                2026-12-01,2026-12-31,TikTok,impressions,350000,platform
                2026-12-01,2026-12-31,TikTok,unique_reach,90000,platform
                2026-12-01,2026-12-31,TikTok,target_audience_reach,30000,platform
                2026-12-01,2026-12-31,TikTok,clicks,4100,platform
                2026-12-01,2026-12-31,YouTube,impressions,120000,self_reported
                2026-12-01,2026-12-31,YouTube,video_views,61000,self_reported
                2026-12-01,2026-12-31,YouTube,comments,900,self_reported
                """);
        try (Browser browser = Browser.start()) {
            signIn(browser, DemoLogins.BY_ROLE.get("APPLICANT"));
            browser.open(base + "applicant/reach-tokens.xhtml");
            browser.type("issue:name", "browser agency " + System.nanoTime());
            browser.click("issue:submit");
            String token = browser.find("secretValue").getText().strip();
            assertTrue(token.startsWith("rt_"), token);
            browser.screenshot("reach-tokens");

            HttpResponse<String> byApi = call("POST", "api/v1/campaigns/" + campaign + "/reach",
                    NOVEMBER.formatted(80000), token, "browser-nov");
            assertEquals(201, byApi.statusCode(), byApi.body());

            browser.open(base + "applicant/reach-report.xhtml?campaign=" + campaign);
            browser.upload("upload:file_input", csv);
            browser.screenshot("reach-report");
            browser.click("upload:send");
            browser.waitForText("7 rows stored as version 1");
            browser.waitForText(campaign + " · Voices against hate");
            browser.waitForText("on track");
            browser.resize(1280, 2600);
            browser.waitUntil(() -> Boolean.TRUE.equals(browser.script(
                    "return document.querySelector('#seriesChart canvas') !== null")));
            browser.screenshot("reach-dashboard");
            String page = browser.text();
            assertTrue(page.contains("Cost per 1,000 reached"), page);
            assertTrue(page.contains("2026-12-01 – 2026-12-31"), page);
        }
        try (Browser browser = Browser.start()) {
            signIn(browser, DemoLogins.BY_ROLE.get("OFFICER"));
            browser.open(base + "officer/reach.xhtml");
            browser.waitForText("Totals per platform");
            browser.waitForText(campaign);
            browser.screenshot("reach-programme");
            browser.open(base + "officer/reach-campaign.xhtml?campaign=" + campaign);
            browser.waitForText("Impressions per platform over time");
            browser.screenshot("reach-officer-campaign");
        }
        HttpResponse<String> pdf = anna.get("api/v1/campaigns/" + campaign + "/exports/report.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
    }

    // --- set-up through the portal ---

    /** A call (no partners required), a submitted proposal of Anna's NGO with KPI targets and its annex, and its grant (an officer's commitment is open at once), pre-financed. */
    private String fundedCampaign(PortalClient anna) throws SQLException, java.io.IOException {
        String call = openCall();
        long id = number(anna.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + call + "\"}").body(), "id");
        long v = version(anna, id);
        v = saved(anna, id, "summary", """
                {"version":%d,"title":"Voices against hate","acronym":"VAH","abstractText":"Short films",
                 "languages":"en, fr","targetCountries":"BE, FR"}""".formatted(v));
        v = saved(anna, id, "narrative", """
                {"version":%d,"goal":"Reduce the appeal of extremist groups","audience":"Youth 15-24",
                 "grievances":"Exclusion","message":"You belong here","messenger":"Former extremists",
                 "media":"TikTok, YouTube","action":"Join a local club"}""".formatted(v));
        v = saved(anna, id, "budget", """
                {"version":%d,"personnel":300000,"subcontracting":0,"travel":100000,"equipment":50000,"otherCosts":50000,
                 "euContribution":481500.00,"durationMonths":24}""".formatted(v));
        saved(anna, id, "targets", """
                {"version":%d,"kpis":[{"platform":"TikTok","impressions":1000000,"uniqueReach":300000,"engagements":50000,
                 "videoViews":400000,"clickThroughs":10000},{"platform":"YouTube","impressions":500000,"uniqueReach":200000,
                 "engagements":20000,"videoViews":250000,"clickThroughs":5000}],"impactIndicators":"Pre/post survey"}"""
                .formatted(v));
        HttpResponse<String> annex = anna.postFile("api/v1/proposals/" + id + "/attachments?kind=ANNEX", "file",
                "annex.pdf", "application/octet-stream", annexPdf());
        assertEquals(201, annex.statusCode(), annex.body());
        HttpResponse<String> submitted = anna.postJson("api/v1/proposals/" + id + "/submissions", "");
        assertEquals(201, submitted.statusCode(), submitted.body());
        String reference = String.format("%s-%04d", call, id);
        long organisation = Long.parseLong(TestDatabase.value("SELECT organisation_id FROM proposal WHERE id = ?", id));
        fund(call, reference, organisation);
        return reference;
    }

    /** A grant of Clara's NGO, committed without a proposal of this call. */
    private String foreignCampaign() throws SQLException {
        String call = "RIT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long organisation = Long.parseLong(TestDatabase.value("SELECT organisation_id FROM account WHERE email = ?",
                DemoLogins.OTHER_NGO_MEMBER));
        String reference = call + "-0001";
        fund(call, reference, organisation);
        return reference;
    }

    private void fund(String call, String reference, long organisation) {
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        ok(officer.postJson("api/v1/budget/envelope", "{\"amount\":\"500000.00\",\"reason\":\"top-up " + call + "\"}"));
        ok(officer.postJson("api/v1/budget/calls", "{\"callIdentifier\":\"" + call + "\",\"title\":\"Reach " + call
                + "\",\"amount\":\"500000.00\",\"reason\":\"allocation\"}"));
        ok(officer.postJson("api/v1/budget/commitments", "{\"callIdentifier\":\"" + call + "\",\"proposalReference\":\""
                + reference + "\",\"organisationId\":" + organisation
                + ",\"amount\":\"481500.00\",\"cofinancingRate\":90,\"reason\":\"selected\"}"));
        ok(officer.postJson("api/v1/budget/commitments/" + reference + "/payments",
                "{\"type\":\"PRE_FINANCING\",\"amount\":\"200000.00\",\"reason\":\"pre-financing\"}"));
    }

    private String openCall() {
        return CallFixtures.publish(signedIn(DemoLogins.BY_ROLE.get("OFFICER")), "CSEP-R", "4000000", 0);
    }

    // --- helpers ---

    private HttpResponse<String> call(String method, String path, String json, String token, String key)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Accept", "application/json").header("Accept-Language", "en")
                .header("Authorization", "Bearer " + token);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String timeGet(PortalClient client, String path) {
        long[] ms = new long[20];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            assertEquals(200, client.getJson(path).statusCode());
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        return path + " median " + ms[ms.length / 2] + " ms, p95 " + ms[(int) Math.ceil(ms.length * 0.95) - 1] + " ms";
    }

    private static long value(String metric, LocalDate day) {
        long base = 1000 + day.getDayOfMonth() * 10L;
        return switch (metric) {
            case "impressions" -> base * 10;
            case "unique_reach" -> base * 5;
            case "target_audience_reach" -> base * 2;
            case "video_views" -> base * 3;
            case "clicks" -> base / 2;
            default -> base / 10;
        };
    }

    private static long rows(String campaign) throws SQLException {
        return Long.parseLong(TestDatabase.value("SELECT COUNT(*) FROM reach_row WHERE campaign_ref = ?", campaign));
    }

    private static void ok(HttpResponse<String> response) {
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
    }

    private static void refused(HttpResponse<String> response, int status, String field, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), response.body());
        if (field != null) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), field + " in " + response.body());
        }
        assertTrue(response.body().contains(text), () -> "expected '" + text + "' in " + response.body());
    }

    private long saved(PortalClient client, long id, String step, String json) {
        HttpResponse<String> response = client.sendJson("PUT", "api/v1/proposals/" + id + "/" + step, json);
        assertEquals(200, response.statusCode(), step + ": " + response.body());
        return number(response.body(), "version");
    }

    private static long version(PortalClient client, long id) {
        return number(client.getJson("api/v1/proposals/" + id).body(), "version");
    }

    private static long number(String json, String name) {
        return Long.parseLong(group("\"" + name + "\":(\\d+)", json));
    }

    /** The innermost JSON object around the first occurrence of {@code part}. */
    private static String object(String json, String part) {
        int at = json.indexOf(part);
        assertTrue(at >= 0, part + " in " + json);
        return json.substring(json.lastIndexOf('{', at), json.indexOf('}', at) + 1);
    }

    private static String group(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }

    /** The narrative annex a proposal needs before it can be submitted: a one-page PDF. */
    private static byte[] annexPdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    private void signIn(Browser browser, String email) {
        browser.open(base + "login.xhtml");
        browser.type("login:email", email);
        browser.type("login:password", DemoLogins.PASSWORD);
        browser.click("login:submit");
        browser.waitForText("Welcome");
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(base);
        assertEquals(302, client.login(email, DemoLogins.PASSWORD).statusCode());
        return client;
    }

    @SuppressWarnings("unused")
    private static List<String> platforms() {
        return List.of(PLATFORMS);
    }
}
