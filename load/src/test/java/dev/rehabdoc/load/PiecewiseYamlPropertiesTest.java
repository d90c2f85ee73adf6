package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Reading a mutated catalog in pieces gives the tree reading it whole gives, or gives up: texts made by mutating
 * well-formed YAML line by line and character by character, with the constructs that could make a cut line mean
 * something else than it seems to.
 */
class PiecewiseYamlPropertiesTest {
    /** Texts to mutate: a small generated catalog, and lists at several indentations with nested content. */
    private static final List<String> SEEDS = List.of(
            catalog(),
            """
            schemaVersion: 1
            experts:
            - id: a
              name: A
            - id: b
              bio: |
                - not an item
                x: not a key
            - - nested
              - more
            -
            - id: c
            exercises:
                - id: e1
                  steps: [one, two]
                - id: e2
                  text: "a quoted
                    text"
                - plain
                  continued
            glossary:
              - term: t
                definition: >-
                  folded
            """,
            """
            a: 1
            list:
              - x
              - y: 1
                z: [1, 2]
              - 'single
                quoted'
              # a comment
              - {k: v}
            other:
              - 1
              - 2
              - 3
            """);

    /** Whole lines to insert, each at a chosen indentation. */
    private static final List<String> LINES = List.of(
            "- x", "-", "- - x", "- |", "- |2", "- |-", "- >", "- >+", "key: |", "key: >-", "key: |1", "text in block",
            "key: \"open", "close\"", "key: 'open", "it''s'", "key: [a,", "b]", "key: {a: 1,", "}", "# comment", "#",
            "", "   ", "? k", ": v", "&a x", "*a", "- &a x", "- *a", "!!str x", "- !foo x", "key: !!str", "key: &anchor",
            "---", "...", "%YAML 1.2", "x:#", "x: #c", "x:", "x: 1", "\t- x", "- \tx", "\uFEFFx: 1", "x:\u0085  - y",
            "x:\u2028- y", "\"q\": 1", "'q': 1", "- key: value", "plain", "continued plain text", "- \"multi", "line\"",
            "-x", "- x: |", "experts:", "exercises:", "glossary:", "list:", "other:", "- id: a", "x: []", "x: {}",
            "x:\r  - y", "x: # c\r- y", "? x\n: - y", "- ? a\n  : b", "x: !!seq", "x: &l", "- x\r- y", "key:  ",
            "-\t", "- #", "$x:", "0x1:", "null:", "~: 1", "<<: {a: 1}", "x: \\", "x: \"\\", "- \"", "- '", "- [",
            "- {", "x".repeat(3000), "- " + "y".repeat(3000));

    /** Fragments to insert inside a line. */
    private static final List<String> FRAGMENTS = List.of(
            "\"", "'", "[", "]", "{", "}", "|", ">", "#", " #", ":", ": ", "&a ", "*a", "!!str ", "!foo ", "? ", "\r",
            "\r\n", "\n", "\t", "\uFEFF", "\u0085", "\u2028", "\u2029", "- ", "-", "\n---\n", "\n- ", "\n  - ",
            "\nx:", "\n-", "\\", " ", "  ", ",", "%", "@", "`", "\n...\n", "|2", "|-", ">+");

    /** Keys to rename a line's key to, and what to write after its colon. */
    private static final List<String> KEYS = List.of(
            "x", "list", "other", "experts", "exercises", "glossary", "\"x\"", "'x'", "? x", "- x", "x ", "x\t", "1",
            "$x", "", "  list", "&a x", "!!str x", "*a");
    private static final List<String> VALUES = List.of(
            "", "#", " #c", " 1", " []", " |", " >-", " &a", " !!seq", "\r", " \r", "\t", ":", " x", " \"x", " [",
            " {", " - x", "  ", " # c\r - x");

    /** One change to a text. */
    record Mutation(int kind, int line, int column, int amount, int choice) {
        String apply(String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int at = Math.floorMod(line, lines.size());
            String current = lines.get(at);
            int indent = 0;
            while (indent < current.length() && current.charAt(indent) == ' ') {
                indent++;
            }
            switch (kind) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, current);
                case 2 -> lines.add(Math.floorMod(line + amount, lines.size()), lines.remove(at));
                case 3 -> lines.set(at, " ".repeat(amount) + current);
                case 4 -> lines.set(at, current.substring(Math.min(indent, amount)));
                case 5 -> lines.add(at, " ".repeat(column % 2 == 0 ? indent : amount) + LINES.get(choice % LINES.size()));
                case 6 -> {
                    int split = Math.floorMod(column, current.length() + 1);
                    lines.set(at, current.substring(0, split) + FRAGMENTS.get(choice % FRAGMENTS.size())
                            + current.substring(split));
                }
                case 7 -> lines.set(at, current + "\r");
                case 8 -> {
                    if (at + 1 < lines.size()) {
                        lines.set(at, current + List.of("\r", " ", "", "\u0085", "\u2028", "\t").get(choice % 6)
                                + lines.remove(at + 1));
                    }
                }
                case 9 -> {
                    int colon = current.indexOf(':');
                    if (colon >= 0) {
                        lines.set(at, KEYS.get(choice % KEYS.size()) + ":" + (amount % 2 == 0
                                ? current.substring(colon + 1) : VALUES.get(column % VALUES.size())));
                    }
                }
                default -> {
                    // A block of lines, as a whole section or items, duplicated elsewhere.
                    int end = Math.min(lines.size(), at + 1 + amount * 3);
                    lines.addAll(Math.floorMod(column, lines.size() + 1), new ArrayList<>(lines.subList(at, end)));
                }
            }
            return String.join("\n", lines);
        }
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, 1000))
                .as(Mutation::new);
    }

    @Property(tries = 4000)
    void aMutatedTextReadsInPiecesAsItReadsWholeOrIsReadWhole(@ForAll @IntRange(min = 0, max = 2) int seed,
            @ForAll @Size(min = 1, max = 4) List<@From("mutation") Mutation> mutations,
            @ForAll @IntRange(min = 8, max = 300) int piece, @ForAll boolean finalNewline) {
        String text = SEEDS.get(seed);
        for (Mutation mutation : mutations) {
            text = mutation.apply(text);
        }
        if (!finalNewline && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }

        Node pieces = PiecewiseYamlTest.tree("s.yaml", text, piece);
        Node whole = TreeReader.readPiece("s.yaml", text, 0, new int[1]);

        Statistics.label("read in pieces, read whole").collect(pieces != null, whole != null);
        if (pieces != null) {
            assertThat(whole).as("the whole read of %s", show(text)).isNotNull();
            assertThat(pieces).as("pieces of %s", show(text)).isEqualTo(whole);
            // The text of a tree shows its keys in order, which equality of maps does not compare.
            assertThat(pieces.toString()).isEqualTo(whole.toString());
        }
    }

    private static String show(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                .replace("\"", "\\\"") + "\"";
    }

    private static String catalog() {
        try {
            Path file = Files.createTempFile("piecewise", ".yaml");
            try {
                SyntheticCatalogs.writeYaml(SyntheticCatalogs.generate(3, 7), file);
                return Files.readString(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
