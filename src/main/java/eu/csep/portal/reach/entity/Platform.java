package eu.csep.portal.reach.entity;

import java.util.Locale;
import java.util.Optional;

/** The channels a campaign reports on. */
public enum Platform {
    YOUTUBE("YouTube"), FACEBOOK("Facebook"), INSTAGRAM("Instagram"), TIKTOK("TikTok"), X("X"), TELEGRAM("Telegram"),
    WEBSITE("Website"), SEARCH_ADS("Search ads"), OFFLINE("Offline"), OTHER("Other");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code or the label in any case, with spaces, hyphens or underscores ("search ads", "Twitter" = X). */
    public static Optional<Platform> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (t.equals("TWITTER")) {
            return Optional.of(X);
        }
        for (Platform p : values()) {
            if (p.name().equals(t) || p.name().replace("_", "").equals(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
