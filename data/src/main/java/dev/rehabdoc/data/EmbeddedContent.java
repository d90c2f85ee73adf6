package dev.rehabdoc.data;

import dev.rehabdoc.load.CatalogLoader;
import dev.rehabdoc.load.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The content shipped inside rehabdoc, used when a command is given no source. */
public final class EmbeddedContent {
    /** What messages and listings call the embedded source. */
    public static final String NAME = "pinched-nerve-exercises.yaml (embedded)";

    private static final String RESOURCE = "pinched-nerve-exercises.yaml";

    private EmbeddedContent() {
    }

    /** Loads the embedded article; it is valid, and a test proves it. */
    public static LoadResult load() {
        try (InputStream in = EmbeddedContent.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the embedded content " + RESOURCE + " is missing from the class path");
            }
            return CatalogLoader.load(NAME, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
