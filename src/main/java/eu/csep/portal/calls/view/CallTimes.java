package eu.csep.portal.calls.view;

import eu.csep.portal.calls.boundary.CallForm;
import eu.csep.portal.shared.view.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Deadlines as people read them: in Brussels time (the programme's), in the user's language. The user's own
 * zone is added by the browser (resources/js/portal.js reads the UTC instant from the time element).
 */
@Named
@RequestScoped
public class CallTimes {

    @Inject
    LocaleSelection localeSelection;

    public String brussels(OffsetDateTime instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(localeSelection.getLocale())
                .format(instant.atZoneSameInstant(CallForm.BRUSSELS)) + " ("
                + DateTimeFormatter.ofPattern("zzz", localeSelection.getLocale())
                        .format(instant.atZoneSameInstant(CallForm.BRUSSELS)) + ")";
    }

    public String iso(OffsetDateTime instant) {
        return instant == null ? "" : instant.toInstant().toString();
    }
}
