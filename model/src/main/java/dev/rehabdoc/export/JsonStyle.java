package dev.rehabdoc.export;

import java.io.OutputStream;
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
 * {@code \n} line ends on every platform, or nothing between tokens. Shared by the exporters that write JSON.
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
        ObjectWriteContext context = compact ? ObjectWriteContext.empty() : new Pretty();
        return FACTORY.createGenerator(context, out, JsonEncoding.UTF8);
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
