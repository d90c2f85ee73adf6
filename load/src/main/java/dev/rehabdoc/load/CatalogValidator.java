package dev.rehabdoc.load;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.ContentId;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.FileNames;
import dev.rehabdoc.model.Icd10;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.Quote;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a catalog against the model's declarative rules (Jakarta constraints on the records) and across records:
 * ids unique per list, and every id that is referred to defined.
 */
public final class CatalogValidator {

    private static final AtomicBoolean PREPARING = new AtomicBoolean();
    /** A reference that is not an id at all is the id constraint's to report, not a dangling reference. */
    private static final Pattern CONTENT_ID = Pattern.compile(ContentId.PATTERN);
    /** Fewer values than this are validated one after another: starting other threads would cost more. */
    private static final int SIDE_BY_SIDE = 1000;

    private CatalogValidator() {
    }

    /** Every rule the catalog breaks; empty when it is valid. */
    public static List<Violation> validate(Catalog catalog) {
        // The catalog's own rules are all on what it holds (@Valid on its publication and on each item of its lists),
        // so each of those is validated on its own: side by side when there are many.
        List<Held> held = new ArrayList<>();
        catalog.publication().ifPresent(publication -> held.add(new Held("/publication", publication)));
        catalog.clinic().ifPresent(clinic -> held.add(new Held("/clinic", clinic)));
        hold(held, "experts", catalog.experts());
        hold(held, "riskFactors", catalog.riskFactors());
        hold(held, "conditions", catalog.conditions());
        hold(held, "exercises", catalog.exercises());
        hold(held, "programs", catalog.programs());
        hold(held, "glossary", catalog.glossary());
        Stream<Held> each = held.size() >= SIDE_BY_SIDE ? held.parallelStream() : held.stream();
        List<Violation> violations = new ArrayList<>(each.flatMap(Held::violations).toList());
        new CrossReferences(catalog, violations).check();
        return violations;
    }

    /** Every rule a clinic given on its own breaks, at pointers under {@code /clinic}; empty when it is valid. */
    public static List<Violation> validate(Clinic clinic) {
        return new Held("/clinic", clinic).violations().toList();
    }

    /** A value the catalog holds, and the pointer to it. */
    private record Held(String at, Object value) {
        Stream<Violation> violations() {
            return Holder.VALIDATOR.validate(value).stream()
                    .map(violation -> new Violation(at + pointer(violation.getPropertyPath()), message(violation)));
        }

        /** The constraint's message, and for an id that is not one, the id as written and the id it likely means. */
        private static String message(ConstraintViolation<?> violation) {
            if (violation.getConstraintDescriptor().getAnnotation() instanceof ContentId
                    && violation.getInvalidValue() instanceof String written && !written.isEmpty()) {
                String meant = written.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
                return "'" + Suggestions.abbreviate(written) + "' is not an id; an id " + ContentId.RULE
                        + (CONTENT_ID.matcher(meant).matches() ? "; did you mean '" + meant + "'?" : "");
            }
            return violation.getMessage();
        }
    }

    private static void hold(List<Held> held, String list, List<?> items) {
        for (int i = 0; i < items.size(); i++) {
            held.add(new Held("/" + list + "/" + i, items.get(i)));
        }
    }

