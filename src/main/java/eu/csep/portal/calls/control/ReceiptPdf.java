package eu.csep.portal.calls.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The submission receipt as a PDF (PDFBox): a header on every page, the receipt's facts, a summary table, and
 * "page n of m" footers. Plain Java, so it is unit-tested by reading the PDF back. Characters the standard PDF
 * fonts cannot encode are shown as '?'.
 */
public final class ReceiptPdf {

    /** What the receipt states. Rows are label/value pairs of the summary table. */
    public record Receipt(long proposalId, String callIdentifier, String callTitle, String organisation,
            int version, OffsetDateTime submittedAt, OffsetDateTime deadline, List<String[]> rows,
            List<AttachedFile> attachments) {

        public Receipt(long proposalId, String callIdentifier, String callTitle, String organisation, int version,
                OffsetDateTime submittedAt, OffsetDateTime deadline, List<String[]> rows) {
            this(proposalId, callIdentifier, callTitle, organisation, version, submittedAt, deadline, rows, List.of());
        }
    }

    /** One attachment as submitted: what it is, its file name, size and SHA-256 (hex). */
    public record AttachedFile(String kind, String filename, long size, String sha256) {
    }

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final float MARGIN = 56;
    private static final float LINE = 15;

    private ReceiptPdf() {
    }

    public static byte[] render(Receipt r) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(doc);
            w.heading("Submission receipt");
            w.row("Proposal id", String.valueOf(r.proposalId()));
            w.row("Call", r.callIdentifier() + " - " + r.callTitle());
            w.row("Organisation", r.organisation());
            w.row("Version", String.valueOf(r.version()));
            w.row("Submitted (UTC)", STAMP.format(r.submittedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)) + " UTC");
            w.row("Submitted (Brussels)", STAMP.format(r.submittedAt().atZoneSameInstant(BRUSSELS)) + " "
                    + r.submittedAt().atZoneSameInstant(BRUSSELS).getZone().getId());
            w.row("Deadline (UTC)", STAMP.format(r.deadline().withOffsetSameInstant(java.time.ZoneOffset.UTC)) + " UTC");
            w.row("Received", r.submittedAt().isBefore(r.deadline()) ? "before the deadline (server clock)"
                    : "after the deadline (server clock)");
            w.gap();
            w.heading("Summary");
            for (String[] row : r.rows()) {
                w.row(row[0], row[1]);
            }
            if (!r.attachments().isEmpty()) {
                w.gap();
                w.heading("Attachments");
                for (AttachedFile a : r.attachments()) {
                    w.row(a.kind(), a.filename() + " (" + a.size() + " bytes)");
                    w.fact("SHA-256: " + a.sha256());
                }
            }
            w.finish();
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                    s.beginText();
                    s.setFont(w.regular, 9);
                    s.newLineAtOffset(page.getMediaBox().getWidth() - MARGIN - 60, 30);
                    s.showText("Page " + (i + 1) + " of " + pages);
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays lines out top-down, starting a new page (with the header) when one is full. */
    private static final class Writer {
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument doc;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc) throws IOException {
            this.doc = doc;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            float top = page.getMediaBox().getHeight();
            stream.setNonStrokingColor(0f, 0.2f, 0.6f);
            stream.addRect(0, top - 60, page.getMediaBox().getWidth(), 60);
            stream.fill();
            stream.setNonStrokingColor(1f, 1f, 1f);
            text(bold, 14, MARGIN, top - 30, "Civil Society Empowerment Programme - CSEP Portal");
            text(regular, 9, MARGIN, top - 46, "EU Internet Forum - official record of a proposal submission");
            stream.setNonStrokingColor(0f, 0f, 0f);
            y = top - 90;
        }

        private void text(PDType1Font font, float size, float x, float at, String value) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, at);
            stream.showText(encodable(font, value));
            stream.endText();
        }

        void heading(String title) throws IOException {
            room(2);
            text(bold, 12, MARGIN, y, title);
            y -= LINE + 4;
        }

        void row(String label, String value) throws IOException {
            List<String> lines = wrap(value == null ? "-" : value, 62);
            room(lines.size());
            stream.setStrokingColor(0.8f, 0.8f, 0.8f);
            float below = y - 4 - (lines.size() - 1) * LINE;
            stream.moveTo(MARGIN, below);
            stream.lineTo(PDRectangle.A4.getWidth() - MARGIN, below);
            stream.stroke();
            text(bold, 10, MARGIN, y, label);
            for (String line : lines) {
                text(regular, 10, MARGIN + 150, y, line);
                y -= LINE;
            }
        }

        /** A full-width line in a small font (a SHA-256 in hex stays on one line, so it can be copied). */
        void fact(String value) throws IOException {
            room(1);
            text(regular, 8, MARGIN + 10, y, value);
            y -= LINE;
        }

        void gap() {
            y -= LINE;
        }

        private void room(int lines) throws IOException {
            if (y - lines * LINE < MARGIN + 20) {
                newPage();
            }
        }

        void finish() throws IOException {
            stream.close();
        }

        private static String encodable(PDType1Font font, String value) {
            StringBuilder sb = new StringBuilder();
            value.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    sb.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    sb.append('?');
                }
            });
            return sb.toString();
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (word.length() > width) {
                    lines.add(word.substring(0, width));
                    word = word.substring(width);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
