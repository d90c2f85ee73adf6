package dev.rehabdoc.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

/** An id in the source: lowercase letters and digits in words joined by single hyphens, such as {@code cat-cow}. */
@Documented
@NotNull
@Pattern(regexp = ContentId.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ContentId {
    /** The syntax every id follows. */
    String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** What an id is made of, for messages. */
    String RULE = "is lowercase letters and digits joined by single hyphens, like 'cat-cow'";

    String message() default "must be an id: an id " + RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
