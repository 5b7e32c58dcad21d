package eu.csep.portal.identity.view;

import eu.csep.portal.shared.view.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ISO 3166 countries named in the user's language, sorted as that language sorts. */
@Named
@RequestScoped
public class Countries {

    @Inject
    LocaleSelection localeSelection;

    public List<SelectItem> getItems() {
        Locale locale = localeSelection.getLocale();
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator)).toList();
    }
}
