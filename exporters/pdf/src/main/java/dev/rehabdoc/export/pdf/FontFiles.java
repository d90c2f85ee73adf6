package dev.rehabdoc.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import org.openpdf.text.pdf.BaseFont;

/**
 * The Liberation fonts handouts are set in, each parsed once per process and shared by every handout.
 *
 * <p>Sharing is safe because OpenPDF keeps what a document uses of a font (the glyphs, hence the subset) in the
 * document's writer, and only reads the parsed font while writing; the subset tag is the one exception, see
 * {@link SubsetTag}.
 */
final class FontFiles {

    /** The faces a handout uses. */
    enum Face {
        SANS("LiberationSans-Regular.ttf"),
        SANS_BOLD("LiberationSans-Bold.ttf"),
        SANS_ITALIC("LiberationSans-Italic.ttf"),
        SERIF("LiberationSerif-Regular.ttf"),
        SERIF_ITALIC("LiberationSerif-Italic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /** The fonts every export shares, once parsed. */
    private static FontFiles shared;

    private final Map<Face, BaseFont> fonts;

    private FontFiles(Map<Face, BaseFont> fonts) {
        this.fonts = fonts;
    }

    /** The fonts, parsed by the first caller (an exporter preparing, or the first export) and shared after. */
    static synchronized FontFiles shared() {
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    /** Reads and parses the fonts shipped in {@code openpdf-fonts-extra}. */
    static FontFiles load() {
        Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            fonts.put(face, parse(face, read(face)));
        }
        return new FontFiles(fonts);
    }

    /** The embedded Unicode font of {@code face}, the same instance for every handout. */
    BaseFont font(Face face) {
        return fonts.get(face);
    }

    private static byte[] read(Face face) {
        String resource = "/liberation/" + face.file;
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    private static BaseFont parse(Face face, byte[] bytes) {
        try {
            BaseFont font = BaseFont.createFont(face.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            font.setIncludeCidSet(false);
            font.setCompressionLevel(Compression.LEVEL);
            font.setSecureRandom(new SubsetTag(face));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + face.file, e);
        }
    }

    /** The family name a message shows for a face. */
    static String familyOf(BaseFont font) {
        return font.getFamilyFontName()[0][3];
    }

    /**
     * The "random" source OpenPDF draws a font subset's six-letter tag from, made to give the same tag in every
     * document, whichever thread writes it and in whatever order.
     *
     * <p>A shared font asks its one random source for each document's tag, so a real generator would hand the
     * documents different tags depending on which was written first. This one always spells the tag that a
     * generator seeded with the font file's name gives first (the tag handouts had when each made its own font):
     * OpenPDF draws the tag as six {@link #nextDouble()} calls from the writing thread, and each thread keeps its own
     * place in the tag.
     */
    static final class SubsetTag extends SecureRandom {
        @java.io.Serial
        private static final long serialVersionUID = 1L;
        private static final int LENGTH = 6;

        private final double[] letters = new double[LENGTH];
        private final transient ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

        SubsetTag(Face face) {
            try {
                SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
                seeded.setSeed(face.file.getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < LENGTH; i++) {
                    // The letter OpenPDF makes of a draw, given back as the middle of its slot.
                    char letter = (char) (seeded.nextDouble() * 26 + 'A');
                    letters[i] = (letter - 'A' + 0.5) / 26;
                }
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK offers no SHA1PRNG", e);
            }
        }

        @Override
        public double nextDouble() {
            int[] at = next.get();
            double letter = letters[at[0]];
            at[0] = (at[0] + 1) % LENGTH;
            return letter;
        }
    }
}
