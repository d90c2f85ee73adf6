package dev.rehabdoc.load;

import dev.rehabdoc.load.Node.Entry;
import dev.rehabdoc.load.Node.ListNode;
import dev.rehabdoc.load.Node.MapNode;
import dev.rehabdoc.load.Node.ScalarNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one YAML or JSON file into a {@link Node} tree, with the limits that keep hostile input from hanging or
 * exhausting memory. Every failure becomes a located {@link Problem}.
 */
final class TreeReader {
    /** The largest file read, in bytes. */
    static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    /** The deepest nesting of mappings and lists; the format itself needs six levels. */
    static final int MAX_DEPTH = 32;
    /** The most values (mappings, lists, texts, numbers) in one file; a 60 MB catalog has fewer. */
    static final int MAX_VALUES = 2_000_000;

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(MAX_FILE_BYTES)
            .maxNestingDepth(MAX_DEPTH + 8)
            .maxStringLength(MAX_FILE_BYTES)
            .build();
    /**
     * Texts from this many characters on are handed to the YAML scanner in one read. It copies what it holds each
     * time it reads more (by default 1,024 characters), and it holds a whole value (a word, or a line of block text)
     * while it looks for its end: a 5 MB value without a space took 20 s and 2 GB, 60 MB eight minutes. Read at
     * once, any value costs one pass.
     */
    private static final int LONG_TEXT = 256 * 1024;
    // Duplicate keys are found by this reader, which names the line of the first one.
    private static final TokenStreamFactory YAML = factory(true, null);
    // Without marks the YAML parser allocates a third less and runs a fifth faster on a large file.
    private static final TokenStreamFactory YAML_UNLOCATED = factory(false, null);
    private static final TokenStreamFactory JSON = JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Raised to stop reading a file at its first fatal problem. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        Abort(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private final String file;
    private final boolean located;
    /** The place of every value when they are not located: the whole file. */
    private final Location wholeFile;
    private final SyntaxMessages messages;
    private int values;
    /** Whether the text has a backslash, so that an escape may have written a character the text may not hold. */
    private boolean escapes;
    /** One string per distinct key: a catalog repeats a few keys thousands of times, and the tree holds them all. */
    private final Map<String, String> keys = new HashMap<>();

    private TreeReader(String file, boolean located) {
        this.file = file;
        this.located = located;
        this.wholeFile = Location.of(file);
        this.messages = new SyntaxMessages(file);
    }

    /** @param buffer the characters the scanner reads at a time; {@code null} for its own default */
    private static TokenStreamFactory factory(boolean marks, Integer buffer) {
        var settings = LoadSettings.builder().setCodePointLimit(MAX_FILE_BYTES).setUseMarks(marks);
        if (buffer != null) {
            settings.setBufferSize(buffer);
        }
        return YAMLFactory.builder()
                .loadSettings(settings.build())
                .streamReadConstraints(CONSTRAINTS)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Reads a file's bytes into a tree; returns {@code null} and adds a problem when the file cannot be read as one.
     *
     * @param file  the file's name as the user knows it
     * @param json  whether the file is JSON rather than YAML
     * @param bytes   its whole content, at most {@link #MAX_FILE_BYTES}
     */
    static Node read(String file, boolean json, byte[] bytes, List<Problem> problems) {
        TreeReader reader = new TreeReader(file, true);
        try {
            String text = reader.decode(bytes);
            if (text.isBlank()) {
                throw reader.abort(Location.of(file), "", "the file is empty; a source starts with 'schemaVersion: 1'");
            }
            return reader.parse(json ? JSON : yaml(true, text), text, 0);
        } catch (Abort abort) {
            problems.add(abort.problem);
            return null;
        }
    }

    /**
     * Reads a piece of a YAML file, unlocated, as {@link PiecewiseYaml} cut it.
     *
     * @param depth  how deep the piece's root stands in the whole file
     * @param values counts the values read, added to its first element
     * @return the piece's tree, or {@code null} when it has any problem
     */
    static Node readPiece(String file, String text, int depth, int[] values) {
        TreeReader reader = new TreeReader(file, false);
        try {
            Node tree = reader.parse(yaml(false, text), text, depth);
            values[0] += reader.values;
            return tree;
        } catch (Abort abort) {
            return null;
        }
    }

    /** The YAML reader for a text: for a long text, one that reads all of it at once. */
    private static TokenStreamFactory yaml(boolean located, String text) {
        if (text.length() >= LONG_TEXT) {
            return factory(located, text.length() + 1);
        }
        return located ? YAML : YAML_UNLOCATED;
    }

    /**
     * The text of a piece of a file's bytes, or {@code null} when they are not UTF-8 or hold a character a source may
     * not contain (or a written U+FFFD, which cannot be told from bytes that are not UTF-8 here): the whole file is
     * then read, which says what and where.
     */
    static String pieceText(byte[] bytes, int start, int end) {
        String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isForbidden(text.charAt(i)) || isNoncharacter(text.codePointAt(i))) {
                return null;
            }
        }
        return text;
    }

    /** Whether a source may not contain the character: control characters, which YAML forbids, and non-characters. */
    private static boolean isForbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c >= 0x7F && c <= 0x9F && c != 0x85
                || c == 0xFFFE || c == 0xFFFF;
    }

