package dev.rehabdoc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.model.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportersTest {

    private record Named(String formatId) implements Exporter {

        @Override
        public String description() {
            return "test";
        }

        @Override
        public void export(Catalog catalog, ExportOptions options, ExportTarget target) {
        }
    }

    @Test
    void findsExportersByFormatIdInSortedOrder() {
        Exporters exporters = Exporters.of(List.of(new Named("xlsx"), new Named("pdf")));

        assertThat(exporters.formatIds()).containsExactly("pdf", "xlsx");
        assertThat(exporters.find("pdf")).isPresent();
        assertThat(exporters.find("docx")).isEmpty();
    }

    @Test
    void twoExportersForOneFormatFailLoudly() {
        assertThatThrownBy(() -> Exporters.of(List.of(new Named("pdf"), new Named("pdf"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two exporters claim the format 'pdf'");
    }

    @Test
    void aMalformedFormatIdFailsLoudly() {
        assertThatThrownBy(() -> Exporters.of(List.of(new Named("PDF!")))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("malformed format id");
    }

    @Test
    void optionsHaveDefaultsAndWithers() {
        ExportOptions options = ExportOptions.defaults().withLargePrint(true).withPageSize(PageSize.LETTER);

        assertThat(options.handouts().largePrint()).isTrue();
        assertThat(options.handouts().pageSize()).isEqualTo(PageSize.LETTER);
        assertThat(options.force()).isFalse();
        assertThat(options.version()).isNotBlank().isNotEqualTo("unknown");
    }
}
