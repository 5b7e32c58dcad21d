package eu.csep.portal.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.csep.portal.shared.control.PlainText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Voices of Peace asbl", "Zoë Łukasiewicz-Núñez", "李小龙", "Ассоциация «Мир»",
            "جمعية السلام", "O'Brien & Partners (EU) e.V.", "Emoji allowed 🙂 too", "N°12 / 2026"})
    void acceptsNamesInAnyScript(String value) {
        assertTrue(PlainText.Validator.isPlain(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "a > b", "Eve \u202Egnp.exe", "zero\u200Bwidth",
            "line\nbreak", "tab\there", "\u0000nul", "\uD800lone high surrogate", "lone low \uDC00",
            "private \uE000 use", "   ", "...", "\u2028separator"})
    void refusesMarkupControlAndInvisibleCharacters(String value) {
        assertFalse(PlainText.Validator.isPlain(value), value);
    }
}
