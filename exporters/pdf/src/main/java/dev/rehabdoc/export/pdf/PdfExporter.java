package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.SideBySide;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Clinic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes a PDF/A-2U handout per condition ({@code <id>.pdf}) and per program ({@code program-<id>.pdf}). */
public final class PdfExporter implements Exporter {

    @Override
    public String formatId() {
        return "pdf";
    }

    @Override
    public String description() {
        return "printable PDF/A handouts, one per condition and one per program";
    }

    /** Parses the fonts, which every handout needs and which take a quarter of a second on a fresh JVM. */
    @Override
    public void prepare() {
        FontFiles.shared();
    }

    /**
     * Writes the handouts side by side, one per processor: each is a document of its own, and a large catalog has
     * hundreds of them.
     */
    @Override
    public void export(Catalog catalog, ExportOptions options, ExportTarget target) throws ExportException, IOException {
        FontFiles fonts = FontFiles.shared();
        Pictures.Decoded pictures =
                new Pictures.Decoded(FigureBox.of(options.handouts().pageSize().width(), options.handouts().largePrint()));
        List<Handout> handouts = new ArrayList<>();
        catalog.conditions().forEach(condition -> handouts.add(new ConditionHandout(catalog, condition)));
        catalog.programs().forEach(program -> handouts.add(new ProgramHandout(catalog, program)));
        List<SideBySide.Write> writes = new ArrayList<>();
        for (Handout handout : handouts) {
            writes.add(() -> write(target, handout, catalog.clinic(), options, fonts, pictures));
        }
        SideBySide.run(writes);
    }

    private static void write(ExportTarget target, Handout handout, Optional<Clinic> clinic, ExportOptions options,
            FontFiles fonts, Pictures.Decoded pictures) throws ExportException, IOException {
        HandoutInfo info = handout.info();
        Typography type = Typography.of(fonts, options.handouts().largePrint());
        for (String words : info.footerWords()) {
            Typography.printable(words, type.footerFont);
        }
        target.write(info.fileName(), out -> {
            HandoutDocument document = HandoutDocument.open(out, info, options, type, new Pictures(pictures));
            if (clinic.isPresent()) {
                document.add(document.typesetter().masthead(clinic.get()));
            }
            handout.write(document);
            document.close();
        });
    }
}