    private String decode(byte[] bytes) {
        int offset = startsWithBom(bytes) ? 3 : 0;
        for (int i = offset; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw abort(locate(bytes, offset, i), "", "this is not a text file (it contains a NUL byte); "
                        + "a source is YAML or JSON text in UTF-8");
            }
        }
        // The JDK's own decoding is several times quicker than a reporting decoder, but puts U+FFFD where the bytes
        // are not UTF-8: only text with that character in it (rare, as it means "unreadable") is decoded again, to
        // tell a written U+FFFD from bytes that are not UTF-8 and to say where those are.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            } catch (CharacterCodingException e) {
                int bad = firstInvalidUtf8(bytes, offset);
                throw abort(locate(bytes, offset, bad), "", "the file is not valid UTF-8 (byte 0x"
                        + String.format("%02X", bytes[bad] & 0xFF) + "); save it as UTF-8");
            }
        }
        return checkCharacters(text);
    }

    /** The text, when it has no control characters: YAML forbids them and no content needs them. */
    private String checkCharacters(String text) {
        // Every character a source may not contain is in the Basic Multilingual Plane, so the text is checked a char
        // at a time; the column counts code points, as editors do, so the second half of a surrogate pair is not one.
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (isForbidden(c) || isNoncharacter(text.codePointAt(i))) {
                throw abort(new Location(file, line, column), "", "the file contains the " + kind(text.codePointAt(i))
                        + ", which a source may not contain; remove it");
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return text;
    }

    private Node parse(TokenStreamFactory factory, String text, int depth) {
        boolean json = factory == JSON;
        escapes = text.indexOf('\\') >= 0;
        try (JsonParser parser = json ? factory.createParser(ObjectReadContext.empty(), text)
                : factory.createParser(ObjectReadContext.empty(), new WholeCharacters(text))) {
            try {
                return parseDocument(parser, json, depth);
            } catch (JacksonException e) {
                throw new Abort(messages.describe(e, json, location(parser.currentLocation())));
            }
        } catch (JacksonException e) {
            throw new Abort(messages.describe(e, json, Location.of(file)));
        } catch (YamlEngineException e) {
            throw abort(Location.of(file), "", "this is not valid YAML; check the indentation, and put text with "
                    + "special characters in quotes");
        }
    }

    private Node parseDocument(JsonParser parser, boolean json, int depth) {
        if (parser.nextToken() == null) {
            throw abort(Location.of(file), "", "the file is empty; a source starts with 'schemaVersion: 1'");
        }
        Node root = readValue(parser, "", depth);
        JsonToken trailing = nextToken(parser);
        if (trailing != null) {
            throw abort(here(parser), "", json
                    ? "a JSON file holds one value only; remove what follows the closing '}'"
                    : "a file holds one document only; split this one into separate files or remove the '---'");
        }
        return root;
    }

    private Node readValue(JsonParser parser, String pointer, int depth) {
        Location location = here(parser);
        if (++values > MAX_VALUES) {
            throw abort(location, pointer, "the file has more than " + MAX_VALUES + " values; split the content "
                    + "into several files in one directory");
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw abort(location, pointer, "YAML aliases (*" + parser.getString()
                    + ") are not supported; write the value out in full");
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readMap(parser, pointer, depth + 1, location);
            case START_ARRAY -> readList(parser, pointer, depth + 1, location);
            case VALUE_STRING ->
                    new ScalarNode(location, pointer, ScalarNode.Type.TEXT, decoded(parser.getString(), location, pointer, "text"));
            case VALUE_NUMBER_INT -> new ScalarNode(location, pointer, ScalarNode.Type.INTEGER, parser.getString());
            case VALUE_NUMBER_FLOAT -> new ScalarNode(location, pointer, ScalarNode.Type.DECIMAL, parser.getString());
            case VALUE_TRUE, VALUE_FALSE ->
                    new ScalarNode(location, pointer, ScalarNode.Type.BOOLEAN, parser.getString());
            case VALUE_NULL -> new ScalarNode(location, pointer, ScalarNode.Type.NULL, "");
            default -> throw abort(location, pointer, "this kind of value (such as '!!binary') is not supported; "
                    + "write plain text");
        };
    }

    /**
     * The text of a value or key as the parser decoded it, when no escape ({@code "\\u001b"}, {@code "\\e"},
     * {@code "\\uFFFE"}) wrote a character that the file may not hold written out: what is refused raw is refused
     * escaped, so no control character reaches a terminal and every bundle rehabdoc writes reads back.
     */
    private String decoded(String text, Location location, String pointer, String what) {
        if (!escapes) {
            return text;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isSurrogate((char) c)) {
                throw abort(location, pointer, "the " + what + " contains an escape for half of a character (U+"
                        + String.format("%04X", c) + "), which is no character at all; remove it");
            }
            if (c <= 0xFFFF && isForbidden((char) c) || isNoncharacter(c)) {
                throw abort(location, pointer, "the " + what + " contains an escape for the " + kind(c)
                        + ", which a source may not contain; remove it");
            }
            i += Character.charCount(c);
        }
        return text;
    }

    /** What kind of character a source may not contain {@code c} is, for a message. */
    private static String kind(int c) {
        return (Character.isISOControl(c) ? "invisible control character " : "noncharacter ")
                + String.format("U+%04X", c);
    }

    /** Unicode's noncharacters, which are for a program's own use and never for interchange. */
    private static boolean isNoncharacter(int c) {
        return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }

    private MapNode readMap(JsonParser parser, String pointer, int depth, Location location) {
        checkDepth(depth, location, pointer);
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (nextToken(parser) == JsonToken.PROPERTY_NAME) {
            Location keyLocation = here(parser);
            String key = keys.computeIfAbsent(decoded(parser.currentName(), keyLocation, pointer, "key"), name -> name);
            String childPointer = located ? Node.child(pointer, key) : pointer;
            nextToken(parser);
            Node value = readValue(parser, childPointer, depth);
            Entry previous = entries.putIfAbsent(key, new Entry(key, keyLocation, value));
            if (previous != null) {
                throw abort(keyLocation, childPointer, "duplicate key '" + Suggestions.abbreviate(key)
                        + "'; it is already set at line " + previous.keyLocation().line());
            }
        }
        return new MapNode(location, pointer, entries);
    }

    private ListNode readList(JsonParser parser, String pointer, int depth, Location location) {
        checkDepth(depth, location, pointer);
        List<Node> items = new ArrayList<>();
        while (nextToken(parser) != JsonToken.END_ARRAY) {
            items.add(readValue(parser, located ? Node.child(pointer, items.size()) : pointer, depth));
        }
        return new ListNode(location, pointer, List.copyOf(items));
    }

    private void checkDepth(int depth, Location location, String pointer) {
        if (depth > MAX_DEPTH) {
            throw abort(location, pointer, "values are nested more than " + MAX_DEPTH
                    + " levels deep; a source needs no more than six");
        }
    }

    private static JsonToken nextToken(JsonParser parser) {
        return parser.nextToken();
    }

    /** Where the parser's current token starts, when values are located. */
    private Location here(JsonParser parser) {
        return located ? messages.location(parser.currentTokenLocation()) : wholeFile;
    }

    private Location location(TokenStreamLocation location) {
        return messages.location(location);
    }

    private Abort abort(Location location, String pointer, String message) {
        return new Abort(new Problem(location, pointer, message));
    }

    static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The line and column of a byte, counted from {@code start} (after a byte-order mark). */
    private Location locate(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    /** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    private static int firstInvalidUtf8(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                return i;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
            try {
                decoder.decode(ByteBuffer.wrap(bytes, i, length));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += length;
        }
        return Math.max(from, bytes.length - 1);
    }
}
