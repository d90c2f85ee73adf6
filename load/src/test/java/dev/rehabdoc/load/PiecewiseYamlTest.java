package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.load.Node.Entry;
import dev.rehabdoc.load.Node.ListNode;
import dev.rehabdoc.load.Node.MapNode;
import dev.rehabdoc.load.PiecewiseYaml.Pieces;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading a file in pieces gives the tree reading it whole gives, or gives up. */
class PiecewiseYamlTest {
    /** Small pieces, so that small texts are cut too. */
    private static final int PIECE = 40;

    @TempDir
    Path directory;

    @Test
    void aGeneratedCatalogReadsInPiecesAsItReadsWhole() throws IOException {
        Path file = directory.resolve("catalog.yaml");
        SyntheticCatalogs.writeYaml(SyntheticCatalogs.generate(300, 3), file);
        String text = Files.readString(file);

        Node pieces = tree("catalog.yaml", text, 2048);

        assertThat(pieces).isNotNull().isEqualTo(whole("catalog.yaml", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // lists indented and not, comments and blank lines between items, items of several kinds
        "schemaVersion: 1\nexercises:\n  - id: a\n    steps: [x]\n\n  # a comment\n  - id: b\n  - plain\n  - - nested\n",
        "schemaVersion: 1\nexercises:\n- id: a\n  name: A\n- id: b\n  name: B\n- id: c\nglossary:\n- term: t\n",
        // block text holding lines that look like items, deeper than the list's items
        "experts:\n  - id: a\n    bio: |\n      - not an item\n      - nor this\n  - id: b\n    bio: >\n      -x\n",
        // keys with comments, Windows line ends, an empty list
        "experts: # the experts\r\n  - id: a\r\n  - id: b\r\n  - id: c\r\nprograms: []\r\n",
        // text that is not Latin
        "conditions:\n  - name: \"Радикулопатия шейного отдела\"\n  - name: 'Zoë’s “gentle” café'\n  - name: x\n",
    })
    void wellFormedTextsReadInPiecesAsTheyReadWhole(String text) {
        assertThat(tree("s.yaml", text, PIECE)).isNotNull().isEqualTo(whole("s.yaml", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a quoted value running over the line where a piece would start
        "experts:\n  - id: a\n    name: \"one\n  - two\"\n  - id: b\n  - id: c\n",
        // a bracketed list running over a key's line
        "experts: [a,\nb]\nexercises:\n  - id: a\n  - id: b\n",
        // block text at the top level, holding what looks like items and keys
        "notes: |\n  - text\n  - more\nexercises:\n  - id: a\n  - id: b\n",
        // a second document, a directive, a key twice
        "exercises:\n  - id: a\n  - id: b\n---\nexercises:\n  - id: c\n",
        "%YAML 1.2\n---\nexercises:\n  - id: a\n  - id: b\n",
        "exercises:\n  - id: a\n  - id: b\nexercises:\n  - id: c\n  - id: d\n",
        // an alias, which the reader refuses wherever it stands
        "experts:\n  - &a {id: a}\n  - id: b\n  - *a\n",
        // a byte-order mark, dropped at the start of a stream, before a key in the middle of the file
        "schemaVersion: 1\n\uFEFFexercises:\n  - id: a\n  - id: b\n",
        // quoted and complex keys at the top level
        "\"experts\":\n  - id: a\n  - id: b\nexercises:\n  - id: c\n",
        "? experts\n: - id: a\nexercises:\n  - id: c\n  - id: d\n",
        // a file that is a list, not a mapping; a list item at the wrong indentation
        "- id: a\n- id: b\n",
        "exercises:\n  - id: a\n - id: b\n  - id: c\n",
    })
    void textsThatMayNotCutCleanlyAreReadWholeOrAlike(String text) {
        Node pieces = tree("s.yaml", text, PIECE);
        Node whole = whole("s.yaml", text);

        if (pieces != null) {
            assertThat(pieces).isEqualTo(whole);
        }
    }

    @Test
    void aQuotedValueCutByAPieceIsNotMistakenForItems() {
        String text = "experts:\n  - id: a\n    name: \"one\n  - two\"\n  - id: b\n  - id: c\n";

        assertThat(tree("s.yaml", text, PIECE)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A carriage return alone ends a line for YAML, not for the cuts: the first key stood on a "blank" line and
        // was dropped, and the first item shared the key's line and was lost from the list.
        "\rschemaVersion: 1\nexperts:\n  - id: expert-a\n  - id: expert-b\n  - id: expert-c\n  - id: expert-d\n  - id: expert-e\nexercises:\n  - id: d\n",
        "experts:\r  - id: expert-a\n  - id: expert-b\n  - id: expert-c\n  - id: expert-d\n  - id: expert-e\n  - id: expert-f\nexercises: []\n",
        "experts: # the experts\r  - id: expert-a\n  - id: expert-b\n  - id: expert-c\n  - id: expert-d\n  - id: expert-e\n  - id: expert-f\nglossary: []\n",
        // "key:#" is a plain text, not a key with a comment: whole, the file does not read; in pieces it did.
        "experts:#\n  - id: expert-a\n  - id: expert-b\n  - id: expert-c\n  - id: expert-d\n  - id: expert-e\n  - id: expert-f\nglossary: []\n",
        // a key written once with a value and once with items: whole, a duplicate key; in pieces the items won
        "experts: 1\nexperts:\n  - id: expert-a\n  - id: expert-b\n  - id: expert-c\n  - id: expert-d\n  - id: expert-e\n  - id: expert-f\n",
        // block text of empty lines, the last with more spaces than the next item: whole, an error; in pieces it read
        "glossary:\n  - term: a term long enough for a piece of its own\n    definition: >-\n   \n  - id: expert-b\n  - id: expert-c\n  - id: expert-d\n",
        "glossary:\n  - term: a term long enough for a piece of its own\n  - |\n     \n\n  - id: expert-b\n  - id: expert-c\n  - id: expert-d\n",
        "experts : []\nexperts:\n  - id: expert-a\n  - id: expert-b\n  - id: expert-c\n  - id: expert-d\n  - id: expert-e\n  - id: expert-f\n",
    })
    void counterexamplesOnceReadInPiecesUnlikeTheWholeAreReadWhole(String text) {
        assertThat(tree("s.yaml", text, PIECE)).isNull();
    }

    @Test
    void aFileWithThousandsOfTopLevelKeysIsReadWhole() {
        // Once a quadratic search for duplicate keys and a piece for each key: seconds or worse on a large file.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= PiecewiseYaml.MOST_KEYS; i++) {
            text.append("key").append(i).append(": ").append(i).append('\n');
        }

        assertThat(tree("s.yaml", text.toString(), PIECE)).isNull();
    }

    /** The bad sources and the fuzzer's seeds: every text file under the test resources. */
    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            return new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().matches(".*\\.(png|jpe?g|expected)$")).sorted().toList()).stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyTestSourceReadsInPiecesAsItReadsWholeOrIsReadWhole(Path source) throws IOException {
        String text;
        try {
            text = Files.readString(source);
        } catch (java.nio.charset.MalformedInputException e) {
            return;
        }
        Node pieces = tree(source.toString(), text, PIECE);

        if (pieces != null) {
            assertThat(pieces).isEqualTo(whole(source.toString(), text));
        }
    }

    /** The tree of the text read whole and unlocated, or {@code null} when it has a problem. */
    private static Node whole(String file, String text) {
        return TreeReader.readPiece(file, text, 0, new int[1]);
    }

    /** The file read in pieces and joined again into one tree, keys in file order, or {@code null}. */
    static Node tree(String file, String text, int piece) {
        Pieces<ListNode> pieces = PiecewiseYaml.read(file, text.getBytes(StandardCharsets.UTF_8), piece,
                (key, items) -> items);
        if (pieces == null) {
            return null;
        }
        Location whole = Location.of(file);
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String key : pieces.keys()) {
            List<ListNode> runs = pieces.runs().get(key);
            entries.put(key, runs == null ? pieces.whole().entries().get(key) : new Entry(key, whole,
                    new ListNode(whole, "", runs.stream().flatMap(run -> run.items().stream()).toList())));
        }
        return new MapNode(whole, "", entries);
    }
}
