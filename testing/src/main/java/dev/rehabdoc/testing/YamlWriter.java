package dev.rehabdoc.testing;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Dose;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.ProgramExercise;
import dev.rehabdoc.model.Quote;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Writes a catalog as a block-style YAML source, every string double-quoted. For tests and benchmarks only. */
final class YamlWriter {
    private final Writer out;
    private final Path directory;

    YamlWriter(Writer out, Path directory) {
        this.out = out;
        this.directory = directory;
    }

    void write(Catalog catalog) throws IOException {
        out.write("schemaVersion: 1\n");
        if (catalog.publication().isPresent()) {
            var publication = catalog.publication().get();
            out.write("publication:\n");
            field(2, "title", publication.title());
            field(2, "subtitle", publication.subtitle());
            out.write("  peerReviewed: " + publication.peerReviewed() + "\n");
            if (publication.updated() != null) {
                out.write("  updated: " + publication.updated() + "\n");
            }
            list(2, "experts", publication.experts());
            if (!publication.related().isEmpty()) {
                out.write("  related:\n");
                for (var related : publication.related()) {
                    out.write("    - title: " + quoted(related.title()) + "\n");
                    field(6, "summary", related.summary());
                }
            }
        }
        if (catalog.clinic().isPresent()) {
            out.write("clinic:\n");
            clinic(catalog.clinic().get(), 2);
        }
        out.write("experts:\n");
        for (var expert : catalog.experts()) {
            out.write("  - id: " + expert.id() + "\n");
            field(4, "name", expert.name());
            field(4, "credentials", expert.credentials());
            field(4, "role", expert.role());
            field(4, "organization", expert.organization());
        }
        out.write("riskFactors:\n");
        for (var risk : catalog.riskFactors()) {
            out.write("  - id: " + risk.id() + "\n");
            field(4, "name", risk.name());
            field(4, "description", risk.description());
        }
        out.write("conditions:\n");
        for (Condition condition : catalog.conditions()) {
            out.write("  - id: " + condition.id() + "\n");
            field(4, "name", condition.name());
            field(4, "clinicalName", condition.clinicalName());
            field(4, "summary", condition.summary());
            list(4, "symptoms", condition.symptoms());
            list(4, "bodyRegions", condition.bodyRegions());
            list(4, "riskFactors", condition.riskFactors());
            list(4, "exercises", condition.exercises());
            list(4, "avoid", condition.avoid());
            list(4, "seeADoctorIf", condition.seeADoctorIf());
            list(4, "advice", condition.advice());
            quotes(condition.quotes());
            if (!condition.codes().isEmpty()) {
                out.write("    codes:\n");
                for (var code : condition.codes()) {
                    out.write("      - system: " + quoted(code.system()) + "\n");
                    field(8, "code", code.code());
                }
            }
        }
        out.write("exercises:\n");
        for (Exercise exercise : catalog.exercises()) {
            out.write("  - id: " + exercise.id() + "\n");
            field(4, "name", exercise.name());
            out.write("    kind: " + exercise.kind().id() + "\n");
            field(4, "summary", exercise.summary());
            list(4, "steps", exercise.steps().stream().map(step -> step.text()).toList());
            dose(exercise.dose());
            list(4, "cautions", exercise.cautions());
            list(4, "tags", exercise.tags());
            if (!exercise.images().isEmpty()) {
                out.write("    images:\n");
                for (Image image : exercise.images()) {
                    out.write("      - path: " + quoted(directory.relativize(image.path()).toString().replace('\\', '/'))
                            + "\n");
                    field(8, "alt", image.alt());
                    field(8, "caption", image.caption());
                    field(8, "credit", image.credit());
                    field(8, "licence", image.licence());
                }
            }
            quotes(exercise.quotes());
            if (!exercise.evidence().isEmpty()) {
                out.write("    evidence:\n");
                for (var evidence : exercise.evidence()) {
                    out.write("      - claim: " + quoted(evidence.claim()) + "\n");
                    field(8, "source", evidence.source());
                }
            }
        }
        if (!catalog.glossary().isEmpty()) {
            out.write("glossary:\n");
            for (var term : catalog.glossary()) {
                out.write("  - term: " + quoted(term.term()) + "\n");
                field(4, "definition", term.definition());
            }
        }
        out.write("programs:\n");
        for (Program program : catalog.programs()) {
            out.write("  - id: " + program.id() + "\n");
            field(4, "title", program.title());
            out.write("    condition: " + program.condition() + "\n");
            field(4, "patient", program.patient());
            field(4, "clinician", program.clinician());
            if (program.start() != null) {
                out.write("    start: " + program.start() + "\n");
            }
            out.write("    weeks: " + program.weeks() + "\n");
            out.write("    sessionsPerWeek: " + program.sessionsPerWeek() + "\n");
            out.write("    exercises:\n");
            for (ProgramExercise prescribed : program.exercises()) {
                out.write("      - exercise: " + prescribed.exercise() + "\n");
                if (!prescribed.dose().isEmpty()) {
                    out.write("        dose: " + inline(prescribed.dose()) + "\n");
                }
                field(8, "notes", prescribed.notes());
            }
        }
    }

    /** The clinic's fields, at {@code indent}. */
    void clinic(Clinic clinic, int indent) throws IOException {
        field(indent, "name", clinic.name());
        field(indent, "address", clinic.address());
        field(indent, "phone", clinic.phone());
        field(indent, "email", clinic.email());
        field(indent, "website", clinic.website());
        if (clinic.logo() != null) {
            String pad = " ".repeat(indent);
            out.write(pad + "logo:\n" + pad + "  path: "
                    + quoted(directory.relativize(clinic.logo().path()).toString().replace('\\', '/')) + "\n");
            field(indent + 2, "alt", clinic.logo().alt());
            field(indent + 2, "caption", clinic.logo().caption());
        }
        field(indent, "hours", clinic.hours());
        field(indent, "callUsIf", clinic.callUsIf());
    }

    private void quotes(List<Quote> quotes) throws IOException {
        if (quotes.isEmpty()) {
            return;
        }
        out.write("    quotes:\n");
        for (Quote quote : quotes) {
            out.write("      - expert: " + quote.expert() + "\n");
            field(8, "text", quote.text());
        }
    }

    private void dose(Dose dose) throws IOException {
        if (!dose.isEmpty()) {
            out.write("    dose: " + inline(dose) + "\n");
        }
    }

    private static String inline(Dose dose) {
        StringBuilder text = new StringBuilder("{");
        append(text, "sets", dose.sets());
        append(text, "repetitions", dose.repetitions());
        append(text, "holdSeconds", dose.holdSeconds());
        append(text, "minutes", dose.minutes());
        append(text, "timesPerWeek", dose.timesPerWeek());
        return text.append('}').toString();
    }

    private static void append(StringBuilder text, String key, Integer value) {
        if (value != null) {
            text.append(text.length() > 1 ? ", " : "").append(key).append(": ").append(value);
        }
    }

    private void field(int indent, String key, String value) throws IOException {
        if (value != null) {
            out.write(" ".repeat(indent) + key + ": " + quoted(value) + "\n");
        }
    }

    private void list(int indent, String key, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        out.write(" ".repeat(indent) + key + ":\n");
        for (String value : values) {
            out.write(" ".repeat(indent + 2) + "- " + quoted(value) + "\n");
        }
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
