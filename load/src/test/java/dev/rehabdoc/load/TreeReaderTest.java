package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rehabdoc.load.Node.ListNode;
import dev.rehabdoc.load.Node.MapNode;
import dev.rehabdoc.load.Node.ScalarNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One file's bytes into a tree of values, or its first fatal problem, located: the characters a source may hold,
 * the limits at exactly their value and one past it, what YAML may not do, and where each value stands.
 */
class TreeReaderTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String EMPTY = "the file is empty; a source starts with 'schemaVersion: 1'";

    @Test
    void aTreeHoldsEachValueWithItsTypeLineColumnAndPointer() {
        MapNode root = (MapNode) tree("s.yaml", "name: Neck\nweeks: 6\nratio: 1.5\nlong: true\nnone:\n"
                + "steps:\n  - Breathe.\n  - {a/b: x, c~d: y}\n");

        assertThat(root.entries().keySet()).containsExactly("name", "weeks", "ratio", "long", "none", "steps");
        assertThat(root.entries().get("weeks").keyLocation()).isEqualTo(new Location("s.yaml", 2, 1));
        assertThat(root.entries().get("name").value())
                .isEqualTo(new ScalarNode(new Location("s.yaml", 1, 7), "/name", ScalarNode.Type.TEXT, "Neck"));
        assertThat(root.entries().get("weeks").value())
                .isEqualTo(new ScalarNode(new Location("s.yaml", 2, 8), "/weeks", ScalarNode.Type.INTEGER, "6"));
        assertThat(root.entries().get("ratio").value())
                .isEqualTo(new ScalarNode(new Location("s.yaml", 3, 8), "/ratio", ScalarNode.Type.DECIMAL, "1.5"));
        assertThat(root.entries().get("long").value())
                .isEqualTo(new ScalarNode(new Location("s.yaml", 4, 7), "/long", ScalarNode.Type.BOOLEAN, "true"));
        assertThat(root.entries().get("none").value()).extracting(Node::pointer, n -> ((ScalarNode) n).type())
                .containsExactly("/none", ScalarNode.Type.NULL);
        ListNode steps = (ListNode) root.entries().get("steps").value();
        assertThat(steps.location()).isEqualTo(new Location("s.yaml", 7, 3));
        assertThat(steps.items().getFirst().pointer()).isEqualTo("/steps/0");
        MapNode second = (MapNode) steps.items().get(1);
        assertThat(second.location()).isEqualTo(new Location("s.yaml", 8, 5));
        // RFC 6901: '/' is written ~1 and '~' is written ~0.
        assertThat(second.entries().values()).extracting(e -> e.value().pointer())
                .containsExactly("/steps/1/a~1b", "/steps/1/c~0d");
    }

    @Test
    void aJsonFileGivesTheSameKindOfTree() {
        MapNode root = (MapNode) tree("s.json", "{\"weeks\": 6,\n \"steps\": [\"Breathe.\", null]}");

        assertThat(root.entries().get("weeks").value())
                .isEqualTo(new ScalarNode(new Location("s.json", 1, 11), "/weeks", ScalarNode.Type.INTEGER, "6"));
        assertThat(((ListNode) root.entries().get("steps").value()).items())
                .extracting(Node::location, Node::pointer)
                .containsExactly(tuple(new Location("s.json", 2, 12), "/steps/0"),
                        tuple(new Location("s.json", 2, 24), "/steps/1"));
    }

    @Test
    void unlocatedEveryValueStandsAtTheWholeFileWithoutAPointer() {
        MapNode root = (MapNode) TreeReader.readPiece("s.yaml", "a:\n  - {b: 1}\n", 0, new int[1]);

        Node item = ((ListNode) root.entries().get("a").value()).items().getFirst();
        Node leaf = ((MapNode) item).entries().get("b").value();
        assertThat(List.of(root, item, leaf)).extracting(Node::location, Node::pointer)
                .containsOnly(tuple(new Location("s.yaml", 0, 0), ""));
        assertThat(leaf).isEqualTo(new ScalarNode(new Location("s.yaml", 0, 0), "", ScalarNode.Type.INTEGER, "1"));
    }

    @Test
    void aKeyWrittenManyTimesIsHeldOnce() {
        ListNode root = (ListNode) tree("s.yaml", "- id: a\n- id: b\n");

        String first = ((MapNode) root.items().get(0)).entries().keySet().iterator().next();
        String second = ((MapNode) root.items().get(1)).entries().keySet().iterator().next();
        assertThat(second).isSameAs(first);
    }

    @Test
    void anEmptyOrBlankOrCommentOnlyFileConcernsTheWholeFile() {
        assertThat(problem("s.yaml", "")).hasToString("s.yaml: /: " + EMPTY);
        assertThat(problem("s.yaml", " \n\t\r\n")).hasToString("s.yaml: /: " + EMPTY);
        assertThat(problem("s.yaml", "# only a comment\n")).hasToString("s.yaml: /: " + EMPTY);
        assertThat(problem("s.json", "  ")).hasToString("s.json: /: " + EMPTY);
    }

    @Test
    void aByteOrderMarkIsSkippedAndDoesNotShiftColumns() {
        MapNode root = (MapNode) read("s.yaml", concat(BOM, bytes("a: x\n"))).tree();

        assertThat(root.entries().get("a").value().location()).isEqualTo(new Location("s.yaml", 1, 4));
        assertThat(read("s.yaml", concat(BOM, bytes("a: 1\nb: \u0001\n"))).problem()).hasToString("s.yaml:2:4: /: "
                + "the file contains the invisible control character U+0001, which a source may not contain; remove "
                + "it");
        assertThat(read("s.yaml", concat(BOM, bytes("a: \u0000\n"))).problem()).hasToString("s.yaml:1:4: /: this "
                + "is not a text file (it contains a NUL byte); a source is YAML or JSON text in UTF-8");
    }

    @Test
    void aNulByteInTheFirst8KilobytesMeansTheFileIsNoText() {
        byte[] text = bytes("a: " + "x".repeat(8191 - 3) + "\n");
        text[8191] = 0;

        assertThat(read("s.yaml", text).problem()).hasToString("s.yaml:1:8192: /: this is not a text file (it "
                + "contains a NUL byte); a source is YAML or JSON text in UTF-8");
    }

    @Test
    void aNulBytePastTheFirst8KilobytesIsAControlCharacterLikeAnyOther() {
        byte[] text = bytes("a: " + "x".repeat(8192 - 3) + "\n");
        text[8192] = 0;

        assertThat(read("s.yaml", text).problem()).hasToString("s.yaml:1:8193: /: the file contains the invisible "
                + "control character U+0000, which a source may not contain; remove it");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWhereTheyStandCountingCharactersNotBytes() {
        byte[] text = concat(bytes("a: 1\nb: é"), new byte[] {(byte) 0xFF}, bytes("\n"));

        assertThat(read("s.yaml", text).problem()).hasToString("s.yaml:2:5: /: the file is not valid UTF-8 (byte "
                + "0xFF); save it as UTF-8");
        byte[] truncated = concat(bytes("a: "), new byte[] {(byte) 0xE2, (byte) 0x82});
        assertThat(read("s.yaml", truncated).problem()).hasToString("s.yaml:1:4: /: the file is not valid UTF-8 "
                + "(byte 0xE2); save it as UTF-8");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        MapNode root = (MapNode) tree("s.yaml", "a: x\uFFFDy\n");

        assertThat(((ScalarNode) root.entries().get("a").value()).text()).isEqualTo("x\uFFFDy");
    }

    @Test
    void tabLineFeedCarriageReturnAndNextLineAreTheOnlyControlCharactersAllowed() {
        assertThat(tree("s.yaml", "a: \"x\ty\"\r\nb: \"x\u0085y\"\n")).isInstanceOf(MapNode.class);
        assertThat(problem("s.yaml", "a: \"x\u007Fy\"\n")).hasToString("s.yaml:1:6: /: the file contains the "
                + "invisible control character U+007F, which a source may not contain; remove it");
        assertThat(problem("s.yaml", "a: \"x\u009Fy\"\n")).hasToString("s.yaml:1:6: /: the file contains the "
                + "invisible control character U+009F, which a source may not contain; remove it");
        assertThat(problem("s.json", "{\"a\": \"\u001b[2J\"}")).hasToString("s.json:1:8: /: the file contains the "
                + "invisible control character U+001B, which a source may not contain; remove it");
    }

    @Test
    void noncharactersAreRefusedAndTheirNeighboursAllowed() {
        assertThat(tree("s.yaml", "a: \"\uFDCF\uFDF0\uFFFD\"\n")).isInstanceOf(MapNode.class);
        assertThat(problem("s.yaml", "a: \uFDD0\n")).hasToString("s.yaml:1:4: /: the file contains the "
                + "noncharacter U+FDD0, which a source may not contain; remove it");
        assertThat(problem("s.yaml", "a: \uFDEF\n").message()).contains("noncharacter U+FDEF");
        assertThat(problem("s.yaml", "a: \uFFFE\n").message()).contains("noncharacter U+FFFE");
        assertThat(problem("s.yaml", "a: \uFFFF\n").message()).contains("noncharacter U+FFFF");
        // Outside the first plane, after a character written as two chars that counts as one column.
        assertThat(problem("s.yaml", "a: \uD83D\uDE00" + Character.toString(0x1FFFE) + "\n"))
                .hasToString("s.yaml:1:5: /: the file contains the noncharacter U+1FFFE, which a source may not "
                        + "contain; remove it");
    }

    @Test
    void anEscapeForACharacterASourceMayNotHoldIsRefusedInTextAndKeys() {
        assertThat(problem("s.yaml", "a:\n  b: \"x\\e\"\n")).hasToString("s.yaml:2:6: /a/b: the text contains an "
                + "escape for the invisible control character U+001B, which a source may not contain; remove it");
        assertThat(problem("s.yaml", "\"k\\x9b\": 1\n")).hasToString("s.yaml:1:1: /: the key contains an escape for "
                + "the invisible control character U+009B, which a source may not contain; remove it");
        assertThat(problem("s.json", "{\"a\": [\"\\uFFFE\"]}")).hasToString("s.json:1:8: /a/0: the text contains an "
                + "escape for the noncharacter U+FFFE, which a source may not contain; remove it");
        assertThat(problem("s.json", "{\"a\": \"\\ud800\"}")).hasToString("s.json:1:7: /a: the text contains an "
                + "escape for half of a character (U+D800), which is no character at all; remove it");
    }

    @Test
    void escapesForCharactersASourceMayHoldAreDecoded() {
        MapNode root = (MapNode) tree("s.json", "{\"a\": \"tab\\there\\nthen \\u00e9 \\ud83d\\ude00\"}");

        assertThat(((ScalarNode) root.entries().get("a").value()).text()).isEqualTo("tab\there\nthen é \uD83D\uDE00");
    }

    @Test
    void nestingOf32LevelsIsReadAnd33IsRefusedWhereTheLastOpens() {
        assertThat(tree("s.yaml", "[".repeat(TreeReader.MAX_DEPTH) + "]".repeat(TreeReader.MAX_DEPTH)))
                .isInstanceOf(ListNode.class);
        String deeper = "[".repeat(TreeReader.MAX_DEPTH + 1) + "]".repeat(TreeReader.MAX_DEPTH + 1);
        String message = "values are nested more than 32 levels deep; a source needs no more than six";

        assertThat(problem("s.yaml", deeper)).hasToString("s.yaml:1:33: " + "/0".repeat(32) + ": " + message);
        assertThat(problem("s.json", deeper)).hasToString("s.json:1:33: " + "/0".repeat(32) + ": " + message);
        assertThat(problem("s.json", "{\"a\":".repeat(33) + "1" + "}".repeat(33)))
                .hasToString("s.json:1:161: " + "/a".repeat(32) + ": " + message);
    }

    @Test
    void twoMillionValuesAreReadAndOneMoreIsRefusedWhereItStands() {
        // The root list and its items: MAX_VALUES values in all, then one more.
        String atTheLimit = "[" + "0,".repeat(TreeReader.MAX_VALUES - 2) + "0]";
        String onePast = "[" + "0,".repeat(TreeReader.MAX_VALUES - 1) + "0]";

        Node read = TreeReader.read("s.json", true, bytes(atTheLimit), new ArrayList<>());
        assertThat(((ListNode) read).items()).hasSize(TreeReader.MAX_VALUES - 1);
        assertThat(problem("s.json", onePast)).hasToString("s.json:1:" + (2 + 2 * (TreeReader.MAX_VALUES - 1))
                + ": /" + (TreeReader.MAX_VALUES - 1) + ": the file has more than 2000000 values; split the content "
                + "into several files in one directory");
    }

    @Test
    void anAliasIsRefusedWhereItStands() {
        assertThat(problem("s.yaml", "a: &x 1\nb: *x\n")).hasToString("s.yaml:2:4: /b: YAML aliases (*x) are not "
                + "supported; write the value out in full");
        assertThat(problem("s.yaml", "a: &base {x: 1}\nb:\n  <<: *base\n")).hasToString("s.yaml:3:7: /b/<<: YAML "
                + "aliases (*base) are not supported; write the value out in full");
    }

    @Test
    void binaryIsRefusedAndOtherTagsAreIgnored() {
        assertThat(problem("s.yaml", "a: !!binary aGVsbG8=\n")).hasToString("s.yaml:1:4: /a: this kind of value "
                + "(such as '!!binary') is not supported; write plain text");
        MapNode root = (MapNode) tree("s.yaml", "a: !!java/object:java.io.File x\nb: !custom 2\n");
        assertThat(root.entries().values()).extracting(e -> ((ScalarNode) e.value()).text()).containsExactly("x", "2");
    }

    @Test
    void aFileHoldsOneDocumentOrOneJsonValue() {
        assertThat(problem("s.yaml", "a: 1\n---\nb: 2\n")).hasToString("s.yaml:3:1: /: a file holds one document "
                + "only; split this one into separate files or remove the '---'");
        assertThat(problem("s.json", "{\"a\": 1}\n{\"b\": 2}")).hasToString("s.json:2:1: /: a JSON file holds one "
                + "value only; remove what follows the closing '}'");
    }

    @Test
    void aDuplicateKeyNamesTheLineOfTheFirst() {
        assertThat(problem("s.yaml", "a: 1\nb:\n  c: 2\n  c: 3\n")).hasToString("s.yaml:4:3: /b/c: duplicate key "
                + "'c'; it is already set at line 3");
        assertThat(problem("s.json", "{\"a\": 1,\n\"a\": 2}")).hasToString("s.json:2:1: /a: duplicate key 'a'; it is "
                + "already set at line 1");
    }

    @Test
    void aSyntaxErrorIsDescribedWhereTheMistakeIs() {
        assertThat(problem("s.yaml", "a: \"open\nb: 1\n")).hasToString("s.yaml:1:4: /: this quoted text is never "
                + "closed; add the closing quote; the file ends at line 3");
    }

    @Test
    void aNumberOfAThousandDigitsIsReadAndOneMoreIsRefused() {
        String thousand = "1".repeat(1000);

        MapNode root = (MapNode) tree("s.json", "{\"a\": " + thousand + "}");
        assertThat(((ScalarNode) root.entries().get("a").value()).text()).isEqualTo(thousand);
        assertThat(problem("s.json", "{\"a\": " + thousand + "1}").message()).isEqualTo("this number has too many "
                + "digits");
    }

    @Test
    void aPieceIsReadAtItsDepthAndCountsItsValues() {
        int[] values = {5};

        Node piece = TreeReader.readPiece("s.yaml", "- [x]\n- y\n", TreeReader.MAX_DEPTH - 2, values);

        assertThat(piece).isInstanceOf(ListNode.class);
        assertThat(values[0]).isEqualTo(5 + 4);
        assertThat(TreeReader.readPiece("s.yaml", "- [x]\n", TreeReader.MAX_DEPTH - 1, new int[1])).isNull();
        assertThat(TreeReader.readPiece("s.yaml", "- \"open\n", 0, new int[1])).isNull();
    }

    @Test
    void aPiecesTextIsNullWhenTheWholeFileMustSayWhatIsWrong() {
        byte[] clean = bytes("xx: é\u0085\t\r\n");
        assertThat(TreeReader.pieceText(clean, 2, clean.length)).isEqualTo(": é\u0085\t\r\n");

        assertThat(TreeReader.pieceText(concat(bytes("a"), new byte[] {(byte) 0xC3}), 0, 2)).isNull();
        assertThat(TreeReader.pieceText(bytes("a\uFFFD"), 0, 4)).isNull();
        assertThat(TreeReader.pieceText(bytes("a\u0001"), 0, 2)).isNull();
        assertThat(TreeReader.pieceText(bytes("a\uFDD0"), 0, 4)).isNull();
        assertThat(TreeReader.pieceText(bytes("a" + Character.toString(0x10FFFF)), 0, 5)).isNull();
        // Only the range is looked at.
        assertThat(TreeReader.pieceText(bytes("ab\u0001"), 0, 2)).isEqualTo("ab");
    }

    private record Read(Node tree, List<Problem> problems) {
        Problem problem() {
            assertThat(tree).as("a failed read gives no tree").isNull();
            assertThat(problems).as("one problem stops the reading").hasSize(1);
            return problems.getFirst();
        }
    }

    private static Read read(String file, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Node tree = TreeReader.read(file, file.endsWith(".json"), bytes, problems);
        return new Read(tree, problems);
    }

    private static Node tree(String file, String text) {
        Read read = read(file, bytes(text));
        assertThat(read.problems()).isEmpty();
        return read.tree();
    }

    private static Problem problem(String file, String text) {
        return read(file, bytes(text)).problem();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
