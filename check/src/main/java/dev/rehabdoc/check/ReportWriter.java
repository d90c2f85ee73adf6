package dev.rehabdoc.check;

import dev.rehabdoc.export.JsonStyle;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/** Writes a check report for people (aligned text) or for programs (JSON). */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** The report as text: the reading grades, then the findings, with the grade target named. */
    public static void text(CheckReport report, double gradeTarget, PrintWriter out) {
        out.printf(Locale.ROOT, "Reading grade (Flesch-Kincaid; grade %s or lower is the target for patient material)%n",
                format(gradeTarget));
        int subjectWidth = Math.max(7, report.scores().stream().mapToInt(s -> s.subject().length()).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + subjectWidth + "s  %-8s %6s %6s %9s%n", "SUBJECT", "TEXT", "GRADE", "WORDS",
                "SENTENCES");
        for (TextScore score : report.scores()) {
            out.printf(Locale.ROOT, "%-" + subjectWidth + "s  %-8s %6s %6d %9d%s%n", score.subject(), score.field(),
                    format(score.grade()), score.words(), score.sentences(), score.grade() > gradeTarget ? "  over" : "");
        }
        out.println();
        out.println("Findings (" + report.findings().size() + ")");
        String subject = null;
        for (Finding finding : report.findings()) {
            if (!finding.subject().equals(subject)) {
                subject = finding.subject();
                out.println(subject);
            }
            out.println("  " + finding.pointer() + " [" + finding.rule() + "] " + finding.message());
        }
        long over = report.scoresOver(gradeTarget).size();
        out.println();
        out.printf(Locale.ROOT, "%d of %d texts read above grade %s; %d %s. Findings are advice: they never "
                + "block an export.%n", over, report.scores().size(), format(gradeTarget), report.findings().size(),
                report.findings().size() == 1 ? "finding" : "findings");
    }

    /** The report as a JSON object with {@code gradeTarget}, {@code scores} and {@code findings}. */
    public static void json(CheckReport report, double gradeTarget, Writer out) {
        try (JsonGenerator json = JsonStyle.generator(out, false)) {
            json.writeStartObject();
            json.writeNumberProperty("gradeTarget", gradeTarget);
            json.writeArrayPropertyStart("scores");
            for (TextScore score : report.scores()) {
                json.writeStartObject();
                json.writeStringProperty("subject", score.subject());
                json.writeStringProperty("pointer", score.pointer());
                json.writeStringProperty("field", score.field());
                json.writeNumberProperty("grade", score.grade());
                json.writeNumberProperty("words", score.words());
                json.writeNumberProperty("sentences", score.sentences());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("findings");
            for (Finding finding : report.findings()) {
                json.writeStartObject();
                json.writeStringProperty("rule", finding.rule());
                json.writeStringProperty("subject", finding.subject());
                json.writeStringProperty("pointer", finding.pointer());
                json.writeStringProperty("message", finding.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
