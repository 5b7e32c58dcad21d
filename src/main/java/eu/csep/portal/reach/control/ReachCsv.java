package eu.csep.portal.reach.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reach report file: UTF-8 (a byte-order mark is allowed), comma-separated, a header line naming exactly the
 * columns {@value #COLUMNS} in any order, at most {@value #MAX_ROWS} data rows. Line numbers are the file's lines
 * (the header is line 1).
 */
public final class ReachCsv {

    public static final String COLUMNS = "date_from,date_to,platform,metric,value,provenance";
    public static final List<String> HEADER = List.of(COLUMNS.split(","));
    public static final int MAX_ROWS = 200_000;

    public record Parsed(List<RowInput> rows, List<RowError> errors) {
    }

    private ReachCsv() {
    }

    public static Parsed parse(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed("reach.csv.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed("reach.csv.empty");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Set<String> header = new LinkedHashSet<>();
            for (String h : parser.getHeaderNames()) {
                header.add(h.strip().toLowerCase(Locale.ROOT));
            }
            if (!header.equals(new LinkedHashSet<>(HEADER)) && !(header.containsAll(HEADER)
                    && header.size() == HEADER.size())) {
                return failed("reach.csv.columns", String.join(",", parser.getHeaderNames()), COLUMNS);
            }
            List<String> names = parser.getHeaderNames();
            int[] index = new int[HEADER.size()];
            for (int i = 0; i < HEADER.size(); i++) {
                for (int j = 0; j < names.size(); j++) {
                    if (names.get(j).strip().equalsIgnoreCase(HEADER.get(i))) {
                        index[i] = j;
                    }
                }
            }
            List<RowInput> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            for (CSVRecord r : parser) {
                int line = (int) r.getParser().getCurrentLineNumber();
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    return failed("reach.csv.tooManyRows", MAX_ROWS);
                }
                if (r.size() != HEADER.size()) {
                    errors.add(RowError.of(line, "row", "reach.csv.fieldCount", r.size(), HEADER.size()));
                    continue;
                }
                rows.add(new RowInput(line, r.get(index[0]), r.get(index[1]), r.get(index[2]), r.get(index[3]),
                        r.get(index[4]), r.get(index[5])));
            }
            return new Parsed(rows, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return failed("reach.csv.malformed", e.getMessage() == null ? "" : e.getMessage());
        }
    }

    private static Parsed failed(String key, Object... arguments) {
        return new Parsed(List.of(), List.of(RowError.of(0, "file", key, arguments)));
    }
}
