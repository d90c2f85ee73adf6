package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.export.pdf.FontFiles.Face;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FontFilesTest {

    @Test
    void eachFaceIsParsedOnceAndSharedByTheHandoutsOfAnExport() {
        FontFiles fonts = FontFiles.load();
        for (Face face : Face.values()) {
            assertThat(fonts.font(face)).isSameAs(fonts.font(face));
        }
    }

    @Test
    void theSubsetTagIsTheSameForEveryDocumentAndThreadAndIsTheSeededOne() throws Exception {
        FontFiles.SubsetTag tag = new FontFiles.SubsetTag(Face.SERIF);
        String expected = seededTag("LiberationSerif-Regular.ttf");

        String firstHalf = draw(tag, 3);
        // another thread draws a whole tag while this one is half way through its own
        String other = CompletableFuture.supplyAsync(() -> draw(tag, 6)).get();
        String mine = firstHalf + draw(tag, 3);

        assertThat(mine).isEqualTo(expected).matches("[A-Z]{6}");
        assertThat(other).isEqualTo(expected);
        assertThat(draw(tag, 6)).isEqualTo(expected);
    }

    /** The tag as OpenPDF spells it from six draws. */
    private static String draw(SecureRandom random, int letters) {
        StringBuilder tag = new StringBuilder();
        for (int k = 0; k < letters; k++) {
            tag.append((char) (random.nextDouble() * 26 + 'A'));
        }
        return tag.toString();
    }

    private static String seededTag(String file) throws Exception {
        SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
        seeded.setSeed(file.getBytes(StandardCharsets.UTF_8));
        return draw(seeded, 6);
    }
}
