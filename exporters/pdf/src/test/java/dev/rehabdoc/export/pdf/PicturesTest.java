package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PicturesTest {

    @Test
    void eachPictureFileIsEmbeddedOnceAndCaptionedWithItsCredit(@TempDir Path out) throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(10, 5, out.resolve("images"));
        Condition condition = catalog.conditions().getFirst();
        Set<Path> files = new HashSet<>();
        for (Exercise exercise : catalog.exercisesOf(condition)) {
            exercise.images().stream().map(Image::path).forEach(files::add);
        }
        assertThat(files).hasSizeLessThan(catalog.exercisesOf(condition).size());

        Handouts.export(catalog, Handouts.OPTIONS, out.resolve("pdf"));
        Path pdf = out.resolve("pdf").resolve(condition.id() + ".pdf");
        Set<COSObjectKey> streams = new HashSet<>();
        int placed = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        streams.add(page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                                .getCOSObject(name).getKey());
                        assertThat(image.getCOSObject().containsKey(COSName.SMASK)).isFalse();
                        placed++;
                    }
                }
            }
        }
        assertThat(placed).isGreaterThanOrEqualTo(files.size());
        assertThat(streams).hasSize(files.size());
        assertThat(Handouts.text(pdf)).contains("Position 1", "Image: Synthetic. Licence: CC0");
    }

    @Test
    void transparentPngPixelsArePrintedOnWhite(@TempDir Path dir) throws Exception {
        BufferedImage see = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB);
        see.setRGB(0, 0, 0x00000000);
        see.setRGB(1, 0, 0xFF102030);
        see.setRGB(2, 0, 0x80000000);
        Path png = dir.resolve("see.png");
        ImageIO.write(see, "png", png.toFile());

        org.openpdf.text.Image image = new Pictures(new Pictures.Decoded()).of(png);
        assertThat(image.isDeflated()).isTrue();
        assertThat(inflated(image.getRawData())).startsWith(
                (byte) 255, (byte) 255, (byte) 255,
                (byte) 0x10, (byte) 0x20, (byte) 0x30,
                (byte) 127, (byte) 127, (byte) 127);
        assertThat(new Pictures(new Pictures.Decoded()).of(png)).isNotSameAs(image);
    }

    @Test
    void aFileThatIsNoPictureIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not a picture");
        assertThatThrownBy(() -> new Pictures(new Pictures.Decoded()).of(broken))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(broken.toString());
    }

    @Test
    void theSameFileGivesTheSamePictureWithinOneHandout(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("dot.png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Pictures pictures = new Pictures(new Pictures.Decoded());
        assertThat(pictures.of(png)).isSameAs(pictures.of(png));
    }

    @Test
    void handoutsOfOneExportReadEachFileOnceButEmbedTheirOwnPicture(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("dot.png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Pictures.Decoded decoded = new Pictures.Decoded();

        org.openpdf.text.Image first = new Pictures(decoded).of(png);
        Files.delete(png);
        org.openpdf.text.Image second = new Pictures(decoded).of(png);

        assertThat(second).isNotSameAs(first);
        assertThat(second.getRawData()).isEqualTo(first.getRawData());
    }

    private static byte[] inflated(byte[] deflated) throws IOException {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated))) {
            return in.readAllBytes();
        }
    }
}
