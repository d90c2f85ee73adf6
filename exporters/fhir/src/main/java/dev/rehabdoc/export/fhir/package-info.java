/**
 * The FHIR R4 exporter: the catalog as one {@code collection} Bundle of ActivityDefinitions (exercises),
 * PlanDefinitions (conditions) and CarePlans (programs), streamed with jackson-core and no FHIR library at run time.
 */
package dev.rehabdoc.export.fhir;
