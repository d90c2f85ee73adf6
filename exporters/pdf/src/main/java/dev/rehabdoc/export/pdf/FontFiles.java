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

/** The Liberation font files handouts are set in, read once per export and turned into fresh fonts per document. */
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

    private final Map<Face, byte[]> bytes;

    private FontFiles(Map<Face, byte[]> bytes) {
        this.bytes = bytes;
    }

    /** Reads the fonts shipped in {@code openpdf-fonts-extra}. */
    static FontFiles load() {
        Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            String resource = "/liberation/" + face.file;
            try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is missing from the class path");
                }
                bytes.put(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + resource, e);
            }
        }
        return new FontFiles(bytes);
    }

    /**
     * A new embedded Unicode font for one document. Its subset prefix comes from a generator seeded with the face,
     * so the same text gives the same font names in every run.
     */
    BaseFont create(Face face) {
        try {
            BaseFont font = BaseFont.createFont(face.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    bytes.get(face), null);
            font.setIncludeCidSet(false);
            SecureRandom prefixes = SecureRandom.getInstance("SHA1PRNG");
            prefixes.setSeed(face.file.getBytes(StandardCharsets.UTF_8));
            font.setSecureRandom(prefixes);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + face.file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA1PRNG", e);
        }
    }

    /** The family name a message shows for a face. */
    static String familyOf(BaseFont font) {
        return font.getFamilyFontName()[0][3];
    }
}
