package dev.rehabdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void staysSilentWhenStandardErrorIsNotATerminal() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (Progress progress = Progress.of(new PrintWriter(err), List.of("pdf", "xlsx"))) {
            Thread.sleep(1300);
            progress.finished("pdf");
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void drawsAndClearsOneLineOnATerminal() throws InterruptedException {
        StringWriter err = new StringWriter();
        System.setProperty(Progress.TERMINAL_PROPERTY, "true");
        try (Progress progress = Progress.of(new PrintWriter(err), List.of("pdf", "xlsx"))) {
            progress.finished("pdf");
            Thread.sleep(1300);
        } finally {
            System.clearProperty(Progress.TERMINAL_PROPERTY);
        }
        assertThat(err.toString()).startsWith("\rexporting pdf done, xlsx... 1 s").endsWith("\r")
                .doesNotContain("\n");
    }
}
