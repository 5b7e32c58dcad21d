package eu.csep.portal.shared.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's words in English, French and German: one bundle, used by pages, e-mails and API errors. */
public final class Texts {

    public static final String BUNDLE = "eu.csep.portal.shared.messages";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    /** The supported locale closest to the given one; English when none fits. */
    public static Locale supported(Locale wanted) {
        if (wanted == null) {
            return Locale.ENGLISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
