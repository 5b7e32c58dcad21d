package eu.csep.portal.calls.entity;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The funding rules of a call, as a value: checked as a whole, since each rule depends on the others. */
public record CallTerms(String title, String description, OffsetDateTime opensAt, OffsetDateTime deadline,
        BigDecimal budget, BigDecimal minGrant, BigDecimal maxGrant, BigDecimal maxCofinancingRate, int minPartners,
        int maxDurationMonths, String rubricReference) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final int IDENTIFIER_MAX = 40;
    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 8000;

    /** The first broken rule as a message key with the field it concerns; throws IllegalArgumentException. */
    public void check() {
        rule(deadline.isAfter(opensAt), "deadline", "call.deadlineBeforeOpening");
        rule(minGrant.compareTo(maxGrant) <= 0, "maxGrant", "call.grantRangeInverted");
        rule(maxGrant.compareTo(budget) <= 0, "maxGrant", "call.grantAboveBudget");
        rule(maxCofinancingRate.signum() > 0 && maxCofinancingRate.compareTo(BigDecimal.valueOf(100)) <= 0,
                "maxCofinancingRate", "call.rate");
    }

    private static void rule(boolean holds, String field, String key) {
        if (!holds) {
            throw new BrokenRule(field, key);
        }
    }

    /** A funding rule the terms break: which field, and the message key that explains it. */
    public static final class BrokenRule extends IllegalArgumentException {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String messageKey;

        BrokenRule(String field, String messageKey) {
            super(messageKey);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
