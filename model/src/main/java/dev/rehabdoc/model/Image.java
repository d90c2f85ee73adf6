package dev.rehabdoc.model;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;

/**
 * A PNG or JPEG picture of an exercise.
 *
 * @param path    the image file, absolute and with links resolved
 * @param caption what the picture shows, if given
 * @param credit  who made it, if given
 * @param licence under which terms it may be printed, if given
 */
public record Image(
        @NotNull Path path,
        @AtMost(Limit.CAPTION) String caption,
        @AtMost(Limit.CREDIT) String credit,
        @AtMost(Limit.LICENCE) String licence) {
}
