/**
 * Loading a source: YAML or JSON files in, a validated {@link dev.rehabdoc.model.Catalog} or the complete, sorted list
 * of located {@link dev.rehabdoc.load.Problem}s out. Nothing downstream validates again.
 */
package dev.rehabdoc.load;
