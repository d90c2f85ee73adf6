package dev.rehabdoc.bench;

import dev.rehabdoc.model.Step;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The least a JVM does to use each library an export of every format needs, once: validate one record with
 * Hibernate Validator, write a one-line PDF/A page in an embedded font with OpenPDF, and write a one-cell workbook
 * with POI. No source is read and nothing is written to disk. Run as a whole process (with its own ahead-of-time
 * cache), it is the floor under a cold {@code rehabdoc validate} and {@code export}, as {@code java -version} is
 * the floor under any Java program.
 *
 * <p>Usage: {@code LibraryFloor}.
 */
public final class LibraryFloor {
    private LibraryFloor() {
    }

    public static void main(String[] args) throws IOException {
        var validator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        if (!validator.validate(new Step("Round your spine.")).isEmpty()) {
            throw new IllegalStateException("a valid step did not validate");
        }

        byte[] font;
        try (InputStream in = LibraryFloor.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            font = in.readAllBytes();
        }
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
        writer.setPDFXConformance(PdfWriter.PDFA2U);
        document.open();
        BaseFont sans = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                false, font, null);
        document.add(new Paragraph("Cat/Cow Pose", new Font(sans, 12)));
        document.close();

        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Log").createRow(0).createCell(0).setCellValue("Week");
            workbook.write(OutputStream.nullOutputStream());
        }
    }
}
