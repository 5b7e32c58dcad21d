package eu.csep.portal.hashmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.testsupport.Browser;
import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.IntegrationEnvironment;
import eu.csep.portal.testsupport.PortalClient;
import eu.csep.portal.testsupport.PortalDeployment;
import eu.csep.portal.testsupport.TestDatabase;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The hash-matching module through its REST API on the real WAR (Payara Micro, PostgreSQL): lists, pasted
 * hashes, matching at and beyond each list's threshold, live disable/enable, uploads with dihedral and exact
 * matches, false positives on the allow-list, bad input as problem+json, access, and the audit trail.
 * Every test works on its own list and random hashes, so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class HashMatchIT {

    private static final Path VECTORS = Path.of(System.getProperty("pdq.vectors", "src/test/resources/pdq-vectors"));
    private static final String BRIDGE_1 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    @Deployment(testable = false)
    static WebArchive deployment() {
        // the real WAR plus one test-only servlet standing in for the proposals attachment step (see UploadProbe)
        return PortalDeployment.realWar().addClass(UploadProbe.class);
    }

    @ArquillianResource
    URL base;

    private final Random random = new Random();

    @Test
    void aPastedHashMatchesWithinTheListThresholdAndNotBeyond() throws SQLException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Threshold list", 20);
        String stored = randomPdq();
        long entry = addEntry(admin, list, "pdq", stored, "behaviour:glorification");

        HttpResponse<String> at = match(admin, "pdq", flip(stored, 20));
        assertEquals(200, at.statusCode(), at.body());
        assertTrue(at.body().contains("\"entryId\":" + entry), at.body());
        assertTrue(at.body().contains("\"distance\":20"), at.body());
        assertTrue(at.body().contains("\"variant\":\"original\""), at.body());
        assertTrue(at.body().contains("\"labels\":\"behaviour:glorification\""), at.body());
        long logId = number(at.body(), "logId");

        HttpResponse<String> beyond = match(admin, "pdq", flip(stored, 21));
        assertEquals(200, beyond.statusCode());
        assertFalse(beyond.body().contains("\"entryId\":" + entry), "21 bits are beyond this list's threshold of 20");

        // a PDQ hash of quality below 50 is unreliable: reported, not matched
        HttpResponse<String> weak = admin.sendJson("POST", "api/v1/hashes/match",
                "{\"type\":\"pdq\",\"hash\":\"" + stored + "\",\"quality\":49}");
        assertEquals(200, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("\"pdqMatched\":false"), weak.body());
        assertFalse(weak.body().contains("\"entryId\":" + entry));

        List<String> audit = audit("HashEntry", entry);
        assertEquals(List.of("hashentry.add"), actions(audit));
        assertTrue(audit.get(0).contains("hashadmin@csep-portal.eu"), audit.get(0));
        assertTrue(audit.get(0).contains("hash=" + stored), audit.get(0));
        assertEquals(List.of("hashlist.create"), actions(audit("HashList", list)));
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT match_count, matches, actor FROM match_log WHERE id = ?")) {
            q.setLong(1, logId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "every lookup is logged");
                assertTrue(rs.getInt(1) >= 1);
                assertTrue(rs.getString(2).contains(entry + ":20:original"), rs.getString(2));
                assertEquals("hashadmin@csep-portal.eu", rs.getString(3));
            }
        }
    }

    @Test
    void disablingAndEnablingAnEntryTakesEffectForTheNextLookup() throws SQLException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Live list", null);
        String stored = randomPdq();
        long entry = addEntry(admin, list, "pdq", stored, null);
        String near = flip(stored, 31);
        assertTrue(match(admin, "pdq", near).body().contains("\"entryId\":" + entry), "default threshold 31");

        HttpResponse<String> off = admin.sendJson("PUT", "api/v1/hash-lists/" + list + "/entries/" + entry + "/enabled",
                "{\"enabled\":false}");
        assertEquals(200, off.statusCode(), off.body());
        assertTrue(off.body().contains("\"enabled\":false") && off.body().contains("\"disabledBy\":\"hashadmin@csep-portal.eu\""),
                off.body());
        assertFalse(match(admin, "pdq", near).body().contains("\"entryId\":" + entry), "disabled: no longer matches");

        HttpResponse<String> on = admin.sendJson("PUT", "api/v1/hash-lists/" + list + "/entries/" + entry + "/enabled",
                "{\"enabled\":true}");
        assertEquals(200, on.statusCode(), on.body());
        assertTrue(match(admin, "pdq", near).body().contains("\"entryId\":" + entry), "re-enabled: matches again");

        // incremental sync: a checkpoint, then the disable shows up as a deleted entry, then as undeleted
        HttpResponse<String> all = admin.getJson("api/v1/hash-lists/" + list + "/export");
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.body().contains("\"hash\":\"" + stored + "\"") && all.body().contains("\"deleted\":false"), all.body());
        Matcher next = Pattern.compile("\"next\":\\{\"afterId\":(\\d+),\"updatedAfter\":\"([^\"]+)\"").matcher(all.body());
        assertTrue(next.find(), all.body());
        String checkpoint = "updated_after=" + java.net.URLEncoder.encode(next.group(2), java.nio.charset.StandardCharsets.UTF_8)
                + "&after_id=" + next.group(1);
        assertFalse(admin.getJson("api/v1/hash-lists/" + list + "/export?" + checkpoint).body().contains(stored),
                "nothing changed since the checkpoint");
        admin.sendJson("PUT", "api/v1/hash-lists/" + list + "/entries/" + entry + "/enabled", "{\"enabled\":false}");
        HttpResponse<String> changed = admin.getJson("api/v1/hash-lists/" + list + "/export?" + checkpoint);
        assertTrue(changed.body().contains(stored) && changed.body().contains("\"deleted\":true"), changed.body());
        assertProblem(admin.getJson("api/v1/hash-lists/" + list + "/export?updated_after=yesterday"), 400, "updated_after", "ISO");
        admin.sendJson("PUT", "api/v1/hash-lists/" + list + "/entries/" + entry + "/enabled", "{\"enabled\":true}");

        HttpResponse<String> history = admin.getJson("api/v1/hash-lists/" + list + "/entries/" + entry + "/history");
        assertEquals(200, history.statusCode(), history.body());
        assertEquals(5, Pattern.compile("\"action\":\"hashentry\\.").matcher(history.body()).results().count(), history.body());
        List<String> audit = audit("HashEntry", entry);
        assertEquals(List.of("hashentry.add", "hashentry.disable", "hashentry.enable", "hashentry.disable", "hashentry.enable"),
                actions(audit));
        assertTrue(audit.get(1).contains("before: ") && audit.get(1).contains("enabled=true | after: ")
                && audit.get(1).endsWith("enabled=false"), audit.get(1));
    }

    @Test
    void anUploadedImageMatchesByDihedralVariantAndExactHashes() throws IOException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Upload list", null);
        long pdqEntry = addEntry(admin, list, "pdq", BRIDGE_1, "content:image");
        byte[] rotated = Files.readAllBytes(VECTORS.resolve("dih/bridge-2-rotate-90.jpg"));
        String md5 = hex("MD5", rotated);
        long md5Entry = addEntry(admin, list, "md5", md5, null);

        HttpResponse<String> r = admin.postFile("api/v1/hashes/match", "file", "bridge-2-rotate-90.jpg", "image/jpeg", rotated);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"entryId\":" + pdqEntry), r.body());
        assertTrue(r.body().contains("\"entryId\":" + md5Entry), r.body());
        Matcher pdqHit = Pattern.compile("\\{[^{}]*\"entryId\":" + pdqEntry + "[^{}]*\\}").matcher(r.body());
        assertTrue(pdqHit.find());
        assertFalse(pdqHit.group().contains("\"variant\":\"original\""),
                "the rotated file matches through a dihedral variant: " + pdqHit.group());
        assertTrue(r.body().contains("\"quality\":100"), r.body());
        for (String v : List.of("original", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus1", "flipminus1")) {
            assertTrue(r.body().contains("\"" + v + "\":\""), "query lists variant " + v);
        }

        HttpResponse<String> hashed = admin.postBytes("api/v1/hashes/hash", "application/octet-stream", rotated);
        assertEquals(200, hashed.statusCode(), hashed.body());
        assertTrue(hashed.body().contains("\"md5\":\"" + md5 + "\""), hashed.body());
        assertTrue(hashed.body().contains("\"sha256\":\"" + hex("SHA-256", rotated) + "\""), hashed.body());
        assertTrue(hashed.body().contains("\"original\":\"30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af\""),
                "the Java reference hash of bridge-2: " + hashed.body());

        // an admin adds a file's hashes by uploading it: PDQ (with quality), MD5 and SHA-256, duplicates skipped
        long other = createList(admin, "Media list", null);
        byte[] flipped = Files.readAllBytes(VECTORS.resolve("dih/bridge-5-flipx.jpg"));
        HttpResponse<String> media = admin.postBytes("api/v1/hash-lists/" + other + "/media?labels=content:image",
                "image/jpeg", flipped);
        assertEquals(201, media.statusCode(), media.body());
        assertTrue(media.body().contains("\"hash\":\"f8f80f31e0f417b20e37f5cd028f980fb36ed02a9662c1e233e64c634e9c64dd\"")
                && media.body().contains("\"quality\":100") && media.body().contains("\"type\":\"md5\"")
                && media.body().contains("\"type\":\"sha256\""), media.body());
        assertEquals("[]", admin.postBytes("api/v1/hash-lists/" + other + "/media", "image/jpeg", flipped).body());

        HttpResponse<String> notImage = admin.postFile("api/v1/hashes/hash", "file", "fake.jpg", "image/jpeg",
                "this is not a JPEG".getBytes());
        assertEquals(200, notImage.statusCode(), notImage.body());
        assertTrue(notImage.body().contains("\"imageProblem\":\""), notImage.body());
    }

    @Test
    void everyUploadIsScreenedAndMatchesWaitInTheReviewQueue() throws Exception {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Screening list", null);
        addEntry(admin, list, "pdq", BRIDGE_1, "content:image");
        byte[] leaflet = ("leaflet " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        addEntry(admin, list, "sha256", hex("SHA-256", leaflet), null);
        long confirmed = createList(admin, "Confirmed uploads", null);
        long org = anna();
        PortalClient ngo = new PortalClient(base);
        assertEquals(302, ngo.login(DemoLogins.BY_ROLE.get("APPLICANT"), DemoLogins.PASSWORD).statusCode());

        // an image that is a flipped copy of a listed one: quarantined through a dihedral variant
        byte[] flipped = Files.readAllBytes(VECTORS.resolve("dih/bridge-7-flip-plus-1.jpg"));
        String held = upload(ngo, "holiday.jpg", org, flipped);
        assertTrue(held.contains("screening=QUARANTINED") && held.contains("note=held for review (case "), held);
        assertTrue(held.contains("uploadedBy=anna@voices-of-peace.org"), held);
        long imageFile = Long.parseLong(field(held, "id"));
        HttpResponse<String> download = ngo.get("it-probe/upload?id=" + imageFile);
        assertEquals(409, download.statusCode());
        assertEquals("documents.quarantined", download.body());

        // hash admins see it in the queue with the match details; nobody else reaches the queue
        assertEquals(403, ngo.getJson("api/v1/screening-cases").statusCode());
        HttpResponse<String> queue = admin.getJson("api/v1/screening-cases");
        assertEquals(200, queue.statusCode(), queue.body());
        String imageCase = caseOf(queue.body(), imageFile);
        long caseA = number(imageCase, "id");
        assertTrue(imageCase.contains("Screening list") && imageCase.contains("(pdq, distance ")
                && imageCase.contains("\"status\":\"OPEN\"") && imageCase.contains("\"organisationId\":" + org),
                imageCase);
        HttpResponse<String> page = admin.get("hashadmin/screening.xhtml?case=" + caseA);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("holiday.jpg") && page.body().contains("Screening list"), "review page shows the case");

        // confirm: a reason is required; the file stays blocked and its hashes go onto another list
        assertProblem(admin.sendJson("PUT", "api/v1/screening-cases/" + caseA + "/decision", "{\"decision\":\"CONFIRM\"}"),
                400, "reason", "required");
        HttpResponse<String> confirm = admin.sendJson("PUT", "api/v1/screening-cases/" + caseA + "/decision",
                "{\"decision\":\"CONFIRM\",\"reason\":\"copy of listed propaganda\",\"addToList\":" + confirmed
                        + ",\"labels\":\"behaviour:glorification\"}");
        assertEquals(200, confirm.statusCode(), confirm.body());
        assertTrue(confirm.body().contains("\"status\":\"BLOCKED\"") && confirm.body().contains("\"decidedBy\":\"hashadmin@csep-portal.eu\""),
                confirm.body());
        assertEquals("BLOCKED", screeningOf(imageFile));
        assertEquals(409, ngo.get("it-probe/upload?id=" + imageFile).statusCode());
        assertEquals(3, countEntries(confirmed), "PDQ, MD5 and SHA-256 of the confirmed file");
        assertProblem(admin.sendJson("PUT", "api/v1/screening-cases/" + caseA + "/decision",
                "{\"decision\":\"RELEASE\",\"reason\":\"changed my mind\"}"), 409, "decision", "already");

        // a non-image matched by its SHA-256: released as a false alarm and allow-listed, so it stays clear after
        String leafletHeld = upload(ngo, "leaflet.txt", org, leaflet);
        assertTrue(leafletHeld.contains("screening=QUARANTINED"), leafletHeld);
        long leafletFile = Long.parseLong(field(leafletHeld, "id"));
        String leafletCase = caseOf(admin.getJson("api/v1/screening-cases").body(), leafletFile);
        assertTrue(leafletCase.contains("(sha256, distance 0, sha256)"), leafletCase);
        long caseB = number(leafletCase, "id");
        HttpResponse<String> release = admin.sendJson("PUT", "api/v1/screening-cases/" + caseB + "/decision",
                "{\"decision\":\"RELEASE\",\"reason\":\"our own leaflet, harmless\",\"allowList\":true}");
        assertEquals(200, release.statusCode(), release.body());
        assertEquals("RELEASED", screeningOf(leafletFile));
        HttpResponse<String> released = ngo.get("it-probe/upload?id=" + leafletFile);
        assertEquals(200, released.statusCode());
        assertEquals(new String(leaflet, java.nio.charset.StandardCharsets.UTF_8), released.body());
        assertTrue(upload(ngo, "leaflet-again.txt", org, leaflet).contains("screening=CLEAR"), "allow-listed");

        // no match: clear; hostile images never break the upload, they are screened by their exact hashes
        java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                noise.setRGB(x, y, random.nextInt());
            }
        }
        String clear = upload(ngo, "noise.png", org, eu.csep.portal.hashmatch.control.pdq.TestImages.write(noise, "png"));
        assertTrue(clear.contains("screening=CLEAR") && clear.contains("note=null"), clear);
        byte[] notPng = new byte[400];
        random.nextBytes(notPng);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, notPng, 0, 8);
        String broken = upload(ngo, "broken.png", org, notPng);
        assertTrue(broken.contains("screening=CLEAR") && broken.contains("exact hashes only"), broken);
        String bomb = upload(ngo, "bomb.png", org, eu.csep.portal.hashmatch.control.pdq.TestImages.pngClaiming(30000, 30000));
        assertTrue(bomb.contains("screening=CLEAR") && bomb.contains("exact hashes only"), bomb);

        // the real upload path: an NGO attaches a partner letter to its proposal — a rotated copy of a listed
        // image — and the proposal shows it withheld; the hash admins have the case
        String call = openCall();
        HttpResponse<String> started = ngo.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + call + "\"}");
        assertEquals(201, started.statusCode(), started.body());
        long proposal = number(started.body(), "id");
        HttpResponse<String> attached = ngo.postFile("api/v1/proposals/" + proposal + "/attachments?kind=PARTNER_LETTER",
                "file", "letter.jpg", "image/jpeg", Files.readAllBytes(VECTORS.resolve("dih/bridge-3-rotate-180.jpg")));
        assertEquals(201, attached.statusCode(), attached.body());
        assertTrue(attached.body().contains("\"screening\":\"QUARANTINED\"") && attached.body().contains("\"withheld\":true"),
                attached.body());
        long attachment = number(attached.body(), "id");
        assertEquals(409, ngo.get("api/v1/proposals/" + proposal + "/attachments/" + attachment + "/content").statusCode());
        Matcher letter = Pattern.compile("\\{[^{}]*\"filename\":\"letter.jpg\"[^{}]*\\}")
                .matcher(admin.getJson("api/v1/screening-cases").body());
        assertTrue(letter.find(), "in the queue");
        long caseC = number(letter.group(), "id");
        // decided on the review page: a reason is required there too, then the letter stays blocked
        HttpResponse<String> noReason = admin.submit("hashadmin/screening.xhtml?case=" + caseC, "decide", "confirm",
                Map.of("caseId", Long.toString(caseC)));
        assertEquals(200, noReason.statusCode());
        assertTrue(noReason.body().contains("This field is required."), "reason required on the page");
        HttpResponse<String> onPage = admin.submit("hashadmin/screening.xhtml?case=" + caseC, "decide", "confirm",
                Map.of("caseId", Long.toString(caseC), "reason", "rotated copy of a listed image"));
        assertEquals(302, onPage.statusCode(), onPage.body());
        assertTrue(admin.getJson("api/v1/screening-cases/" + caseC).body().contains("\"status\":\"BLOCKED\""));
        assertTrue(ngo.getJson("api/v1/proposals/" + proposal + "/attachments").body().contains("\"screening\":\"BLOCKED\""));

        assertEquals(List.of("screening.quarantine", "screening.confirm"), actions(audit("ScreeningCase", caseA)));
        List<String> releaseAudit = audit("ScreeningCase", caseB);
        assertEquals(List.of("screening.quarantine", "screening.release"), actions(releaseAudit));
        assertTrue(releaseAudit.get(1).contains("hashadmin@csep-portal.eu") && releaseAudit.get(1).contains("our own leaflet")
                && releaseAudit.get(1).contains("allow-listed"), releaseAudit.get(1));
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT m.verdict FROM match_log m JOIN screening_case s"
                        + " ON s.match_log_id = m.id WHERE s.id = ?")) {
            q.setLong(1, caseA);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("TRUE_POSITIVE", rs.getString(1));
            }
        }
    }

    @Test
    void aJsonSyncImportFollowsAnotherListsExportIncludingDeletions() throws SQLException {
        PortalClient admin = hashAdmin();
        long source = createList(admin, "Sync source", null);
        String pdq = randomPdq();
        long pdqEntry = addEntry(admin, source, "pdq", pdq, "behaviour:threat");
        String md5 = String.format("%032x", new BigInteger(128, random));
        addEntry(admin, source, "md5", md5, null);
        long copy = createList(admin, "Sync copy", null);

        // the first sync: the whole export, as another portal would fetch it
        String export = admin.getJson("api/v1/hash-lists/" + source + "/export").body();
        HttpResponse<String> first = admin.postBytes("api/v1/hash-lists/" + copy + "/import?format=json", "application/json",
                export.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"imported\":2") && first.body().contains("\"checkpoint\":\"updated_after="), first.body());
        assertEquals(2, countEntries(copy));
        HttpResponse<String> hit = match(admin, "pdq", flip(pdq, 10));
        assertTrue(hit.body().contains("Sync copy"), "imported PDQ hashes match at once: " + hit.body());

        // the source disables the PDQ entry: the incremental export says deleted, the import disables it here
        Matcher next = Pattern.compile("\"next\":\\{\"afterId\":(\\d+),\"updatedAfter\":\"([^\"]+)\"").matcher(export);
        assertTrue(next.find(), export);
        admin.sendJson("PUT", "api/v1/hash-lists/" + source + "/entries/" + pdqEntry + "/enabled", "{\"enabled\":false}");
        String changes = admin.getJson("api/v1/hash-lists/" + source + "/export?updated_after="
                + java.net.URLEncoder.encode(next.group(2), java.nio.charset.StandardCharsets.UTF_8) + "&after_id=" + next.group(1)).body();
        assertTrue(changes.contains("\"deleted\":true") && !changes.contains(md5), changes);
        HttpResponse<String> second = admin.postBytes("api/v1/hash-lists/" + copy + "/import?format=json", "application/json",
                changes.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, second.statusCode(), second.body());
        assertTrue(second.body().contains("\"disabled\":1") && second.body().contains("\"imported\":0"), second.body());
        assertFalse(match(admin, "pdq", flip(pdq, 10)).body().contains("Sync copy"), "disabled by the sync");
        // the same document again changes nothing (idempotent)
        HttpResponse<String> again = admin.postBytes("api/v1/hash-lists/" + copy + "/import?format=json", "application/json",
                changes.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(again.body().contains("\"disabled\":0") && again.body().contains("\"alreadyPresent\":1"), again.body());
        // re-enabled at the source: re-enabled here
        String undeleted = "[{\"type\":\"pdq\",\"hash\":\"" + pdq + "\",\"deleted\":false}]";
        HttpResponse<String> third = admin.postBytes("api/v1/hash-lists/" + copy + "/import?format=json", "application/json",
                undeleted.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(third.body().contains("\"enabled\":1"), third.body());
        assertTrue(match(admin, "pdq", flip(pdq, 10)).body().contains("Sync copy"));

        // bad entries: all or nothing names them; malformed JSON is reported where it broke; nothing written
        String bad = "{\"entries\":[{\"type\":\"md5\",\"hash\":\"" + String.format("%032x", new BigInteger(128, random))
                + "\"},{\"type\":\"pdq\",\"hash\":\"abc\"},{\"type\":\"sha1\",\"hash\":\"00\"}]}";
        HttpResponse<String> rejected = admin.postBytes("api/v1/hash-lists/" + copy + "/import?format=json", "application/json",
                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(rejected, 400, "line 2: hash", "64 hexadecimal");
        assertTrue(rejected.body().contains("line 3: type"), rejected.body());
        assertEquals(2, countEntries(copy));
        HttpResponse<String> perLine = admin.postBytes("api/v1/hash-lists/" + copy + "/import?format=json&mode=per-line",
                "application/json", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(perLine.body().contains("\"imported\":1") && perLine.body().contains("\"rejected\":2"), perLine.body());
        HttpResponse<String> broken = admin.postBytes("api/v1/hash-lists/" + copy + "/import?format=json", "application/json",
                "{\"entries\":[{\"type\":\"md5\",".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(broken, 400, "line 1: json", "malformed");
        assertEquals(3, countEntries(copy));
        List<String> history = audit("HashList", copy);
        assertTrue(history.stream().anyMatch(a -> a.contains("disabled=1") && a.contains("format=json")), history.toString());
    }

    @Test
    void aLongImportRunsInTheBackgroundWithAProgressBar() throws Exception {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Background import", null);
        // above the 1 MiB threshold: 30,000 lines of the HMA CSV
        Path csv = Files.createTempFile("long-import", ".csv");
        StringBuilder text = new StringBuilder("signal_type,signal_str,collab,category,tags\n");
        for (int i = 0; i < 30_000; i++) {
            text.append("video_md5,").append(String.format("%032x", new BigInteger(128, random))).append(",EU IRU,,\n");
        }
        Files.writeString(csv, text);
        try (Browser browser = Browser.start()) {
            browser.resize(1280, 1000);
            browser.open(base + "login.xhtml");
            browser.type("login:email", DemoLogins.BY_ROLE.get("HASH_ADMIN"));
            browser.type("login:password", DemoLogins.PASSWORD);
            browser.click("login:submit");
            browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("dashboard"));
            browser.open(base + "hashadmin/list.xhtml?id=" + list);
            browser.upload("import:csv_input", csv);
            browser.click("import:run");
            browser.waitUntil(() -> !browser.driver().findElements(By.id("progress:bar")).isEmpty());
            assertTrue(browser.text().contains("runs in the background"), browser.text());
            browser.screenshot("hashmatch-import-progress");
            long until = System.nanoTime() + 180_000_000_000L; // a shared CI machine can be slow
            while (browser.driver().findElements(By.id("importOutcome")).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(500);
            }
            assertFalse(browser.driver().findElements(By.id("importOutcome")).isEmpty(), "no outcome; job: "
                    + TestDatabase.value("SELECT status || ' ' || read_bytes || '/' || total_bytes || ' ' || COALESCE(outcome, '')"
                            + " FROM hash_import_job WHERE list_id = ?", list));
            browser.screenshot("hashmatch-import-done");
            assertTrue(browser.find("importOutcome").getText().matches("(?s)30.?000 hash\\(es\\) imported, 0 already.*"),
                    browser.find("importOutcome").getText());
            assertTrue(browser.find("progress:bar").getText().contains("100%"), browser.find("progress:bar").getText());
        } finally {
            Files.delete(csv);
        }
        assertEquals(30_000, countEntries(list));
        assertEquals("DONE", TestDatabase.value("SELECT status FROM hash_import_job WHERE list_id = ?", list));
        assertEquals("yes", TestDatabase.value("SELECT CASE WHEN read_bytes = total_bytes AND total_bytes > 1048576 THEN 'yes'"
                + " ELSE read_bytes || '/' || total_bytes END FROM hash_import_job"
                + " WHERE list_id = ?", list));
    }

    /**
     * Two nodes on one PostgreSQL: a second Payara Micro (the only extra start of the suite; on JDK 21+ with the Vector
     * API filter where the build has such a JDK) joins this test's
     * cluster; a PDQ hash added on node A must match on node B within about a second. B's PDQ hits come only from
     * B's own in-memory index, so a match there proves the clustered event arrived (the database re-check after
     * a hit can only remove matches, never add them).
     */
    @Test
    void aHashAddedOnOneNodeMatchesOnAnotherWithinASecond() throws Exception {
        java.net.URL nodeB = null;
        Process process = null;
        Path log = Path.of("target", "hashmatch-node-b.log");
        try {
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            // where the build has a JDK 21+ (pom profile vector-kernel), node B runs on it with the Vector API module,
            // as the production image does, beside node A on the build's JDK 17: a mixed cluster, both scan kernels
            String vectorJava = System.getProperty("it.node-b.java", "");
            List<String> command = new ArrayList<>();
            command.add(vectorJava.isBlank() ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
                    : vectorJava);
            if (!vectorJava.isBlank()) {
                command.addAll(List.of("--add-modules", "jdk.incubator.vector"));
            }
            command.addAll(List.of(System.getProperty("payara.cmdOptions", "").trim().split("\\s+")));
            command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                    "--deploy", new java.io.File(System.getProperty("app.war", "target/app.war")).getAbsolutePath() + "",
                    "--contextroot", "/", "--port", Integer.toString(port)));
            command.addAll(List.of(System.getProperty("payara.extraMicroOptions", "").trim().split("\\s+")));
            command.removeIf(String::isBlank);
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            nodeB = new URL("http://127.0.0.1:" + port + "/");
            long deadline = System.nanoTime() + 300_000_000_000L;
            String started = "";
            while (System.nanoTime() < deadline && process.isAlive()) {
                started = Files.exists(log) ? Files.readString(log) : "";
                if (started.contains("Payara Micro") && started.contains("ready in")) {
                    break;
                }
                Thread.sleep(500);
            }
            assertTrue(process.isAlive() && started.contains("ready in"), "node B did not start; see " + log.toAbsolutePath());
            if (!vectorJava.isBlank()) {
                assertTrue(started.contains("scan kernel VECTOR"), "node B should scan with the Vector API filter; see "
                        + log.toAbsolutePath());
            }
            // wait until B has joined A's data grid (the clustered CDI events travel over it)
            long joinDeadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < joinDeadline && !Files.readString(log).contains("DG Size: 2")) {
                Thread.sleep(250);
            }

            PortalClient a = hashAdmin();
            PortalClient b = new PortalClient(nodeB);
            assertEquals(302, b.login(DemoLogins.BY_ROLE.get("HASH_ADMIN"), DemoLogins.PASSWORD).statusCode());
            long list = createList(a, "Cluster list", null);
            String stored = randomPdq();
            String query = flip(stored, 12);
            assertFalse(match(b, "pdq", query).body().contains("Cluster list"), "not there yet");
            long entry = addEntry(a, list, "pdq", stored, null);
            long added = System.nanoTime();
            long seen = -1;
            while (System.nanoTime() - added < 10_000_000_000L) {
                if (match(b, "pdq", query).body().contains("\"entryId\":" + entry)) {
                    seen = System.nanoTime();
                    break;
                }
                Thread.sleep(50);
            }
            assertTrue(seen > 0, "node B never matched the hash added on node A; see " + log.toAbsolutePath());
            long millis = (seen - added) / 1_000_000;
            System.out.println("[cluster] hash added on node A matched on node B after " + millis + " ms");
            assertTrue(millis < 3000, "a second or so, not " + millis + " ms");

            // and a disable on A stops the match on B at once
            a.sendJson("PUT", "api/v1/hash-lists/" + list + "/entries/" + entry + "/enabled", "{\"enabled\":false}");
            assertFalse(match(b, "pdq", query).body().contains("\"entryId\":" + entry));
        } finally {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    @Test
    void aFalsePositiveOnTheAllowListStopsMatchingThatList() throws SQLException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Allow list", null);
        String stored = randomPdq();
        long entry = addEntry(admin, list, "pdq", stored, null);
        String innocent = flip(stored, 25);
        HttpResponse<String> first = match(admin, "pdq", innocent);
        assertTrue(first.body().contains("\"entryId\":" + entry), first.body());
        long logId = number(first.body(), "logId");

        HttpResponse<String> verdict = admin.sendJson("PUT", "api/v1/hashes/match-log/" + logId + "/verdict",
                "{\"verdict\":\"false_positive\",\"allowList\":true}");
        assertEquals(200, verdict.statusCode(), verdict.body());
        assertFalse(match(admin, "pdq", innocent).body().contains("\"entryId\":" + entry), "allow-listed");
        assertFalse(match(admin, "pdq", stored).body().contains("\"entryId\":" + entry),
                "within the threshold of the allow-listed hash, the list stays silent");
        assertTrue(actions(audit("MatchLog", logId)).contains("matchlog.verdict"));
        assertTrue(actions(audit("HashList", list)).contains("hashlist.allow"));
    }

    @Test
    void badInputIsRefusedAsProblemJsonNamingTheFieldAndWritesNothing() throws SQLException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Bad input list", null);
        String pdq = randomPdq();

        assertProblem(admin.sendJson("POST", "api/v1/hash-lists/" + list + "/entries",
                "{\"type\":\"pdq\",\"hash\":\"" + pdq.substring(1) + "\"}"), 400, "hash", "64 hexadecimal digits");
        assertProblem(admin.sendJson("POST", "api/v1/hash-lists/" + list + "/entries",
                "{\"type\":\"md5\",\"hash\":\"" + pdq + "\"}"), 400, "hash", "32 hexadecimal digits");
        assertProblem(admin.sendJson("POST", "api/v1/hash-lists/" + list + "/entries",
                "{\"type\":\"phash\",\"hash\":\"" + pdq + "\"}"), 400, "type", "not a hash type");
        assertProblem(admin.sendJson("POST", "api/v1/hash-lists/" + list + "/entries",
                "{\"type\":\"pdq\",\"hash\":\"" + pdq + "\",\"labels\":\"<script>alert(1)</script>\"}"), 400, "labels", "plain text");
        assertProblem(admin.sendJson("POST", "api/v1/hashes/match", "{\"type\":\"sha256\",\"hash\":\"xyz\"}"),
                400, "hash", "64 hexadecimal digits");
        assertProblem(admin.sendJson("POST", "api/v1/hash-lists", "{\"name\":\"  \"}"), 400, "name", "required");
        assertProblem(admin.sendJson("POST", "api/v1/hash-lists", "{\"name\":\"x\",\"threshold\":300}"), 400, "threshold", "0 to 128");
        assertEquals(0, countEntries(list), "nothing was written");

        addEntry(admin, list, "pdq", pdq, null);
        assertProblem(admin.sendJson("POST", "api/v1/hash-lists/" + list + "/entries",
                "{\"type\":\"pdq\",\"hash\":\"" + pdq.toUpperCase() + "\"}"), 409, "hash", "already in the list");
        HttpResponse<String> lists = admin.getJson("api/v1/hash-lists");
        String name = Pattern.compile("\"id\":" + list + ",\"name\":\"([^\"]+)\"").matcher(lists.body()).results()
                .findFirst().orElseThrow().group(1);
        assertProblem(admin.sendJson("POST", "api/v1/hash-lists", "{\"name\":\"" + name + "\"}"), 409, "name", "already exists");
        assertEquals(1, countEntries(list));
        assertEquals(404, admin.getJson("api/v1/hash-lists/999999999").statusCode());
    }

    @Test
    void onlyHashAdminsMayMatch() {
        String body = "{\"type\":\"pdq\",\"hash\":\"" + randomPdq() + "\"}";
        assertEquals(401, new PortalClient(base).sendJson("POST", "api/v1/hashes/match", body).statusCode());
        PortalClient applicant = new PortalClient(base);
        assertEquals(302, applicant.login(DemoLogins.BY_ROLE.get("APPLICANT"), DemoLogins.PASSWORD).statusCode());
        assertEquals(403, applicant.sendJson("POST", "api/v1/hashes/match", body).statusCode());
        assertEquals(403, applicant.sendJson("POST", "api/v1/hash-lists", "{\"name\":\"sneaky\"}").statusCode());
        PortalClient admin = new PortalClient(base);
        assertEquals(302, admin.login(DemoLogins.BY_ROLE.get("ADMIN"), DemoLogins.PASSWORD).statusCode());
        assertEquals(200, admin.sendJson("POST", "api/v1/hashes/match", body).statusCode());

        HttpResponse<String> openapi = new PortalClient(base).get(base.getProtocol() + "://" + base.getHost() + ":"
                + base.getPort() + "/openapi");
        assertEquals(200, openapi.statusCode());
        for (String path : List.of("/api/v1/hashes/match", "/api/v1/hashes/hash", "/api/v1/hash-lists/{id}/entries",
                "/api/v1/hash-lists/{id}/import", "/api/v1/hash-lists/{id}/import-jobs",
                "/api/v1/hash-lists/import-jobs/{jobId}", "/api/v1/hash-tokens")) {
            assertTrue(openapi.body().contains(path), "OpenAPI documents " + path);
        }
    }

    @Test
    void anHmaCsvImportsAllOrNothingAndIsMatchableAtOnce() throws SQLException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Import list", null);
        String pdq = randomPdq();
        String md5 = randomPdq().substring(0, 32);
        String sha = randomPdq();
        String good = "signal_type,signal_str,collab,category,tags\n"
                + "pdq," + pdq + ",EU IRU,terrorist_content,glorification\n"
                + "video_md5," + md5 + ",EU IRU,,\n"
                + "sha256," + sha + ",,,\n";

        String bad = "pdq," + randomPdq() + ",a,b,c\n"
                + "pdq," + pdq.substring(3) + ",a,b,c\n"
                + "md5," + randomPdq().substring(0, 32) + "\n"
                + "phash," + pdq + "\n";
        HttpResponse<String> rejected = admin.postBytes("api/v1/hash-lists/" + list + "/import", "text/csv",
                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertProblem(rejected, 400, "line 2: signal_str", "2 bad line(s): nothing was imported");
        assertTrue(rejected.body().contains("\"field\":\"line 4: signal_type\""), rejected.body());
        assertFalse(rejected.body().contains("line 1:") || rejected.body().contains("line 3:"), rejected.body());
        assertEquals(0, countEntries(list), "all or nothing: the good lines were not imported either");

        HttpResponse<String> ok = admin.postBytes("api/v1/hash-lists/" + list + "/import", "text/csv",
                good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"imported\":3") && ok.body().contains("\"alreadyPresent\":0"), ok.body());
        assertEquals(3, countEntries(list));
        HttpResponse<String> found = match(admin, "pdq", flip(pdq, 10));
        assertTrue(found.body().contains("\"listId\":" + list), "the imported PDQ hash matches at once: " + found.body());
        assertTrue(found.body().contains("category:terrorist_content glorification"), found.body());
        assertTrue(match(admin, "md5", md5).body().contains("\"listId\":" + list));

        HttpResponse<String> csv = admin.get("api/v1/hash-lists/" + list + "/export.csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("signal_type,signal_str,collab,category,tags\n"), csv.body());
        assertTrue(csv.body().contains("pdq," + pdq + ",EU IRU,,category:terrorist_content glorification\n"), csv.body());
        assertTrue(csv.body().contains("video_md5," + md5 + ",EU IRU,,\n"), csv.body());

        HttpResponse<String> again = admin.postBytes("api/v1/hash-lists/" + list + "/import", "text/csv",
                good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(again.body().contains("\"imported\":0") && again.body().contains("\"alreadyPresent\":3"), again.body());
        List<String> audit = audit("HashList", list);
        assertEquals(List.of("hashlist.create", "hashlist.import", "hashlist.import"), actions(audit));
        assertTrue(audit.get(1).contains("imported=3"), audit.get(1));

        // the admin may choose per-line instead: good lines in, bad lines listed
        HttpResponse<String> perLine = admin.postBytes("api/v1/hash-lists/" + list + "/import?mode=per-line", "text/csv",
                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, perLine.statusCode(), perLine.body());
        assertTrue(perLine.body().contains("\"imported\":2") && perLine.body().contains("\"rejected\":2"), perLine.body());
        assertTrue(perLine.body().contains("\"column\":\"signal_type\",\"line\":4"), perLine.body());
        assertEquals(5, countEntries(list));
        assertProblem(admin.postBytes("api/v1/hash-lists/" + list + "/import?mode=sometimes", "text/csv",
                good.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 400, "mode", "per-line");
    }

    @Test
    void machineClientsMatchWithAnApiTokenThatCanDoNothingElse() throws SQLException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Token list", null);
        String stored = randomPdq();
        long entry = addEntry(admin, list, "pdq", stored, null);
        HttpResponse<String> issued = admin.sendJson("POST", "api/v1/hash-tokens", "{\"name\":\"platform-" + System.nanoTime() + "\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        Matcher secret = Pattern.compile("\"token\":\"(hm_[A-Za-z0-9_-]+)\"").matcher(issued.body());
        assertTrue(secret.find(), issued.body());
        String token = secret.group(1);
        long tokenId = number(issued.body(), "id");
        assertFalse(admin.getJson("api/v1/hash-tokens").body().contains(token), "the secret is shown once only");

        PortalClient machine = new PortalClient(base);
        String query = "{\"type\":\"pdq\",\"hash\":\"" + flip(stored, 5) + "\"}";
        HttpResponse<String> matched = machine.sendJsonWithToken("POST", "api/v1/hashes/match", query, token);
        assertEquals(200, matched.statusCode(), matched.body());
        assertTrue(matched.body().contains("\"entryId\":" + entry), matched.body());
        long logId = number(matched.body(), "logId");
        assertEquals(403, machine.sendJsonWithToken("POST", "api/v1/hash-lists", "{\"name\":\"by token\"}", token).statusCode(),
                "a token cannot manage lists");
        assertEquals(403, machine.sendJsonWithToken("PUT", "api/v1/hashes/match-log/" + logId + "/verdict",
                "{\"verdict\":\"FALSE_POSITIVE\"}", token).statusCode(), "nor judge matches");
        assertEquals(401, machine.sendJsonWithToken("POST", "api/v1/hashes/match", query, token + "x").statusCode());

        assertEquals(200, admin.sendJson("PUT", "api/v1/hash-tokens/" + tokenId + "/revoked", "{}").statusCode());
        assertEquals(401, machine.sendJsonWithToken("POST", "api/v1/hashes/match", query, token).statusCode(),
                "a revoked token stops working at once");
        assertEquals(List.of("hashtoken.issue", "hashtoken.revoke"), actions(audit("HashApiToken", tokenId)));
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT actor FROM match_log WHERE id = ?")) {
            q.setLong(1, logId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("token:platform-"), rs.getString(1));
            }
        }
    }

    @Test
    void theAdminPagesCreateAListAddAPastedHashAndShowIt() {
        PortalClient admin = hashAdmin();
        String name = "Page list " + System.nanoTime();
        HttpResponse<String> created = admin.submit("hashadmin/dashboard.xhtml", "newList", "create",
                java.util.Map.of("name", name, "threshold_hinput", "25", "contentTypes", "image", "behaviours", "recruitment"));
        assertEquals(302, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("hashadmin/list.xhtml?id="), location);
        String listPath = location.substring(location.indexOf("hashadmin/"));
        HttpResponse<String> page = admin.open(listPath);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(name), "the list page shows the list");
        assertTrue(page.body().contains("</strong> 25"), "threshold 25 from the form");

        HttpResponse<String> bad = admin.submit(listPath, "add", "submit",
                java.util.Map.of("type_input", "md5", "hash", "not-a-hash", "quality_hinput", "", "labels", "", "contributor", "", "note", ""));
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("A md5 hash is exactly 32 hexadecimal digits"), "field message on the page: " + bad.body());

        String pdq = randomPdq();
        HttpResponse<String> added = admin.submit(listPath, "add", "submit",
                java.util.Map.of("type_input", "pdq", "hash", pdq, "quality_hinput", "90", "labels", "behaviour:recruitment",
                        "contributor", "EU IRU", "note", ""));
        assertEquals(200, added.statusCode());
        assertTrue(admin.open(listPath).body().contains(pdq), "the entries table lists the pasted hash");
        HttpResponse<String> dashboard = admin.open("hashadmin/dashboard.xhtml");
        assertTrue(dashboard.body().contains(name), "the dashboard lists the new list");
        assertEquals(404, admin.get("hashadmin/list.xhtml?id=987654321").statusCode());
        assertEquals(200, admin.open("hashadmin/match.xhtml").statusCode());
    }

    /**
     * In Chromium: the admin creates a list, imports a CSV holding bridge-1's PDQ hash, uploads the rotated
     * bridge in the match tester, sees the match with a blurred thumbnail and marks it a false positive.
     */
    @Test
    void inTheBrowserAnAdminImportsTestsAnImageAndMarksAFalsePositive() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.resize(1280, 1000);
            browser.open(base + "login.xhtml");
            browser.type("login:email", DemoLogins.BY_ROLE.get("HASH_ADMIN"));
            browser.type("login:password", DemoLogins.PASSWORD);
            browser.click("login:submit");
            browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("dashboard"));

            browser.open(base + "hashadmin/dashboard.xhtml");
            String name = "Browser list " + System.nanoTime();
            browser.type("newList:name", name);
            browser.click("newList:create");
            browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("hashadmin/list.xhtml"));
            assertTrue(browser.find("listName").getText().contains(name));

            Path csv = Files.createTempFile("hma", ".csv");
            Files.writeString(csv, "signal_type,signal_str,collab,category,tags\npdq," + BRIDGE_1 + ",EU IRU,terrorist_content,bridge\n");
            browser.upload("import:csv_input", csv);
            browser.click("import:run");
            browser.waitUntil(() -> browser.driver().getPageSource().contains(BRIDGE_1));
            Files.delete(csv);

            browser.open(base + "hashadmin/match.xhtml");
            browser.upload("tester:file_input", VECTORS.resolve("dih/bridge-2-rotate-90.jpg"));
            browser.click("tester:test");
            String matches = browser.find("matches").getText();
            assertTrue(matches.contains(name) && matches.contains(BRIDGE_1), matches);
            WebElement thumb = browser.find("thumbnail");
            assertTrue(thumb.getCssValue("filter").contains("blur"), "blurred by default: " + thumb.getCssValue("filter"));
            assertTrue(browser.find("variants").getText()
                    .contains("30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af"), "the 8 variants are shown");
            browser.screenshot("hashmatch-match-tester");
            browser.click("verdict:falsePositive");
            browser.waitForText("Marked as a false positive.");

            assertEquals("1", TestDatabase.value("SELECT COUNT(*) FROM hash_allow a JOIN hash_list l ON l.id = a.list_id"
                    + " WHERE l.name = ? AND a.signal_type = 'PDQ'", name), "the false positive went on the list's allow-list");

            // a TCO removal order recorded on the referrals page: its one-hour clock counts down live in the browser
            browser.open(base + "hashadmin/referrals.xhtml");
            String orderUrl = "https://t.me/browser/" + System.nanoTime();
            browser.type("order:url", orderUrl);
            browser.script("document.getElementById('order:platform_input').value = 'Telegram';");
            browser.type("order:authority", "Europol EU IRU");
            browser.click("order:submit");
            browser.waitForText("the one-hour clock is running");
            assertTrue(browser.text().contains(orderUrl), browser.text());
            Pattern clock = Pattern.compile("(59|60):\\d\\d");
            browser.waitUntil(() -> clock.matcher(firstCountdown(browser)).matches());
            String first = firstCountdown(browser);
            browser.waitUntil(() -> !firstCountdown(browser).equals(first));
            browser.screenshot("hashmatch-referrals");
        }
    }

    private static String firstCountdown(Browser browser) {
        return String.valueOf(browser.script(
                "var e = document.querySelector('span.tco-countdown'); return e ? e.textContent : '';"));
    }

    /**
     * Referrals and TCO removal orders over REST and on the page: bad input (URL, platform, entries, an outcome
     * dated before the referral or before receipt) is refused naming the field and stores nothing; the overdue
     * list, the removal rate per platform, the one-hour deadline and the audit trail with before/after.
     */
    @Test
    void referralsAndRemovalOrdersWithOutcomesRatesOverdueAndDeadlines() throws SQLException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Referral list", null);
        long entry = addEntry(admin, list, "pdq", randomPdq(), null);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String old = today.minusDays(20).toString();
        long referralsBefore = TestDatabase.count("referral");
        long linksBefore = TestDatabase.count("referral_entry");

        assertProblem(admin.sendJson("POST", "api/v1/referrals", referral("javascript:alert(1)", "Archive.org", old, entry)),
                400, "url", "full web address");
        assertProblem(admin.sendJson("POST", "api/v1/referrals", referral("https://example.org/v/1", "MySpace", old, entry)),
                400, "platform", "platform list");
        assertProblem(admin.sendJson("POST", "api/v1/referrals", referral("https://example.org/v/1", "Archive.org", old, 987654321L)),
                400, "entries", "existing hash entries");
        assertProblem(admin.sendJson("POST", "api/v1/referrals", referral("https://example.org/v/1", "Archive.org",
                today.plusDays(2).toString(), entry)), 400, "referredOn", "future");
        assertProblem(admin.sendJson("POST", "api/v1/referrals", referral("https://example.org/v/1", "Archive.org", "1.2.2026", entry)),
                400, "referredOn", "yyyy-mm-dd");
        HttpResponse<String> badPage = admin.submit("hashadmin/referrals.xhtml", "refer", "submit", java.util.Map.of(
                "url", "not a url", "platform_input", "Archive.org", "referredOn_input", old, "category", "glorification",
                "entries", Long.toString(entry)));
        assertEquals(200, badPage.statusCode());
        assertTrue(badPage.body().contains("Enter a full web address starting with http:// or https://."), badPage.body());
        assertEquals(referralsBefore, TestDatabase.count("referral"), "nothing stored");
        assertEquals(linksBefore, TestDatabase.count("referral_entry"), "nothing stored");

        HttpResponse<String> created = admin.sendJson("POST", "api/v1/referrals",
                referral("https://example.org/v/overdue-" + System.nanoTime(), "Archive.org", old, entry));
        assertEquals(201, created.statusCode(), created.body());
        long late = number(created.body(), "id");
        assertTrue(created.body().contains("\"entryIds\":[" + entry + "]"), created.body());
        long fresh = number(admin.sendJson("POST", "api/v1/referrals",
                referral("https://example.org/v/fresh", "Archive.org", today.toString(), entry)).body(), "id");
        assertTrue(admin.getJson("api/v1/referrals/overdue").body().contains("\"id\":" + late + ","), "20 days without outcome");
        assertFalse(admin.getJson("api/v1/referrals/overdue").body().contains("\"id\":" + fresh + ","));

        assertProblem(admin.sendJson("PUT", "api/v1/referrals/" + late + "/outcome",
                "{\"outcome\":\"REMOVED\",\"date\":\"" + today.minusDays(21) + "\"}"), 400, "outcomeOn", "before the referral");
        assertProblem(admin.sendJson("PUT", "api/v1/referrals/" + late + "/outcome",
                "{\"outcome\":\"GONE\",\"date\":\"" + today + "\"}"), 400, "outcome", "Choose an outcome");
        assertEquals(null, TestDatabase.value("SELECT outcome FROM referral WHERE id = ?", late), "no outcome stored");
        HttpResponse<String> outcome = admin.sendJson("PUT", "api/v1/referrals/" + late + "/outcome",
                "{\"outcome\":\"removed\",\"date\":\"" + today.minusDays(3) + "\"}");
        assertEquals(200, outcome.statusCode(), outcome.body());
        assertFalse(admin.getJson("api/v1/referrals/overdue").body().contains("\"id\":" + late + ","), "an outcome ends it");
        String archive = platformTotals(admin.getJson("api/v1/referrals/stats").body(), "Archive.org");
        assertTrue(archive.contains("\"referred\":2") && archive.contains("\"removed\":1")
                && archive.contains("\"pending\":1") && archive.contains("\"removalRate\":50.0"), archive);
        List<String> trail = audit("Referral", late);
        assertEquals(List.of("referral.create", "referral.outcome"), actions(trail));
        assertTrue(trail.get(1).contains("before: ") && trail.get(1).contains("outcome=null")
                && trail.get(1).contains("after: ") && trail.get(1).contains("outcome=REMOVED"), trail.get(1));

        long ordersBefore = TestDatabase.count("removal_order");
        assertProblem(admin.sendJson("POST", "api/v1/removal-orders",
                "{\"url\":\"ftp://example.org/x\",\"platform\":\"Telegram\",\"authority\":\"Europol\"}"), 400, "url", "full web address");
        assertProblem(admin.sendJson("POST", "api/v1/removal-orders",
                "{\"url\":\"https://t.me/x/1\",\"platform\":\"Telegram\",\"authority\":\" \"}"), 400, "authority", "required");
        assertEquals(ordersBefore, TestDatabase.count("removal_order"), "nothing stored");
        java.time.OffsetDateTime twoHoursAgo = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusHours(2)
                .withNano(0);
        String deadline = twoHoursAgo.plusHours(1).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        HttpResponse<String> missed = admin.sendJson("POST", "api/v1/removal-orders",
                "{\"url\":\"https://t.me/x/missed\",\"platform\":\"Telegram\",\"authority\":\"Europol EU IRU\",\"receivedAt\":\""
                        + twoHoursAgo + "\"}");
        assertEquals(201, missed.statusCode(), missed.body());
        assertTrue(missed.body().contains("\"overdue\":true"), missed.body());
        assertTrue(missed.body().contains("\"deadlineAt\":\"" + deadline), missed.body());
        HttpResponse<String> order = admin.sendJson("POST", "api/v1/removal-orders",
                "{\"url\":\"https://t.me/x/now\",\"platform\":\"telegram\",\"authority\":\"Europol EU IRU\"}");
        assertEquals(201, order.statusCode(), order.body());
        assertTrue(order.body().contains("\"overdue\":false") && order.body().contains("\"platform\":\"Telegram\""), order.body());
        long orderId = number(order.body(), "id");
        assertProblem(admin.sendJson("PUT", "api/v1/removal-orders/" + orderId + "/outcome",
                "{\"outcome\":\"REMOVED\",\"at\":\"" + twoHoursAgo + "\"}"), 400, "outcomeAt", "before the order was received");
        assertEquals(null, TestDatabase.value("SELECT outcome FROM removal_order WHERE id = ?", orderId));

        HttpResponse<String> page = admin.open("hashadmin/referrals.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("https://example.org/v/fresh"), "the referral table");
        assertTrue(page.body().contains("data-deadline=\"" + deadline), "the countdown from the UTC deadline");
        assertTrue(page.body().contains("tco-overdue"), "the missed order is highlighted");
        assertTrue(page.body().contains("rateChart"), "the removal-rate chart");
        HttpResponse<String> done = admin.sendJson("PUT", "api/v1/removal-orders/" + orderId + "/outcome", "{\"outcome\":\"REMOVED\"}");
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("\"overdue\":false") && done.body().contains("\"outcome\":\"REMOVED\""), done.body());
        assertEquals(List.of("removalorder.create", "removalorder.outcome"), actions(audit("RemovalOrder", orderId)));
    }

    private static String referral(String url, String platform, String referredOn, long entry) {
        return "{\"url\":\"" + url + "\",\"platform\":\"" + platform + "\",\"referredOn\":\"" + referredOn
                + "\",\"category\":\"glorification\",\"entryIds\":[" + entry + "]}";
    }

    /** The totals object of one platform in the stats answer (the per-month objects carry a period). */
    private static String platformTotals(String stats, String platform) {
        return Pattern.compile("\\{[^{}]*\"platform\":\"" + Pattern.quote(platform) + "\"[^{}]*\\}").matcher(stats).results()
                .map(m -> m.group()).filter(o -> !o.contains("\"period\"")).findFirst().orElse("none in " + stats);
    }

    /** The one-per-line "<type> <hash>" file: all or nothing by default, per line on request, and the export. */
    @Test
    void hashLinesImportAllOrNothingOrPerLineAndExport() throws SQLException {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Lines list", null);
        String pdq = randomPdq();
        String md5 = randomPdq().substring(0, 32);
        String bad = "# partner file\npdq " + pdq + "\nmd5 " + pdq + "\nvideo_md5 " + md5 + "\nphash " + pdq + "\n";
        byte[] badBytes = bad.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> rejected = admin.postBytes("api/v1/hash-lists/" + list + "/import?format=lines", "text/plain", badBytes);
        assertProblem(rejected, 400, "line 3: hash", "2 bad line(s): nothing was imported");
        assertTrue(rejected.body().contains("\"field\":\"line 5: type\""), rejected.body());
        assertEquals(0, countEntries(list), "all or nothing");
        assertProblem(admin.postBytes("api/v1/hash-lists/" + list + "/import?format=xml", "text/plain", badBytes),
                400, "format", "hma-csv (default), lines or json");

        HttpResponse<String> perLine = admin.postBytes("api/v1/hash-lists/" + list + "/import?format=lines&mode=per-line",
                "text/plain", badBytes);
        assertEquals(200, perLine.statusCode(), perLine.body());
        assertTrue(perLine.body().contains("\"imported\":2") && perLine.body().contains("\"rejected\":2"), perLine.body());
        assertEquals(2, countEntries(list));
        assertTrue(match(admin, "pdq", flip(pdq, 4)).body().contains("\"listId\":" + list), "matchable at once");
        assertTrue(audit("HashList", list).get(1).contains("format=lines"), audit("HashList", list).toString());

        HttpResponse<String> lines = admin.get("api/v1/hash-lists/" + list + "/export.txt");
        assertEquals(200, lines.statusCode(), lines.body());
        assertEquals("pdq " + pdq + "\nmd5 " + md5 + "\n", lines.body());
        HttpResponse<String> again = admin.postBytes("api/v1/hash-lists/" + list + "/import?format=lines", "text/plain",
                lines.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(again.body().contains("\"imported\":0") && again.body().contains("\"alreadyPresent\":2"), again.body());
    }

    /** The token page: a hash admin issues a token, sees the secret once, a machine matches with it, revoke ends it. */
    @Test
    void theTokenPageShowsTheSecretOnceAndRevokes() throws SQLException {
        PortalClient admin = hashAdmin();
        HttpResponse<String> refused = admin.submit("hashadmin/tokens.xhtml", "issue", "submit", java.util.Map.of("name", "a<b>"));
        assertTrue(refused.body().contains("Use plain text"), refused.body());
        String name = "page-token-" + System.nanoTime();
        HttpResponse<String> issued = admin.submit("hashadmin/tokens.xhtml", "issue", "submit", java.util.Map.of("name", name));
        assertEquals(200, issued.statusCode());
        Matcher secret = Pattern.compile("id=\"secretValue\"[^>]*>(hm_[A-Za-z0-9_-]+)<").matcher(issued.body());
        assertTrue(secret.find(), issued.body());
        String token = secret.group(1);
        HttpResponse<String> later = admin.open("hashadmin/tokens.xhtml");
        assertTrue(later.body().contains(name), "listed");
        assertFalse(later.body().contains(token), "the secret is shown once only");

        PortalClient machine = new PortalClient(base);
        String query = "{\"type\":\"md5\",\"hash\":\"" + randomPdq().substring(0, 32) + "\"}";
        assertEquals(200, machine.sendJsonWithToken("POST", "api/v1/hashes/match", query, token).statusCode());
        HttpResponse<String> revoked = admin.submit("hashadmin/tokens.xhtml", "tokens", "table:0:revoke", java.util.Map.of());
        assertEquals(200, revoked.statusCode());
        assertTrue(Pattern.compile(Pattern.quote(name) + ".{1,12}revoked\\.").matcher(revoked.body()).find(),
                "the confirmation (in the growl): " + revoked.body());
        assertEquals("1", TestDatabase.value("SELECT COUNT(*) FROM api_token WHERE scope = 'MATCH_HASHES' AND name = ? AND revoked_at IS NOT NULL", name));
        assertEquals(401, machine.sendJsonWithToken("POST", "api/v1/hashes/match", query, token).statusCode());
    }

    /**
     * Benchmark harness, not part of the suite (it takes minutes): streams an HMA CSV of N generated PDQ lines into a
     * new list in one request, all or nothing, and writes the time to target/benchmarks/hashmatch-import.txt. Run as
     * docs/benchmarks/hashmatch.md says, with {@code -Dbench.hashmatch.import-lines=1000000}; with
     * {@code -Dit.payara.jvm="-Xlog:gc:file=target/payara-gc.log"} the server's GC log shows the heap it took.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "bench.hashmatch.import-lines", matches = "\\d+")
    void benchmarkStreamingImport() throws Exception {
        int lines = Integer.getInteger("bench.hashmatch.import-lines");
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Bulk import", null);
        long start = System.nanoTime();
        HttpResponse<String> r = admin.postStream("api/v1/hash-lists/" + list + "/import", "text/csv",
                () -> new GeneratedCsv(lines, 20261128L));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"imported\":" + lines), r.body());
        assertEquals(lines, countEntries(list));
        // the last generated line's hash matches at once: the index took the whole import
        Random same = new Random(20261128L);
        String last = null;
        for (int i = 0; i < lines; i++) {
            last = String.format("%064x", new BigInteger(256, same));
        }
        assertTrue(match(admin, "pdq", flip(last, 20)).body().contains("\"listId\":" + list));
        String report = String.format("%s: %,d lines (%,d bytes) imported all or nothing in one request in %.1f s"
                + " = %,.0f lines/s; server -Xmx768m%s%n", java.time.Instant.now(), lines, GeneratedCsv.bytes(lines),
                seconds, lines / seconds, System.getProperty("it.payara.jvm", "").isBlank() ? ""
                        : " " + System.getProperty("it.payara.jvm"));
        Path out = Path.of("target", "benchmarks", "hashmatch-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.out.print("[bench] " + report);
    }

    @Test
    void aLongImportRunsAsAJobThatIsPolledUntilItEnds() throws Exception {
        PortalClient admin = hashAdmin();
        long list = createList(admin, "Job import", null);
        int lines = 5_000;
        HttpResponse<String> started = admin.postStream("api/v1/hash-lists/" + list + "/import-jobs", "text/csv",
                () -> new GeneratedCsv(lines, 7L));
        assertEquals(202, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/api/v1/hash-lists/import-jobs/" + number(started.body(), "id")), location);
        assertTrue(started.body().contains("\"totalBytes\":" + GeneratedCsv.bytes(lines)), "the whole body was received: "
                + started.body());
        String done = pollJob(admin, location);
        assertTrue(done.contains("\"status\":\"DONE\"") && done.contains("\"percent\":100"), done);
        assertTrue(done.contains("5,000 hash(es) imported, 0 already in the list."), done);
        assertEquals(lines, countEntries(list));

        // a bad line: the job fails naming it, and nothing is imported (all or nothing, as in one request)
        long other = createList(admin, "Job import refused", null);
        byte[] bad = ("signal_type,signal_str,collab,category,tags\npdq," + randomPdq() + ",EU IRU,,\npdq,12ab,EU IRU,,\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> refusedStart = admin.postBytes("api/v1/hash-lists/" + other + "/import-jobs", "text/csv", bad);
        assertEquals(202, refusedStart.statusCode(), refusedStart.body());
        String failed = pollJob(admin, refusedStart.headers().firstValue("Location").orElseThrow());
        assertTrue(failed.contains("\"status\":\"FAILED\"") && failed.contains("1 bad line(s): nothing was imported")
                && failed.contains("line 3 (signal_str)"), failed);
        assertEquals(0, countEntries(other));

        // refused before any job exists: an unknown list, an unknown mode; and only hash admins run or read jobs
        assertEquals(404, admin.postBytes("api/v1/hash-lists/999999999/import-jobs", "text/csv", bad).statusCode());
        assertProblem(admin.postBytes("api/v1/hash-lists/" + other + "/import-jobs?mode=sometimes", "text/csv", bad), 400,
                "mode", "all-or-nothing");
        assertEquals(404, admin.getJson("api/v1/hash-lists/import-jobs/999999999").statusCode());
        PortalClient ngo = new PortalClient(base);
        assertEquals(302, ngo.login(DemoLogins.BY_ROLE.get("APPLICANT"), DemoLogins.PASSWORD).statusCode());
        assertEquals(403, ngo.postBytes("api/v1/hash-lists/" + other + "/import-jobs", "text/csv", bad).statusCode());
        assertEquals(403, ngo.getJson(location).statusCode());
    }

    /** GETs the job until it is no longer RUNNING (a minute at most) and returns it. */
    private static String pollJob(PortalClient client, String location) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> job = client.getJson(location);
            assertEquals(200, job.statusCode(), job.body());
            if (!job.body().contains("\"status\":\"RUNNING\"") || System.nanoTime() > deadline) {
                return job.body();
            }
            Thread.sleep(200);
        }
    }

    /** An HMA CSV of generated PDQ lines, made as it is read: header, then "pdq,<64 hex>,EU IRU,terrorist_content,bench". */
    private static final class GeneratedCsv extends java.io.InputStream {
        private static final byte[] HEADER = "signal_type,signal_str,collab,category,tags\n".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);
        private static final int LINE = "pdq,".length() + 64 + ",EU IRU,terrorist_content,bench\n".length();
        private final Random random;
        private final int lines;
        private int made;
        private byte[] current = HEADER;
        private int pos;

        GeneratedCsv(int lines, long seed) {
            this.lines = lines;
            this.random = new Random(seed);
        }

        static long bytes(int lines) {
            return HEADER.length + (long) LINE * lines;
        }

        @Override
        public int read() {
            if (pos == current.length && !next()) {
                return -1;
            }
            return current[pos++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos == current.length && !next()) {
                return -1;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean next() {
            if (made == lines) {
                return false;
            }
            made++;
            current = ("pdq," + String.format("%064x", new BigInteger(256, random)) + ",EU IRU,terrorist_content,bench\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            pos = 0;
            return true;
        }
    }

    // ------------------------------------------------------------------ helpers

    private PortalClient hashAdmin() {
        PortalClient client = new PortalClient(base);
        assertEquals(302, client.login(DemoLogins.BY_ROLE.get("HASH_ADMIN"), DemoLogins.PASSWORD).statusCode());
        return client;
    }

    private long createList(PortalClient admin, String name, Integer threshold) {
        HttpResponse<String> r = admin.sendJson("POST", "api/v1/hash-lists", "{\"name\":\"" + name + " " + System.nanoTime()
                + "\",\"description\":\"made by HashMatchIT\",\"contentTypes\":\"image, video\",\"behaviours\":\"glorification\""
                + (threshold == null ? "" : ",\"threshold\":" + threshold) + "}");
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"threshold\":" + (threshold == null ? 31 : threshold)), r.body());
        return number(r.body(), "id");
    }

    private long addEntry(PortalClient admin, long list, String type, String hash, String labels) {
        HttpResponse<String> r = admin.sendJson("POST", "api/v1/hash-lists/" + list + "/entries", "{\"type\":\"" + type
                + "\",\"hash\":\"" + hash + "\"" + (labels == null ? "" : ",\"labels\":\"" + labels + "\"")
                + (type.equals("pdq") ? ",\"quality\":100" : "") + "}");
        assertEquals(201, r.statusCode(), r.body());
        return number(r.body(), "id");
    }

    private static HttpResponse<String> match(PortalClient client, String type, String hash) {
        HttpResponse<String> r = client.sendJson("POST", "api/v1/hashes/match",
                "{\"type\":\"" + type + "\",\"hash\":\"" + hash + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }

    private static void assertProblem(HttpResponse<String> r, int status, String field, String words) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        assertTrue(r.body().contains("\"field\":\"" + field + "\""), r.body());
        assertTrue(r.body().contains(words), r.body());
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private String randomPdq() {
        return String.format("%064x", new BigInteger(256, random));
    }

    /** The hash with its first {@code bits} bits (of the 256-bit number) flipped: at exactly that distance. */
    private static String flip(String hex, int bits) {
        BigInteger v = new BigInteger(hex, 16);
        for (int i = 0; i < bits; i++) {
            v = v.flipBit(i * 7 % 256);
        }
        String out = String.format("%064x", v);
        assertEquals(bits, new BigInteger(hex, 16).xor(v).bitCount());
        return out;
    }

    private static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "action | actor | details" of the audit entries about a target, oldest first. */
    private static List<String> audit(String targetType, long targetId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT action, actor, details FROM audit_entry"
                        + " WHERE target_type = ? AND target_id = ? ORDER BY id")) {
            q.setString(1, targetType);
            q.setString(2, Long.toString(targetId));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3));
                }
            }
        }
        return out;
    }

    private static List<String> actions(List<String> audit) {
        return audit.stream().map(a -> a.substring(0, a.indexOf(" | "))).toList();
    }

    private String upload(PortalClient client, String name, long org, byte[] content) {
        HttpResponse<String> r = client.postBytes("it-probe/upload?org=" + org + "&name=" + name, "application/octet-stream", content);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** The JSON object of the screening case of a file, in a list of cases. */
    private static String caseOf(String cases, long fileId) {
        Matcher m = Pattern.compile("\\{[^{}]*\"fileId\":" + fileId + ",[^{}]*\\}").matcher(cases);
        assertTrue(m.find(), "case of file " + fileId + " in " + cases);
        return m.group();
    }

    private static String field(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + "=(.*)$").matcher(text);
        assertTrue(m.find(), key + " in " + text);
        return m.group(1);
    }

    private static long anna() throws SQLException {
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT organisation_id FROM account WHERE email = ?")) {
            q.setString(1, DemoLogins.BY_ROLE.get("APPLICANT"));
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    /** An open call, put straight into the database (the calls component's pages are tested in CallsIT). */
    private static String openCall() throws SQLException {
        String identifier = "CSEP-H" + Long.toString(System.nanoTime(), 36).toUpperCase();
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement q = c.prepareStatement("INSERT INTO call_for_proposals (id, identifier, title, description,"
                        + " opens_at, deadline, budget, min_grant, max_grant, max_cofinancing_rate, min_partners,"
                        + " max_duration_months, status, created_at, version) VALUES (nextval('call_seq'), ?, 'Screening test call',"
                        + " 'A call for HashMatchIT', now() - interval '1 day', now() + interval '300 days', 4000000, 250000,"
                        + " 1000000, 90, 0, 24, 'OPEN', now(), 1)")) {
            q.setString(1, identifier);
            q.executeUpdate();
        }
        return identifier;
    }

    private static String screeningOf(long fileId) throws SQLException {
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT screening FROM stored_file WHERE id = ?")) {
            q.setLong(1, fileId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }

    private static int countEntries(long list) throws SQLException {
        try (Connection c = IntegrationEnvironment.database().getConnection();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM hash_entry WHERE list_id = ?")) {
            q.setLong(1, list);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
