package eu.csep.portal.budget.entity;

import eu.csep.portal.shared.boundary.Refusal;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An exact amount of euros, held as whole cents (never floating point). Parsing refuses anything that is not
 * a plain decimal with at most two decimals; amounts may be negative only as results of arithmetic (a final
 * balance that turns into a recovery), never as input.
 */
public final class Money implements Comparable<Money>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final Currency EUR = Currency.getInstance("EUR");
    /** 99,999,999,999.99 EUR: far above any programme, and sums of such amounts still fit in a long. */
    public static final long MAX_CENTS = 9_999_999_999_999L;
    public static final Money ZERO = new Money(0);

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

    private final long cents;

    private Money(long cents) {
        this.cents = cents;
    }

    public static Money ofCents(long cents) {
        return cents == 0 ? ZERO : new Money(cents);
    }

    public static Money euros(long euros) {
        return ofCents(Math.multiplyExact(euros, 100L));
    }

    /** An exact decimal amount; refused (naming the field) when it has more than two decimals or is too big. */
    public static Money of(String field, BigDecimal amount) {
        if (amount == null) {
            throw Refusal.invalid(field, "budget.amount.missing");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw Refusal.invalid(field, "budget.amount.tooPrecise", amount.toPlainString());
        }
        BigDecimal cents = amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
        if (cents.abs().compareTo(BigDecimal.valueOf(MAX_CENTS)) > 0) {
            throw Refusal.invalid(field, "budget.amount.tooLarge");
        }
        return ofCents(cents.longValueExact());
    }

    /**
     * Reads an amount typed as a plain decimal with a dot ("1234.5", "1234.56"); more than two written decimals
     * ("10.005", also "10.000") are refused rather than rounded, since nobody should guess what was meant.
     */
    public static Money parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(field, "budget.amount.missing");
        }
        String plain = text.strip();
        if (!PLAIN_DECIMAL.matcher(plain).matches()) {
            throw Refusal.invalid(field, "budget.amount.notANumber", plain);
        }
        int dot = plain.indexOf('.');
        if (dot >= 0 && plain.length() - dot - 1 > 2) {
            throw Refusal.invalid(field, "budget.amount.tooPrecise", plain);
        }
        return of(field, new BigDecimal(plain));
    }

    /** Parses and insists on an amount above zero, as every posting does. */
    public static Money parsePositive(String field, String text) {
        return parse(field, text).requirePositive(field);
    }

    public Money requirePositive(String field) {
        if (cents <= 0) {
            throw Refusal.invalid(field, "budget.amount.notPositive", toPlainString());
        }
        return this;
    }

    public long cents() {
        return cents;
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(cents, 2);
    }

    public Currency currency() {
        return EUR;
    }

    public Money plus(Money other) {
        return ofCents(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return ofCents(Math.subtractExact(cents, other.cents));
    }

    public Money negated() {
        return ofCents(-cents);
    }

    /** This amount times a percentage, rounded DOWN to the cent: the programme never pays a fraction too much. */
    public Money percent(BigDecimal percentage) {
        BigDecimal result = BigDecimal.valueOf(cents).multiply(percentage).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.DOWN);
        return ofCents(result.longValueExact());
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** This amount, or zero when it is negative. */
    public Money max0() {
        return cents < 0 ? ZERO : this;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isZero() {
        return cents == 0;
    }

    public boolean exceeds(Money other) {
        return cents > other.cents;
    }

    /** "1234.50": the form the API and the exports use. */
    public String toPlainString() {
        return amount().toPlainString();
    }

    /** "€1,234.50" in English, "1 234,50 €" in French, "1.234,50 €" in German. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale == null ? Locale.ENGLISH : locale);
        format.setCurrency(EUR);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount());
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.cents == cents;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(cents);
    }

    @Override
    public String toString() {
        return "EUR " + toPlainString();
    }
}
