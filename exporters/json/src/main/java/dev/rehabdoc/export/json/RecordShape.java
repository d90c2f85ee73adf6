package dev.rehabdoc.export.json;

import dev.rehabdoc.model.AtMost;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The components of a model record in declaration order, each with the Jakarta constraints on it and on its list
 * elements: what both the bundle writer and the schema generator read, so that they cannot disagree.
 */
record RecordShape(Class<?> type, List<Field> fields) {
    private static final Map<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();
    private static final String CONSTRAINTS_PACKAGE = "jakarta.validation.constraints";

    /**
     * One component of a record.
     *
     * @param name               the key it has in a bundle, which is also its key in a source
     * @param type               its declared type, such as {@code List<Step>}
     * @param constraints        the constraints on the component itself
     * @param elementConstraints the constraints on each element, for a list
     */
    record Field(String name, Method accessor, Type type, Set<Annotation> constraints,
                 Set<Annotation> elementConstraints) {

        /** The component's value in a record. */
        Object valueOf(Record record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("reading " + name + " failed", e.getCause());
            }
        }
    }

    /** The shape of a record type, looked up once. */
    static RecordShape of(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        return SHAPES.computeIfAbsent(type, RecordShape::inspect);
    }

    private static RecordShape inspect(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Set<Annotation> constraints = new LinkedHashSet<>();
            addConstraints(component.getAccessor().getAnnotations(), constraints);
            addConstraints(component.getAnnotatedType().getAnnotations(), constraints);
            Set<Annotation> elementConstraints = new LinkedHashSet<>();
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    addConstraints(argument.getAnnotations(), elementConstraints);
                }
            }
            fields.add(new Field(component.getName(), component.getAccessor(), component.getGenericType(),
                    Set.copyOf(constraints), Set.copyOf(elementConstraints)));
        }
        return new RecordShape(type, List.copyOf(fields));
    }

    /** Adds the Jakarta constraints among {@code annotations}, and those a composed one such as ContentId is made of. */
    private static void addConstraints(Annotation[] annotations, Set<Annotation> into) {
        for (Annotation annotation : annotations) {
            if (isConstraint(annotation)) {
                into.add(annotation);
            }
            for (Annotation meta : annotation.annotationType().getAnnotations()) {
                if (isConstraint(meta)) {
                    into.add(meta);
                }
            }
        }
    }

    private static boolean isConstraint(Annotation annotation) {
        return annotation.annotationType().getPackageName().equals(CONSTRAINTS_PACKAGE)
                || annotation instanceof AtMost;
    }
}
