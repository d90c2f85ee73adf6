package dev.rehabdoc.load;

import dev.rehabdoc.load.Node.Entry;
import dev.rehabdoc.load.Node.ListNode;
import dev.rehabdoc.load.Node.MapNode;
import dev.rehabdoc.load.Node.ScalarNode;
import dev.rehabdoc.model.AtMost;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.Limit;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a {@link Node} tree to the model's records by their component names, reporting every unknown key, wrong
 * type and malformed value. It never stops at the first problem: a value that cannot be bound becomes a neutral
 * placeholder (null, 0, "" or an empty record) so that list positions stay as they are in the source, and the
 * problem's pointer marks it so that validation does not report the same value again.
 *
 * <p>A text or list longer than the {@link AtMost} limit of its place is refused before anything else reads it, so
 * that no check, lookup or message ever works through megabytes of one value.
 */
final class Binder {
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

    /** Resolves and checks an image path written in a source. */
    interface ImageResolver {
        /** The image file, or {@code null} after adding a problem. */
        Path resolve(ScalarNode node, List<Problem> problems);
    }

    private final List<Problem> problems;
    private final ImageResolver images;

    Binder(List<Problem> problems, ImageResolver images) {
        this.problems = problems;
        this.images = images;
    }

    /** A record bound from a mapping; never null. */
    <T extends Record> T bindRecord(Node node, Class<T> type) {
        return type.cast(bindRecordValue(node, type));
    }

    /** The value for a place of {@code slot}'s type, within the limit its annotations set. */
    private Object bind(Node node, AnnotatedType slot) {
        AtMost limit = slot.getAnnotation(AtMost.class);
        Optional<String> excess = limit == null ? Optional.empty() : excess(node, limit.value());
        if (slot instanceof AnnotatedParameterizedType list && slot.getType() instanceof ParameterizedType type
                && type.getRawType() == List.class) {
            return excess.isPresent() ? fail(node, excess.get(), null)
                    : bindList(node, list.getAnnotatedActualTypeArguments()[0]);
        }
        Class<?> raw = (Class<?>) slot.getType();
        if (excess.isPresent()) {
            return fail(node, excess.get(), raw);
        }
        if (raw.isRecord()) {
            return bindRecordValue(node, raw);
        }
        if (!(node instanceof ScalarNode scalar)) {
            Optional<String> quote = raw == String.class ? textItemReadAsField(node) : Optional.empty();
            return fail(node, quote.orElseGet(() -> "must be " + expected(raw) + ", not " + node.description()), raw);
        }
        if (scalar.isNull()) {
            return neutral(raw);
        }
        if (raw == String.class) {
            return scalar.type() == ScalarNode.Type.TEXT ? scalar.text() : bindTextLike(scalar);
        }
        if (raw == int.class || raw == Integer.class) {
            return bindInteger(scalar, raw);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return scalar.type() == ScalarNode.Type.BOOLEAN
                    ? Boolean.valueOf(scalar.text().equalsIgnoreCase("true"))
                    : fail(scalar, "must be true or false, not " + scalar.description(), raw);
        }
        if (raw == LocalDate.class) {
            return bindDate(scalar);
        }
        if (raw == ExerciseKind.class) {
            return bindKind(scalar);
        }
        if (raw == Path.class) {
            return bindPath(scalar);
        }
        throw new IllegalStateException("the binder cannot read a " + raw);
    }

