package dev.rehabdoc.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What sort of exercise something is. */
public enum ExerciseKind {
    /** Resistance work that builds muscle. */
    STRENGTH,
    /** Lengthening a muscle and holding it. */
    STRETCH,
    /** Sustained movement such as walking. */
    AEROBIC,
    /** Exercise in water. */
    AQUATIC,
    /** Yoga poses. */
    YOGA,
    /** Movement with breathing and attention, such as tai chi. */
    MIND_BODY,
    /** Standing steady. */
    BALANCE,
    /** Moving a joint through its range. */
    MOBILITY;

    /** The name used in sources, such as {@code mind-body}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind a source names, if there is one. */
    public static Optional<ExerciseKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }

    /** A label for readers, such as {@code Mind-body}. */
    public String label() {
        String id = id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
