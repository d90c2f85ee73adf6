package dev.rehabdoc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Exercise walking = new Exercise("walking", "Walking", ExerciseKind.AEROBIC, null,
            List.of(new Step("Walk.")), new Dose(null, null, null, 20, null), null, null, null, null, null);
    private final Exercise swimming = new Exercise("swimming", "Swimming", ExerciseKind.AQUATIC, null,
            List.of(new Step("Swim.")), null, null, null, null, null, null);
    private final Condition back = new Condition("back", "Back", null, "S", null, null, List.of("obesity"),
            List.of("swimming", "walking"), null, null, null, null, null);
    private final ProgramExercise prescribed = new ProgramExercise("walking", new Dose(2, null, null, null, null), null);
    private final Catalog catalog = new Catalog(null, List.of(), List.of(new RiskFactor("obesity", "Obesity", null)),
            List.of(back), List.of(walking, swimming),
            List.of(new Program("p", "P", "back", null, null, null, 6, 3, List.of(prescribed))));

    @Test
    void looksRecordsUpByIdAndKeepsTheRecommendedOrder() {
        assertThat(catalog.exercisesOf(back)).containsExactly(swimming, walking);
        assertThat(catalog.riskFactorsOf(back)).extracting(RiskFactor::name).containsExactly("Obesity");
        assertThat(catalog.findExercise("rowing")).isEmpty();
        assertThat(catalog.doseOf(prescribed).describe()).isEqualTo("2 sets, 20 minutes");
        assertThatThrownBy(() -> catalog.exercise("rowing")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("rowing");
    }

    @Test
    void copiesItsListsSoLaterChangesToTheCallersListsDoNotLeakIn() {
        List<Exercise> exercises = new ArrayList<>(List.of(walking));
        Catalog copy = new Catalog(null, null, null, null, exercises, null);
        exercises.add(swimming);

        assertThat(copy.exercises()).containsExactly(walking);
        assertThat(copy.experts()).isEmpty();
        assertThat(copy.publication()).isEmpty();
        assertThat(swimming.dose()).isSameAs(Dose.NONE);
    }

    @Test
    void twoCatalogsWithTheSameContentAreEqual() {
        Catalog same = new Catalog(null, List.of(), List.of(new RiskFactor("obesity", "Obesity", null)), List.of(back),
                List.of(walking, swimming), catalog.programs());

        assertThat(same).isEqualTo(catalog).hasSameHashCodeAs(catalog);
        assertThat(new Catalog(null, null, null, null, List.of(walking), null)).isNotEqualTo(catalog);
    }

    @Test
    void kindsHaveTheIdsSourcesUse() {
        assertThat(ExerciseKind.MIND_BODY.id()).isEqualTo("mind-body");
        assertThat(ExerciseKind.MIND_BODY.label()).isEqualTo("Mind-body");
        assertThat(ExerciseKind.fromId("yoga")).contains(ExerciseKind.YOGA);
        assertThat(ExerciseKind.fromId("YOGA")).isEmpty();
    }
}
