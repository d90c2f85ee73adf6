package dev.rehabdoc.model;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A PNG or JPEG picture of an exercise. It has words for a reader who cannot see it: its {@code alt}, or else its
 * caption ({@link Described}).
 *
 * @param path    the image file, absolute and with links resolved
 * @param alt     what a screen reader says in place of the picture, if given (else the caption is said)
 * @param caption what the picture shows, printed under it, if given
 * @param credit  who made it, if given
 * @param licence under which terms it may be printed, if given
 */
@Described
public record Image(
        @NotNull Path path,
        @AtMost(Limit.ALT) String alt,
        @AtMost(Limit.CAPTION) String caption,
        @AtMost(Limit.CREDIT) String credit,
        @AtMost(Limit.LICENCE) String licence) {

    /** The words that stand for the picture where it cannot be seen: its alt text, else its caption; empty if none. */
    public Optional<String> alternative() {
        for (String text : new String[] {alt, caption}) {
            if (text != null && !text.isBlank()) {
                return Optional.of(text.strip());
            }
        }
        return Optional.empty();
    }
}
