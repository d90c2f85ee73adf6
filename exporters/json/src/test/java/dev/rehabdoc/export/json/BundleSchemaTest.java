package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BundleSchemaTest {

    @Test
    void theShippedSchemaIsTheOneTheModelGenerates() throws IOException {
        String generated = SchemaGenerator.generate();
        String shipped = BundleSchema.text();
        if (!shipped.equals(generated)) {
            Path fresh = Path.of("target", BundleSchema.RESOURCE).toAbsolutePath();
            Files.writeString(fresh, generated);
            assertThat(shipped).as("the model changed: copy " + fresh + " over src/main/resources/dev/rehabdoc/export/"
                    + "json/" + BundleSchema.RESOURCE + " and review the difference").isEqualTo(generated);
        }
    }

    @Test
    void theShippedSchemaIsAValidDraft202012Schema() {
        var metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SchemaGenerator.DIALECT));

        assertThat(metaSchema.validate(BundleSchema.text(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void theSchemaIsNamedByItsId() {
        assertThat(BundleSchema.text()).contains("\"$id\": \"" + BundleSchema.id() + "\"");
        assertThat(BundleSchema.id()).isEqualTo("https://rehabdoc.dev/schema/bundle-v1.json");
    }
}
