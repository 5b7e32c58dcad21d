package eu.csep.portal.hashmatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.hashmatch.entity.SignalType;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HmaCsvTest {

    private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";
    private static final String SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private final List<HmaCsv.Row> rows = new ArrayList<>();
    private final List<HmaCsv.LineError> errors = new ArrayList<>();

    private void read(String csv) {
        HmaCsv.read(new StringReader(csv), rows::add, errors::add);
    }

    @Test
    void readsTheHmaColumnsWithOrWithoutHeader() {
        read("signal_type,signal_str,collab,category,tags\n"
                + "pdq," + PDQ.toUpperCase() + ",EU IRU,terrorist_content,\"glorification recruitment\"\n"
                + "video_md5," + MD5 + ",,,\n"
                + "\n"
                + "sha256," + SHA + "\n");
        assertEquals(List.of(), errors);
        assertEquals(3, rows.size());
        HmaCsv.Row first = rows.get(0);
        assertEquals(SignalType.PDQ, first.type());
        assertEquals(PDQ, first.hash());
        assertEquals("EU IRU", first.collab());
        assertEquals("category:terrorist_content glorification recruitment", first.labels());
        assertEquals(2, first.line());
        assertEquals(SignalType.MD5, rows.get(1).type());
        assertNull(rows.get(1).labels());
        assertEquals(SignalType.SHA256, rows.get(2).type());

        rows.clear();
        read("pdq," + PDQ + "\n");
        assertEquals(1, rows.size(), "no header: the first line is data");
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndColumn() {
        read("pdq," + PDQ + "\n"
                + "pdq," + PDQ.substring(2) + "\n"
                + "phash," + PDQ + "\n"
                + "md5," + PDQ + "\n"
                + "pdq\n"
                + "pdq," + PDQ + ",a,b,c,d\n"
                + "sha256," + SHA + ",<script>alert(1)</script>\n"
                + "md5," + MD5 + "\n");
        assertEquals(2, rows.size());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), errors.stream().map(HmaCsv.LineError::line).toList());
        assertEquals(List.of("signal_str", "signal_type", "signal_str", "signal_str", "line", "collab"),
                errors.stream().map(HmaCsv.LineError::column).toList());
        assertEquals("hashmatch.hash.invalid", errors.get(0).messageKey());
        assertEquals("hashmatch.type.unknown", errors.get(1).messageKey());
    }

    @Test
    void aBrokenQuoteStopsTheFileWithAnError() {
        read("pdq," + PDQ + "\nmd5,\"" + MD5 + "\n");
        assertEquals(1, rows.size());
        assertEquals(1, errors.size());
        assertEquals("hashmatch.import.malformed", errors.get(0).messageKey());
    }

    @Test
    void streamsAHundredThousandLinesWithoutHoldingThem() {
        int n = 100_000;
        Reader lines = new Reader() {
            private int line;
            private String current = "";
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                if (pos == current.length()) {
                    if (line == n) {
                        return -1;
                    }
                    current = String.format("pdq,%064x,collab,cat,t%n", line++);
                    pos = 0;
                }
                int k = Math.min(len, current.length() - pos);
                current.getChars(pos, pos + k, buf, off);
                pos += k;
                return k;
            }

            @Override
            public void close() {
            }
        };
        long[] count = new long[1];
        HmaCsv.read(lines, r -> count[0]++, errors::add);
        assertEquals(n, count[0]);
        assertTrue(errors.isEmpty());
    }
}
