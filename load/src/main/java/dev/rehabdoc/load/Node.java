package dev.rehabdoc.load;

import java.util.List;
import java.util.Map;

/** A value of a source file as read, with where it stands: the tree the binder reads. */
sealed interface Node {

    /** Where the value starts. */
    Location location();

    /** A JSON pointer to the value within its own file. */
    String pointer();

    /** What a message calls this kind of value. */
    String description();

    /** A key of a mapping, and where the key stands. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    /** A mapping, in source order. */
    record MapNode(Location location, String pointer, Map<String, Entry> entries) implements Node {
        @Override
        public String description() {
            return "a mapping";
        }
    }

    /** A list. */
    record ListNode(Location location, String pointer, List<Node> items) implements Node {
        @Override
        public String description() {
            return "a list";
        }
    }

    /** A single value: text, number, true/false or nothing. */
    record ScalarNode(Location location, String pointer, Type type, String text) implements Node {
        /** How the value was written. */
        enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String description() {
            return switch (type) {
                case TEXT -> "the text '" + Suggestions.abbreviate(text) + "'";
                case INTEGER, DECIMAL -> "the number " + Suggestions.abbreviate(text);
                case BOOLEAN -> text;
                case NULL -> "an empty value";
            };
        }

        boolean isNull() {
            return type == Type.NULL;
        }
    }

    /** Appends a key or index to a JSON pointer, escaped as RFC 6901 says. */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
