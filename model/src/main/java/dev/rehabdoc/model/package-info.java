/**
 * The content model: plain records for conditions, exercises, experts and programs, and {@link dev.rehabdoc.model.Catalog}
 * that holds them. It knows nothing of YAML, PDF, spreadsheets, JSON or the command line.
 */
package dev.rehabdoc.model;
