package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import java.io.IOException;

/** A handout the PDF format prints: one per condition, one per program. */
sealed interface Handout permits ConditionHandout, ProgramHandout {

    /** Its file name, title, subject, keywords and authors. */
    HandoutInfo info();

    /** Fills the open document with its content. */
    void write(HandoutDocument handout) throws ExportException, IOException;
}
