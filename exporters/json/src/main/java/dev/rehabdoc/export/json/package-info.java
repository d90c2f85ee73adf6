/**
 * The JSON format: the whole catalog as one {@code bundle.json}, streamed from the model with every reference kept as
 * an id, and the JSON Schema of that bundle, generated from the model's records and their constraints.
 */
package dev.rehabdoc.export.json;
