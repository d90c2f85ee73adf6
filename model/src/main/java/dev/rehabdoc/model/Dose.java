package dev.rehabdoc.model;

import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of an exercise to do. Every field is optional; a field that is set is a whole number of at least 1.
 *
 * @param sets         how many sets
 * @param repetitions  repetitions per set
 * @param holdSeconds  how long to hold a position, in seconds
 * @param minutes      how long the exercise lasts, in minutes
 * @param timesPerWeek how often a week
 */
public record Dose(
        @Positive Integer sets,
        @Positive Integer repetitions,
        @Positive Integer holdSeconds,
        @Positive Integer minutes,
        @Positive Integer timesPerWeek) {

    /** No dose given. */
    public static final Dose NONE = new Dose(null, null, null, null, null);

    /** Whether no field is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** This dose with every field that {@code override} sets replaced by the override's value. */
    public Dose overriddenBy(Dose override) {
        if (override == null) {
            return this;
        }
        return new Dose(
                pick(override.sets, sets),
                pick(override.repetitions, repetitions),
                pick(override.holdSeconds, holdSeconds),
                pick(override.minutes, minutes),
                pick(override.timesPerWeek, timesPerWeek));
    }

    /** The dose in words, such as {@code 2 sets of 5 repetitions, hold 30 seconds}; empty when no field is set. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (sets != null && repetitions != null) {
            parts.add(count(sets, "set") + " of " + count(repetitions, "repetition"));
        } else if (sets != null) {
            parts.add(count(sets, "set"));
        } else if (repetitions != null) {
            parts.add(count(repetitions, "repetition"));
        }
        if (holdSeconds != null) {
            parts.add("hold " + count(holdSeconds, "second"));
        }
        if (minutes != null) {
            parts.add(count(minutes, "minute"));
        }
        if (timesPerWeek != null) {
            parts.add(timesPerWeek == 1 ? "once a week" : timesPerWeek + " times a week");
        }
        return String.join(", ", parts);
    }

    private static Integer pick(Integer preferred, Integer fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
