package eu.csep.portal.hashmatch.entity;

import java.util.Locale;
import java.util.Optional;

/** The kinds of hash the portal stores: PDQ (perceptual, 256 bits) and the exact MD5 and SHA-256 digests. */
public enum SignalType {
    PDQ(64, "pdq"),
    MD5(32, "md5"),
    SHA256(64, "sha256");

    private final int hexDigits;
    private final String code;

    SignalType(int hexDigits, String code) {
        this.hexDigits = hexDigits;
        this.code = code;
    }

    public int hexDigits() {
        return hexDigits;
    }

    /** The lower-case name used in the API, the CSV formats and the UI ("pdq", "md5", "sha256"). */
    public String code() {
        return code;
    }

    public boolean exact() {
        return this != PDQ;
    }

    /**
     * Reads a type as written by people and by HMA / python-threatexchange files: "pdq", "md5", "video_md5",
     * "sha256", "sha-256", any case.
     */
    public static Optional<SignalType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "pdq" -> Optional.of(PDQ);
            case "md5", "video_md5", "file_md5" -> Optional.of(MD5);
            case "sha256", "sha-256", "file_sha256" -> Optional.of(SHA256);
            default -> Optional.empty();
        };
    }

    /**
     * The canonical text of a hash of this type: trimmed, lower case, exactly {@link #hexDigits()} ASCII hex
     * digits; empty when the text is not such a hash.
     */
    public Optional<String> canonical(String hash) {
        if (hash == null) {
            return Optional.empty();
        }
        String s = hash.strip().toLowerCase(Locale.ROOT);
        if (s.length() != hexDigits) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }
}
