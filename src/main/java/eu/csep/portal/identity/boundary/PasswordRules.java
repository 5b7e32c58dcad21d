package eu.csep.portal.identity.boundary;

import eu.csep.portal.shared.boundary.Refusal;
import java.util.Locale;

/** Long passwords, no composition rules (NIST SP 800-63B): at least 12 characters, not the e-mail address. */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    public static void check(String field, String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH) {
            throw Refusal.invalid(field, "password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (email != null && password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            throw Refusal.invalid(field, "password.containsEmail");
        }
    }
}
