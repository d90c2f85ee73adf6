package dev.rehabdoc.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns what the YAML and JSON readers say about text they cannot read into a located sentence a content editor
 * follows: no parser jargon, no class names, and the place where the mistake is rather than where the reader gave up.
 */
final class SyntaxMessages {
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern QUOTED_CHARACTER = Pattern.compile("character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");
    private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("found unknown escape character (.+?)\\(\\d+\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");

    private final String file;

    SyntaxMessages(String file) {
        this.file = file;
    }

    /**
     * The problem a reader's exception stands for.
     *
     * @param reached where the reader was when it failed, for exceptions that carry no location
     */
    Problem describe(JacksonException e, boolean json, Location reached) {
        if (e instanceof StreamConstraintsException) {
            Location at = e.getLocation() == null ? reached : location(e.getLocation());
            return new Problem(at, "", constraint(String.valueOf(e.getOriginalMessage())));
        }
        if (e.getCause() instanceof YamlVersionException) {
            return new Problem(location(e.getLocation()), "",
                    "this rehabdoc reads YAML 1.2 and older; remove the '%YAML' line at the top");
        }
        if (e.getCause() instanceof MarkedYamlEngineException yaml) {
            return yaml(yaml, e);
        }
        String original = String.valueOf(e.getOriginalMessage());
        return new Problem(problemLocation(e, original), "", json ? json(original) : yamlEvent(original));
    }

