package eu.csep.portal.budget.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.csep.portal.shared.boundary.Refusal;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"0.01,1", "1,100", "1.5,150", "12000000,1200000000", "12000000.99,1200000099", "007.10,710"})
    void parsesExactCents(String text, long cents) {
        assertEquals(cents, Money.parse("amount", text).cents());
    }

    @ParameterizedTest
    @CsvSource({"10.005,budget.amount.tooPrecise", "10.000,budget.amount.tooPrecise", "1e3,budget.amount.notANumber",
            "'1,5',budget.amount.notANumber", "abc,budget.amount.notANumber", "'',budget.amount.missing",
            "12.,budget.amount.notANumber", "999999999999999,budget.amount.tooLarge"})
    void refusesWhatIsNotAnExactAmount(String text, String key) {
        Refusal refusal = assertThrows(Refusal.class, () -> Money.parse("amount", text));
        assertEquals(key, refusal.messageKey());
        assertEquals("amount", refusal.field());
    }

    @ParameterizedTest
    @CsvSource({"0", "-5", "-0.01", "0.00"})
    void postingsRefuseZeroAndNegativeAmounts(String text) {
        Refusal refusal = assertThrows(Refusal.class, () -> Money.parsePositive("amount", text));
        assertEquals("budget.amount.notPositive", refusal.messageKey());
    }

    @Test
    void decimalsAboveCentsAreRefusedAlsoFromBigDecimal() {
        assertEquals(150, Money.of("amount", new BigDecimal("1.500")).cents());
        assertThrows(Refusal.class, () -> Money.of("amount", new BigDecimal("1.505")));
    }

    @Test
    void formatsPerLocale() {
        Money m = Money.ofCents(1_234_567_89L);
        assertEquals("€1,234,567.89", m.format(Locale.ENGLISH));
        assertEquals("1.234.567,89 €", normalise(m.format(Locale.GERMAN)));
        assertEquals("1 234 567,89 €", normalise(m.format(Locale.FRENCH)));
        assertEquals("€0.05", Money.ofCents(5).format(Locale.ENGLISH));
    }

    @Test
    void arithmeticIsExact() {
        Money a = Money.parse("a", "0.10");
        Money b = Money.parse("b", "0.20");
        assertEquals(Money.parse("c", "0.30"), a.plus(b));
        assertEquals(-10, a.minus(b).cents());
        assertEquals(Money.ofCents(3), Money.ofCents(7).percent(new BigDecimal("50")), "percent rounds down");
        assertEquals(Money.ofCents(9_000_000_00L), Money.euros(10_000_000).percent(new BigDecimal("90")));
        assertEquals("1234.50", Money.ofCents(123450).toPlainString());
    }

    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