    /** The items of a list, each bound to the element's type; an item that cannot be is left out or stood in for. */
    List<Object> bindList(Node node, AnnotatedType element) {
        if (node instanceof ScalarNode scalar && scalar.isNull()) {
            return List.of();
        }
        if (!(node instanceof ListNode list)) {
            fail(node, "must be a list (one '- item' per line), not " + node.description(), null);
            return List.of();
        }
        List<Object> values = new ArrayList<>(list.items().size());
        for (Node item : list.items()) {
            Object value = bind(item, element);
            if (value == null) {
                value = placeholder(element.getType());
            }
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * The message for a text such as {@code - Relax: let go slowly.}, which YAML reads as the field {@code Relax}
     * with the value {@code let go slowly.}, where the record may be written as text alone (a step).
     */
    private static Optional<String> textReadAsField(RecordShape shape, MapNode map, Entry entry) {
        if (!shape.acceptsShorthand() || shape.components[0].getType() != String.class || map.entries().size() != 1
                || !(entry.value() instanceof ScalarNode value) || value.isNull()
                || !Suggestions.didYouMean(entry.key(), shape.indexByName.keySet()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(putInQuotes(entry.key(), value));
    }

    /**
     * The message for an item of a list of texts written as {@code - Rest: a day or two.}, which YAML reads as a
     * mapping of one field; a mapping elsewhere, such as under a field, is more likely meant as one.
     */
    private static Optional<String> textItemReadAsField(Node node) {
        if (node instanceof MapNode map && map.entries().size() == 1 && node.pointer().matches(".*/\\d+")
                && map.entries().values().iterator().next() instanceof Entry entry
                && entry.value() instanceof ScalarNode value && !value.isNull()) {
            return Optional.of(putInQuotes(entry.key(), value));
        }
        return Optional.empty();
    }

    private static String putInQuotes(String key, ScalarNode value) {
        String text = key + ": " + value.text();
        return "text that contains ': ' is read as a field name and a value; put the whole text in quotes: \""
                + Suggestions.abbreviate(text.replace("\"", "\\\"")) + "\"";
    }

    private Object bindRecordValue(Node node, Class<?> type) {
        RecordShape shape = SHAPES.computeIfAbsent(type, RecordShape::of);
        Object[] arguments = new Object[shape.components.length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = neutral(shape.components[i].getType());
        }
        if (node instanceof ScalarNode scalar && !scalar.isNull() && shape.acceptsShorthand()) {
            arguments[0] = bind(scalar, shape.slots[0]);
        } else if (node instanceof MapNode map) {
            for (Entry entry : map.entries().values()) {
                Integer index = shape.indexByName.get(entry.key());
                if (index == null) {
                    Optional<String> quote = textReadAsField(shape, map, entry);
                    problems.add(new Problem(entry.keyLocation(), entry.value().pointer(), quote
                            .orElseGet(() -> Suggestions.unknownKey(entry.key(), shape.indexByName.keySet()))));
                    if (quote.isPresent()) {
                        // The text is known; the only problem is the missing quotes, not a missing text.
                        arguments[0] = entry.key() + ": " + ((ScalarNode) entry.value()).text();
                    }
                    continue;
                }
                Object value = bind(entry.value(), shape.slots[index]);
                if (value != null) {
                    arguments[index] = value;
                }
            }
            for (int i = 0; i < arguments.length; i++) {
                Class<?> componentType = shape.components[i].getType();
                if (componentType.isPrimitive() && componentType != boolean.class
                        && !map.entries().containsKey(shape.components[i].getName())) {
                    problems.add(new Problem(map.location(), Node.child(map.pointer(), shape.components[i].getName()),
                            "required field '" + shape.components[i].getName() + "' is missing"));
                }
            }
        } else if (!(node instanceof ScalarNode scalar && scalar.isNull())) {
            fail(node, "must be a mapping with the fields " + String.join(", ", shape.indexByName.keySet())
                    + ", not " + node.description(), null);
        }
        return shape.construct(arguments);
    }

    /** The message for a text or list past its limit, if it is. */
    private static Optional<String> excess(Node node, Limit limit) {
        return switch (node) {
            case ScalarNode scalar when !limit.isList() && !limit.allows(scalar.text()) ->
                    Optional.of(limit.tooLong(scalar.text()));
            case ListNode list when limit.isList() && !limit.allows(list.items().size()) ->
                    Optional.of(limit.tooMany(list.items().size()));
            default -> Optional.empty();
        };
    }

    /**
     * An image file. An image path is the one text limited here rather than on its record: the record holds the
     * resolved path, which is longer than the written one; and a data: URI, however long, is for the resolver to
     * explain.
     */
    private Object bindPath(ScalarNode scalar) {
        if (scalar.type() != ScalarNode.Type.TEXT) {
            return fail(scalar, "must be the path of an image file, not " + scalar.description(), Path.class);
        }
        String written = scalar.text();
        return written.startsWith("data:") || Limit.IMAGE_PATH.allows(written) ? images.resolve(scalar, problems)
                : fail(scalar, Limit.IMAGE_PATH.tooLong(written), Path.class);
    }

    private Object bindTextLike(ScalarNode scalar) {
        // Numbers and true/false where text is expected are kept as written: "code: 123" means the text 123.
        return scalar.text();
    }

    private Object bindInteger(ScalarNode scalar, Class<?> raw) {
        if (scalar.type() != ScalarNode.Type.INTEGER) {
            String what = scalar.type() == ScalarNode.Type.DECIMAL ? "a number with a fraction" : scalar.description();
            return fail(scalar, "must be a whole number, not " + what, raw);
        }
        try {
            return Integer.valueOf(scalar.text().replace("_", ""));
        } catch (NumberFormatException e) {
            return fail(scalar, "the number " + Suggestions.abbreviate(scalar.text()) + " is far too large", raw);
        }
    }

    private Object bindDate(ScalarNode scalar) {
        String text = scalar.text().strip();
        if (scalar.type() != ScalarNode.Type.TEXT || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return fail(scalar, "must be a date written YYYY-MM-DD, such as 2021-07-20, not "
                    + scalar.description(), LocalDate.class);
        }
        try {
            return LocalDate.parse(text, ISO_DATE);
        } catch (DateTimeParseException e) {
            return fail(scalar, "there is no date " + text + " in the calendar", LocalDate.class);
        }
    }

    private Object bindKind(ScalarNode scalar) {
        return ExerciseKind.fromId(scalar.text()).map(Object.class::cast).orElseGet(() -> {
            List<String> kinds = Arrays.stream(ExerciseKind.values()).map(ExerciseKind::id).toList();
            String suggestion = Suggestions.didYouMean(scalar.text(), kinds);
            return fail(scalar, "unknown kind '" + Suggestions.abbreviate(scalar.text()) + "'"
                    + (suggestion.isEmpty() ? "; the kinds are " + String.join(", ", kinds) : suggestion), null);
        });
    }

    private Object fail(Node node, String message, Class<?> type) {
        problems.add(new Problem(node.location(), node.pointer(), message));
        return type == null ? null : neutral(type);
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == ExerciseKind.class) {
            return "a kind of exercise";
        }
        return type == Path.class ? "the path of an image file" : "a single value";
    }

    private static Object neutral(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return type == List.class ? List.of() : null;
    }

    /** What stands in a list for an element that could not be bound, so that positions stay as in the source. */
    private Object placeholder(Type elementType) {
        if (elementType == String.class) {
            return "";
        }
        if (elementType instanceof Class<?> raw && raw.isRecord()) {
            RecordShape shape = SHAPES.computeIfAbsent(raw, RecordShape::of);
            Object[] arguments = new Object[shape.components.length];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = neutral(shape.components[i].getType());
            }
            return shape.construct(arguments);
        }
        return null;
    }

    /** A record type's components and canonical constructor, looked up once. */
    private record RecordShape(RecordComponent[] components, AnnotatedType[] slots, Constructor<?> constructor,
            Map<String, Integer> indexByName) {

        static RecordShape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            AnnotatedType[] slots = Arrays.stream(components).map(RecordComponent::getAnnotatedType)
                    .toArray(AnnotatedType[]::new);
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Map<String, Integer> indexByName = new LinkedHashMap<>();
            for (int i = 0; i < components.length; i++) {
                indexByName.put(components[i].getName(), i);
            }
            try {
                return new RecordShape(components, slots, type.getDeclaredConstructor(types), indexByName);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }

        /** Whether a single value may stand for the whole record, as a step's text stands for the step. */
        boolean acceptsShorthand() {
            Class<?> first = components[0].getType();
            return first == String.class || first == Path.class;
        }

        Object construct(Object[] arguments) {
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName(),
                        e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
