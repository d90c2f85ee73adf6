package dev.rehabdoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoseTest {

    @Test
    void aProgramsDoseOverridesTheExercisesDoseFieldByField() {
        Dose exercise = new Dose(null, 5, 30, null, 3);
        Dose program = new Dose(2, null, 45, null, null);

        assertThat(exercise.overriddenBy(program)).isEqualTo(new Dose(2, 5, 45, null, 3));
        assertThat(exercise.overriddenBy(Dose.NONE)).isEqualTo(exercise);
        assertThat(exercise.overriddenBy(null)).isEqualTo(exercise);
    }

    @Test
    void describesItselfInWords() {
        assertThat(new Dose(2, 5, 30, null, 3).describe()).isEqualTo("2 sets of 5 repetitions, hold 30 seconds, 3 times a week");
        assertThat(new Dose(1, null, null, 1, 1).describe()).isEqualTo("1 set, 1 minute, once a week");
        assertThat(new Dose(null, 5, null, null, null).describe()).isEqualTo("5 repetitions");
        assertThat(Dose.NONE.describe()).isEmpty();
        assertThat(Dose.NONE.isEmpty()).isTrue();
    }
}
