package eu.csep.portal.hashmatch.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.csep.portal.hashmatch.entity.SignalType;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashLinesTest {

    private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";
    private static final String SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private final List<HmaCsv.Row> rows = new ArrayList<>();
    private final List<HmaCsv.LineError> errors = new ArrayList<>();

    private void read(String text) {
        HashLines.read(new StringReader(text), rows::add, errors::add);
    }

    @Test
    void readsTypesAndHashesSkippingBlankAndCommentLines() {
        read("\uFEFF# exported by a partner\npdq " + PDQ.toUpperCase() + "\n\n  video_md5\t" + MD5 + "  \r\nsha256   " + SHA);
        assertEquals(List.of(), errors);
        assertEquals(3, rows.size());
        assertEquals(new HmaCsv.Row(2, SignalType.PDQ, PDQ, null, null), rows.get(0), "canonical lower case, line 2");
        assertEquals(new HmaCsv.Row(4, SignalType.MD5, MD5, null, null), rows.get(1));
        assertEquals(new HmaCsv.Row(5, SignalType.SHA256, SHA, null, null), rows.get(2));
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndColumnAndTheGoodOnesStillRead() {
        read("pdq " + PDQ + "\nphash " + PDQ + "\nmd5 " + PDQ + "\npdq\npdq " + PDQ + " extra\nsha256 " + SHA);
        assertEquals(2, rows.size());
        assertEquals(List.of(2L, 3L, 4L, 5L), errors.stream().map(HmaCsv.LineError::line).toList());
        assertEquals(List.of("type", "hash", "line", "line"), errors.stream().map(HmaCsv.LineError::column).toList());
        assertEquals("hashmatch.type.unknown", errors.get(0).messageKey());
        assertArrayEquals(new Object[] {"md5", 32}, errors.get(1).arguments());
        assertEquals("hashmatch.lines.format", errors.get(2).messageKey());
    }

    @Test
    void writesWhatItReads() {
        String line = HashLines.line(SignalType.MD5, MD5);
        assertEquals("md5 " + MD5, line);
        read(line + "\n" + HashLines.line(SignalType.PDQ, PDQ) + "\n");
        assertEquals(List.of(new HmaCsv.Row(1, SignalType.MD5, MD5, null, null),
                new HmaCsv.Row(2, SignalType.PDQ, PDQ, null, null)), rows);
    }

    @Test
    void aMillionGeneratedLinesAreReadOneAtATime() {
        long[] count = new long[1];
        Reader generated = new Reader() {
            private long line;
            private String current = "";
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                if (pos == current.length()) {
                    if (line == 1_000_000) {
                        return -1;
                    }
                    current = "md5 " + String.format("%032x", line++) + "\n";
                    pos = 0;
                }
                int n = Math.min(len, current.length() - pos);
                current.getChars(pos, pos + n, buf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        HashLines.read(generated, r -> count[0]++, errors::add);
        assertEquals(1_000_000, count[0]);
        assertEquals(List.of(), errors);
    }
}
