package dev.rehabdoc.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The values the command line takes, checked so that a wrong one is a usage error (exit 2), never a bug. */
final class Values {
    /** The earliest creation date outputs carry: PDF and xlsx readers take dates from the epoch on. */
    static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    /** The last creation date outputs carry: PDF dates and ISO 8601 without a sign have four-digit years. */
    static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** The highest grade a reading-grade option takes; texts above it are unreadable for any audience. */
    static final double HIGHEST_GRADE = 20;

    private Values() {
    }

    /** A path that names something: an empty one would quietly mean the working directory. */
    static final class NonEmptyPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("an empty path names no file or directory");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + value + "' is not a path this system can use");
            }
        }
    }

    /** A creation date other readers take: 1970-01-01 to 9999-12-31. */
    static final class CreationDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a date that exists, written YYYY-MM-DD");
            }
            return inRange(date).orElseThrow(() -> new TypeConversionException("'" + value + "' is outside "
                    + FIRST_DATE + " to " + LAST_DATE + ", the dates PDF and spreadsheet readers take"));
        }
    }

    /** A reading grade: a number from 0 to 20 (NaN, infinities and negative grades would never compare). */
    static final class Grade implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double grade;
            try {
                grade = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                grade = Double.NaN;
            }
            if (!(grade >= 0 && grade <= HIGHEST_GRADE) || value.strip().matches("(?i)[+-]?(nan|infinity).*")) {
                throw new TypeConversionException("'" + value + "' is not a grade: give a number from 0 to "
                        + (int) HIGHEST_GRADE);
            }
            return grade;
        }
    }

    /**
     * The creation date {@code SOURCE_DATE_EPOCH} sets, as reproducible-builds.org defines it: whole seconds since
     * 1970-01-01 UTC. Empty when the variable is unset or empty; a malformed value or one outside the dates other readers take
     * is refused rather than quietly ignored.
     */
    static Optional<Instant> sourceDateEpoch(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        Instant last = LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        if (!value.matches("\\d{1,19}") || value.length() > 12 || Long.parseLong(value) > last.getEpochSecond()) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH='" + value + "' is not a creation date: give whole "
                    + "seconds since 1970-01-01 UTC, from 0 to " + last.getEpochSecond() + " (" + LAST_DATE
                    + "), or unset it");
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
    }

    private static Optional<LocalDate> inRange(LocalDate date) {
        return date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE) ? Optional.empty() : Optional.of(date);
    }
}
