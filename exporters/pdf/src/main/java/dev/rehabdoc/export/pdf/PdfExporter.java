package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.ExportOptions;
import dev.rehabdoc.export.ExportTarget;
import dev.rehabdoc.export.Exporter;
import dev.rehabdoc.export.SideBySide;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Program;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
        List<SideBySide.Write> handouts = new ArrayList<>();
        for (Condition condition : catalog.conditions()) {
            ConditionHandout handout = new ConditionHandout(catalog, condition);
            handouts.add(() -> write(target, handout.info(), options, fonts, pictures, handout::write));
        }
        for (Program program : catalog.programs()) {
            ProgramHandout handout = new ProgramHandout(catalog, program);
            handouts.add(() -> write(target, handout.info(), options, fonts, pictures, handout::write));
        }
        SideBySide.run(handouts);
    }

    /** What fills a handout once it is open. */
    @FunctionalInterface
    private interface Body {
        void write(HandoutDocument handout) throws ExportException, IOException;
    }

    private static void write(ExportTarget target, HandoutInfo info, ExportOptions options, FontFiles fonts,
            Pictures.Decoded pictures, Body body) throws ExportException, IOException {
        Typography type = Typography.of(fonts, options.handouts().largePrint());
        Typography.printable(info.shortName(), type.footerFont);
        target.write(info.fileName(), out -> {
            HandoutDocument handout = HandoutDocument.open(out, info, options, type, new Pictures(pictures));
            body.write(handout);
            handout.close();
        });
    }
}
