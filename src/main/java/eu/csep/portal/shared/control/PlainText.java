package eu.csep.portal.shared.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A human-readable text such as a name: letters of any script, digits, punctuation and spaces, but no markup
 * (angle brackets), no control or invisible formatting characters (bidirectional overrides, zero-width
 * characters), no broken surrogate pairs, and at least one letter or digit. Null is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{eu.csep.portal.PlainText.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlain(value);
        }

        public static boolean isPlain(String value) {
            boolean meaningful = false;
            for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                if (Character.isSurrogate(value.charAt(i)) && !Character.isSupplementaryCodePoint(cp)) {
                    return false; // a lone surrogate
                }
                int type = Character.getType(cp);
                if (cp == '<' || cp == '>' || Character.isISOControl(cp) || type == Character.FORMAT
                        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                    return false;
                }
                meaningful |= Character.isLetterOrDigit(cp);
                i += Character.charCount(cp);
            }
            return meaningful;
        }
    }
}
