package eu.csep.portal.hashmatch.control;

import eu.csep.portal.hashmatch.entity.HashEntry;
import eu.csep.portal.hashmatch.entity.SignalType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Streams the JSON sync format — the document {@code GET hash-lists/{id}/export} answers:
 * {@code {"entries":[{"type":"pdq","hash":"…","quality":90,"labels":"…","contributor":"…","deleted":false,
 * "updatedAt":"…"},…],"next":{"updatedAfter":"…","afterId":N}}} (or just the array of entries). One entry at a
 * time, so the memory needed does not grow with the file. Each entry becomes an {@link Entry} or an
 * {@link HmaCsv.LineError} whose "line" is the entry's position (1-based) in the array. A {@code deleted} entry
 * means "disable it here". The {@code next} checkpoint is handed back so the importer can report where the
 * source's feed stands. Unknown fields (id, updatedAt, listId) are ignored.
 */
public final class SyncJson {

    /** One valid entry; {@code contributor} and {@code labels} already checked for length. */
    public record Entry(long line, SignalType type, String hash, Integer quality, String labels, String contributor,
            boolean deleted) {

        /** A CSV or one-per-line row: added, never deleted, quality unknown. */
        public static Entry of(HmaCsv.Row row) {
            return new Entry(row.line(), row.type(), row.hash(), null, row.labels(), row.collab(), false);
        }
    }

    private SyncJson() {
    }

