package eu.csep.portal.calls.bench;

import eu.csep.portal.calls.control.ReceiptPdf;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain benchmark (not a test): time to render one submission receipt, after a warm-up. Run with
 * {@code java -cp target/classes:target/test-classes:<pdfbox jars> eu.csep.portal.calls.bench.ReceiptBench}.
 */
public final class ReceiptBench {

    private ReceiptBench() {
    }

    public static void main(String[] args) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new String[] {"Row " + i, "A value of a typical length for a proposal summary, number " + i});
        }
        ReceiptPdf.Receipt receipt = new ReceiptPdf.Receipt(42, "CSEP-2027-01", "Counter-narratives",
                "Voices of Peace asbl", 1, OffsetDateTime.parse("2027-03-01T10:00:00Z"),
                OffsetDateTime.parse("2027-03-31T15:00:00Z"), rows);
        for (int i = 0; i < 100; i++) {
            ReceiptPdf.render(receipt);
        }
        int runs = 300;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ReceiptPdf.render(receipt);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("receipt render, %d runs: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", runs,
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
    }
}
