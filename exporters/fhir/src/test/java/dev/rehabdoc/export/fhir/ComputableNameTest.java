package dev.rehabdoc.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComputableNameTest {

    @ParameterizedTest
    @CsvSource({"cat-cow, CatCow", "tai-chi, TaiChi", "walking, Walking", "exercise-12, Exercise12", "90-90-stretch, N9090Stretch"})
    void idsBecomeNamesThatReadLikeIdentifiers(String id, String name) {
        assertThat(ComputableName.of(id)).isEqualTo(name).matches("[A-Z]([A-Za-z0-9_]){0,254}");
    }

    @Test
    void namesStopAtFhirsLimit() {
        assertThat(ComputableName.of("a".repeat(300))).hasSize(255);
    }
}
