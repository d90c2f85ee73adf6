package dev.rehabdoc.export.fhir;

import dev.rehabdoc.export.JsonStyle;
import dev.rehabdoc.export.fhir.ConditionCodes.FhirCoding;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * FHIR JSON written token by token, with the data types rehabdoc needs. FHIR forbids empty strings, arrays and
 * objects, so the methods that take a value write nothing when it is absent or blank; callers leave out empty lists.
 */
final class FhirJson implements AutoCloseable {
    /** The UCUM system, for quantities and durations. */
    static final String UCUM = "http://unitsofmeasure.org";

    private final JsonGenerator generator;

    private FhirJson(JsonGenerator generator) {
        this.generator = generator;
    }

    /** Writes to {@code out}, indented by two spaces with {@code \n} line ends unless compact; leaves it open. */
    static FhirJson writingTo(OutputStream out, boolean compact) {
        return new FhirJson(JsonStyle.generator(out, compact));
    }

    void startObject() {
        generator.writeStartObject();
    }

    void startObject(String name) {
        generator.writeName(name);
        generator.writeStartObject();
    }

    /** The name of the property whose value comes next. */
    void name(String name) {
        generator.writeName(name);
    }

    void endObject() {
        generator.writeEndObject();
    }

    void startArray(String name) {
        generator.writeName(name);
        generator.writeStartArray();
    }

    void endArray() {
        generator.writeEndArray();
    }

    /** A string, code, uri, markdown or date property; nothing when the value is absent or blank. */
    void text(String name, String value) {
        if (value != null && !value.isBlank()) {
            generator.writeStringProperty(name, value);
        }
    }

    /** An array of strings, such as canonical references; nothing when empty. */
    void texts(String name, List<String> values) {
        if (!values.isEmpty()) {
            startArray(name);
            values.forEach(generator::writeString);
            endArray();
        }
    }

    /** A base64Binary property. */
    void binary(String name, byte[] value) {
        generator.writeName(name);
        generator.writeBinary(value);
    }

    /** An integer, positiveInt or decimal property with a whole value. */
    void number(String name, int value) {
        generator.writeNumberProperty(name, value);
    }

    /** A Coding as an element of the array being written. */
    void coding(FhirCoding coding) {
        startObject();
        text("system", coding.system());
        text("code", coding.code());
        text("display", coding.display());
        endObject();
    }

    /** A CodeableConcept property of codings and a text; nothing when it has neither. */
    void codeableConcept(String name, List<FhirCoding> codings, String text) {
        if (codings.isEmpty() && (text == null || text.isBlank())) {
            return;
        }
        startObject(name);
        codings(codings);
        text("text", text);
        endObject();
    }

    /** A CodeableConcept as an element of the array being written. */
    void codeableConcept(List<FhirCoding> codings, String text) {
        startObject();
        codings(codings);
        text("text", text);
        endObject();
    }

    private void codings(List<FhirCoding> codings) {
        if (!codings.isEmpty()) {
            startArray("coding");
            codings.forEach(this::coding);
            endArray();
        }
    }

    /** A Reference property with a type and a display only, for things the bundle names but does not hold. */
    void displayReference(String name, String type, String display) {
        startObject(name);
        text("type", type);
        text("display", display);
        endObject();
    }

    /** A UCUM Quantity property, such as {@code 30 s} or {@code 5 {repetition}}. */
    void quantity(String name, int value, String unit, String ucumCode) {
        startObject(name);
        number("value", value);
        text("unit", unit);
        text("system", UCUM);
        text("code", ucumCode);
        endObject();
    }

    @Override
    public void close() {
        generator.close();
    }
}
