package eu.csep.portal.reach.entity;

import java.util.Locale;
import java.util.Optional;

/** Where a reported figure comes from: the platform's own export or API, the NGO's word, or an attached evidence file. */
public enum Provenance {
    PLATFORM, SELF_REPORTED, EVIDENCE;

    public static Optional<Provenance> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return switch (t) {
            case "PLATFORM", "PLATFORM_EXPORT", "PLATFORM_API", "API", "EXPORT" -> Optional.of(PLATFORM);
            case "SELF_REPORTED", "SELF", "MANUAL" -> Optional.of(SELF_REPORTED);
            case "EVIDENCE", "EVIDENCE_FILE", "FILE" -> Optional.of(EVIDENCE);
            default -> Optional.empty();
        };
    }
}
