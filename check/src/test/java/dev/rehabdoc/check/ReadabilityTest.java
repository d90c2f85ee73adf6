package dev.rehabdoc.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void countsSyllablesByVowelGroups() {
        assertThat(Readability.syllables("walk")).isEqualTo(1);
        assertThat(Readability.syllables("table")).isEqualTo(2);
        assertThat(Readability.syllables("gently")).isEqualTo(2);
        assertThat(Readability.syllables("radiculopathy")).isEqualTo(6);
        assertThat(Readability.syllables("released")).isEqualTo(2);
        assertThat(Readability.syllables("the")).isEqualTo(1);
    }

    @Test
    void splitsSentencesAndWords() {
        assertThat(Readability.sentences("Rest your butt on your heels. Sit up straight! Exhale deeply?"))
                .containsExactly("Rest your butt on your heels.", "Sit up straight!", "Exhale deeply?");
        assertThat(Readability.words("Don’t strain, Zoë.")).containsExactly("Don’t", "strain", "Zoë");
    }

    @Test
    void gradeFollowsTheFleschKincaidFormula() {
        // 0.39 × 10 + 11.8 × 1.5 − 15.59 = 6.01
        assertThat(Readability.grade(20, 2, 30)).isCloseTo(6.01, within(0.001));
        assertThat(Readability.grade(0, 0, 0)).isZero();
        assertThat(Readability.grade(3, 1, 3)).isZero();
    }

    @Test
    void findsPassiveConstructionsButNotAdjectives() {
        assertThat(Readability.passives("The nerve is pinched by the disc.")).containsExactly("is pinched");
        assertThat(Readability.passives("Exercise should always be recommended.")).containsExactly("be recommended");
        assertThat(Readability.passives("Walking in a pool is even better.")).isEmpty();
        assertThat(Readability.passives("Back is flat like a table.")).isEmpty();
    }
}
