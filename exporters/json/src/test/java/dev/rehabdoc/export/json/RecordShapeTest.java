package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.model.AtMost;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.ContentId;
import dev.rehabdoc.model.Limit;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.Quote;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordShapeTest {
    private static final RecordShape PROGRAM = RecordShape.of(Program.class);

    @Test
    void listsTheComponentsInDeclarationOrder() {
        assertThat(PROGRAM.fields()).extracting(RecordShape.Field::name).containsExactly("id", "title", "condition",
                "patient", "clinician", "start", "weeks", "sessionsPerWeek", "exercises");
    }

    @Test
    void readsConstraintsOnComponentsAndUnfoldsComposedOnes() {
        assertThat(types(field("id").constraints())).contains(NotNull.class, Pattern.class);
        assertThat(field("id").constraints()).filteredOn(Pattern.class::isInstance)
                .singleElement().extracting(pattern -> ((Pattern) pattern).regexp()).isEqualTo(ContentId.PATTERN);
        assertThat(types(field("title").constraints())).contains(NotBlank.class);
        assertThat(types(field("weeks").constraints())).contains(Min.class, Max.class);
        assertThat(types(field("exercises").constraints())).contains(NotEmpty.class);
        assertThat(field("patient").constraints()).singleElement()
                .isEqualTo(field("clinician").constraints().iterator().next())
                .extracting(limit -> ((AtMost) limit).value()).isEqualTo(Limit.PERSON);
    }

    @Test
    void readsConstraintsOnListElements() {
        RecordShape.Field experts = RecordShape.of(dev.rehabdoc.model.Publication.class).fields().get(4);

        assertThat(experts.name()).isEqualTo("experts");
        assertThat(experts.constraints()).singleElement().extracting(limit -> ((AtMost) limit).value())
                .isEqualTo(Limit.REVIEWERS);
        assertThat(types(experts.elementConstraints())).contains(NotNull.class, Pattern.class, AtMost.class);
    }

    @Test
    void readsAValueThroughItsAccessor() {
        Program program = new Program("p", "P", "c", null, null, LocalDate.of(2026, 1, 1), 4, 3, List.of());

        assertThat(field("start").valueOf(program)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(RecordShape.of(Quote.class).fields().getFirst().valueOf(new Quote("e", "t"))).isEqualTo("e");
    }

    @Test
    void refusesWhatIsNotARecord() {
        assertThatThrownBy(() -> RecordShape.of(Catalog.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RecordShape.Field field(String name) {
        return PROGRAM.fields().stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Class<? extends Annotation>> types(Set<Annotation> annotations) {
        return annotations.stream().<Class<? extends Annotation>>map(Annotation::annotationType).toList();
    }
}