    /**
     * Reads every entry, handing each good one to {@code entries} and each bad one to {@code errors}; returns the
     * source's {@code next} checkpoint as "updatedAfter/afterId" text, or null. Malformed JSON ends the reading
     * with one error at the entry where it broke.
     */
    public static String read(Reader in, Consumer<Entry> entries, Consumer<HmaCsv.LineError> errors) {
        long index = 0;
        String checkpoint = null;
        try (JsonParser p = Json.createParser(in)) {
            if (!p.hasNext()) {
                return null;
            }
            JsonParser.Event first = p.next();
            if (first == JsonParser.Event.START_ARRAY) {
                index = readEntries(p, entries, errors, 0);
            } else if (first == JsonParser.Event.START_OBJECT) {
                while (p.hasNext()) {
                    JsonParser.Event e = p.next();
                    if (e == JsonParser.Event.END_OBJECT) {
                        break;
                    }
                    String key = p.getString();
                    JsonParser.Event value = p.next();
                    if ("entries".equals(key) && value == JsonParser.Event.START_ARRAY) {
                        index = readEntries(p, entries, errors, index);
                    } else if ("next".equals(key) && value == JsonParser.Event.START_OBJECT) {
                        checkpoint = readCheckpoint(p);
                    } else {
                        skip(p, value);
                    }
                }
            } else {
                errors.accept(new HmaCsv.LineError(1, "json", "hashmatch.json.malformed"));
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            errors.accept(new HmaCsv.LineError(index + 1, "json", "hashmatch.json.malformed"));
        }
        return checkpoint;
    }

    private static long readEntries(JsonParser p, Consumer<Entry> entries, Consumer<HmaCsv.LineError> errors,
            long index) {
        while (p.hasNext()) {
            JsonParser.Event e = p.next();
            if (e == JsonParser.Event.END_ARRAY) {
                return index;
            }
            index++;
            if (e != JsonParser.Event.START_OBJECT) {
                skip(p, e);
                errors.accept(new HmaCsv.LineError(index, "entry", "hashmatch.json.entry"));
                continue;
            }
            readEntry(p, index, entries, errors);
        }
        return index;
    }

    private static void readEntry(JsonParser p, long index, Consumer<Entry> entries, Consumer<HmaCsv.LineError> errors) {
        String type = null;
        String hash = null;
        String labels = null;
        String contributor = null;
        Integer quality = null;
        boolean deleted = false;
        boolean badQuality = false;
        boolean badDeleted = false;
        while (p.hasNext()) {
            JsonParser.Event e = p.next();
            if (e == JsonParser.Event.END_OBJECT) {
                break;
            }
            String key = p.getString();
            JsonParser.Event v = p.next();
            switch (key) {
                case "type" -> type = text(p, v);
                case "hash" -> hash = text(p, v);
                case "labels" -> labels = text(p, v);
                case "contributor" -> contributor = text(p, v);
                case "quality" -> {
                    if (v == JsonParser.Event.VALUE_NUMBER && p.isIntegralNumber()) {
                        long q = p.getLong();
                        badQuality = q < 0 || q > 100;
                        quality = (int) Math.max(0, Math.min(100, q));
                    } else if (v != JsonParser.Event.VALUE_NULL) {
                        skip(p, v);
                        badQuality = true;
                    }
                }
                case "deleted" -> {
                    if (v == JsonParser.Event.VALUE_TRUE || v == JsonParser.Event.VALUE_FALSE) {
                        deleted = v == JsonParser.Event.VALUE_TRUE;
                    } else {
                        skip(p, v);
                        badDeleted = true;
                    }
                }
                default -> skip(p, v);
            }
        }
        SignalType t = type == null ? null : SignalType.parse(type).orElse(null);
        if (t == null) {
            errors.accept(new HmaCsv.LineError(index, "type", "hashmatch.type.unknown",
                    type == null ? "" : type.length() <= 40 ? type : type.substring(0, 37) + "..."));
            return;
        }
        String canonical = hash == null ? null : t.canonical(hash).orElse(null);
        if (canonical == null) {
            errors.accept(new HmaCsv.LineError(index, "hash", "hashmatch.hash.invalid", t.code(), t.hexDigits()));
        } else if (badQuality) {
            errors.accept(new HmaCsv.LineError(index, "quality", "hashmatch.quality.invalid"));
        } else if (badDeleted) {
            errors.accept(new HmaCsv.LineError(index, "deleted", "hashmatch.json.deleted"));
        } else if (labels != null && labels.length() > HashEntry.LABELS_MAX) {
            errors.accept(new HmaCsv.LineError(index, "labels", "hashmatch.field.tooLong", HashEntry.LABELS_MAX));
        } else if (contributor != null && contributor.length() > HashEntry.CONTRIBUTOR_MAX) {
            errors.accept(new HmaCsv.LineError(index, "contributor", "hashmatch.field.tooLong",
                    HashEntry.CONTRIBUTOR_MAX));
        } else {
            entries.accept(new Entry(index, t, canonical, t.exact() ? null : quality, blankToNull(labels),
                    blankToNull(contributor), deleted));
        }
    }

    private static String readCheckpoint(JsonParser p) {
        String updatedAfter = null;
        String afterId = null;
        while (p.hasNext()) {
            JsonParser.Event e = p.next();
            if (e == JsonParser.Event.END_OBJECT) {
                break;
            }
            String key = p.getString();
            JsonParser.Event v = p.next();
            if ("updatedAfter".equals(key)) {
                updatedAfter = text(p, v);
            } else if ("afterId".equals(key) && v == JsonParser.Event.VALUE_NUMBER) {
                afterId = p.getString();
            } else {
                skip(p, v);
            }
        }
        return updatedAfter == null && afterId == null ? null : "updated_after=" + updatedAfter + " after_id=" + afterId;
    }

    /** A string value, or null for null/anything else (which is skipped). */
    private static String text(JsonParser p, JsonParser.Event v) {
        if (v == JsonParser.Event.VALUE_STRING) {
            return p.getString();
        }
        skip(p, v);
        return null;
    }

    private static void skip(JsonParser p, JsonParser.Event v) {
        if (v == JsonParser.Event.START_OBJECT) {
            p.skipObject();
        } else if (v == JsonParser.Event.START_ARRAY) {
            p.skipArray();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