    /** Jakarta's property path ({@code exercises[3].steps[0].text}) as a JSON pointer ({@code /exercises/3/steps/0/text}). */
    private static String pointer(jakarta.validation.Path path) {
        StringBuilder pointer = new StringBuilder();
        for (jakarta.validation.Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }

    /**
     * Starts building the validator, and what it knows of each record of the model, on another thread, so that it is
     * ready when the source has been read: that takes a few hundred milliseconds on a fresh JVM, about as long as
     * reading the seed. Does nothing once started.
     */
    static void prepare() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread.ofPlatform().name("rehabdoc-validator").daemon().start(Holder::describeModel);
        }
    }

    /** The validator factory costs a few hundred milliseconds to build: once, and only when validation runs. */
    private static final class Holder {
        /** Held so that its level stays set: Hibernate Validator announces its version at the info level otherwise. */
        static final Logger VALIDATOR_LOG = quiet("org.hibernate.validator");
        static final Validator VALIDATOR = build();

        private static Logger quiet(String name) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            return logger;
        }

        /** Has the validator describe every record the catalog holds, which it otherwise does on first use. */
        static void describeModel() {
            Set<Class<?>> seen = new HashSet<>();
            Deque<Class<?>> pending = new ArrayDeque<>(List.of(Catalog.class));
            while (!pending.isEmpty()) {
                Class<?> type = pending.pop();
                if (!seen.add(type)) {
                    continue;
                }
                VALIDATOR.getConstraintsForClass(type);
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        modelTypes(component.getGenericType(), pending);
                    }
                } else {
                    for (Field field : type.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            modelTypes(field.getGenericType(), pending);
                        }
                    }
                }
            }
        }

        /** The model's types named by a component's type, including those it holds in lists and optionals. */
        private static void modelTypes(Type type, Deque<Class<?>> into) {
            if (type instanceof Class<?> plain && plain.getPackage() == Catalog.class.getPackage()) {
                into.push(plain);
            } else if (type instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    modelTypes(argument, into);
                }
            }
        }

        private static Validator build() {
            ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                    .configure()
                    .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                    .buildValidatorFactory();
            return factory.getValidator();
        }
    }

    /** The checks across records. */
    private record CrossReferences(Catalog catalog, List<Violation> violations) {

        void check() {
            Map<String, Integer> experts = unique("experts", catalog.experts(), e -> e.id());
            Map<String, Integer> riskFactors = unique("riskFactors", catalog.riskFactors(), r -> r.id());
            Map<String, Integer> conditions = unique("conditions", catalog.conditions(), c -> c.id());
            Map<String, Integer> exercises = unique("exercises", catalog.exercises(), e -> e.id());
            unique("programs", catalog.programs(), Program::id);
            uniqueTerms();
            fileNames();

            catalog.publication().ifPresent(publication -> refer("/publication/experts", publication.experts(),
                    experts, "expert"));
            for (int i = 0; i < catalog.conditions().size(); i++) {
                Condition condition = catalog.conditions().get(i);
                String at = "/conditions/" + i;
                refer(at + "/riskFactors", condition.riskFactors(), riskFactors, "risk factor");
                refer(at + "/exercises", condition.exercises(), exercises, "exercise");
                quotes(at, condition.quotes(), experts);
                codes(at, condition);
            }
            for (int i = 0; i < catalog.exercises().size(); i++) {
                Exercise exercise = catalog.exercises().get(i);
                quotes("/exercises/" + i, exercise.quotes(), experts);
            }
            for (int i = 0; i < catalog.programs().size(); i++) {
                Program program = catalog.programs().get(i);
                String at = "/programs/" + i;
                refer(at + "/condition", program.condition(), conditions, "condition");
                for (int k = 0; k < program.exercises().size(); k++) {
                    refer(at + "/exercises/" + k + "/exercise", program.exercises().get(k).exercise(), exercises,
                            "exercise");
                }
            }
        }

        private <T> Map<String, Integer> unique(String list, List<T> items, Function<T, String> id) {
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String value = id.apply(items.get(i));
                if (value == null || value.isEmpty()) {
                    continue;
                }
                Integer first = firstIndex.putIfAbsent(value, i);
                if (first != null) {
                    violations.add(new Violation("/" + list + "/" + i + "/id",
                            "duplicate id '" + value + "'; /" + list + "/" + first + " has it already",
                            "/" + list + "/" + first));
                }
            }
            return firstIndex;
        }

        /**
         * Whether every condition and program can have files of its own: a condition {@code program-p1} and a program
         * {@code p1} would both be written to {@code program-p1.pdf}.
         */
        private void fileNames() {
            Map<String, String> takenBy = new HashMap<>();
            for (int i = 0; i < catalog.programs().size(); i++) {
                String id = catalog.programs().get(i).id();
                if (id != null) {
                    takenBy.putIfAbsent(FileNames.program(id), "/programs/" + i);
                }
            }
            for (int i = 0; i < catalog.conditions().size(); i++) {
                String id = catalog.conditions().get(i).id();
                if (id == null || !CONTENT_ID.matcher(id).matches()) {
                    continue;
                }
                String stem = FileNames.condition(id);
                String at = "/conditions/" + i + "/id";
                String program = takenBy.get(stem);
                if (program != null) {
                    violations.add(new Violation(at, "this condition's handout and that of the program " + program
                            + " would both be " + stem + ".pdf; give the condition another id", program));
                }
                FileNames.unusable(stem).ifPresent(why -> violations.add(new Violation(at, why
                        + "; give the condition another id")));
            }
        }

        private void uniqueTerms() {
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < catalog.glossary().size(); i++) {
                String term = catalog.glossary().get(i).term();
                if (term == null || term.isBlank()) {
                    continue;
                }
                Integer first = firstIndex.putIfAbsent(term.strip().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    violations.add(new Violation("/glossary/" + i + "/term",
                            "the term '" + term.strip() + "' is already defined by /glossary/" + first));
                }
            }
        }

        private void codes(String at, Condition condition) {
            for (int k = 0; k < condition.codes().size(); k++) {
                var code = condition.codes().get(k);
                if (Icd10.isIcd10(code.system()) && code.code() != null && !code.code().isBlank()
                        && !Icd10.isWellFormed(code.code())) {
                    String hint = Icd10.correction(code.code()).map(better -> "; did you mean " + better + "?")
                            .orElse("");
                    violations.add(new Violation(at + "/codes/" + k + "/code", "'" + code.code() + "' is not an "
                            + "ICD-10 code: a letter, two digits, then a dot and up to four characters, such as M54.16"
                            + hint));
                }
            }
        }

        private void quotes(String at, List<Quote> quotes, Map<String, Integer> experts) {
            for (int k = 0; k < quotes.size(); k++) {
                refer(at + "/quotes/" + k + "/expert", quotes.get(k).expert(), experts, "expert");
            }
        }

        private void refer(String pointer, List<String> ids, Map<String, Integer> defined, String what) {
            for (int k = 0; k < ids.size(); k++) {
                refer(pointer + "/" + k, ids.get(k), defined, what);
            }
        }

        private void refer(String pointer, String id, Map<String, Integer> defined, String what) {
            if (id == null || id.isEmpty() || defined.containsKey(id) || !CONTENT_ID.matcher(id).matches()) {
                return;
            }
            violations.add(new Violation(pointer, "no " + what + " has the id '" + id + "'" + suggestion(id,
                    defined.keySet())));
        }

        private static String suggestion(String id, Collection<String> known) {
            return Suggestions.didYouMean(id, known);
        }
    }
}
