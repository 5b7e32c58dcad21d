package eu.csep.portal.budget.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.budget.entity.EntryKind;
import eu.csep.portal.budget.entity.LedgerEntry;
import eu.csep.portal.budget.entity.Money;
import eu.csep.portal.budget.entity.PaymentType;
import eu.csep.portal.shared.control.Texts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exports read back with the same libraries: what was written is what a reader finds. */
class BudgetExportsTest {

    private final List<LedgerEntry> entries = List.of(
            LedgerEntry.posting(EntryKind.ENVELOPE, null, Money.euros(12_000_000), 1, null, null, "officer@x.eu",
                    "CSEP envelope, \"2026\"", null),
            LedgerEntry.posting(EntryKind.PAYMENT, PaymentType.PRE_FINANCING, Money.ofCents(4_000_05), 1, 3L, 7L,
                    "officer@x.eu", "pre-financing, 40 %", "INV-1"));
    private final List<BudgetExports.GrantLine> grants = List.of(new BudgetExports.GrantLine("CSEP-2026-01-007",
            "CSEP-2026-01", 3, "OPEN", Money.euros(10_000), Money.ofCents(4_000_05), Money.ofCents(5_999_95)));

    @Test
    void ledgerCsvKeepsExactAmountsAndQuotes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetExports.ledgerCsv(entries, out);
        try (CSVParser csv = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(out.toByteArray()),
                StandardCharsets.UTF_8), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(2, rows.size());
            assertEquals("12000000.00", rows.get(0).get("amount"));
            assertEquals("CSEP envelope, \"2026\"", rows.get(0).get("reason"));
            assertEquals("4000.05", rows.get(1).get("amount"));
            assertEquals("PRE_FINANCING", rows.get(1).get("payment_type"));
            assertEquals("INV-1", rows.get(1).get("reference"));
        }
        ByteArrayOutputStream grantsOut = new ByteArrayOutputStream();
        BudgetExports.grantsCsv(grants, grantsOut);
        assertTrue(grantsOut.toString(StandardCharsets.UTF_8).contains("CSEP-2026-01-007,CSEP-2026-01,3,OPEN,10000.00,4000.05,5999.95,EUR"));
    }

    @Test
    void xlsxHoldsNumbersWithCentFormat() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetExports.grantsXlsx(grants, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Grants");
            assertEquals("proposal_reference", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("CSEP-2026-01-007", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(4000.05, sheet.getRow(1).getCell(5).getNumericCellValue(), 0.0);
            assertEquals("#,##0.00", sheet.getRow(1).getCell(5).getCellStyle().getDataFormatString());
        }
        ByteArrayOutputStream ledger = new ByteArrayOutputStream();
        BudgetExports.ledgerXlsx(entries, ledger);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ledger.toByteArray()))) {
            assertEquals(12_000_000.0, book.getSheet("Ledger").getRow(1).getCell(5).getNumericCellValue(), 0.0);
        }
    }

    @Test
    void pdfReportReadsBackInEachLanguage() throws IOException {
        BudgetExports.Figures figures = new BudgetExports.Figures(Money.euros(12_000_000), Money.euros(5_000_000),
                Money.euros(10_000), Money.ofCents(4_000_05), Money.euros(11_990_000));
        List<BudgetExports.CallLine> calls = List.of(new BudgetExports.CallLine("CSEP-2026-01", "Countering hate",
                Money.euros(5_000_000), Money.euros(10_000), Money.ofCents(4_000_05), Money.euros(4_990_000)));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BudgetExports.reportPdf(figures, calls, grants, locale, key -> Texts.get(locale, key), out);
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
                assertTrue(text.contains("CSEP-2026-01-007"), text);
                assertTrue(text.contains(Texts.get(locale, "budget.remaining")), text);
                String remaining = Money.euros(11_990_000).format(locale).replace('\u202f', ' ').replace('\u00a0', ' ');
                assertTrue(text.contains(remaining), locale + ": " + remaining + " in " + text);
            }
        }
    }
}
