package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every failed load must give a content editor: located, one-line problems in plain words. */
final class LoadedProblems {
    /** What would tell a content editor about the program rather than the source. */
    static final Pattern JAVA_LEAK = Pattern.compile(
            "Exception|Error\\b|\\b(java|javax|jakarta|tools\\.jackson|org\\.snakeyaml|org\\.hibernate)\\.[a-z]"
                    + "|\\b[A-Z][a-z]+[A-Z]\\w*\\{|StreamRead|JsonToken|VALUE_[A-Z]|<[a-z ]+>");
    /** Problems that concern a whole file, so have no line and column. */
    private static final List<String> WHOLE_FILE = List.of("the file is empty", "the content is larger than",
            "this is not valid YAML;");

    private LoadedProblems() {
    }

    /**
     * Checks that the problems are readable: no class names or parser words except where the source itself has them
     * (a message may quote the source, with YAML's folding of lines and spaces), no line breaks or escape characters.
     */
    static void assertReadable(List<Problem> problems, String source) {
        String quotable = withoutSpace(source);
        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.message()).isNotBlank();
            Matcher leak = JAVA_LEAK.matcher(problem.message());
            while (leak.find()) {
                assertThat(quotable).as("'%s' in %s comes from the source", leak.group(), problem)
                        .contains(withoutSpace(leak.group()));
            }
            assertThat(problem.toString()).doesNotContain("\n", "\r", "\u001b");
        });
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}]+", "");
    }

    /** Checks that every problem of content loaded under {@code name} names it and, unless it is whole-file, a place. */
    static void assertLocated(List<Problem> problems, String name) {
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.location().file()).isEqualTo(name);
            if (WHOLE_FILE.stream().noneMatch(problem.message()::startsWith)) {
                assertThat(problem.location().line()).as(problem.toString()).isPositive();
                assertThat(problem.location().column()).as(problem.toString()).isPositive();
            }
        });
    }
}
