package eu.csep.portal.review.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

    @Test
    void theEsrStatesScoresThresholdsRankDecisionAndBasisAndIsReadBack() throws Exception {
        byte[] pdf = SummaryPdf.esr(new SummaryPdf.Esr("CSEP-2026-01-0007", "CSEP-2026-01", "Voices against hate",
                "Voices of Peace asbl", List.of(new SummaryPdf.CriterionLine("Excellence", "4.5 / 5", "3", true,
                        List.of("Expert A: clear objectives", "Expert B: ambitious")),
                        new SummaryPdf.CriterionLine("Impact", "2.5 / 5", "3", false, List.of("Consensus: reach unclear \u2713"))),
                "12", "10", true, "1 of 4, within the budget", "selected", "consensus report of the moderator"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Evaluation Summary Report - CSEP-2026-01-0007"), text);
            assertTrue(text.contains("Excellence: 4.5 / 5 (threshold 3, passed)"), text);
            assertTrue(text.contains("Impact: 2.5 / 5 (threshold 3, not passed)"), text);
            assertTrue(text.contains("Rank: 1 of 4, within the budget") && text.contains("Decision: selected"), text);
            assertTrue(text.contains("Scores used: consensus report of the moderator"), text);
            assertTrue(text.contains("reach unclear ?"), "unencodable characters become '?'");
        }
        byte[] letter = SummaryPdf.letter(new SummaryPdf.Letter("CSEP-2026-01-0007", "CSEP-2026-01", "Voices",
                "Voices of Peace asbl", "reserve", "11", "3 of 4", "2026-11-28"));
        try (PDDocument doc = Loader.loadPDF(letter)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Outcome: reserve"), text);
            assertFalse(text.contains("Expert"), text);
        }
    }
}
