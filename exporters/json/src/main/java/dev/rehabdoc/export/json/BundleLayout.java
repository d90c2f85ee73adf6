package dev.rehabdoc.export.json;

import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Expert;
import dev.rehabdoc.model.GlossaryTerm;
import dev.rehabdoc.model.Program;
import dev.rehabdoc.model.Publication;
import dev.rehabdoc.model.RiskFactor;
import java.util.List;
import java.util.function.Function;

/**
 * The top level of a bundle, in the order it is written: the metadata keys, then the catalog's parts in the model's
 * order. Everything below the top level follows the records' component order.
 */
final class BundleLayout {
    /** Where the schema of bundles lives; an identifier, as JSON Schema's {@code $id} is. */
    static final String SCHEMA_ID = "https://rehabdoc.dev/schema/bundle-v" + Catalog.SCHEMA_VERSION + ".json";
    /** The file an export writes. */
    static final String FILE_NAME = "bundle.json";
    /** The directory beside the bundle that images are copied into. */
    static final String IMAGE_DIRECTORY = "images";

    static final String SCHEMA_KEY = "$schema";
    static final String VERSION_KEY = "schemaVersion";
    static final String GENERATOR_KEY = "generator";
    static final String GENERATED_KEY = "generated";
    static final String GENERATOR_NAME = "rehabdoc";

    /**
     * One part of the catalog at the top level.
     *
     * @param key     its key in the bundle and in a source
     * @param type    the record type of the value, or of each element for a list
     * @param list    whether the value is a list
     * @param content reads the part from a catalog: a list, or a record or {@code null}
     */
    record Part(String key, Class<? extends Record> type, boolean list, Function<Catalog, Object> content) {
    }

    /** The catalog's parts in the order of the model. */
    static final List<Part> PARTS = List.of(
            new Part("publication", Publication.class, false, catalog -> catalog.publication().orElse(null)),
            new Part("clinic", Clinic.class, false, catalog -> catalog.clinic().orElse(null)),
            new Part("experts", Expert.class, true, Catalog::experts),
            new Part("riskFactors", RiskFactor.class, true, Catalog::riskFactors),
            new Part("conditions", Condition.class, true, Catalog::conditions),
            new Part("exercises", Exercise.class, true, Catalog::exercises),
            new Part("programs", Program.class, true, Catalog::programs),
            new Part("glossary", GlossaryTerm.class, true, Catalog::glossary));

    private BundleLayout() {
    }
}
