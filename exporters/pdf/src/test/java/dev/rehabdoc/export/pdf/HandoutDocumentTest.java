package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.export.PageSize;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class HandoutDocumentTest {

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void seedHandoutsInNormalAndLargePrintArePdfA2aAndPdfUa1(@TempDir Path out) throws Exception {
        Handouts.export(Handouts.seed(), Handouts.OPTIONS, out.resolve("normal"));
        Handouts.export(Handouts.seed(), Handouts.OPTIONS.withLargePrint(true).withPageSize(PageSize.LETTER),
                out.resolve("large"));
        for (String variant : List.of("normal", "large")) {
            assertAccessible(out.resolve(variant).resolve("lumbar-radiculopathy.pdf"));
            assertAccessible(out.resolve(variant).resolve("program-cervical-template.pdf"));
        }
    }

    @Test
    void handoutsWithPngAndJpegPicturesAndCyrillicNamesArePdfA2aAndPdfUa1(@TempDir Path out) throws Exception {
        List<Path> files = Handouts.export(SyntheticCatalogs.generate(10, 3, out.resolve("images")), Handouts.OPTIONS,
                out.resolve("pdf"));
        assertThat(files).hasSize(2);
        for (Path file : files) {
            assertAccessible(file);
        }
    }

    @Test
    void handoutsWithTurnedAndScaledDownPhotosArePdfA2aAndPdfUa1(@TempDir Path out) throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(10, 3, out.resolve("images"));
        // A phone photo written anew (scaled down and upright), and one turned by the page.
        Files.write(out.resolve("images").resolve("picture-2.jpg"), ExifJpegs.quarters(6, 4000, 2000));
        Files.write(out.resolve("images").resolve("picture-4.jpg"), ExifJpegs.quarters(8));

        for (Path file : Handouts.export(catalog, Handouts.OPTIONS, out.resolve("pdf"))) {
            assertAccessible(file);
        }
    }

    @Test
    void handoutsWithCmykJpegsAndGreyPicturesArePdfA2aAndPdfUa1(@TempDir Path out) throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(10, 3, out.resolve("images"));
        // CMYK photos written anew in RGB, and greys read as they are stored.
        Files.write(out.resolve("images").resolve("picture-2.jpg"),
                CmykJpegs.filled(CmykJpegs.Coding.YCCK, 96, 48, 255, 77, 38, 204));
        Files.write(out.resolve("images").resolve("picture-4.jpg"),
                CmykJpegs.filled(CmykJpegs.Coding.ADOBE_CMYK, 96, 48, 200, 100, 50, 230));
        Files.write(out.resolve("images").resolve("picture-1.png"),
                dev.rehabdoc.testing.PictureFiles.png(96, 48, 16, 4, 0, 90 * 257, 40_000));

        for (Path file : Handouts.export(catalog, Handouts.OPTIONS, out.resolve("pdf"))) {
            assertAccessible(file);
        }
    }

    /** Checks {@code file} with veraPDF as PDF/A-2A and as PDF/UA-1, which it claims to be. */
    static void assertAccessible(Path file) throws Exception {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
            try (InputStream in = Files.newInputStream(file);
                    PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failures = result.getTestAssertions().stream()
                        .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                        .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                                + ": " + assertion.getMessage())
                        .distinct().toList();
                assertThat(failures).as("veraPDF %s failures in %s", flavour, file.getFileName()).isEmpty();
                assertThat(result.isCompliant()).as("%s is %s", file.getFileName(), flavour).isTrue();
            }
        }
    }
}
