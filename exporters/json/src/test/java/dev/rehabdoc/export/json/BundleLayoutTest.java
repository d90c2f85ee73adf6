package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleLayoutTest {

    @Test
    void hasEveryPartOfTheCatalogInTheModelsOrder() {
        List<String> contentFields = Arrays.stream(Catalog.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .filter(field -> field.getType() != Map.class)
                .map(Field::getName)
                .toList();

        assertThat(BundleLayout.PARTS).extracting(BundleLayout.Part::key)
                .as("a part of the catalog has no place in bundles: add it to BundleLayout.PARTS, regenerate the "
                        + "schema and document it in docs/json.md")
                .containsExactlyElementsOf(contentFields);
    }

    @Test
    void givesEachPartTheTypeTheCatalogHolds() throws NoSuchFieldException {
        for (BundleLayout.Part part : BundleLayout.PARTS) {
            Field field = Catalog.class.getDeclaredField(part.key());
            Class<?> held = field.getGenericType() instanceof ParameterizedType list
                    ? (Class<?>) list.getActualTypeArguments()[0] : field.getType();
            assertThat(part.type()).as(part.key()).isEqualTo(held);
            assertThat(part.list()).as(part.key()).isEqualTo(field.getType() == List.class);
        }
    }
}
