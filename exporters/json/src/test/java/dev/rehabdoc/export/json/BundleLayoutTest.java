package dev.rehabdoc.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.model.Catalog;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleLayoutTest {

    @Test
    void hasEveryPartOfTheCatalogInTheModelsOrder() {
        List<String> contentFields = Arrays.stream(Catalog.class.getDeclaredFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .filter(field -> !Catalog.class.getName().equals(field.getType().getName()))
                .filter(field -> !field.getType().equals(java.util.Map.class))
                .map(Field::getName)
                .toList();

        assertThat(BundleLayout.PARTS).extracting(BundleLayout.Part::key).containsExactlyElementsOf(contentFields);
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
