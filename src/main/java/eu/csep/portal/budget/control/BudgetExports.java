package eu.csep.portal.budget.control;

import eu.csep.portal.budget.entity.LedgerEntry;
import eu.csep.portal.budget.entity.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The budget's exports, as plain Java: the ledger and the per-grant overview as CSV (commons-csv) and XLSX (POI),
 * and the budget report as PDF (PDFBox). CSV amounts are plain decimals ("1234.50") for machines; the PDF uses the
 * reader's locale.
 */
public final class BudgetExports {

    /** One grant of the per-grant overview. */
    public record GrantLine(String proposalReference, String callIdentifier, long organisationId, String status,
            Money committed, Money paid, Money outstanding) {
    }

    /** One call of the budget report. */
    public record CallLine(String callIdentifier, String title, Money budget, Money committed, Money paid,
            Money free) {
    }

    /** The report's headline figures. */
    public record Figures(Money envelope, Money allocated, Money committed, Money paid, Money remaining) {
    }

    private static final List<String> LEDGER_HEADER = List.of("id", "occurred_at", "kind", "reversed_kind",
            "payment_type", "amount", "currency", "call_budget_id", "commitment_id", "actor", "reason", "reference",
            "reversal_of");
    private static final List<String> GRANT_HEADER = List.of("proposal_reference", "call", "organisation_id",
            "status", "committed", "paid", "outstanding", "currency");

    private BudgetExports() {
    }

    public static void ledgerCsv(List<LedgerEntry> entries, OutputStream out) {
        csv(out, LEDGER_HEADER, entries, BudgetExports::ledgerRow);
    }

    public static void grantsCsv(List<GrantLine> grants, OutputStream out) {
        csv(out, GRANT_HEADER, grants, BudgetExports::grantRow);
    }

    public static void ledgerXlsx(List<LedgerEntry> entries, OutputStream out) {
        xlsx(out, "Ledger", LEDGER_HEADER, entries, BudgetExports::ledgerRow, 5);
    }

    public static void grantsXlsx(List<GrantLine> grants, OutputStream out) {
        xlsx(out, "Grants", GRANT_HEADER, grants, BudgetExports::grantRow, 4, 5, 6);
    }

    private static List<Object> ledgerRow(LedgerEntry e) {
        List<Object> row = new ArrayList<>();
        row.add(e.getId());
        row.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.getOccurredAt()));
        row.add(e.getKind().name());
        row.add(e.getReversedKind() == null ? "" : e.getReversedKind().name());
        row.add(e.getPaymentType() == null ? "" : e.getPaymentType().name());
        row.add(e.getAmount());
        row.add(e.getCurrency());
        row.add(e.getCallBudgetId() == null ? "" : e.getCallBudgetId());
        row.add(e.getCommitmentId() == null ? "" : e.getCommitmentId());
        row.add(e.getActor());
        row.add(e.getReason());
        row.add(e.getReference() == null ? "" : e.getReference());
        row.add(e.getReversalOf() == null ? "" : e.getReversalOf());
        return row;
    }

    private static List<Object> grantRow(GrantLine g) {
        return List.of(g.proposalReference(), g.callIdentifier(), g.organisationId(), g.status(), g.committed(),
                g.paid(), g.outstanding(), "EUR");
    }

    private static <T> void csv(OutputStream out, List<String> header, List<T> rows, Function<T, List<Object>> row) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(header.toArray(String[]::new)).get());
            for (T r : rows) {
                printer.printRecord(row.apply(r).stream().map(BudgetExports::plain).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object plain(Object value) {
        return value instanceof Money m ? m.toPlainString() : value;
    }

    private static <T> void xlsx(OutputStream out, String sheetName, List<String> header, List<T> rows,
            Function<T, List<Object>> row, int... amountColumns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle euros = workbook.createCellStyle();
            euros.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                top.createCell(i).setCellValue(header.get(i));
            }
            int r = 1;
            for (T item : rows) {
                Row line = sheet.createRow(r++);
                List<Object> values = row.apply(item);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = line.createCell(i);
                    Object v = values.get(i);
                    if (v instanceof Money m) {
                        // a spreadsheet number is a double; every cent up to 10^13 euros stays exact in it
                        cell.setCellValue(m.amount().doubleValue());
                        cell.setCellStyle(euros);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            for (int i : amountColumns) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The budget report: headline figures, then one line per call and per grant. Texts come in through
     * {@code label} (the portal's bundle), amounts are formatted for {@code locale}.
     */
    public static void reportPdf(Figures figures, List<CallLine> calls, List<GrantLine> grants, Locale locale,
            Function<String, String> label, OutputStream out) {
        try (PDDocument document = new PDDocument()) {
            PdfWriter pdf = new PdfWriter(document);
            pdf.line(label.apply("budget.report.title"), 16);
            pdf.gap();
            pdf.line(label.apply("budget.envelope") + ": " + money(figures.envelope(), locale), 11);
            pdf.line(label.apply("budget.allocated") + ": " + money(figures.allocated(), locale), 11);
            pdf.line(label.apply("budget.committed") + ": " + money(figures.committed(), locale), 11);
            pdf.line(label.apply("budget.paid") + ": " + money(figures.paid(), locale), 11);
            pdf.line(label.apply("budget.remaining") + ": " + money(figures.remaining(), locale), 12);
            pdf.gap();
            pdf.line(label.apply("budget.perCall"), 13);
            for (CallLine c : calls) {
                pdf.line(c.callIdentifier() + " - " + c.title(), 10);
                pdf.line("    " + label.apply("budget.callBudget") + " " + money(c.budget(), locale) + " | "
                        + label.apply("budget.committed") + " " + money(c.committed(), locale) + " | "
                        + label.apply("budget.paid") + " " + money(c.paid(), locale) + " | "
                        + label.apply("budget.free") + " " + money(c.free(), locale), 9);
            }
            pdf.gap();
            pdf.line(label.apply("budget.perGrant"), 13);
            for (GrantLine g : grants) {
                pdf.line(g.proposalReference() + " (" + g.callIdentifier() + ", " + g.status() + "): "
                        + label.apply("budget.committed") + " " + money(g.committed(), locale) + " | "
                        + label.apply("budget.paid") + " " + money(g.paid(), locale), 9);
            }
            pdf.close();
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WinAnsi (the standard PDF fonts) has no narrow no-break space, which French formatting uses. */
    private static String money(Money amount, Locale locale) {
        return amount.format(locale).replace('\u202f', '\u00a0');
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class PdfWriter {
        private static final float MARGIN = 50;
        private final PDDocument document;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private PDPageContentStream stream;
        private float y;

        PdfWriter(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void line(String text, float size) throws IOException {
            if (y < MARGIN + size) {
                newPage();
            }
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(regular, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(printable(text));
            stream.endText();
        }

        void gap() {
            y -= 8;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        /** Keeps what the standard font can show; anything else becomes '?' rather than failing the report. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    regular.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
