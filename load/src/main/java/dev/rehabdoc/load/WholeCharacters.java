package dev.rehabdoc.load;

import java.io.Reader;

/**
 * A text read without ever ending a read between the two halves of a character outside the Basic Multilingual Plane
 * (an emoji, say). The YAML scanner completes such a read by reading one char more into a buffer it has already
 * filled, which fails with an index out of bounds: a source with an emoji in the wrong place could not be read.
 */
final class WholeCharacters extends Reader {
    private final String text;
    private int next;

    WholeCharacters(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int end = Math.min(text.length(), next + length);
        if (end - next > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        text.getChars(next, end, buffer, offset);
        int read = end - next;
        next = end;
        return read;
    }

    @Override
    public void close() {
        // Nothing to release: the text stays the caller's.
    }
}
