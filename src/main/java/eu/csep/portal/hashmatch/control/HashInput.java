package eu.csep.portal.hashmatch.control;

import eu.csep.portal.hashmatch.entity.SignalType;
import eu.csep.portal.shared.boundary.Refusal;
import eu.csep.portal.shared.control.PlainText;

/**
 * Checks what people type or paste: hash types, hashes (pdq 64 hex digits, md5 32, sha256 64) and short texts.
 * Every failure is a {@link Refusal} naming the field, so forms and the REST API say exactly what was wrong.
 */
public final class HashInput {

    private HashInput() {
    }

    public static SignalType type(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, "hashmatch.type.required");
        }
        return SignalType.parse(text).orElseThrow(() -> Refusal.invalid(field, "hashmatch.type.unknown", shorten(text)));
    }

    public static String hash(String field, SignalType type, String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, "hashmatch.hash.required");
        }
        return type.canonical(text).orElseThrow(
                () -> Refusal.invalid(field, "hashmatch.hash.invalid", type.code(), type.hexDigits()));
    }

    /** A PDQ quality 0..100, or null when not given. */
    public static Integer quality(String field, Integer quality) {
        if (quality != null && (quality < 0 || quality > 100)) {
            throw Refusal.invalid(field, "hashmatch.quality.invalid");
        }
        return quality;
    }

    /** Trimmed plain text of at most {@code max} characters; null (or blank) only when not required. */
    public static String text(String field, String value, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw Refusal.invalid(field, "hashmatch.field.required");
            }
            return null;
        }
        if (v.length() > max) {
            throw Refusal.invalid(field, "hashmatch.field.tooLong", max);
        }
        if (!PlainText.Validator.isPlain(v.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '))) {
            throw Refusal.invalid(field, "hashmatch.field.notPlain");
        }
        return v;
    }

    public static int threshold(String field, Integer threshold, int fallback) {
        int t = threshold == null ? fallback : threshold;
        if (t < 0 || t > 128) {
            throw Refusal.invalid(field, "hashmatch.threshold.invalid");
        }
        return t;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 37) + "...";
    }
}
