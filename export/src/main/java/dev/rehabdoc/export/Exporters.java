package dev.rehabdoc.export;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The exporters on the class path, by format id. */
public final class Exporters {
    private final Map<String, Exporter> byFormat;

    private Exporters(Map<String, Exporter> byFormat) {
        this.byFormat = Collections.unmodifiableMap(byFormat);
    }

    /**
     * Finds the exporters registered with {@link ServiceLoader}.
     *
     * @throws IllegalStateException when two exporters claim the same format id, or an id is malformed
     */
    public static Exporters discover() {
        return of(ServiceLoader.load(Exporter.class, Exporters.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }

    /**
     * Exporters given directly, for tests and embedding.
     *
     * @throws IllegalStateException when two exporters claim the same format id, or an id is malformed
     */
    public static Exporters of(List<? extends Exporter> exporters) {
        Map<String, Exporter> byFormat = new TreeMap<>();
        for (Exporter exporter : exporters) {
            String id = exporter.formatId();
            if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalStateException(
                        "exporter " + exporter.getClass().getName() + " has a malformed format id: " + id);
            }
            Exporter previous = byFormat.putIfAbsent(id, exporter);
            if (previous != null) {
                throw new IllegalStateException("two exporters claim the format '" + id + "': "
                        + previous.getClass().getName() + " and " + exporter.getClass().getName());
            }
        }
        return new Exporters(byFormat);
    }

    /** Every exporter, sorted by format id. */
    public List<Exporter> all() {
        return List.copyOf(byFormat.values());
    }

    /** The exporter of a format, if one is installed. */
    public Optional<Exporter> find(String formatId) {
        return Optional.ofNullable(byFormat.get(formatId));
    }

    /** The installed format ids, sorted. */
    public List<String> formatIds() {
        return List.copyOf(byFormat.keySet());
    }
}
