package dev.rehabdoc.export.fhir;

import dev.rehabdoc.model.Clinic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the clinic as an Organization: its name, phone, email and website as {@code telecom}, its address. FHIR R4
 * gives an Organization no opening hours and no "call us if", so those are in its narrative only.
 */
final class OrganizationWriter {
    static final String TYPE = "Organization";
    /** A source has one clinic, so its resource has one id. */
    static final ResourceAddress ADDRESS = ResourceAddress.of(TYPE, "clinic");

    private OrganizationWriter() {
    }

    static void write(FhirJson json, Clinic clinic) {
        json.startObject();
        json.text("resourceType", TYPE);
        json.text("id", ADDRESS.id());
        new Narrative()
                .title(clinic.name().strip())
                .paragraph(clinic.addressText().map(address -> String.join(", ", lines(address))).orElse(null))
                .paragraph(clinic.contacts().isEmpty() ? null : String.join(" \u00B7 ", clinic.contacts()))
                .paragraph(clinic.hoursText().map(hours -> "Opening hours: " + hours).orElse(null))
                .paragraph(clinic.callUsIfText().map(when -> "Call us if " + when).orElse(null))
                .write(json);
        json.text("name", clinic.name().strip());
        List<Map.Entry<String, Optional<String>>> telecom = List.of(Map.entry("phone", clinic.phoneText()),
                Map.entry("email", clinic.emailText()), Map.entry("url", clinic.websiteText()));
        if (telecom.stream().anyMatch(entry -> entry.getValue().isPresent())) {
            json.startArray("telecom");
            for (Map.Entry<String, Optional<String>> entry : telecom) {
                entry.getValue().ifPresent(value -> {
                    json.startObject();
                    json.text("system", entry.getKey());
                    json.text("value", value);
                    json.text("use", "work");
                    json.endObject();
                });
            }
            json.endArray();
        }
        clinic.addressText().ifPresent(address -> {
            json.startArray("address");
            json.startObject();
            json.text("text", String.join("\n", lines(address)));
            json.texts("line", lines(address));
            json.endObject();
            json.endArray();
        });
        json.endObject();
    }

    /** The reference to the clinic's Organization in the bundle, with its name shown. */
    static void reference(FhirJson json, String name, Clinic clinic) {
        json.startObject(name);
        json.text("reference", ADDRESS.fullUrl());
        json.text("type", TYPE);
        json.text("display", clinic.name().strip());
        json.endObject();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
