package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.ExerciseKind;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.Quote;
import dev.rehabdoc.model.Step;
import dev.rehabdoc.testing.CatalogsAtLimits;
import dev.rehabdoc.testing.SyntheticCatalogs;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class CatalogValidatorTest {

    @Test
    void aGeneratedCatalogIsValid() {
        assertThat(CatalogValidator.validate(SyntheticCatalogs.generate(200, 3))).isEmpty();
    }

    @Test
    void aCatalogWithEveryTextAtItsLimitIsValid() {
        assertThat(CatalogValidator.validate(CatalogsAtLimits.generate(3, 3, null))).isEmpty();
    }

    @Test
    void textsAndListsPastTheirLimitsAreReportedWithTheLengthAndTheLimit() {
        Exercise walking = new Exercise("walking", "Walking", ExerciseKind.AEROBIC, null,
                List.of(new Step("Walk."), new Step("Walk on. ".repeat(1_112))), null, null,
                java.util.Collections.nCopies(1_001, "outdoors"), null, null, null);
        Condition back = new Condition("back", "Back", null, "S", List.of("\uD83D\uDE00".repeat(1_001)), null, null,
                List.of("walking"), null, null, null, null, null);
        Catalog catalog = new Catalog(null, List.of(), List.of(), List.of(back), List.of(walking), List.of());

        assertThat(CatalogValidator.validate(catalog)).extracting(Violation::toString).containsExactlyInAnyOrder(
                new Violation("/exercises/0/steps/1/text", "is 10,008 characters long; a step has at most 10,000")
                        .toString(),
                new Violation("/exercises/0/tags", "has 1,001 tags; an exercise has at most 1,000").toString(),
                new Violation("/conditions/0/symptoms/0", "is 1,001 characters long; a symptom has at most 1,000")
                        .toString());
    }

    @Test
    void aCatalogsOnlyRulesAreThoseOfWhatItHolds() {
        // The validator checks each value a catalog holds on its own (side by side in a large one), which leaves out
        // nothing only while the catalog has no rule of its own and cascades into these properties alone.
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            BeanDescriptor catalog = factory.getValidator().getConstraintsForClass(Catalog.class);
            assertThat(catalog.getConstraintDescriptors()).isEmpty();
            List<String> held = new ArrayList<>();
            for (PropertyDescriptor property : catalog.getConstrainedProperties()) {
                assertThat(property.getConstraintDescriptors()).as(property.getPropertyName()).isEmpty();
                for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                    assertThat(element.getConstraintDescriptors()).as(property.getPropertyName()).isEmpty();
                    assertThat(element.isCascaded()).as(property.getPropertyName()).isTrue();
                }
                held.add(property.getPropertyName());
            }
            assertThat(held).containsExactlyInAnyOrder("publication", "clinic", "experts", "riskFactors", "conditions",
                    "exercises", "programs", "glossary");
        }
    }

    @Test
    void aLargeCatalogIsValidatedSideBySideWithTheSameFindings() {
        Catalog catalog = SyntheticCatalogs.generate(1200, 5);
        List<Exercise> exercises = new ArrayList<>(catalog.exercises());
        Exercise first = exercises.getFirst();
        exercises.set(1100, new Exercise(first.id(), " ", first.kind(), first.summary(), first.steps(), first.dose(),
                first.cautions(), first.tags(), first.images(), first.quotes(), first.evidence()));
        Catalog broken = new Catalog(catalog.publication().orElse(null), catalog.experts(), catalog.riskFactors(),
                catalog.conditions(), exercises, catalog.programs(), catalog.glossary());

        assertThat(CatalogValidator.validate(broken)).extracting(Violation::toString).contains(
                new Violation("/exercises/1100/name", "must not be blank").toString(),
                new Violation("/exercises/1100/id", "duplicate id '" + first.id() + "'; /exercises/0 has it already",
                        "/exercises/0")
                        .toString());
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
                new Violation("/exercises/1/id", "duplicate id 'walking'; /exercises/0 has it already",
                        "/exercises/0").toString(),
                new Violation("/conditions/0/riskFactors/0", "no risk factor has the id 'obesity'").toString(),
                new Violation("/exercises/0/quotes/0/expert", "no expert has the id 'nobody'").toString());
    }
}
