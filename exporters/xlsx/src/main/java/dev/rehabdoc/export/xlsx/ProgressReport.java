package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.JsonStyle;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;

/**
 * A patient's progress from a filled log, as JSON: what was done in each session, adherence and average pain per
 * week and per exercise, and whether pain is falling.
 */
final class ProgressReport {
    /** A weekly change in average pain smaller than this counts as steady. */
    static final double STEADY = 0.25;

    private ProgressReport() {
    }

    static void write(FilledLog log, String source, OutputStream out) {
        try (JsonGenerator json = JsonStyle.generator(out, false)) {
            json.writeStartObject();
            json.writeStringProperty("source", source);
            json.writeName("program");
            json.writeStartObject();
            json.writeStringProperty("title", log.title());
            json.writeStringProperty("patient", log.patient());
            json.writeStringProperty("clinician", log.clinician().isEmpty() ? null : log.clinician());
            json.writeStringProperty("condition", log.condition());
            json.writeStringProperty("start", log.start() == null ? null : log.start().toString());
            json.writeNumberProperty("weeks", log.weeks());
            json.writeNumberProperty("sessionsPerWeek", log.sessionsPerWeek());
            json.writeEndObject();

            json.writeArrayPropertyStart("sessions");
            sessions(json, log);
            json.writeEndArray();

            json.writeArrayPropertyStart("weeks");
            List<double[]> trend = new ArrayList<>();
            for (int week = 1; week <= log.weeks(); week++) {
                int w = week;
                json.writeStartObject();
                json.writeNumberProperty("week", week);
                Figures figures = figures(log, entry -> entry.week() == w, log.sessionsPerWeek() * log.exercises().size());
                figures.write(json);
                json.writeEndObject();
                if (figures.painAfter != null) {
                    trend.add(new double[] {week, figures.painAfter});
                }
            }
            json.writeEndArray();

            json.writeArrayPropertyStart("exercises");
            for (int i = 0; i < log.exercises().size(); i++) {
                int number = i + 1;
                json.writeStartObject();
                json.writeNumberProperty("exercise", number);
                json.writeStringProperty("name", log.exercises().get(i));
                figures(log, entry -> entry.exercise() == number, log.weeks() * log.sessionsPerWeek()).write(json);
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeName("painTrend");
            trend(json, trend);
            json.writeEndObject();
        }
    }

    private static void sessions(JsonGenerator json, FilledLog log) {
        List<FilledLog.Entry> recorded = log.entries().stream().filter(FilledLog.Entry::recorded).toList();
        for (int i = 0; i < recorded.size(); ) {
            FilledLog.Entry first = recorded.get(i);
            json.writeStartObject();
            json.writeNumberProperty("week", first.week());
            json.writeNumberProperty("session", first.session());
            json.writeStringProperty("date", first.date() == null ? null : first.date().toString());
            json.writeArrayPropertyStart("exercises");
            for (; i < recorded.size() && recorded.get(i).week() == first.week()
                    && recorded.get(i).session() == first.session(); i++) {
                FilledLog.Entry entry = recorded.get(i);
                json.writeStartObject();
                json.writeNumberProperty("exercise", entry.exercise());
                json.writeStringProperty("name", log.exercises().get(entry.exercise() - 1));
                json.writeStringProperty("done", entry.done());
                number(json, "sets", entry.sets());
                number(json, "repsOrMinutes", entry.repsOrMinutes());
                number(json, "painBefore", entry.painBefore());
                number(json, "painAfter", entry.painAfter());
                json.writeStringProperty("notes", entry.notes());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** Adherence and average pain of the entries that {@code which} picks, as the Summary sheet computes them. */
    static Figures figures(FilledLog log, Predicate<FilledLog.Entry> which, int planned) {
        List<FilledLog.Entry> entries = log.entries().stream().filter(which).toList();
        long yes = entries.stream().filter(entry -> "yes".equals(entry.done())).count();
        long partly = entries.stream().filter(entry -> "partly".equals(entry.done())).count();
        long recorded = entries.stream().filter(entry -> entry.done() != null).count();
        return new Figures(planned, (int) recorded, recorded == 0 ? null : (yes + 0.5 * partly) / recorded,
                average(entries, FilledLog.Entry::painBefore), average(entries, FilledLog.Entry::painAfter));
    }

    private static Double average(List<FilledLog.Entry> entries, Function<FilledLog.Entry, Integer> pain) {
        return entries.stream().map(pain).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue)
                .average().stream().boxed().findFirst().orElse(null);
    }

    /** The least-squares slope of weekly average pain after exercise, and what it means. */
    private static void trend(JsonGenerator json, List<double[]> points) {
        json.writeStartObject();
        json.writeStringProperty("measure", "average pain after exercise, by week");
        json.writeNumberProperty("weeksWithPain", points.size());
        if (points.size() < 2) {
            json.writeNullProperty("changePerWeek");
            json.writeStringProperty("direction", "not enough data");
        } else {
            double slope = slope(points);
            json.writeNumberProperty("changePerWeek", round(slope));
            json.writeNumberProperty("firstWeek", (int) points.getFirst()[0]);
            json.writeNumberProperty("firstWeekPain", round(points.getFirst()[1]));
            json.writeNumberProperty("lastWeek", (int) points.getLast()[0]);
            json.writeNumberProperty("lastWeekPain", round(points.getLast()[1]));
            json.writeStringProperty("direction", slope <= -STEADY ? "falling" : slope >= STEADY ? "rising" : "steady");
        }
        json.writeEndObject();
    }

    static double slope(List<double[]> points) {
        double meanX = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanY = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (double[] p : points) {
            covariance += (p[0] - meanX) * (p[1] - meanY);
            variance += (p[0] - meanX) * (p[0] - meanX);
        }
        return covariance / variance;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void number(JsonGenerator json, String name, Integer value) {
        if (value == null) {
            json.writeNullProperty(name);
        } else {
            json.writeNumberProperty(name, value);
        }
    }

    /** Planned and recorded sessions, adherence (0 to 1) and average pain; null where nothing is recorded. */
    record Figures(int planned, int recorded, Double adherence, Double painBefore, Double painAfter) {
        void write(JsonGenerator json) {
            json.writeNumberProperty("planned", planned);
            json.writeNumberProperty("recorded", recorded);
            optional(json, "adherence", adherence);
            optional(json, "averagePainBefore", painBefore);
            optional(json, "averagePainAfter", painAfter);
        }

        private static void optional(JsonGenerator json, String name, Double value) {
            if (value == null) {
                json.writeNullProperty(name);
            } else {
                json.writeNumberProperty(name, round(value));
            }
        }
    }
}
