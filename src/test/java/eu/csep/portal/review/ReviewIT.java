package eu.csep.portal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.testsupport.CallFixtures;
import eu.csep.portal.testsupport.DemoLogins;
import eu.csep.portal.testsupport.Mailbox;
import eu.csep.portal.testsupport.PortalClient;
import eu.csep.portal.testsupport.PortalDeployment;
import eu.csep.portal.testsupport.TestDatabase;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Review and scoring on the real WAR and PostgreSQL: conflict hints and their written clearance, declarations that
 * guard every route to a proposal's content, the report's life (scale, comments, one report, lock, reopening, review
 * deadline), locking under concurrent submits and reopening, automatic assignment with unmet constraints, consensus,
 * ranking with the budget line and a what-if envelope, decisions (selection opens a pending commitment), the ESR and
 * the e-mailed information letter. Data is set up only through the portal; each test uses its own call.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.realWar();
    }

    @ArquillianResource
    URL base;

    static final String REVIEWER1 = "reviewer1@csep-portal.eu";
    static final String REVIEWER2 = "reviewer2@csep-portal.eu";
    static final String CLEARANCE = "Left that organisation years ago, no ties since then.";

    /** A closed call with three submitted proposals: Voices of Peace (anna, ben) and Counter Narrative Lab (clara). */
    record Evaluated(String identifier, long callId, long p1, long p2, long p3) {
    }

    @Test
    void hintedConflictsNeedAWrittenClearanceAndNothingOfAProposalIsReachableBeforeTheDeclaration() throws SQLException {
        Evaluated call = closedCallWithProposals();
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        long r1 = reviewerId(officer, REVIEWER1);
        long r2 = reviewerId(officer, REVIEWER2);
        String voices = TestDatabase.value("SELECT id FROM organisation WHERE legal_name = 'Voices of Peace asbl'");
        HttpResponse<String> described = officer.sendJson("PUT", "api/v1/evaluations/reviewers/" + r2,
                "{\"expertise\":[\"Youth\",\"radicalisation\"],\"languages\":[\"en\",\"de\"],\"formerOrganisations\":[" + voices + "]}");
        assertEquals(200, described.statusCode(), described.body());
        assertTrue(described.body().contains("\"expertise\":[\"radicalisation\",\"youth\"]"), described.body());

        String hints = officer.getJson("api/v1/evaluations/proposals/" + call.p1() + "/hints?reviewer=" + r2).body();
        assertTrue(hints.contains("former member of Voices of Peace asbl"), hints);
        assertEquals("[]", officer.getJson("api/v1/evaluations/proposals/" + call.p2() + "/hints?reviewer=" + r2).body());

        HttpResponse<String> blocked = assign(officer, call.p1(), r2, null);
        assertEquals(409, blocked.statusCode(), blocked.body());
        assertTrue(blocked.body().contains("Possible conflict of interest: former member of Voices of Peace asbl"), blocked.body());
        assertEquals(409, assign(officer, call.p1(), r2, "ok").statusCode(), "a clearance needs a real reason");
        assertEquals("0", TestDatabase.value("SELECT COUNT(*) FROM review_assignment WHERE proposal_id = ?", call.p1()));
        HttpResponse<String> cleared = assign(officer, call.p1(), r2, CLEARANCE);
        assertEquals(201, cleared.statusCode(), cleared.body());
        long a2 = number(cleared.body(), "id");
        assertEquals(CLEARANCE, TestDatabase.value("SELECT clearance FROM review_assignment WHERE id = ?", a2));
        assertEquals("officer@csep-portal.eu", TestDatabase.value("SELECT cleared_by FROM review_assignment WHERE id = ?", a2));
        assertTrue(TestDatabase.value("SELECT details FROM audit_entry WHERE action = 'review.assigned' AND target_id = ?",
                String.valueOf(a2)).contains(CLEARANCE));

        long a1 = number(assign(officer, call.p1(), r1, null).body(), "id");
        HttpResponse<String> twice = assign(officer, call.p1(), r1, null);
        assertEquals(409, twice.statusCode());
        assertTrue(twice.body().contains("already assigned"), twice.body());

        PortalClient rita = signedIn(REVIEWER1);
        String listed = assignmentJson(rita.getJson("api/v1/reviews").body(), a1);
        assertTrue(listed.contains(reference(call, call.p1())) && listed.contains("\"declaration\":\"PENDING\""), listed);
        assertFalse(listed.contains("\"title\""), "not even the title before the declaration: " + listed);
        assertEquals(403, rita.getJson("api/v1/reviews/" + a1 + "/proposal").statusCode());
        assertEquals(403, rita.getJson("api/v1/reviews/" + a1 + "/rubric").statusCode());
        assertEquals(403, rita.postJson("api/v1/reviews/" + a1 + "/report", "").statusCode());
        HttpResponse<String> page = rita.get("reviewer/review.xhtml?assignment=" + a1);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Declaration of conflict of interest"), page.body());
        assertFalse(page.body().contains("Voices against hate") || page.body().contains("Former extremists"), "no content");
        assertEquals(404, rita.getJson("api/v1/reviews/" + a2 + "/proposal").statusCode(), "another reviewer's assignment");
        assertEquals(404, rita.get("reviewer/review.xhtml?assignment=" + a2).statusCode());
        assertEquals(403, signedIn(DemoLogins.BY_ROLE.get("APPLICANT")).getJson("api/v1/reviews/" + a1 + "/proposal").statusCode());

        HttpResponse<String> declared = rita.submit("reviewer/review.xhtml?assignment=" + a1, "review", "noConflict", Map.of());
        assertTrue(declared.body().contains("the proposal is open for you") && declared.body().contains("Former extremists"),
                declared.body());
        HttpResponse<String> content = rita.getJson("api/v1/reviews/" + a1 + "/proposal");
        assertEquals(200, content.statusCode(), content.body());
        assertTrue(content.body().contains("\"reference\":\"" + reference(call, call.p1()) + "\""), content.body());
        assertEquals(409, rita.postJson("api/v1/reviews/" + a1 + "/declaration", "{\"conflict\":true}").statusCode(),
                "a declaration is final");

        PortalClient rolf = signedIn(REVIEWER2);
        assertEquals(204, rolf.postJson("api/v1/reviews/" + a2 + "/declaration",
                "{\"conflict\":true,\"note\":\"My sister works there\"}").statusCode());
        assertEquals(404, rolf.getJson("api/v1/reviews/" + a2 + "/proposal").statusCode(), "a conflict voids the assignment");
        assertFalse(rolf.getJson("api/v1/reviews").body().contains("\"id\":" + a2 + ","));
        HttpResponse<String> again = assign(officer, call.p1(), r2, CLEARANCE);
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("declared a conflict of interest"), again.body());
        assertEquals("CONFLICT", TestDatabase.value("SELECT declaration FROM review_assignment WHERE id = ?", a2));

        // a proposal of a call still open cannot be assigned
        Evaluated open = openCallWithProposal();
        HttpResponse<String> early = assign(officer, open.p1(), r1, null);
        assertEquals(409, early.statusCode());
        assertTrue(early.body().contains("still accepts submissions"), early.body());
    }

    @Test
    void aReportIsCheckedAgainstTheRubricLockedOnSubmissionAndReopenedOnlyByAnOfficerWithAReason() throws SQLException {
        Evaluated call = closedCallWithProposals();
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        HttpResponse<String> grid = officer.sendJson("PUT", "api/v1/evaluations/" + call.callId() + "/rubric", """
                {"name":"CSEP points grid","scale":"POINTS","overallThreshold":70,"criteria":[
                 {"name":"Relevance","maxPoints":30,"threshold":21},{"name":"Quality of design","maxPoints":30,"threshold":21},
                 {"name":"Team","maxPoints":30,"threshold":21},{"name":"Impact","maxPoints":10,"threshold":7}]}""");
        assertEquals(200, grid.statusCode(), grid.body());
        assertTrue(grid.body().contains("\"scale\":\"POINTS\"") && grid.body().contains("\"name\":\"Team\""), grid.body());
        HttpResponse<String> wrong = officer.sendJson("PUT", "api/v1/evaluations/" + call.callId() + "/rubric",
                "{\"scale\":\"POINTS\",\"overallThreshold\":70,\"criteria\":[{\"name\":\"Relevance\",\"maxPoints\":30,\"threshold\":31}]}");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().contains("threshold between 0 and the maximum"), wrong.body());
        assertEquals(200, officer.sendJson("PUT", "api/v1/evaluations/" + call.callId() + "/rubric", EU_RUBRIC).statusCode());
        // the same rubric through the officer's editor page, with descriptions; a wrong threshold is refused
        String editor = "officer/rubric.xhtml?call=" + call.callId();
        assertTrue(officer.get(editor).body().contains("value=\"Implementation\""), "the editor shows the rubric");
        String wrongRow = officer.submit(editor, "rubric", "save", rubricRows("6")).body();
        assertTrue(wrongRow.contains("threshold between 0 and the maximum"), wrongRow);
        String saved = officer.submit(editor, "rubric", "save", rubricRows("3")).body();
        assertTrue(saved.contains("Rubric saved"), saved);
        String rubric = officer.getJson("api/v1/evaluations/" + call.callId()).body();
        assertTrue(rubric.contains("\"description\":\"What reviewers assess under Impact\""), rubric + "\n" + saved);
        assertEquals(200, settings(officer, call, null).statusCode());

        long r1 = reviewerId(officer, REVIEWER1);
        long r2 = reviewerId(officer, REVIEWER2);
        long a1 = number(assign(officer, call.p2(), r1, CLEARANCE).body(), "id");
        long a2 = number(assign(officer, call.p2(), r2, CLEARANCE).body(), "id");
        PortalClient rita = declaredNoConflict(REVIEWER1, a1);
        PortalClient rolf = declaredNoConflict(REVIEWER2, a2);

        refused(rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", scores("3.3", "4", "4", LONG)), 400,
                "Excellence: the score must be between 0 and 5 in steps of 0.5");
        refused(rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", scores("5.5", "4", "4", LONG)), 400, "steps of 0.5");
        refused(rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", "{\"scores\":[{\"score\":4}]}"), 400,
                "one score and comment for each of the 3 criteria");
        assertEquals("0", TestDatabase.value("SELECT COUNT(*) FROM review_report WHERE assignment_id = ?", a1), "nothing stored");
        refused(rita.postJson("api/v1/reviews/999999/report", ""), 404, "No such assignment");

        assertEquals(201, rita.postJson("api/v1/reviews/" + a1 + "/report", "").statusCode());
        refused(rita.postJson("api/v1/reviews/" + a1 + "/report", ""), 409, "already written a report");
        assertEquals("1", TestDatabase.value("SELECT COUNT(*) FROM review_report WHERE assignment_id = ?", a1));
        assertEquals(200, rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", scores("2.5", "4", "4", "Too vague")).statusCode());
        refused(rita.postJson("api/v1/reviews/" + a1 + "/report/submission", ""), 400,
                "Excellence: a score below the threshold needs a comment of at least 30 characters");
        refused(rita.getJson("api/v1/reviews/" + a1 + "/peers"), 403, "once your own report is submitted");
        assertEquals(200, rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", scores("2.5", "4", "4", LONG)).statusCode());
        HttpResponse<String> submitted = rita.postJson("api/v1/reviews/" + a1 + "/report/submission", "");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().contains("\"status\":\"SUBMITTED\""), submitted.body());
        refused(rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", scores("3", "4", "4", LONG)), 409, "submitted and locked");
        refused(officer.sendJson("PUT", "api/v1/evaluations/" + call.callId() + "/rubric", EU_RUBRIC), 409,
                "The rubric can no longer change");
        assertTrue(officer.submit(editor, "rubric", "save", rubricRows("3")).body()
                .contains("The rubric can no longer change"), "the editor is refused once frozen");
        assertEquals("2.5", TestDatabase.value("SELECT s.score FROM review_report_score s JOIN review_report r ON r.id = s.report_id "
                + "WHERE r.assignment_id = ? AND s.position = 0", a1));

        assertEquals(200, rolf.sendJson("PUT", "api/v1/reviews/" + a2 + "/report", scores("4.5", "4", "4", LONG)).statusCode());
        assertEquals(200, rolf.postJson("api/v1/reviews/" + a2 + "/report/submission", "").statusCode());
        String peers = rita.getJson("api/v1/reviews/" + a1 + "/peers").body();
        assertTrue(peers.contains("\"reviewer\":\"Reviewer A\"") && peers.contains("4.5"), peers);
        assertFalse(peers.contains("reviewer2") || peers.contains("Rolf"), "no names: " + peers);
        String board = officer.getJson("api/v1/evaluations/" + call.callId() + "/board").body();
        assertTrue(board.contains("\"divergent\":true") && board.contains("Excellence: spread 2"), board);

        long report = Long.parseLong(TestDatabase.value("SELECT id FROM review_report WHERE assignment_id = ?", a1));
        refused(officer.postJson("api/v1/evaluations/reports/" + report + "/reopening", "{\"reason\":\"typo\"}"), 400,
                "reason for reopening");
        refused(rita.postJson("api/v1/evaluations/reports/" + report + "/reopening", "{\"reason\":\"I want to change it\"}"),
                403, "");
        assertEquals(204, officer.postJson("api/v1/evaluations/reports/" + report + "/reopening",
                "{\"reason\":\"Excellence comment mixes up two proposals\"}").statusCode());
        assertEquals("Excellence comment mixes up two proposals", TestDatabase.value(
                "SELECT details FROM audit_entry WHERE action = 'review.report-reopened' AND target_id = ?", String.valueOf(report)));
        assertEquals("DRAFT", TestDatabase.value("SELECT status FROM review_report WHERE id = ?", report));
        assertEquals(200, rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", scores("3.5", "4", "4", LONG)).statusCode());

        // after the review deadline (server time) nothing changes
        assertEquals(200, settings(officer, call, "\"2020-01-01T00:00:00Z\"").statusCode());
        refused(rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", scores("4", "4", "4", LONG)), 409, "review deadline has passed");
        refused(rita.postJson("api/v1/reviews/" + a1 + "/report/submission", ""), 409, "review deadline has passed");
        assertEquals("3.5", TestDatabase.value("SELECT s.score FROM review_report_score s WHERE s.report_id = ? AND s.position = 0", report));
    }

    @Test
    void concurrentSubmitsAndASubmitRacingAReopeningAreSerialisedByTheDatabaseLock() throws Exception {
        Evaluated call = closedCallWithProposals();
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        long a1 = number(assign(officer, call.p2(), reviewerId(officer, REVIEWER1), CLEARANCE).body(), "id");
        PortalClient rita = declaredNoConflict(REVIEWER1, a1);
        PortalClient ritaAgain = signedIn(REVIEWER1);
        assertEquals(200, rita.sendJson("PUT", "api/v1/reviews/" + a1 + "/report", scores("4", "4", "4", LONG)).statusCode());
        long report = Long.parseLong(TestDatabase.value("SELECT id FROM review_report WHERE assignment_id = ?", a1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int reopenings = 0;
        try {
            for (int round = 0; round < 3; round++) {
                List<Integer> codes = race(pool,
                        () -> rita.postJson("api/v1/reviews/" + a1 + "/report/submission", "").statusCode(),
                        () -> ritaAgain.postJson("api/v1/reviews/" + a1 + "/report/submission", "").statusCode());
                assertTrue(codes.contains(200) && codes.contains(409), "exactly one submit wins: " + codes);
                List<Integer> mixed = race(pool,
                        () -> officer.postJson("api/v1/evaluations/reports/" + report + "/reopening",
                                "{\"reason\":\"round " + "x".repeat(12) + "\"}").statusCode(),
                        () -> rita.postJson("api/v1/reviews/" + a1 + "/report/submission", "").statusCode());
                assertEquals(204, mixed.get(0), "the reopening always finds the report submitted: " + mixed);
                reopenings++;
                String status = TestDatabase.value("SELECT status FROM review_report WHERE id = ?", report);
                assertEquals(mixed.get(1) == 200 ? "SUBMITTED" : "DRAFT", status, "one consistent outcome: " + mixed);
                if (status.equals("SUBMITTED")) {
                    assertEquals(204, officer.postJson("api/v1/evaluations/reports/" + report + "/reopening",
                            "{\"reason\":\"next round of the race\"}").statusCode());
                    reopenings++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(String.valueOf(reopenings), TestDatabase.value("SELECT COUNT(*) FROM audit_entry "
                + "WHERE action = 'review.report-reopened' AND target_id = ?", String.valueOf(report)));
        assertEquals(String.valueOf(reopenings), TestDatabase.value("SELECT reopened FROM review_report WHERE id = ?", report));
    }

    @Test
    void automaticAssignmentNeverUsesAConflictedReviewerAndListsWhatItCouldNotMeet() throws SQLException {
        Evaluated call = closedCallWithProposals();
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        // ten reviews per proposal, at most one proposal per reviewer: far more than the reviewers this run has
        // (other test classes invite reviewers into the same database), so every proposal lacks some, and says so
        assertEquals(200, officer.sendJson("PUT", "api/v1/evaluations/" + call.callId() + "/settings",
                "{\"reviewsPerProposal\":10,\"maxLoad\":1,\"commentMinLength\":30,\"tieBreak\":\"Impact, Excellence\","
                        + "\"calibrated\":false}").statusCode());
        HttpResponse<String> result = officer.postJson("api/v1/evaluations/" + call.callId() + "/auto-assignment", "");
        assertEquals(200, result.statusCode(), result.body());
        int reviewers = Integer.parseInt(TestDatabase.value(
                "SELECT COUNT(*) FROM account WHERE role = 'REVIEWER' AND status = 'ACTIVE'"));
        assertTrue(reviewers < 30, "the premise: fewer reviewers than the 3 x 10 reviews asked for");
        for (long p : new long[] {call.p1(), call.p2(), call.p3()}) {
            assertTrue(result.body().contains("\"proposalId\":" + p + ","), p + " in " + result.body());
        }
        assertTrue(Integer.parseInt(TestDatabase.value("SELECT COUNT(*) FROM review_assignment WHERE evaluation_id = "
                + "(SELECT id FROM review_evaluation WHERE call_id = ?)", call.callId())) <= reviewers,
                "no reviewer above the maximum load of one");
        assertTrue(result.body().contains("review(s) missing"), result.body());
        assertEquals("0", TestDatabase.value("SELECT COUNT(*) FROM review_assignment WHERE evaluation_id = "
                + "(SELECT id FROM review_evaluation WHERE call_id = ?) AND hint IS NOT NULL", call.callId()),
                "a hinted reviewer is never assigned automatically");
    }

    @Test
    void consensusRankingDecisionsAndTheEvaluationSummaryReachTheApplicantWithoutReviewerNames() throws Exception {
        Evaluated call = closedCallWithProposals();
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        long r1 = reviewerId(officer, REVIEWER1);
        long r2 = reviewerId(officer, REVIEWER2);
        Map<Long, long[]> assignments = new HashMap<>();
        for (long p : new long[] {call.p1(), call.p2(), call.p3()}) {
            assignments.put(p, new long[] {number(assign(officer, p, r1, CLEARANCE).body(), "id"),
                    number(assign(officer, p, r2, CLEARANCE).body(), "id")});
        }
        PortalClient rita = signedIn(REVIEWER1);
        PortalClient rolf = signedIn(REVIEWER2);
        scored(rita, assignments.get(call.p1())[0], "4.5", "4.5", "4");
        scored(rolf, assignments.get(call.p1())[1], "4", "5", "4.5");
        scored(rita, assignments.get(call.p2())[0], "4", "4", "4");
        scored(rolf, assignments.get(call.p2())[1], "4", "4", "4");
        scored(rita, assignments.get(call.p3())[0], "3.5", "3.5", "3.5");
        scored(rolf, assignments.get(call.p3())[1], "2", "3", "3");

        String board = officer.getJson("api/v1/evaluations/" + call.callId() + "/board").body();
        assertTrue(board.contains("both sides of threshold 3"), board);
        assertTrue(board.contains("\"calibratedMean\"") && board.contains("\"sharedProposals\":3"), board);
        String consensusPage = officer.get("officer/consensus.xhtml?call=" + call.callId() + "&proposal=" + call.p3()).body();
        assertTrue(consensusPage.contains("3.5 - " + LONG.substring(0, 20)), "individual scores beside the consensus");
        HttpResponse<String> consensus = officer.submit("officer/consensus.xhtml?call=" + call.callId() + "&proposal=" + call.p3(),
                "consensus", "save", Map.of("rows:0:score", "3", "rows:0:comment", "Consensus: " + LONG,
                        "rows:1:score", "3.5", "rows:1:comment", "Consensus: " + LONG,
                        "rows:2:score", "3", "rows:2:comment", "Consensus: " + LONG));
        assertTrue(consensus.body().contains("Consensus saved"), consensus.body());

        // budget 1,000,000: P1 (481,500) and P2 (400,000) fit; P3 fails the overall threshold (9.5 < 10)
        String ranking = officer.getJson("api/v1/evaluations/" + call.callId() + "/ranking").body();
        assertTrue(ranking.contains("\"proposalId\":" + call.p1() + ",\"rank\":1,")
                && ranking.contains("\"proposalId\":" + call.p2() + ",\"rank\":2,"), ranking);
        assertTrue(ranking.contains("\"fundable\":2") && ranking.contains("\"failures\":[\"overall\"]"), ranking);
        String whatIf = officer.getJson("api/v1/evaluations/" + call.callId() + "/ranking?envelope=500000").body();
        assertTrue(whatIf.contains("\"fundable\":1") && whatIf.contains("\"withinBudget\":481500"), whatIf);
        assertTrue(officer.get("officer/evaluation.xhtml?call=" + call.callId()).body().contains(reference(call, call.p1())));

        // calibration switched on for this call: calibrated means rank (the consensus stays as written), then off again
        assertEquals(200, settings(officer, call, null, true).statusCode());
        String calibrated = officer.getJson("api/v1/evaluations/" + call.callId() + "/ranking").body();
        assertTrue(calibrated.contains("\"calibrated\":true") && calibrated.contains("\"basis\":\"CALIBRATED_MEAN\""),
                calibrated);
        assertEquals(200, settings(officer, call, null, false).statusCode());

        openCallBudget(officer, call.identifier());
        assertEquals(204, decide(officer, call.p1(), "SELECTED").statusCode());
        assertEquals("PENDING", TestDatabase.value("SELECT status FROM budget_commitment WHERE proposal_reference = ?",
                reference(call, call.p1())), "the budget opened a pending commitment");
        // the commitment carries the proposal's costs per category; the confirmation starts from their EU share (90 %)
        assertEquals("30000000", TestDatabase.value("SELECT proposed_personnel_cents FROM budget_commitment"
                + " WHERE proposal_reference = ?", reference(call, call.p1())));
        String grants = officer.getJson("api/v1/budget/commitments?call=" + call.identifier()).body();
        assertTrue(grants.contains("\"proposedCategories\":{\"PERSONNEL\":\"270000.00\",\"SUBCONTRACTING\":\"0.00\","
                + "\"TRAVEL\":\"90000.00\",\"EQUIPMENT\":\"45000.00\",\"OTHER_GOODS_AND_SERVICES\":\"45000.00\","
                + "\"INDIRECT_COSTS\":\"31500.00\"}"), grants);
        HttpResponse<String> postings = officer.page("officer/budget/postings.xhtml");
        String prefilled = officer.ajax(postings, "commit", "proposalReference", "change",
                Map.of("proposalReference", reference(call, call.p1()))).body();
        assertTrue(prefilled.contains("value=\"481500.00\"") && prefilled.contains("value=\"270000.00\"")
                && prefilled.contains("value=\"31500.00\""), "the confirmation form is pre-filled: " + prefilled);
        String reduced = officer.ajax(postings, "commit", "amount", "change", Map.of("proposalReference",
                reference(call, call.p1()), "amount", "240750")).body();
        assertTrue(reduced.contains("value=\"135000.00\"") && reduced.contains("value=\"15750.00\""),
                "a reduced amount spreads again: " + reduced);
        refused(decide(officer, call.p1(), "REJECTED"), 409, "decision is final");
        refused(decide(officer, call.p3(), "SELECTED"), 409, "can only be rejected");
        refused(officer.postJson("api/v1/evaluations/" + call.callId() + "/publication", ""), 409, "have no decision yet");
        assertEquals(204, decide(officer, call.p2(), "RESERVE").statusCode());
        assertEquals(204, decide(officer, call.p3(), "REJECTED").statusCode());

        PortalClient anna = signedIn(DemoLogins.BY_ROLE.get("APPLICANT"));
        assertEquals(404, anna.get("api/v1/evaluation-summaries/" + call.p1()).statusCode(), "not before publication");
        HttpResponse<String> published = officer.postJson("api/v1/evaluations/" + call.callId() + "/publication", "");
        assertEquals(200, published.statusCode(), published.body());
        assertTrue(published.body().contains("\"letters\":3"), published.body());
        refused(rita.sendJson("PUT", "api/v1/reviews/" + assignments.get(call.p1())[0] + "/report", scores("1", "1", "1", LONG)),
                409, "");

        MimeMessage letter = Mailbox.await("anna@voices-of-peace.org", "Evaluation result " + reference(call, call.p1()));
        String letterText = pdfText(attachment(letter));
        assertTrue(letterText.contains("Outcome: selected") && letterText.contains(reference(call, call.p1())), letterText);

        assertTrue(anna.getJson("api/v1/evaluation-summaries").body().contains(reference(call, call.p1())));
        HttpResponse<byte[]> esr = anna.getBytes("api/v1/evaluation-summaries/" + call.p1());
        assertEquals(200, esr.statusCode());
        String text = pdfText(esr.body());
        assertTrue(text.contains("Evaluation Summary Report - " + reference(call, call.p1())), text);
        assertTrue(text.contains("Scores used: mean of the experts' raw scores (no calibration)"), text);
        assertTrue(text.contains("Rank: 1 of 2, within the budget") && text.contains("Decision: selected"), text);
        assertTrue(text.contains("Expert A:") && text.contains("Total: 13.25"), text);
        assertFalse(text.contains("reviewer1") || text.contains("Rita") || text.contains("Rolf"), "no reviewer names: " + text);
        try (PDDocument doc = Loader.loadPDF(esr.body())) {
            java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            java.nio.file.Files.createDirectories(dir);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 96),
                    "png", dir.resolve("review-esr.png").toFile());
        }
        String rejected = pdfText(signedIn("ben@voices-of-peace.org").getBytes("api/v1/evaluation-summaries/" + call.p3()).body());
        assertTrue(rejected.contains("consensus report of the moderator") && rejected.contains("not ranked"), rejected);
        assertEquals(404, signedIn(DemoLogins.OTHER_NGO_MEMBER).get("api/v1/evaluation-summaries/" + call.p1()).statusCode(),
                "another NGO's ESR is not found");
    }

    @Test
    void inTheBrowserAReviewerScoresTheModeratorAgreesTheOfficerDecidesAndTheApplicantGetsTheEsr() throws Exception {
        Evaluated call = closedCallWithProposals();
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        long r1 = reviewerId(officer, REVIEWER1);
        long r2 = reviewerId(officer, REVIEWER2);
        long a1 = number(assign(officer, call.p1(), r1, CLEARANCE).body(), "id");
        long a2 = number(assign(officer, call.p1(), r2, CLEARANCE).body(), "id");
        for (long p : new long[] {call.p2(), call.p3()}) {
            scored(signedIn(REVIEWER2), number(assign(officer, p, r2, CLEARANCE).body(), "id"), "3", "3", "3.5");
        }
        scored(signedIn(REVIEWER2), a2, "3", "4.5", "3.5");
        String root = base.toString();
        try (eu.csep.portal.testsupport.Browser browser = eu.csep.portal.testsupport.Browser.start()) {
            signIn(browser, root, REVIEWER1);
            browser.open(root + "reviewer/dashboard.xhtml");
            browser.waitForText(reference(call, call.p1()));
            browser.open(root + "reviewer/review.xhtml?assignment=" + a1);
            browser.waitForText("Declaration of conflict of interest");
            assertFalse(browser.text().contains("Former extremists"), "no content before the declaration");
            browser.click("review:noConflict");
            browser.waitForText("the proposal is open for you");
            assertTrue(browser.text().contains("Former extremists"));
            String[] given = {"4.5", "4", "4"};
            for (int i = 0; i < 3; i++) {
                browser.type("review:rows:" + i + ":score", given[i]);
                browser.type("review:rows:" + i + ":comment", LONG);
            }
            browser.screenshot("review-report");
            browser.click("review:submit");
            browser.waitUntil(() -> Boolean.TRUE.equals(browser.script(
                    "var b = document.querySelector('.ui-confirmdialog-yes'); return b != null && b.offsetParent != null;")));
            browser.script("document.querySelector('.ui-confirmdialog-yes').click();");
            browser.waitForText("Report submitted and locked");
            browser.waitForText("Reviewer A");
            assertEquals("SUBMITTED", TestDatabase.value("SELECT status FROM review_report WHERE assignment_id = ?", a1));

            browser.click("nav:logout");
            browser.waitForText("You have signed out.");
            signIn(browser, root, "officer@csep-portal.eu");
            browser.open(root + "officer/consensus.xhtml?call=" + call.callId() + "&proposal=" + call.p1());
            browser.waitForText("4.5 - " + LONG.substring(0, 20));
            String[] agreed = {"4", "4.5", "4"};
            for (int i = 0; i < 3; i++) {
                browser.type("consensus:rows:" + i + ":score", agreed[i]);
                browser.type("consensus:rows:" + i + ":comment", "The panel agrees: " + LONG);
            }
            browser.click("consensus:save");
            browser.waitForText("Consensus saved");
            browser.screenshot("review-consensus");

            openCallBudget(officer, call.identifier());
            browser.open(root + "officer/reviewers.xhtml");
            browser.waitForText("Rolf Reviewer");
            browser.type("reviewers:table:0:expertise", "youth, tiktok");
            browser.click("reviewers:table:0:save");
            browser.waitForText("Reviewer saved");
            browser.open(root + "officer/evaluation.xhtml?call=" + call.callId());
            browser.waitForText(reference(call, call.p1()));
            browser.click("evaluation:ranked:0:select");
            browser.waitForText("Decision recorded");
            browser.screenshot("review-ranking");
            for (long p : new long[] {call.p2(), call.p3()}) {
                assertEquals(204, decide(officer, p, "REJECTED").statusCode());
            }
            browser.open(root + "officer/evaluation.xhtml?call=" + call.callId());
            browser.click("evaluation:publish");
            browser.waitForText("Results published; letters sent: 3");

            browser.click("nav:logout");
            browser.waitForText("You have signed out.");
            signIn(browser, root, "anna@voices-of-peace.org");
            browser.open(root + "applicant/results.xhtml");
            browser.waitForText(reference(call, call.p1()));
            assertTrue(browser.text().contains("Selected for funding"), browser.text());
            browser.screenshot("review-applicant-results");
            String href = browser.find("summaries:0:esr").getAttribute("href");
            Object head = browser.script("return fetch(arguments[0]).then(r => r.arrayBuffer())"
                    + ".then(b => String.fromCharCode.apply(null, new Uint8Array(b).slice(0, 5)));", href);
            assertEquals("%PDF-", head, "the applicant downloads the ESR as a PDF");
        }
        assertEquals("SELECTED", TestDatabase.value("SELECT outcome FROM review_decision WHERE proposal_id = ?", call.p1()));
    }

    private static void signIn(eu.csep.portal.testsupport.Browser browser, String root, String email) {
        browser.open(root + "login.xhtml");
        browser.type("login:email", email);
        browser.type("login:password", DemoLogins.PASSWORD);
        browser.click("login:submit");
        browser.waitForText("Welcome");
    }

    // --- set-up through the portal ---

    static final String LONG = "The objectives are described in general terms only and the work plan lacks milestones.";
    static final String EU_RUBRIC = """
            {"name":"EU research style","scale":"HALF_POINTS","overallThreshold":10,"criteria":[
             {"name":"Excellence","maxPoints":5,"threshold":3},{"name":"Impact","maxPoints":5,"threshold":3},
             {"name":"Implementation","maxPoints":5,"threshold":3}]}""";
    static final String SUMMARY = """
            {"version":%d,"title":"%s","acronym":"VAH","abstractText":"Short films by young people",
             "languages":"en, fr","targetCountries":"BE, FR"}""";
    static final String NARRATIVE = """
            {"version":%d,"goal":"Reduce the appeal of extremist groups","audience":"Youth 15-24",
             "grievances":"Exclusion","message":"You belong here","messenger":"Former extremists",
             "media":"TikTok, YouTube","action":"Join a local club"}""";
    static final String BUDGET = """
            {"version":%d,"personnel":300000,"subcontracting":0,"travel":100000,"equipment":50000,"otherCosts":50000,
             "euContribution":%s,"durationMonths":24}""";
    static final String TARGETS = """
            {"version":%d,"kpis":[{"platform":"TikTok","impressions":1000000,"uniqueReach":300000,"engagements":50000,
             "videoViews":400000,"clickThroughs":10000}],"impactIndicators":"Pre/post survey"}""";

    private Evaluated closedCallWithProposals() throws SQLException {
        String identifier = publishedCall();
        long p1 = submitted(identifier, "anna@voices-of-peace.org", "Voices against hate", "481500");
        long p2 = submitted(identifier, DemoLogins.OTHER_NGO_MEMBER, "Stories that connect", "400000");
        long p3 = submitted(identifier, "ben@voices-of-peace.org", "Local heroes", "300000");
        PortalClient officer = signedIn(DemoLogins.BY_ROLE.get("OFFICER"));
        String page = officer.get("officer/calls.xhtml").body();
        Matcher m = Pattern.compile("data-ri=\"(\\d+)\"((?!</tr>).)*?" + Pattern.quote(identifier), Pattern.DOTALL).matcher(page);
        assertTrue(m.find());
        assertTrue(officer.submit("officer/calls.xhtml", "calls", "table:" + m.group(1) + ":close", Map.of()).body()
                .contains("The call is closed"));
        long callId = Long.parseLong(TestDatabase.value("SELECT id FROM call_for_proposals WHERE identifier = ?", identifier));
        return new Evaluated(identifier, callId, p1, p2, p3);
    }

    private Evaluated openCallWithProposal() throws SQLException {
        String identifier = publishedCall();
        long p1 = submitted(identifier, "anna@voices-of-peace.org", "Still open", "300000");
        long callId = Long.parseLong(TestDatabase.value("SELECT id FROM call_for_proposals WHERE identifier = ?", identifier));
        return new Evaluated(identifier, callId, p1, 0, 0);
    }

    private String publishedCall() {
        return CallFixtures.publish(signedIn(DemoLogins.BY_ROLE.get("OFFICER")), "CSEP-R", "1000000", 0);
    }

    private long submitted(String call, String applicant, String title, String contribution) {
        PortalClient client = signedIn(applicant);
        HttpResponse<String> started = client.postJson("api/v1/proposals", "{\"callIdentifier\":\"" + call + "\"}");
        assertEquals(201, started.statusCode(), started.body());
        long id = number(started.body(), "id");
        long v = number(started.body(), "version");
        v = saved(client, id, "summary", SUMMARY.formatted(v, title));
        v = saved(client, id, "narrative", NARRATIVE.formatted(v));
        v = saved(client, id, "budget", BUDGET.formatted(v, contribution));
        saved(client, id, "targets", TARGETS.formatted(v));
        HttpResponse<String> annex = client.postFile("api/v1/proposals/" + id + "/attachments?kind=ANNEX", "file",
                "annex.pdf", "application/octet-stream", onePagePdf("Narrative annex of " + title));
        assertEquals(201, annex.statusCode(), annex.body());
        HttpResponse<String> submitted = client.postJson("api/v1/proposals/" + id + "/submissions", "");
        assertEquals(201, submitted.statusCode(), submitted.body());
        return id;
    }

    private static long saved(PortalClient client, long id, String step, String json) {
        HttpResponse<String> response = client.sendJson("PUT", "api/v1/proposals/" + id + "/" + step, json);
        assertEquals(200, response.statusCode(), step + ": " + response.body());
        return number(response.body(), "version");
    }

    /** The EU rubric as the editor page posts it (threshold of each criterion given), with descriptions. */
    private static Map<String, String> rubricRows(String threshold) {
        Map<String, String> fields = new HashMap<>(Map.of("name", "EU research style", "scale_input", "HALF_POINTS",
                "overallThreshold", "10"));
        String[] names = {"Excellence", "Impact", "Implementation"};
        for (int i = 0; i < names.length; i++) {
            fields.put("criteria:" + i + ":name", names[i]);
            fields.put("criteria:" + i + ":description", "What reviewers assess under " + names[i]);
            fields.put("criteria:" + i + ":weight", "1");
            fields.put("criteria:" + i + ":maxPoints", "5");
            fields.put("criteria:" + i + ":threshold", threshold);
        }
        return fields;
    }

    private void openCallBudget(PortalClient officer, String call) {
        assertEquals(201, officer.postJson("api/v1/budget/envelope",
                "{\"amount\":\"1000000.00\",\"reason\":\"top-up for " + call + "\"}").statusCode());
        HttpResponse<String> opened = officer.postJson("api/v1/budget/calls", "{\"callIdentifier\":\"" + call
                + "\",\"title\":\"Review test call\",\"amount\":\"1000000.00\",\"reason\":\"allocation\"}");
        assertEquals(201, opened.statusCode(), opened.body());
    }

    private static HttpResponse<String> assign(PortalClient officer, long proposal, long reviewer, String clearance) {
        return officer.postJson("api/v1/evaluations/assignments", "{\"proposalId\":" + proposal + ",\"reviewerId\":" + reviewer
                + (clearance == null ? "" : ",\"clearance\":\"" + clearance + "\"") + "}");
    }

    private static HttpResponse<String> settings(PortalClient officer, Evaluated call, String deadline) {
        return settings(officer, call, deadline, false);
    }

    private static HttpResponse<String> settings(PortalClient officer, Evaluated call, String deadline, boolean calibrated) {
        return officer.sendJson("PUT", "api/v1/evaluations/" + call.callId() + "/settings", "{\"reviewsPerProposal\":2,"
                + "\"maxLoad\":10,\"commentMinLength\":30,\"tieBreak\":\"Impact, Excellence\",\"calibrated\":" + calibrated
                + (deadline == null ? "" : ",\"reviewDeadline\":" + deadline) + "}");
    }

    private static HttpResponse<String> decide(PortalClient officer, long proposal, String outcome) {
        return officer.sendJson("PUT", "api/v1/evaluations/proposals/" + proposal + "/decision", "{\"outcome\":\"" + outcome + "\"}");
    }

    private PortalClient declaredNoConflict(String reviewer, long assignment) {
        PortalClient client = signedIn(reviewer);
        assertEquals(204, client.postJson("api/v1/reviews/" + assignment + "/declaration", "{\"conflict\":false}").statusCode());
        return client;
    }

    private static void scored(PortalClient reviewer, long assignment, String... values) {
        assertEquals(204, reviewer.postJson("api/v1/reviews/" + assignment + "/declaration", "{\"conflict\":false}").statusCode());
        HttpResponse<String> saved = reviewer.sendJson("PUT", "api/v1/reviews/" + assignment + "/report",
                scores(values[0], values[1], values[2], LONG));
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> submitted = reviewer.postJson("api/v1/reviews/" + assignment + "/report/submission", "");
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    private static String scores(String excellence, String impact, String implementation, String comment) {
        return "{\"scores\":[{\"score\":" + excellence + ",\"comment\":\"" + comment + "\"},{\"score\":" + impact
                + ",\"comment\":\"" + LONG + "\"},{\"score\":" + implementation + ",\"comment\":\"" + LONG + "\"}]}";
    }

    /** The one object of a JSON list with this id (the lists hold assignments of the other tests too). */
    private static String assignmentJson(String list, long id) {
        Matcher m = Pattern.compile("\\{[^{}]*\"id\":" + id + ",[^{}]*\\}").matcher(list);
        assertTrue(m.find(), id + " in " + list);
        return m.group();
    }

    private static long reviewerId(PortalClient officer, String email) {
        String body = officer.getJson("api/v1/evaluations/reviewers").body();
        Matcher m = Pattern.compile("\"accountId\":(\\d+),\"email\":\"" + Pattern.quote(email) + "\"").matcher(body);
        assertTrue(m.find(), email + " in " + body);
        return Long.parseLong(m.group(1));
    }

    private static String reference(Evaluated call, long proposal) {
        return String.format("%s-%04d", call.identifier(), proposal);
    }

    private static void refused(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), message + " in " + response.body());
    }

    private static List<Integer> race(ExecutorService pool, Callable<Integer> first, Callable<Integer> second)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> task : List.of(first, second)) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : futures) {
            codes.add(f.get());
        }
        return codes;
    }

    private static byte[] attachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static byte[] onePagePdf(String line) {
        try (PDDocument doc = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream s = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText(line);
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertNotNull(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(base);
        assertEquals(302, client.login(email, DemoLogins.PASSWORD).statusCode());
        return client;
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return Long.parseLong(m.group(1));
    }
}
