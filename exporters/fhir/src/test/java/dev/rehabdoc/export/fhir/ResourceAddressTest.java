package dev.rehabdoc.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceAddressTest {

    @Test
    void urlsAndIdsComeFromTheRehabdocId() {
        ResourceAddress address = ResourceAddress.of("ActivityDefinition", "cat-cow");

        assertThat(address.id()).isEqualTo("cat-cow");
        assertThat(address.url()).isEqualTo("https://rehabdoc.dev/fhir/ActivityDefinition/cat-cow");
    }

    @Test
    void theFullUrlIsTheVersion5UuidOfTheCanonicalUrl() {
        // Both values from Python: uuid.uuid5(uuid.NAMESPACE_URL, name).
        assertThat(ResourceAddress.nameBasedUuid("http://python.org/"))
                .isEqualTo(UUID.fromString("4c565f0d-3f5a-5890-b41b-20cf47701c5e"));
        assertThat(ResourceAddress.of("ActivityDefinition", "cat-cow").fullUrl())
                .isEqualTo("urn:uuid:2ba2e963-295e-5ab3-b31d-24e3a00c6bbb");
        assertThat(ResourceAddress.nameBasedUuid("x").version()).isEqualTo(5);
    }

    @Test
    void theSameIdInTwoTypesGivesTwoEntries() {
        assertThat(ResourceAddress.of("PlanDefinition", "neck").fullUrl())
                .isNotEqualTo(ResourceAddress.of("CarePlan", "neck").fullUrl());
    }

    @Test
    void idsLongerThanFhirAllowsAreShortenedAndStayDistinct() {
        String base = "a-very-long-exercise-id-that-goes-on-and-on-past-the-limit-of-sixty-four";

        String first = ResourceAddress.fhirId(base + "-one");
        String second = ResourceAddress.fhirId(base + "-two");

        assertThat(first).hasSize(64).matches("[A-Za-z0-9\\-.]{1,64}").startsWith(base.substring(0, 55));
        assertThat(second).hasSize(64).isNotEqualTo(first);
        assertThat(ResourceAddress.fhirId(base + "-one")).isEqualTo(first);
    }
}
