package dev.rehabdoc.load;

import dev.rehabdoc.load.Node.Entry;
import dev.rehabdoc.load.Node.ListNode;
import dev.rehabdoc.load.Node.MapNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Reads a large YAML source in pieces side by side: each top-level key on its own, and the items of a long top-level
 * list in runs of items. Parsing is most of loading a large source, and a YAML parser reads on one processor.
 *
 * <p>Only for {@link QuickLoad}, unlocated, and only where the pieces are bound to read as the whole file would. A piece ends where a top-level key or a list item starts at the list's own indentation, which no YAML value
 * can continue past: block text must be indented deeper, and a quoted or bracketed value cut there leaves its piece
 * unterminated, which fails. The reading gives up, and the file is read whole, at anything else: a piece that does
 * not read, lines before the first key, a top-level line that does not start with a plain key (a quoted or complex
 * key, a byte-order mark), document markers or directives, a key twice (also when one is written otherwise, as
 * {@code key : 1}), a carriage return not followed by a line feed (YAML ends a line there, the cuts do not), or a count
 * near the limits.
 */
final class PiecewiseYaml {
    /** Smaller files (in bytes) are read whole: splitting would save less than it costs. */
    static final int SMALLEST = 256 * 1024;
    /** About how many bytes of list items a piece holds. */
    static final int PIECE = 128 * 1024;
    /**
     * Files with more top-level keys are read whole: a source has a handful, and a piece for each of thousands of keys
     * would cost more to start than it saves.
     */
    static final int MOST_KEYS = 1000;

    /** A stretch of the file: a whole top-level key, or a run of one top-level list's items. */
    private record Piece(int section, String key, boolean items, int start, int end) {
    }

    /** What becomes of a run of a top-level list's items once read, on the thread that read it. */
    @FunctionalInterface
    interface Items<R> {
        /** The run made into what the caller keeps, or {@code null} to give up reading in pieces. */
        R read(String key, ListNode items);
    }

    /**
     * A file read in pieces: the values of its top-level keys read whole, as one mapping, and what became of the runs
     * of items of its long lists, by key; {@code keys} holds every top-level key in file order.
     */
    record Pieces<R>(MapNode whole, Map<String, List<R>> runs, List<String> keys) {
    }

    private PiecewiseYaml() {
    }

