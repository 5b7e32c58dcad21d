package eu.csep.portal.reach.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A dashboard table as CSV (RFC 4180, UTF-8) or XLSX (numbers stay numbers). */
public final class ReachExports {

    public record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private ReachExports() {
    }

    /** The campaign's KPI table: platform, KPI, reached, target, percent, status, trend, flagged figures. */
    public static Table kpis(Progress.View view) {
        List<List<Object>> rows = new ArrayList<>();
        for (Progress.Kpi k : view.kpis()) {
            rows.add(List.of(k.platform(), k.metric(), k.actual(), k.target(), k.percent() == null ? "" : k.percent(),
                    k.light().name(), k.trend().name(), k.flagged()));
        }
        return new Table("KPIs", List.of("platform", "kpi", "reached", "target", "percent", "status", "trend",
                "flagged"), rows);
    }

    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                        .setHeader(table.header().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(v -> v instanceof BigDecimal b ? b.toPlainString()
                        : v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.name());
            Row top = sheet.createRow(0);
            for (int i = 0; i < table.header().size(); i++) {
                top.createCell(i).setCellValue(table.header().get(i));
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        line.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        line.createCell(i).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
