package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.Step;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogValidatorTest {

    @Test
    void aGeneratedCatalogIsValid() {
        assertThat(CatalogValidator.validate(SyntheticCatalogs.generate(200, 3))).isEmpty();
    }

    @Test
    void reportsBrokenRulesAndReferencesAsPointers() {
        Exercise walking = new Exercise("walking", " ", ExerciseKind.AEROBIC, null, List.of(), null, null, null, null,
                List.of(new Quote("nobody", "Walk.")), null);
        Exercise twin = new Exercise("walking", "Walking", null, null, List.of(new Step("Walk.")), null, null, null,
                null, null, null);
        Condition back = new Condition("back", "Back", null, "S", null, null, List.of("obesity"), List.of("walking"),
                null, null, null, null, null);
        Catalog catalog = new Catalog(null, List.of(new Expert("a", "A", null, null, null)), List.of(), List.of(back),
                List.of(walking, twin), List.of());

        assertThat(CatalogValidator.validate(catalog)).extracting(Violation::toString).containsExactlyInAnyOrder(
                new Violation("/exercises/0/name", "must not be blank").toString(),
                new Violation("/exercises/0/steps", "must not be empty").toString(),
                new Violation("/exercises/1/kind", "must not be null").toString(),
                new Violation("/exercises/1/id", "duplicate id 'walking'; /exercises/0 has it already").toString(),
                new Violation("/conditions/0/riskFactors/0", "no risk factor has the id 'obesity'").toString(),
                new Violation("/exercises/0/quotes/0/expert", "no expert has the id 'nobody'").toString());
    }
}
