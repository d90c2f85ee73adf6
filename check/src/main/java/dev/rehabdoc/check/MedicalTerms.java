package dev.rehabdoc.check;

import dev.rehabdoc.model.GlossaryTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Medical words a lay reader may not know, and whether a glossary defines them. */
final class MedicalTerms {
    /** Common terms of spine and rehabilitation content; a glossary entry that contains one defines it. */
    private static final List<String> TERMS = List.of("radiculopathy", "cervical", "lumbar", "thoracic", "sciatica",
            "sciatic", "intervertebral", "vertebra", "vertebrae", "compression", "herniated", "herniation", "stenosis",
            "spondylosis", "neuropathy", "myelopathy", "anesthesiology", "rheumatologist", "rheumatology", "acute",
            "chronic", "flare-up", "inflammation", "inflammatory", "lordosis", "kyphosis", "scoliosis", "core strength",
            "range of motion", "isometric", "physiatrist", "analgesic", "anti-inflammatory");

    private final List<String> defined;

    MedicalTerms(List<GlossaryTerm> glossary) {
        this.defined = glossary.stream().map(term -> term.term().toLowerCase(Locale.ROOT)).toList();
    }

    /** The terms in a text that the glossary does not define, each once, in lexicon order. */
    List<String> undefinedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> undefined = new ArrayList<>();
        for (String term : TERMS) {
            if (Pattern.compile("\\b" + Pattern.quote(term) + "\\b").matcher(lower).find() && !isDefined(term)) {
                undefined.add(term);
            }
        }
        return undefined;
    }

    private boolean isDefined(String term) {
        for (String entry : defined) {
            if (entry.equals(term) || Pattern.compile("\\b" + Pattern.quote(term) + "\\b").matcher(entry).find()) {
                return true;
            }
        }
        return false;
    }
}
