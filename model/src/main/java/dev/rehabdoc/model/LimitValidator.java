package dev.rehabdoc.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;

/** Checks {@link AtMost}, reporting the limit's own message, which names the length found and the limit. */
final class LimitValidator {
    private LimitValidator() {
    }

    /** For a text, counted in code points. */
    public static final class OfText implements ConstraintValidator<AtMost, CharSequence> {
        private Limit limit;

        @Override
        public void initialize(AtMost annotation) {
            limit = annotation.value();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || limit.allows(text) || refuse(context, limit.tooLong(text));
        }
    }

    /** For a list, counted in items. */
    public static final class OfList implements ConstraintValidator<AtMost, Collection<?>> {
        private Limit limit;

        @Override
        public void initialize(AtMost annotation) {
            limit = annotation.value();
        }

        @Override
        public boolean isValid(Collection<?> items, ConstraintValidatorContext context) {
            return items == null || limit.allows(items.size()) || refuse(context, limit.tooMany(items.size()));
        }
    }

    /** Reports {@code message} instead of the annotation's; it holds only words, digits and commas, never a '{'. */
    private static boolean refuse(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
