package dev.rehabdoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LimitTest {
    /** Every record a catalog holds. */
    private static final List<Class<?>> RECORDS = List.of(Publication.class, RelatedArticle.class, Expert.class,
            RiskFactor.class, Condition.class, Code.class, Quote.class, Exercise.class, Step.class, Image.class,
            Evidence.class, Program.class, ProgramExercise.class, GlossaryTerm.class, Dose.class);

    @Test
    void everyTextAndListOfTheModelHasALimit() {
        List<String> unlimited = new ArrayList<>();
        for (Class<?> type : RECORDS) {
            for (RecordComponent component : type.getRecordComponents()) {
                String name = type.getSimpleName() + "." + component.getName();
                AnnotatedType slot = component.getAnnotatedType();
                Class<?> raw = component.getType();
                if ((raw == String.class || raw == List.class) && limit(slot) == null) {
                    unlimited.add(name);
                }
                if (slot instanceof AnnotatedParameterizedType list) {
                    AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
                    if (element.getType() == String.class && limit(element) == null) {
                        unlimited.add(name + " items");
                    }
                }
                if (limit(slot) != null) {
                    assertThat(limit(slot).isList()).as(name).isEqualTo(raw == List.class);
                }
            }
        }

        assertThat(unlimited).isEmpty();
        assertThat(RECORDS).containsAll(Stream.of(Catalog.class.getDeclaredFields())
                .filter(field -> field.getType() == List.class)
                .map(field -> (Class<?>) ((java.lang.reflect.ParameterizedType) field.getGenericType())
                        .getActualTypeArguments()[0])
                .toList());
    }

    @Test
    void aTextPastItsLimitIsToldHowLongItIsAndWhatTheLimitIs() {
        String step = "a".repeat(5_242_880);

        assertThat(Limit.STEP.allows(step)).isFalse();
        assertThat(Limit.STEP.tooLong(step)).isEqualTo("is 5,242,880 characters long; a step has at most 10,000");
        assertThat(Limit.STEPS.tooMany(1_001)).isEqualTo("has 1,001 steps; an exercise has at most 1,000");
        assertThat(Limit.CREDENTIALS.tooLong("M".repeat(201)))
                .isEqualTo("is 201 characters long; credentials have at most 200");
    }

    @Test
    void charactersAreCountedAsCodePoints() {
        String emoji = "\uD83D\uDE00".repeat(10_000);

        assertThat(emoji).hasSize(20_000);
        assertThat(Limit.STEP.allows(emoji)).isTrue();
        assertThat(Limit.STEP.allows(emoji + "!")).isFalse();
        assertThat(Limit.STEP.tooLong(emoji + "!")).startsWith("is 10,001 characters long");
    }

    private static Limit limit(AnnotatedType slot) {
        AtMost atMost = slot.getAnnotation(AtMost.class);
        return atMost == null ? null : atMost.value();
    }
}
