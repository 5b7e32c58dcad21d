package eu.csep.portal.review.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Automatic conflict-of-interest hints: the reviewer belongs to, has the e-mail domain of, or was a member of the
 * applicant or a partner organisation. A hint is a suspicion, not a verdict: an officer may clear it in writing.
 */
public final class ConflictHints {

    public record Reviewer(String email, Long organisationId, Set<Long> formerOrganisations) {
    }

    public record Party(long id, String name, String emailDomain) {
    }

    private ConflictHints() {
    }

    public static List<String> of(Reviewer reviewer, List<Party> parties) {
        List<String> hints = new ArrayList<>();
        String domain = domain(reviewer.email());
        for (Party party : parties) {
            if (reviewer.organisationId() != null && reviewer.organisationId() == party.id()) {
                hints.add("member of " + party.name());
            } else if (party.emailDomain() != null && !party.emailDomain().isBlank()
                    && (domain.equals(party.emailDomain().toLowerCase(Locale.ROOT))
                            || domain.endsWith("." + party.emailDomain().toLowerCase(Locale.ROOT)))) {
                hints.add("e-mail domain of " + party.name());
            } else if (reviewer.formerOrganisations().contains(party.id())) {
                hints.add("former member of " + party.name());
            }
        }
        return hints;
    }

    static String domain(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
