package dev.rehabdoc.export.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    @Test
    void textIsEscapedAndTheDivIsXhtmlThatHapiReadsBack() {
        Narrative narrative = new Narrative()
                .title("Cat & <Cow>")
                .paragraph("Say \"moo\".")
                .paragraph(" ")
                .numbered(List.of("Kneel.", "Arch."))
                .bulleted("Cautions:", List.of("Stop if it hurts."))
                .bulleted("None:", List.of());

        XhtmlNode div = readBack(narrative);

        assertThat(div.getChildNodes()).extracting(XhtmlNode::getName).containsExactly("p", "p", "ol", "p", "ul");
        assertThat(div.getChildNodes().get(0).allText()).isEqualTo("Cat & <Cow>");
        assertThat(div.getChildNodes().get(1).allText()).isEqualTo("Say \"moo\".");
        assertThat(div.getChildNodes().get(2).getChildNodes()).extracting(XhtmlNode::allText)
                .containsExactly("Kneel.", "Arch.");
        assertThat(div.getChildNodes().get(4).getChildNodes()).extracting(XhtmlNode::allText)
                .containsExactly("Stop if it hurts.");
    }

    private static XhtmlNode readBack(Narrative narrative) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FhirJson json = FhirJson.writingTo(out, true)) {
            json.startObject();
            json.text("resourceType", "Basic");
            narrative.write(json);
            json.endObject();
        }
        Basic basic = BundleValidation.R4.newJsonParser()
                .parseResource(Basic.class, out.toString(StandardCharsets.UTF_8));
        assertThat(basic.getText().getStatus().toCode()).isEqualTo("generated");
        return basic.getText().getDiv();
    }
}
