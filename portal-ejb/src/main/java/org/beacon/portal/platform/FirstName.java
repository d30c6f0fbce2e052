package org.beacon.portal.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * What a first name may hold, for every way one arrives (sign-up, preferences, by hand, import): at most 100
 * characters, and, because it goes into mail, no control characters (C0, DEL and C1, whose NEL some mail readers take
 * as a line break), no line or paragraph separators, and no angle brackets. Blank is allowed (no name given).
 * {@code whose} begins the message: "Your first name" on the visitor's own forms, "The first name" for staff.
 */
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = FirstName.Validator.class)
public @interface FirstName {

    int MAX_LENGTH = 100;

    String whose() default "Your first name";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FirstName, String> {

        private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cntrl}\\u0080-\\u009F\\u2028\\u2029<>]");

        private String whose;

        /** What is wrong with this first name, as a sentence that begins with {@code whose}; empty if nothing. */
        public static Optional<String> problem(String name, String whose) {
            if (name == null) {
                return Optional.empty();
            }
            if (name.length() > MAX_LENGTH) {
                return Optional.of(whose + " may be at most " + MAX_LENGTH + " characters.");
            }
            if (FORBIDDEN.matcher(name).find()) {
                return Optional.of(whose + " cannot contain line breaks or angle brackets.");
            }
            return Optional.empty();
        }

        @Override
        public void initialize(FirstName constraint) {
            whose = constraint.whose();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return problem(value, whose).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{").replace("$", "\\$")).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
