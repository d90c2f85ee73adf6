/**
 * The exporter SPI: an {@link dev.rehabdoc.export.Exporter} turns a validated catalog into files of one format,
 * written through an {@link dev.rehabdoc.export.ExportTarget} with the shared {@link dev.rehabdoc.export.ExportOptions}.
 * Exporters are found with {@link java.util.ServiceLoader} by {@link dev.rehabdoc.export.Exporters}.
 */
package dev.rehabdoc.export;
