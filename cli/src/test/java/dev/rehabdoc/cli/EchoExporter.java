package dev.rehabdoc.cli;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Exercise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A format for the command's tests: the exercise ids, one a line. Registered only on the test class path. */
public final class EchoExporter implements Exporter {
    @Override
    public String formatId() {
        return "echo";
    }


    @Override
    public String description() {
        return "exercise ids, for tests";
    }

    @Override
    public void export(Catalog catalog, ExportOptions options, ExportTarget target) throws ExportException, IOException {
        target.write("echo.txt", out -> {
            for (Exercise exercise : catalog.exercises()) {
                out.write((exercise.id() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
