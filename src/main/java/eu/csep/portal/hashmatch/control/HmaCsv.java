package eu.csep.portal.hashmatch.control;

import eu.csep.portal.hashmatch.entity.SignalType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the HMA / python-threatexchange CSV ({@code signal_type,signal_str,collab,category,tags}; a header
 * line with these names is optional) one record at a time, so a million lines need no more memory than one.
 * Each line becomes either a {@link Row} or a {@link LineError} naming the line, the column and the problem.
 */
public final class HmaCsv {

    public static final int MAX_FIELD = 500;

    /** A valid line: the canonical hash and the labels made of category and tags. */
    public record Row(long line, SignalType type, String hash, String collab, String labels) {
    }

    /** A bad line: {@code messageKey} in the messages bundle, with the type/length arguments where useful. */
    public record LineError(long line, String column, String messageKey, Object... arguments) {
    }

    private HmaCsv() {
    }

    /** Reads every record, handing each good line to {@code rows} and each bad one to {@code errors}. */
    public static void read(Reader in, Consumer<Row> rows, Consumer<LineError> errors) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            boolean first = true;
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    errors.accept(new LineError(parser.getCurrentLineNumber(), "line", "hashmatch.import.malformed"));
                    return; // the parser cannot resynchronise after a broken quote
                }
                long line = r.getRecordNumber();
                if (first) {
                    first = false;
                    if ("signal_type".equalsIgnoreCase(r.get(0))) {
                        continue;
                    }
                }
                parse(r, line, rows, errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parse(CSVRecord r, long line, Consumer<Row> rows, Consumer<LineError> errors) {
        if (r.size() < 2) {
            errors.accept(new LineError(line, "signal_str", "hashmatch.import.tooFewColumns"));
            return;
        }
        if (r.size() > 5) {
            errors.accept(new LineError(line, "line", "hashmatch.import.tooManyColumns"));
            return;
        }
        SignalType type = SignalType.parse(r.get(0)).orElse(null);
        if (type == null) {
            errors.accept(new LineError(line, "signal_type", "hashmatch.type.unknown", shorten(r.get(0))));
            return;
        }
        String hash = type.canonical(r.get(1)).orElse(null);
        if (hash == null) {
            errors.accept(new LineError(line, "signal_str", "hashmatch.hash.invalid", type.code(), type.hexDigits()));
            return;
        }
        String collab = r.size() > 2 ? blankToNull(r.get(2)) : null;
        String category = r.size() > 3 ? blankToNull(r.get(3)) : null;
        String tags = r.size() > 4 ? blankToNull(r.get(4)) : null;
        for (String[] f : new String[][] {{"collab", collab}, {"category", category}, {"tags", tags}}) {
            if (f[1] != null && (f[1].length() > 200 || !eu.csep.portal.shared.control.PlainText.Validator.isPlain(f[1]))) {
                errors.accept(new LineError(line, f[0], "hashmatch.field.notPlain"));
                return;
            }
        }
        StringBuilder labels = new StringBuilder();
        if (category != null) {
            labels.append("category:").append(category.toLowerCase(Locale.ROOT));
        }
        if (tags != null) {
            for (String tag : tags.split("[\\s,;]+")) {
                if (!tag.isBlank()) {
                    labels.append(labels.length() == 0 ? "" : " ").append(tag);
                }
            }
        }
        String l = labels.length() == 0 ? null : labels.toString();
        if (l != null && l.length() > MAX_FIELD) {
            errors.accept(new LineError(line, "tags", "hashmatch.field.tooLong", MAX_FIELD));
            return;
        }
        rows.accept(new Row(line, type, hash, collab, l));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
