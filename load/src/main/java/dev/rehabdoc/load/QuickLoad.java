package dev.rehabdoc.load;

import dev.rehabdoc.load.CatalogLoader.Document;
import dev.rehabdoc.load.Node.Entry;
import dev.rehabdoc.load.Node.ListNode;
import dev.rehabdoc.load.Node.ScalarNode;
import dev.rehabdoc.model.Catalog;
import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quick way to load a large source file that has no problems: its pieces read side by side and bound to records on
 * the threads that read them ({@link PiecewiseYaml}), nothing located. It answers with the catalog, or "don't know"
 * when the file is not one it reads quickly or has any problem at all; then {@link CatalogLoader} loads it the plain
 * way, which says where the problems are. It never answers with a catalog the plain way would not load the same.
 *
 * <p>What it buys (10,000 exercises, 10.7 MB; docs/performance.md): {@code validate} takes 1.2 s and 234 MB, against
 * 1.9 s and 390 MB loaded the plain way.
 */
final class QuickLoad {
    private QuickLoad() {
    }

    /**
     * The catalog in a source of one YAML file, or empty when it cannot tell.
     *
     * @param file   what messages call the file
     * @param bytes  its whole content
     * @param images resolves the pictures the file refers to
     */
    static Optional<Catalog> catalog(String file, byte[] bytes, ImageResolver images) {
        if (bytes.length < PiecewiseYaml.SMALLEST || TreeReader.startsWithBom(bytes)) {
            return Optional.empty();
        }
        PiecewiseYaml.Pieces<List<Object>> pieces = PiecewiseYaml.read(file, bytes, PiecewiseYaml.PIECE,
                (key, items) -> bind(key, items, images));
        if (pieces == null || !isThisVersion(pieces.whole().entries().get("schemaVersion"))) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        Document document = new Binder(problems, images).bindRecord(pieces.whole(), Document.class);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<List<Object>>> runs = pieces.runs();
        Catalog catalog = new Catalog(document.publication(),
                list(runs.get("experts"), document.experts()),
                list(runs.get("riskFactors"), document.riskFactors()),
                list(runs.get("conditions"), document.conditions()),
                list(runs.get("exercises"), document.exercises()),
                list(runs.get("programs"), document.programs()),
                list(runs.get("glossary"), document.glossary())).withClinic(document.clinic());
        return CatalogValidator.validate(catalog).isEmpty() ? Optional.of(catalog) : Optional.empty();
    }

    /** A run of a top-level list's items bound to its records, or {@code null} when it has any problem. */
    private static List<Object> bind(String key, ListNode items, ImageResolver images) {
        AnnotatedType itemType = CatalogLoader.itemType(key);
        if (itemType == null) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        List<Object> values = new Binder(problems, images).bindList(items, itemType);
        return problems.isEmpty() && values.size() == items.items().size() ? values : null;
    }

    /** The list's runs joined, when it was read in runs; else the list as bound whole. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> list(List<List<Object>> runs, List<T> whole) {
        if (runs == null) {
            return whole;
        }
        List<T> items = new ArrayList<>();
        runs.forEach(run -> items.addAll((List<T>) run));
        return List.copyOf(items);
    }

    /** Whether the value is written {@code schemaVersion: 1}, the only way the plain load accepts. */
    private static boolean isThisVersion(Entry version) {
        return version != null && version.value() instanceof ScalarNode scalar
                && scalar.type() == ScalarNode.Type.INTEGER
                && scalar.text().equals(String.valueOf(CatalogLoader.SCHEMA_VERSION));
    }
}
