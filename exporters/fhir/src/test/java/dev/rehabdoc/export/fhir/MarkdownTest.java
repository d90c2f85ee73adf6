package dev.rehabdoc.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void plainTextWithTypographicQuotesIsKeptAsItIs() {
        String text = "If it doesn’t exacerbate your pain, exercise may help. “Keep moving,” she says.";

        assertThat(Markdown.escape(text)).isEqualTo(text);
    }

    @Test
    void inlineMarkupIsEscaped() {
        assertThat(Markdown.escape("2 * 3 sets_of_5 [see] <b> `x` a\\b"))
                .isEqualTo("2 \\* 3 sets\\_of\\_5 \\[see\\] \\<b\\> \\`x\\` a\\\\b");
    }

    @Test
    void lineStartsThatWouldBecomeHeadingsOrListsAreEscaped() {
        assertThat(Markdown.escape("# not a heading\n- not an item\n3. not numbered\nfine - here"))
                .isEqualTo("\\# not a heading\n\\- not an item\n3\\. not numbered\nfine - here");
    }

    @Test
    void stepsBecomeANumberedList() {
        assertThat(Markdown.numbered(List.of("Kneel.", "Breathe *out*.")))
                .isEqualTo("1. Kneel.\n2. Breathe \\*out\\*.");
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesWithoutEmptyOnes() {
        assertThat(Markdown.paragraphs(Arrays.asList("One.", null, " ", "Two.")))
                .isEqualTo("One.\n\nTwo.");
    }
}