    /**
     * The file read in pieces, unlocated, or {@code null} when it is not read in pieces (then read it whole).
     *
     * <p>The file is cut as it is, in bytes, and each piece is decoded and checked on the thread that reads it: the
     * cuts only look for line feeds, spaces, dashes and the ASCII letters of plain keys, which UTF-8 writes as
     * themselves and never as part of another character, so every cut falls between two characters.
     *
     * @param bytes its content in UTF-8, without a byte-order mark
     * @param piece about how many bytes of list items a run holds ({@link #PIECE})
     * @param items what becomes of each run of a list's items
     */
    static <R> Pieces<R> read(String file, byte[] bytes, int piece, Items<R> items) {
        // One character per byte: what the cuts look for stands where it stands in the bytes.
        List<Piece> pieces = cut(new String(bytes, StandardCharsets.ISO_8859_1), piece);
        if (pieces == null) {
            return null;
        }
        Node[] trees = new Node[pieces.size()];
        Object[] runs = new Object[pieces.size()];
        int[][] values = new int[pieces.size()][1];
        AtomicBoolean failed = new AtomicBoolean();
        IntStream.range(0, pieces.size()).parallel().forEach(i -> {
            if (failed.get()) {
                return;
            }
            Piece cut = pieces.get(i);
            String text = TreeReader.pieceText(bytes, cut.start(), cut.end());
            // A run of items is the value of a top-level key, one level below the file's root mapping.
            trees[i] = text == null ? null : TreeReader.readPiece(file, text, cut.items() ? 1 : 0, values[i]);
            if (trees[i] == null || cut.items() && !(trees[i] instanceof ListNode)) {
                failed.set(true);
            } else if (cut.items()) {
                runs[i] = items.read(cut.key(), (ListNode) trees[i]);
                // The run's items are left for the collector as soon as they have become what the caller keeps.
                trees[i] = null;
                if (runs[i] == null) {
                    failed.set(true);
                }
            }
        });
        if (failed.get()) {
            return null;
        }
        int count = 0;
        for (int[] value : values) {
            count += value[0];
        }
        if (count > TreeReader.MAX_VALUES - pieces.size()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Pieces<R> joined = join(file, pieces, trees, (R[]) runs);
        return joined;
    }

    /** The pieces joined again: keys read whole in one mapping, the runs of each list in file order. */
    private static <R> Pieces<R> join(String file, List<Piece> pieces, Node[] trees, R[] runs) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, List<R>> lists = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.items()) {
                // The key written as the value of an earlier piece as well ("key: []" and later "key:" with items)
                // is a duplicate key, which the whole read refuses.
                if (entries.containsKey(piece.key())) {
                    return null;
                }
                lists.computeIfAbsent(piece.key(), key -> new ArrayList<>()).add(runs[i]);
                keys.add(piece.key());
            } else {
                if (!(trees[i] instanceof MapNode map)) {
                    return null;
                }
                for (Entry entry : map.entries().values()) {
                    if (!keys.add(entry.key())) {
                        return null;
                    }
                    entries.put(entry.key(), entry);
                }
            }
        }
        return new Pieces<>(new MapNode(Location.of(file), "", entries), lists, List.copyOf(keys));
    }

    /** Where the file is cut, or {@code null} when it is not to be cut. */
    private static List<Piece> cut(String text, int piece) {
        // YAML ends a line at a carriage return alone too, where the cuts below, which look for line feeds only,
        // would see one line: a key or an item after it would go unseen, or be cut from its piece.
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
            if (cr + 1 >= text.length() || text.charAt(cr + 1) != '\n') {
                return null;
            }
        }
        List<Integer> keyLines = new ArrayList<>();
        boolean content = false;
        for (int at = 0; at < text.length(); at = next(text, at)) {
            char first = text.charAt(at);
            if (text.startsWith("---", at) || text.startsWith("...", at) || first == '%') {
                return null;
            }
            boolean blank = isBlankOrComment(text, at);
            if (!blank && first != ' ' && first != '-') {
                // A piece starts a YAML stream of its own, where some characters mean something else (a byte-order
                // mark is dropped there, for one): only plain keys start pieces.
                if (!isKeyCharacter(first)) {
                    return null;
                }
                keyLines.add(at);
                if (keyLines.size() > MOST_KEYS) {
                    return null;
                }
            } else if (!blank && keyLines.isEmpty()) {
                return null;
            }
            content |= !blank;
        }
        if (!content || keyLines.isEmpty()) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < keyLines.size(); k++) {
            int start = keyLines.get(k);
            int end = k + 1 < keyLines.size() ? keyLines.get(k + 1) : text.length();
            String key = bareKey(text, start);
            if (key != null && keys.contains(key)) {
                return null;
            }
            keys.add(key);
            if (key == null || end - start < 2 * piece
                    || !itemsInPieces(text, k, key, next(text, start), end, piece, pieces)) {
                pieces.add(new Piece(k, key, false, start, end));
            }
        }
        return pieces.size() > 1 ? pieces : null;
    }

    /**
     * Adds runs of the list's items as pieces, when the body of the key is a block list whose items all start at one
     * indentation and nothing in it stands left of that indentation; returns whether it did.
     */
    private static boolean itemsInPieces(String text, int section, String key, int from, int end, int piece,
            List<Piece> pieces) {
        int indent = -1;
        List<Integer> items = new ArrayList<>();
        // The most spaces on the lines of only spaces just above this one. Block text whose indentation is found from
        // its lines looks past its empty lines to the next line, and fails when that stands left of the empty lines'
        // spaces, but not at column 0: at a cut before an indented item the whole read fails where the piece reads.
        int emptySpaces = 0;
        for (int at = from; at < end; at = next(text, at)) {
            int spaces = 0;
            while (at + spaces < text.length() && text.charAt(at + spaces) == ' ') {
                spaces++;
            }
            if (isBlankOrComment(text, at)) {
                boolean comment = at + spaces < text.length() && text.charAt(at + spaces) == '#';
                emptySpaces = comment ? 0 : Math.max(emptySpaces, spaces);
                continue;
            }
            boolean item = text.charAt(at + spaces) == '-' && (at + spaces + 1 >= text.length()
                    || text.charAt(at + spaces + 1) == ' ' || text.charAt(at + spaces + 1) == '\n'
                    || text.charAt(at + spaces + 1) == '\r');
            if (indent < 0) {
                if (!item) {
                    return false;
                }
                indent = spaces;
            }
            if (spaces < indent || spaces == indent && !item) {
                return false;
            }
            if (spaces == indent) {
                if (spaces > 0 && emptySpaces > spaces) {
                    return false;
                }
                items.add(at);
            }
            emptySpaces = 0;
        }
        if (items.size() < 2) {
            return false;
        }
        int start = items.getFirst();
        for (int i = 1; i <= items.size(); i++) {
            int boundary = i < items.size() ? items.get(i) : end;
            if (boundary - start >= piece || i == items.size()) {
                pieces.add(new Piece(section, key, true, start, boundary));
                start = boundary;
            }
        }
        return true;
    }

    /** The key of a line {@code key:} with nothing after the colon but a comment, or {@code null}. */
    private static String bareKey(String text, int at) {
        int colon = at;
        while (colon < text.length() && isKeyCharacter(text.charAt(colon))) {
            colon++;
        }
        if (colon == at || colon >= text.length() || text.charAt(colon) != ':') {
            return null;
        }
        int rest = colon + 1;
        while (rest < text.length() && text.charAt(rest) == ' ') {
            rest++;
        }
        // A '#' starts a comment only after a space: "key:#" is a plain text, not a key.
        boolean bare = rest >= text.length() || text.charAt(rest) == '\n' || text.charAt(rest) == '\r'
                || text.charAt(rest) == '#' && rest > colon + 1;
        return bare ? text.substring(at, colon) : null;
    }

    private static boolean isKeyCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    private static boolean isBlankOrComment(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '#';
    }

    /** Where the line after the one at {@code at} starts, or the text's length. */
    private static int next(String text, int at) {
        int newline = text.indexOf('\n', at);
        return newline < 0 ? text.length() : newline + 1;
    }
}