    /** A problem snakeyaml found, at the place it marks and in plain words. */
    private Problem yaml(MarkedYamlEngineException e, JacksonException wrapper) {
        String problem = String.valueOf(e.getProblem());
        String context = e.getContext() == null ? "" : e.getContext();
        Location at = e.getProblemMark().map(this::location).orElseGet(() -> location(wrapper.getLocation()));
        Location opened = e.getContextMark().map(this::location).orElse(at);
        String endOfFile = "; the file ends at line " + at.line();
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.contains("tab character")) {
            return new Problem(at, "", "a tab is used for indentation; YAML indents with spaces only");
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            return new Problem(opened, "", "this quoted text is never closed; add the closing quote" + endOfFile);
        }
        if (context.contains("quoted scalar") && problem.contains("end of document")) {
            return new Problem(opened, "", "this quoted text runs into a '---' or '...' line; close the quote "
                    + "before it");
        }
        if (problem.contains("expected ',' or ']'")) {
            return new Problem(opened, "", "this list in [ ] is never closed; add the ']' (or a ',' between its "
                    + "items)" + (problem.contains("<stream end>") ? endOfFile : ", before line " + at.line()));
        }
        if (problem.contains("expected ',' or '}'")) {
            return new Problem(opened, "", "this mapping in { } is never closed; add the '}' (or a ',' between its "
                    + "fields)" + (problem.contains("<stream end>") ? endOfFile : ", before line " + at.line()));
        }
        Matcher escape = UNKNOWN_ESCAPE.matcher(problem);
        if (escape.find()) {
            return new Problem(at, "", "'\\" + escape.group(1) + "' is not an escape YAML knows in double-quoted "
                    + "text; write '\\\\' for a backslash, or use single quotes");
        }
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.find()) {
            return new Problem(at, "", "a value cannot start with '" + cannotStart.group(1)
                    + "'; put the text in quotes");
        }
        if (problem.contains("mapping values are not allowed")) {
            return new Problem(at, "", "a colon followed by a space starts a new field, which is not possible here; "
                    + "put text that contains ': ' in quotes, or fix the indentation");
        }
        if (problem.contains("could not find expected ':'")) {
            return new Problem(at, "", "a line here is neither 'field: value' nor a '- ' list item; check its "
                    + "indentation and its ':'");
        }
        if (problem.contains("sequence entries are not allowed") || problem.contains("expected <block end>")
                || problem.contains("did not find expected")) {
            return new Problem(at, "", "this line is not indented like the lines it belongs with (the block that "
                    + "starts at line " + opened.line() + "); fields of one mapping, and the '- ' of one list, "
                    + "start in the same column; text after a closing quote belongs inside the quotes");
        }
        if (problem.contains("expected a comment or a line break")) {
            return new Problem(at, "", "unexpected text after the value; put the whole value in quotes");
        }
        if (problem.contains("special characters are not allowed")) {
            return new Problem(at, "", "the file contains a control character that YAML does not allow; remove it");
        }
        return new Problem(at, "", "this is not valid YAML here (" + plain(problem) + "); check the indentation, "
                + "and put text with special characters in quotes");
    }

    /** A problem found by Jackson's YAML layer above snakeyaml. */
    private static String yamlEvent(String original) {
        if (original.contains("Expected a property name")) {
            return "a key must be a plain name such as 'name', not a list or a mapping";
        }
        return "this is not valid YAML here (" + plain(firstLine(original)) + ")";
    }

    /** A problem Jackson's JSON reader found. */
    private static String json(String original) {
        String first = firstLine(original);
        Matcher character = QUOTED_CHARACTER.matcher(first);
        String found = character.find() ? character.group(1) : null;
        if (first.contains("comment")) {
            return "JSON has no comments; remove it, or write the source as YAML, where '#' starts a comment";
        }
        if (first.contains("expected a valid value") && ("]".equals(found) || "}".equals(found))) {
            return "JSON allows no ',' before a closing '" + found + "'; remove the comma";
        }
        if (first.contains("double-quote to start")) {
            return "a key in JSON is written in double quotes, such as \"name\"";
        }
        if (first.contains("comma to separate Object entries")) {
            return "a ',' is missing between two fields";
        }
        if (first.contains("comma to separate Array entries")) {
            return "a ',' is missing between two list items";
        }
        if (first.contains("colon to separate")) {
            return "a ':' is missing between a key and its value";
        }
        if (first.contains("close marker for Object")) {
            return "the file ends before every '{' is closed with '}'";
        }
        if (first.contains("close marker for Array")) {
            return "the file ends before every '[' is closed with ']'";
        }
        if (first.contains("end-of-input")) {
            return "the file ends in the middle of a value; close its quotes and brackets";
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(first);
        if (token.find()) {
            return "'" + Suggestions.abbreviate(token.group(1)) + "' is not a JSON value; write text in double quotes";
        }
        if (first.contains("Illegal unquoted character")) {
            return "a line break or other control character inside quoted text must be written as an escape, "
                    + "such as \\n";
        }
        if (first.contains("character escape")) {
            return "this escape is not one JSON knows; write '\\\\' for a backslash";
        }
        if (first.contains("numeric value") || first.contains("Leading zeroes")) {
            return "this is not a number as JSON writes them (no leading zeros, '+' or trailing '.')";
        }
        if (found != null) {
            return "unexpected '" + Suggestions.abbreviate(found) + "'; a JSON value is text in double quotes, a "
                    + "number, a list in [ ], an object in { }, true, false or null";
        }
        return "this is not valid JSON here (" + plain(first) + ")";
    }

    /** A limit of the reader that the file goes over. */
    private static String constraint(String original) {
        if (original.startsWith("Number")) {
            return "this number has too many digits";
        }
        if (original.startsWith("String") || original.startsWith("Name")) {
            return "this text is too long";
        }
        if (original.startsWith("Document nesting")) {
            return "values are nested more than " + TreeReader.MAX_DEPTH + " levels deep";
        }
        return "the file is larger than the limit of " + (TreeReader.MAX_FILE_BYTES >> 20) + " MB";
    }

    /** The reader's position, or the last position its message names. */
    private Location problemLocation(JacksonException e, String message) {
        Matcher mark = MARK.matcher(message);
        Location named = null;
        while (mark.find()) {
            named = new Location(file, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
        }
        return named != null ? named : location(e.getLocation());
    }

    private Location location(Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    Location location(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1
                ? Location.of(file)
                : new Location(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int source = line.indexOf(" at [Source");
        return (source < 0 ? line : line.substring(0, source)).strip();
    }

    /** Reader text without its angle-bracket token names and source excerpts. */
    private static String plain(String text) {
        String plain = text.replaceAll("<[^>]*>", "something else")
                .replaceAll("\\(start marker at .*", "")
                .replaceAll("[\\s\\p{Cntrl}]+", " ")
                .strip();
        return plain.length() <= 120 ? plain : plain.substring(0, 117) + "...";
    }
}
