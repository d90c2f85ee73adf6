package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean": the words editors use, the spelling distance and its tolerance, and the one-line abbreviation. */
class SuggestionsTest {
    private static final List<String> DOSE = List.of("sets", "repetitions", "holdSeconds", "minutes", "timesPerWeek");

    @Test
    void aWordEditorsUseForAFieldNamesThatFieldWhateverItsSpelling() {
        assertThat(Suggestions.closest("reps", DOSE)).contains("repetitions");
        assertThat(Suggestions.closest("REPS", DOSE)).contains("repetitions");
        assertThat(Suggestions.closest("secs", DOSE)).contains("holdSeconds");
        assertThat(Suggestions.closest("per-week", DOSE)).contains("timesPerWeek");
        assertThat(Suggestions.closest("Per_Week", DOSE)).contains("timesPerWeek");
        assertThat(Suggestions.closest("duration", DOSE)).contains("minutes");
    }

    @Test
    void aSynonymForAFieldThePlaceDoesNotHaveFallsBackToTheSpelling() {
        // "reps" means repetitions, which is not known here; by spelling it is two letters from "sets".
        assertThat(Suggestions.closest("reps", List.of("sets", "minutes"))).contains("sets");
        assertThat(Suggestions.closest("title", List.of("kind", "dose"))).isEmpty();
    }

    @Test
    void spellingIsComparedWithoutCaseAndTheKnownSpellingIsSuggested() {
        assertThat(Suggestions.closest("holdseconds", DOSE)).contains("holdSeconds");
        assertThat(Suggestions.closest("STPES", List.of("name", "steps"))).contains("steps");
    }

    @Test
    void aShortWordMayBeTwoEditsAwayAndNoMore() {
        // tolerance max(2, 5 / 3) = 2
        assertThat(Suggestions.closest("stpes", List.of("steps"))).contains("steps");
        assertThat(Suggestions.closest("stxyz", List.of("steps"))).isEmpty();
    }

    @Test
    void aLongerWordMayBeAThirdOfItsLengthAway() {
        // tolerance 9 / 3 = 3
        assertThat(Suggestions.closest("exerxxxes", List.of("exercises"))).contains("exercises");
        assertThat(Suggestions.closest("exerxxxxs", List.of("exercises"))).isEmpty();
    }

    @Test
    void wordsOfLengthsMoreThanEightApartAreNeverCompared() {
        String word = "abcdefghijklmnopqrstuvwxyz0"; // 27 letters: tolerance 9
        assertThat(Suggestions.closest(word, List.of(word.substring(0, 19)))).contains(word.substring(0, 19));
        // Nine letters shorter is within the tolerance of nine, but too far apart in length to be a typo.
        assertThat(Suggestions.closest(word, List.of(word.substring(0, 18)))).isEmpty();
    }

    @Test
    void ofEquallyCloseWordsTheFirstKnownIsSuggested() {
        assertThat(Suggestions.closest("cat", List.of("bat", "hat"))).contains("bat");
        assertThat(Suggestions.closest("cat", List.of("hat", "bat"))).contains("hat");
        assertThat(Suggestions.closest("cat", List.of("cut", "cat"))).contains("cat");
    }

    @Test
    void nothingKnownSuggestsNothing() {
        assertThat(Suggestions.closest("steps", List.of())).isEmpty();
        assertThat(Suggestions.didYouMean("steps", List.of())).isEmpty();
    }

    @Test
    void didYouMeanIsAClauseToAppendOrNothing() {
        assertThat(Suggestions.didYouMean("stpes", List.of("name", "steps"))).isEqualTo("; did you mean 'steps'?");
        assertThat(Suggestions.didYouMean("colour", List.of("name", "steps"))).isEmpty();
    }

    @Test
    void anUnknownKeyGetsASuggestionOrElseTheListOfKnownFields() {
        assertThat(Suggestions.unknownKey("stpes", List.of("name", "steps")))
                .isEqualTo("unknown field 'stpes'; did you mean 'steps'?");
        assertThat(Suggestions.unknownKey("colour", List.of("name", "steps")))
                .isEqualTo("unknown field 'colour'; known fields: name, steps");
        assertThat(Suggestions.unknownKey("x".repeat(50) + "\n", List.of("name")))
                .isEqualTo("unknown field '" + "x".repeat(37) + "...'; known fields: name");
    }

    @Test
    void textOfFortyCharactersIsKeptAndLongerTextIsCutToForty() {
        String forty = "0123456789".repeat(4);
        assertThat(Suggestions.abbreviate(forty)).isEqualTo(forty);
        assertThat(Suggestions.abbreviate(forty + "x")).isEqualTo(forty.substring(0, 37) + "...").hasSize(40);
        assertThat(Suggestions.abbreviate("")).isEmpty();
    }

    @Test
    void controlCharactersBecomeSpacesSoTheTextStaysOnOneLine() {
        assertThat(Suggestions.abbreviate("a\nb\tc\u001bd\re\u007F")).isEqualTo("a b c d e ");
    }
}
