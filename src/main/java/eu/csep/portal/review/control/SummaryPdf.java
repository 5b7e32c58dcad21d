package eu.csep.portal.review.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The two PDFs of an evaluation's outcome (PDFBox): the Evaluation Summary Report (scores and comments per criterion,
 * threshold results, total, rank, decision, and which scores were used) and the information letter to the applicant.
 * Neither ever names a reviewer. Characters the standard fonts cannot encode become '?'.
 */
public final class SummaryPdf {

    /** One criterion's line: final score, threshold, result and the comments (consensus or anonymised reviewers). */
    public record CriterionLine(String name, String score, String threshold, boolean passed, List<String> comments) {
    }

    public record Esr(String reference, String callIdentifier, String title, String organisation,
            List<CriterionLine> criteria, String total, String overallThreshold, boolean overallPassed, String rank,
            String decision, String basis) {
    }

    public record Letter(String reference, String callIdentifier, String title, String organisation, String decision,
            String total, String rank, String date) {
    }

    private static final float MARGIN = 56;
    private static final float LEADING = 14;
    private static final int WIDTH = 88;

    private SummaryPdf() {
    }

    public static byte[] esr(Esr e) {
        return render("Evaluation Summary Report", page -> {
            page.title("Evaluation Summary Report - " + e.reference());
            page.fact("Call", e.callIdentifier());
            page.fact("Proposal", e.title());
            page.fact("Applicant", e.organisation());
            page.fact("Scores used", e.basis());
            page.space();
            for (CriterionLine c : e.criteria()) {
                page.bold(c.name() + ": " + c.score() + " (threshold " + c.threshold() + ", "
                        + (c.passed() ? "passed" : "not passed") + ")");
                for (String comment : c.comments()) {
                    page.text(comment);
                }
                page.space();
            }
            page.bold("Total: " + e.total() + " (overall threshold " + e.overallThreshold() + ", "
                    + (e.overallPassed() ? "passed" : "not passed") + ")");
            page.fact("Rank", e.rank());
            page.fact("Decision", e.decision());
        });
    }

    public static byte[] letter(Letter l) {
        return render("Information letter", page -> {
            page.title("Information on the outcome of the evaluation");
            page.fact("Date", l.date());
            page.fact("To", l.organisation());
            page.fact("Proposal", l.reference() + " - " + l.title());
            page.fact("Call", l.callIdentifier());
            page.space();
            page.text("Dear applicant,");
            page.text("the evaluation of your proposal is complete. Independent experts scored it against the call's "
                    + "criteria; the Evaluation Summary Report with the scores and comments is available in the CSEP "
                    + "Portal.");
            page.space();
            page.bold("Outcome: " + l.decision());
            page.fact("Total score", l.total());
            page.fact("Rank", l.rank());
            page.space();
            page.text("Kind regards,");
            page.text("The CSEP programme team");
        });
    }

    private interface Content {
        void write(Pages pages) throws IOException;
    }

    private static byte[] render(String header, Content content) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Pages pages = new Pages(doc, header);
            content.write(pages);
            pages.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes lines top-down and opens a new page when the current one is full. */
    private static final class Pages {
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument doc;
        private final String header;
        private PDPageContentStream out;
        private float y;

        Pages(PDDocument doc, String header) throws IOException {
            this.doc = doc;
            this.header = header;
            page();
        }

        private void page() throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            out = new PDPageContentStream(doc, p);
            y = p.getMediaBox().getHeight() - MARGIN;
            line(regular, 8, "CSEP Portal - EU Internet Forum - " + header + " - page " + doc.getNumberOfPages());
            y -= LEADING;
        }

        void title(String text) throws IOException {
            line(bold, 14, text);
            y -= 6;
        }

        void fact(String label, String value) throws IOException {
            for (String l : wrap(label + ": " + (value == null ? "-" : value))) {
                line(regular, 10, l);
            }
        }

        void bold(String text) throws IOException {
            for (String l : wrap(text)) {
                line(bold, 10, l);
            }
        }

        void text(String text) throws IOException {
            for (String l : wrap(text)) {
                line(regular, 10, l);
            }
        }

        void space() {
            y -= LEADING / 2;
        }

        private void line(PDType1Font font, float size, String text) throws IOException {
            if (y < MARGIN) {
                page();
            }
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(safe(font, text));
            out.endText();
            y -= LEADING;
        }

        void close() throws IOException {
            out.close();
        }

        private static String safe(PDType1Font font, String text) {
            StringBuilder sb = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    sb.append(ch);
                } catch (IOException | IllegalArgumentException ex) {
                    sb.append('?');
                }
            });
            return sb.toString();
        }
    }

    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (current.length() > 0 && current.length() + 1 + word.length() > WIDTH) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.length() == 0 ? "" : " ").append(word);
            }
            lines.add(current.toString());
        }
        return lines;
    }
}
