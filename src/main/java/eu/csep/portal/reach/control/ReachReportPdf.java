package eu.csep.portal.reach.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The campaign reach report as PDF (PDFBox): the campaign, its KPIs against target, the computed metrics, and two
 * charts drawn server-side as images (percent of target per KPI, impressions per platform per month).
 */
public final class ReachReportPdf {

    /** What the report shows, already worded in the reader's language by the caller. */
    public record Content(String title, String subtitle, List<String> kpiLines, List<String> derivedLines,
            Progress.View view, String kpiChartTitle, String seriesChartTitle) {
    }

    private static final Color[] COLOURS = {new Color(0xc62828), new Color(0x1565c0), new Color(0x6a1b9a),
        new Color(0x00897b), new Color(0x37474f), new Color(0x0288d1), new Color(0xf9a825), new Color(0x2e7d32),
        new Color(0x8d6e63), new Color(0x9e9e9e)};

    private ReachReportPdf() {
    }

    public static byte[] render(Content c) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float y = 800;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                y = text(s, bold, 16, 50, y, c.title());
                y = text(s, plain, 10, 50, y - 4, c.subtitle());
                y -= 10;
                for (String line : c.kpiLines()) {
                    y = text(s, plain, 9, 50, y, line);
                }
                y -= 8;
                for (String line : c.derivedLines()) {
                    y = text(s, plain, 9, 50, y, line);
                }
                PDImageXObject kpiChart = LosslessFactory.createFromImage(doc, kpiChart(c.view(), c.kpiChartTitle()));
                s.drawImage(kpiChart, 50, y - 230, 495, 220);
                y -= 240;
                if (y > 260) {
                    PDImageXObject series = LosslessFactory.createFromImage(doc,
                            seriesChart(c.view().series(), c.seriesChartTitle()));
                    s.drawImage(series, 50, y - 230, 495, 220);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float text(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(winAnsi(text));
        s.endText();
        return y - size * 1.5f;
    }

    /** The standard fonts speak WinAnsi: anything else becomes '?'. */
    static String winAnsi(String text) {
        StringBuilder b = new StringBuilder();
        for (char ch : text.toCharArray()) {
            b.append(ch < 256 || "€–—‘’“”•…".indexOf(ch) >= 0 ? ch : '?');
        }
        return b.toString();
    }

    static BufferedImage kpiChart(Progress.View view, String title) {
        BufferedImage image = canvas();
        Graphics2D g = (Graphics2D) image.getGraphics();
        setUp(g, title);
        List<Progress.Kpi> kpis = view.kpis();
        int left = 220;
        int width = 1000 - left - 60;
        int rowHeight = Math.max(12, Math.min(36, 360 / Math.max(1, kpis.size())));
        int y = 70;
        for (Progress.Kpi k : kpis) {
            double pct = k.percent() == null ? 0 : Math.min(150, k.percent().doubleValue());
            g.setColor(switch (k.light()) {
                case GREEN -> new Color(0x2e7d32);
                case AMBER -> new Color(0xf9a825);
                case RED -> new Color(0xc62828);
            });
            g.fillRect(left, y, (int) (width * pct / 150), rowHeight - 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString(k.platform() + " " + k.metric(), 20, y + rowHeight - 8);
            g.drawString((k.percent() == null ? "-" : k.percent().toPlainString()) + " %",
                    left + (int) (width * pct / 150) + 6, y + rowHeight - 8);
            y += rowHeight;
        }
        g.setColor(Color.BLACK);
        int full = left + width * 100 / 150;
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.drawLine(full, 60, full, Math.max(y, 80));
        g.drawString("100 %", full - 20, 55);
        g.dispose();
        return image;
    }

    static BufferedImage seriesChart(Map<String, Map<LocalDate, BigDecimal>> series, String title) {
        BufferedImage image = canvas();
        Graphics2D g = (Graphics2D) image.getGraphics();
        setUp(g, title);
        TreeSet<LocalDate> months = new TreeSet<>();
        series.values().forEach(m -> months.addAll(m.keySet()));
        double max = series.values().stream().flatMap(m -> m.values().stream()).mapToDouble(BigDecimal::doubleValue)
                .max().orElse(1);
        List<LocalDate> axis = new ArrayList<>(months);
        int left = 80;
        int bottom = 400;
        int width = 900;
        int height = 320;
        g.setColor(Color.GRAY);
        g.drawLine(left, bottom, left + width, bottom);
        g.drawLine(left, bottom, left, bottom - height);
        g.drawString(String.format("%,.0f", max), 5, bottom - height + 5);
        int i = 0;
        for (Map.Entry<String, Map<LocalDate, BigDecimal>> e : series.entrySet()) {
            g.setColor(COLOURS[i % COLOURS.length]);
            g.setStroke(new BasicStroke(3));
            int px = -1;
            int py = -1;
            for (int m = 0; m < axis.size(); m++) {
                double v = e.getValue().getOrDefault(axis.get(m), BigDecimal.ZERO).doubleValue();
                int x = left + (axis.size() == 1 ? width / 2 : m * width / (axis.size() - 1));
                int yv = bottom - (int) (height * v / max);
                if (px >= 0) {
                    g.drawLine(px, py, x, yv);
                }
                g.fillOval(x - 4, yv - 4, 8, 8);
                px = x;
                py = yv;
            }
            g.drawString(e.getKey(), left + 10 + (i % 5) * 170, 440 + (i / 5) * 18);
            i++;
        }
        g.setColor(Color.DARK_GRAY);
        if (!axis.isEmpty()) {
            g.drawString(axis.get(0).toString().substring(0, 7), left, bottom + 18);
            g.drawString(axis.get(axis.size() - 1).toString().substring(0, 7), left + width - 50, bottom + 18);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage canvas() {
        return new BufferedImage(1000, 480, BufferedImage.TYPE_INT_RGB);
    }

    private static void setUp(Graphics2D g, String title) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 480);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString(title, 20, 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    }
}
