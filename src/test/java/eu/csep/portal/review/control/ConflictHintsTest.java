package eu.csep.portal.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictHintsTest {

    private static final List<ConflictHints.Party> PARTIES = List.of(
            new ConflictHints.Party(1, "Voices of Peace asbl", "voices-of-peace.org"),
            new ConflictHints.Party(2, "Counter Narrative Lab e.V.", "counter-narrative.de"));

    @Test
    void membershipEmailDomainAndFormerMembershipAreHinted() {
        assertEquals(List.of("member of Voices of Peace asbl"),
                ConflictHints.of(new ConflictHints.Reviewer("x@example.org", 1L, Set.of()), PARTIES));
        assertEquals(List.of("e-mail domain of Counter Narrative Lab e.V."),
                ConflictHints.of(new ConflictHints.Reviewer("Eva@Berlin.Counter-Narrative.de", null, Set.of()), PARTIES));
        assertEquals(List.of("former member of Voices of Peace asbl"),
                ConflictHints.of(new ConflictHints.Reviewer("rita@csep-portal.eu", null, Set.of(1L)), PARTIES));
    }

    @Test
    void anUnrelatedReviewerHasNoHint() {
        assertEquals(List.of(), ConflictHints.of(new ConflictHints.Reviewer("rita@notcounter-narrative.de", null,
                Set.of(9L)), PARTIES));
    }
}
