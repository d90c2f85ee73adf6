package dev.rehabdoc.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;

/**
 * A picture with words for a reader who cannot see it: an alt text or a caption. An accessible PDF (PDF/UA) gives
 * every figure an alternative text, and a handout must not have a picture a blind patient's screen reader skips.
 */
@Documented
@Constraint(validatedBy = Described.Check.class)
@Target(TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Described {
    String message() default "the picture has no words for a reader who cannot see it: give it an 'alt' (what a "
            + "screen reader says in its place) or a 'caption', writing it as a mapping (path: ..., alt: ...); an "
            + "accessible handout (PDF/UA) needs one";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Described} on an image. */
    final class Check implements ConstraintValidator<Described, Image> {
        @Override
        public boolean isValid(Image image, ConstraintValidatorContext context) {
            return image == null || image.alternative().isPresent();
        }
    }
}
