package eu.csep.portal.reach.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReachReportPdfTest {

    static Progress.View view() {
        return Progress.compute(List.of(new Progress.Target("TIKTOK", "impressions", 1000),
                new Progress.Target("YOUTUBE", "clicks", 100)),
                List.of(new MonthlyFigure("C", "TIKTOK", "impressions", LocalDate.of(2026, 10, 1), BigDecimal.valueOf(300), 1, 1),
                        new MonthlyFigure("C", "TIKTOK", "impressions", LocalDate.of(2026, 11, 1), BigDecimal.valueOf(400), 1, 0),
                        new MonthlyFigure("C", "YOUTUBE", "clicks", LocalDate.of(2026, 11, 1), BigDecimal.valueOf(5), 1, 0)),
                new BigDecimal("1000.00"), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), LocalDate.of(2026, 12, 1),
                "impressions");
    }

    @Test
    void theReportCarriesItsFiguresAndBothChartsAsImages() throws Exception {
        byte[] pdf = ReachReportPdf.render(new ReachReportPdf.Content("Campaign reach · CSEP-2026-01-0007",
                "Grant duration 2026-01-01 to 2027-12-31", List.of("TIKTOK · impressions: 700 / 1000 (70.0 %)"),
                List.of("Cost per 1,000 reached: - EUR"), view(), "Share of each target", "Impressions per platform"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("CSEP-2026-01-0007"), text);
            assertTrue(text.contains("TIKTOK · impressions: 700 / 1000 (70.0 %)"), text);
            PDPage page = doc.getPage(0);
            int images = 0;
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    assertEquals(1000, image.getWidth());
                    images++;
                }
            }
            assertEquals(2, images, "the KPI chart and the time series are embedded as images");
        }
    }

    @Test
    void tablesExportAsCsvAndXlsx() throws Exception {
        ReachExports.Table table = ReachExports.kpis(view());
        String csv = new String(ReachExports.csv(table), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("platform,kpi,reached,target,percent,status,trend,flagged\r\n"
                + "TIKTOK,impressions,700,1000,70.0,GREEN,UP,1\r\n"), csv);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReachExports.xlsx(table)))) {
            assertEquals(700.0, book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue());
            assertEquals("YOUTUBE", book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
        }
    }
}
