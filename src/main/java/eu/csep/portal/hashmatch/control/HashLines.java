package eu.csep.portal.hashmatch.control;

import eu.csep.portal.hashmatch.entity.SignalType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * The one-per-line hash file: {@code <type> <hash>} separated by blanks (types as in {@link SignalType#parse},
 * e.g. "pdq", "md5", "sha256"); blank lines and lines starting with '#' are skipped. Streamed line by line, so
 * the memory needed does not grow with the file. Rows and errors are the same as the CSV reader's
 * ({@link HmaCsv.Row}, {@link HmaCsv.LineError}), so the import treats both formats alike.
 */
public final class HashLines {

    private static final int MAX_LINE = 1000;

    private HashLines() {
    }

    public static void read(Reader in, Consumer<HmaCsv.Row> rows, Consumer<HmaCsv.LineError> errors) {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        try {
            long number = 0;
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                String line = text.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    errors.accept(new HmaCsv.LineError(number, "line", "hashmatch.lines.format"));
                    continue;
                }
                String[] parts = line.split("[ \\t]+");
                if (parts.length != 2) {
                    errors.accept(new HmaCsv.LineError(number, "line", "hashmatch.lines.format"));
                    continue;
                }
                SignalType type = SignalType.parse(parts[0]).orElse(null);
                if (type == null) {
                    errors.accept(new HmaCsv.LineError(number, "type", "hashmatch.type.unknown",
                            parts[0].length() <= 40 ? parts[0] : parts[0].substring(0, 37) + "..."));
                    continue;
                }
                String hash = type.canonical(parts[1]).orElse(null);
                if (hash == null) {
                    errors.accept(new HmaCsv.LineError(number, "hash", "hashmatch.hash.invalid", type.code(),
                            type.hexDigits()));
                    continue;
                }
                rows.accept(new HmaCsv.Row(number, type, hash, null, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of the format, without the line break: "pdq 0f3c…". */
    public static String line(SignalType type, String hash) {
        return type.code() + " " + hash;
    }
}
