package dev.rehabdoc.cli;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.GlossaryTerm;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.RiskFactor;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rehabdoc list}: what a source contains, as tables. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lists the conditions, exercises, programs, experts, risk factors and glossary of a source.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    SourceArgument source;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Catalog> loaded = source.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Main.PROBLEMS;
        }
        Catalog catalog = loaded.get();
        PrintWriter out = spec.commandLine().getOut();

        out.println("Conditions");
        TextTable conditions = new TextTable("ID", "NAME", "CLINICAL NAME", "EXERCISES");
        for (Condition condition : catalog.conditions()) {
            conditions.row(condition.id(), condition.name(), condition.clinicalName(), condition.exercises().size());
        }
        conditions.print(out);

        out.println();
        out.println("Exercises");
        TextTable exercises = new TextTable("ID", "NAME", "KIND", "STEPS", "DOSE");
        for (Exercise exercise : catalog.exercises()) {
            exercises.row(exercise.id(), exercise.name(), exercise.kind().id(), exercise.steps().size(),
                    exercise.dose().isEmpty() ? "-" : exercise.dose().describe());
        }
        exercises.print(out);

        out.println();
        out.println("Programs");
        TextTable programs = new TextTable("ID", "TITLE", "CONDITION", "PATIENT", "WEEKS", "SESSIONS/WEEK");
        for (Program program : catalog.programs()) {
            programs.row(program.id(), program.title(), program.condition(),
                    program.isTemplate() ? "(template)" : program.patient(), program.weeks(), program.sessionsPerWeek());
        }
        programs.print(out);

        out.println();
        out.println("Experts");
        TextTable experts = new TextTable("ID", "NAME", "ROLE", "ORGANIZATION");
        for (Expert expert : catalog.experts()) {
            experts.row(expert.id(), expert.byline(), expert.role(), expert.organization());
        }
        experts.print(out);

        out.println();
        out.println("Risk factors");
        TextTable riskFactors = new TextTable("ID", "NAME", "DESCRIPTION");
        for (RiskFactor riskFactor : catalog.riskFactors()) {
            riskFactors.row(riskFactor.id(), riskFactor.name(), riskFactor.description());
        }
        riskFactors.print(out);

        if (!catalog.glossary().isEmpty()) {
            out.println();
            out.println("Glossary");
            TextTable glossary = new TextTable("TERM", "DEFINITION");
            for (GlossaryTerm term : catalog.glossary()) {
                glossary.row(term.term(), term.definition());
            }
            glossary.print(out);
        }
        return 0;
    }
}
