package dev.rehabdoc.export;

import java.io.OutputStream;
import java.io.Writer;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * How rehabdoc writes JSON: UTF-8, keys as given, and either two-space indentation with one value per line and
 * {@code \n} line ends on every platform, or nothing between tokens. Shared by everything that writes JSON: the
 * exporters, the check report and the progress report of a filled log.
 */
public final class JsonStyle {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private JsonStyle() {
    }

    /** A generator writing to {@code out}, which it leaves open when closed. */
    public static JsonGenerator generator(OutputStream out, boolean compact) {
        return FACTORY.createGenerator(context(compact), out, JsonEncoding.UTF8);
    }

    /**
     * A generator writing characters to {@code out}, which it leaves open when closed: a command's standard output
     * stays usable for what follows the JSON.
     */
    public static JsonGenerator generator(Writer out, boolean compact) {
        return FACTORY.createGenerator(context(compact), out);
    }

    private static ObjectWriteContext context(boolean compact) {
        return compact ? ObjectWriteContext.empty() : new Pretty();
    }

    /** Supplies the pretty printer: a fresh one per generator, as it keeps the nesting depth. */
    private static final class Pretty extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(INDENTER)
                    .withArrayIndenter(INDENTER);
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }
}
