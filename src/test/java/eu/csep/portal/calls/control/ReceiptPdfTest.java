package eu.csep.portal.calls.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    private static ReceiptPdf.Receipt receipt(List<String[]> rows) {
        return new ReceiptPdf.Receipt(42, "CSEP-2027-01", "Counter-narratives", "Voices of Peace asbl", 2,
                OffsetDateTime.parse("2027-03-31T14:59:59Z"), OffsetDateTime.parse("2027-03-31T15:00:00Z"), rows);
    }

    @Test
    void theReceiptStatesIdCallTimestampVersionAndSummary() throws IOException {
        byte[] pdf = ReceiptPdf.render(receipt(List.of(new String[] {"Total costs", "EUR 535000.00"},
                new String[] {"Title", "Voix contre la haine – Stimmen gegen Hass ✓"})));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Submission receipt"), text);
            assertTrue(text.contains("Proposal id 42"), text);
            assertTrue(text.contains("CSEP-2027-01 - Counter-narratives"), text);
            assertTrue(text.contains("Version 2"), text);
            assertTrue(text.contains("2027-03-31 14:59:59 UTC"), text);
            assertTrue(text.contains("2027-03-31 16:59:59 Europe/Brussels"), "summer time in Brussels: " + text);
            assertTrue(text.contains("before the deadline"), text);
            assertTrue(text.contains("Total costs EUR 535000.00"), text);
            assertTrue(text.contains("Voix contre la haine – Stimmen gegen Hass ?"), "unencodable sign replaced: " + text);
            assertTrue(text.contains("Page 1 of 1"), text);
        }
    }

    @Test
    void aLongSummaryRunsOverSeveralNumberedPagesEachWithTheHeader() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(new String[] {"KPI " + i, "target " + i});
        }
        try (PDDocument doc = Loader.loadPDF(ReceiptPdf.render(receipt(rows)))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(doc);
            assertTrue(last.contains("Page " + pages + " of " + pages), last);
            assertTrue(last.contains("CSEP Portal"), "header on every page: " + last);
            assertTrue(last.contains("KPI 79 target 79"), last);
            assertEquals(pages, doc.getPages().getCount());
        }
    }

    @Test
    void everyAttachmentIsListedWithItsNameSizeAndWholeSha256OnOneLine() throws IOException {
        String sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        ReceiptPdf.Receipt r = receipt(List.<String[]>of(new String[] {"Title", "Voices"}));
        byte[] pdf = ReceiptPdf.render(new ReceiptPdf.Receipt(r.proposalId(), r.callIdentifier(), r.callTitle(),
                r.organisation(), r.version(), r.submittedAt(), r.deadline(), r.rows(), List.of(
                        new ReceiptPdf.AttachedFile("Narrative annex", "annex.pdf", 84213, sha),
                        new ReceiptPdf.AttachedFile("Partner letter", "letter-clara.png", 5120, sha.replace('9', '0')))));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Attachments"), text);
            assertTrue(text.contains("Narrative annex annex.pdf (84213 bytes)"), text);
            assertTrue(text.contains("SHA-256: " + sha), text);
            assertTrue(text.contains("Partner letter letter-clara.png (5120 bytes)"), text);
            assertTrue(text.contains("SHA-256: " + sha.replace('9', '0')), text);
        }
    }
}
