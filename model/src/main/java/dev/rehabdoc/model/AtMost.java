package dev.rehabdoc.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

/**
 * A text or list no longer than its {@link Limit}: characters for a text, items for a list. The message names the
 * length found and the limit, such as {@code is 12,000 characters long; a step has at most 10,000}.
 */
@Documented
@Constraint(validatedBy = {LimitValidator.OfText.class, LimitValidator.OfList.class})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AtMost {
    /** The limit that applies. */
    Limit value();

    /** Stands in for the limit's own message, which names the length found. */
    String message() default "is longer than its limit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
