package dev.rehabdoc.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.load.CatalogLoader;
import dev.rehabdoc.load.LoadResult;
import dev.rehabdoc.model.Catalog;
import dev.rehabdoc.model.Condition;
import dev.rehabdoc.model.Exercise;
import dev.rehabdoc.model.Image;
import dev.rehabdoc.testing.PictureFiles;
import dev.rehabdoc.testing.SyntheticCatalogs;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PicturesTest {
    /** The box of a handout on A4 paper in normal print: 327 × 220 points. */
    private static final FigureBox A4 = FigureBox.of(595, false);

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

    /**
     * A photo is printed the way up a photo viewer shows it. {@code shown} names which quarter of the stored picture
     * (as indices into {@link ExifJpegs#QUARTERS}) a viewer shows at the top left, top right, bottom left and bottom
     * right for EXIF orientation {@code tag}. A photo that is only turned goes into the PDF as the same JPEG, turned
     * by the page; one that is mirrored is decoded, its pixels turned over, and written as a new JPEG.
     */
    @ParameterizedTest
    @CsvSource({"1, 0 1 2 3", "2, 1 0 3 2", "3, 3 2 1 0", "4, 2 3 0 1",
        "5, 0 2 1 3", "6, 2 0 3 1", "7, 3 1 2 0", "8, 1 3 0 2"})
    void aPhotoIsPrintedTheWayUpItsExifOrientationSays(int tag, String shown, @TempDir Path dir) throws Exception {
        byte[] photo = ExifJpegs.quarters(tag);
        Printed printed = printed(photo, dir);

        printed.assertShows(shown, tag >= 5);
        boolean mirrored = tag == 2 || tag == 4 || tag == 5 || tag == 7;
        assertThat(printed.suffix()).isEqualTo("jpg");
        if (mirrored) {
            assertThat(printed.stream()).isNotEqualTo(photo);
        } else {
            assertThat(printed.stream()).isEqualTo(photo);
        }
        assertThat(printed.pixels()).isEqualTo(tag >= 5 && mirrored
                ? ExifJpegs.HEIGHT + "x" + ExifJpegs.WIDTH : ExifJpegs.WIDTH + "x" + ExifJpegs.HEIGHT);
    }

    /**
     * A photo with far more pixels than its printed size needs (as from a phone) goes in as a new JPEG scaled down
     * to 300 dpi at that size, upright: the handout is a fraction of the size and prints the same.
     */
    @ParameterizedTest
    @CsvSource({"1, 0 1 2 3, 1364x682", "6, 2 0 3 1, 458x917", "5, 0 2 1 3, 458x917"})
    void aPhotoWithMorePixelsThanPrintNeedsIsScaledDown(int tag, String shown, String pixels, @TempDir Path dir)
            throws Exception {
        // On A4 a picture is at most 327 x 220 points: 1364 x 917 pixels at 300 dpi.
        byte[] photo = ExifJpegs.quarters(tag, 4000, 2000);
        Printed printed = printed(photo, dir);

        printed.assertShows(shown, tag >= 5);
        assertThat(printed.suffix()).isEqualTo("jpg");
        assertThat(printed.pixels()).isEqualTo(pixels);
    }

    @Test
    void aPhotoFineEnoughForPrintGoesInAsItIs(@TempDir Path dir) throws Exception {
        // 1,600 pixels across 327 points is 352 dpi: less than 1.5 times what print needs.
        byte[] photo = ExifJpegs.quarters(1, 1600, 1000);
        Printed printed = printed(photo, dir);

        assertThat(printed.stream()).isEqualTo(photo);
    }

    @Test
    void aLargePngIsScaledDownAsWell(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("large.png");
        ImageIO.write(new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

        org.openpdf.text.Image image = new Pictures(new Pictures.Decoded(A4)).of(png);

        assertThat(image.isDeflated()).isTrue();
        assertThat(image.getWidth()).isEqualTo(1364);
        assertThat(image.getHeight()).isEqualTo(909);
    }

    @Test
    void aPictureOfHugeDimensionsIsReadIntoLittleMemory(@TempDir Path dir) throws Exception {
        // 12,000 x 12,000 grey pixels, 144 MB when decoded whole, in a file of a few hundred kilobytes.
        Path png = dir.resolve("huge.png");
        Files.write(png, greyPng(12_000, 12_000));
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        org.openpdf.text.Image image = new Pictures(new Pictures.Decoded(A4)).of(png);

        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(100L << 20);
        assertThat(image.getWidth()).isEqualTo(917);
        assertThat(image.getHeight()).isEqualTo(917);
    }

    /** A black 8-bit greyscale PNG, written without ImageIO so that it never holds the whole picture. */
    private static byte[] greyPng(int width, int height) throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.DeflaterOutputStream(data)) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                zip.write(row);
            }
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        crc.update(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        png.writeBytes(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** What a handout printed of a photo: where its colours are, and the image stream it embedded. */
    private record Printed(double[][] centres, String suffix, byte[] stream, String pixels) {
        /** Checks which quarter is where (see the orientation test), and that the photo is printed portrait. */
        void assertShows(String shown, boolean portrait) {
            assertThat(centres).as("a page shows the photo").isNotNull();
            int[] at = Arrays.stream(shown.split(" ")).mapToInt(Integer::parseInt).toArray();
            double[] topLeft = centres[at[0]];
            double[] topRight = centres[at[1]];
            double[] bottomLeft = centres[at[2]];
            double[] bottomRight = centres[at[3]];
            assertThat(topLeft[0]).isLessThan(topRight[0]);
            assertThat(bottomLeft[0]).isLessThan(bottomRight[0]);
            assertThat(topLeft[1]).isLessThan(bottomLeft[1]);
            assertThat(topRight[1]).isLessThan(bottomRight[1]);
            double width = topRight[0] - topLeft[0];
            double height = bottomLeft[1] - topLeft[1];
            assertThat(portrait ? height > width : width > height).as("portrait when turned a quarter").isTrue();
        }
    }

    /** Prints {@code photo} as the picture of a synthetic exercise and reads the handout back with PDFBox. */
    private static Printed printed(byte[] photo, Path dir) throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(2, 5, dir.resolve("images"));
        Files.write(dir.resolve("images").resolve("picture-2.jpg"), photo);
        Handouts.export(catalog, Handouts.OPTIONS, dir.resolve("pdf"));
        Path pdf = dir.resolve("pdf").resolve(catalog.conditions().getFirst().id() + ".pdf");

        double[][] centres = null;
        String suffix = null;
        byte[] stream = null;
        String pixels = null;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                double[][] found = colourCentres(renderer.renderImageWithDPI(page, 36));
                if (found != null) {
                    centres = found;
                    for (COSName name : document.getPage(page).getResources().getXObjectNames()) {
                        // The synthetic pictures are 320 x 200 pixels.
                        if (document.getPage(page).getResources().getXObject(name) instanceof PDImageXObject image
                                && image.getWidth() != 320) {
                            suffix = image.getSuffix();
                            pixels = image.getWidth() + "x" + image.getHeight();
                            try (var raw = image.getCOSObject().createRawInputStream()) {
                                stream = raw.readAllBytes();
                            }
                        }
                    }
                }
            }
        }
        return new Printed(centres, suffix, stream, pixels);
    }

    /** The centre of each colour of {@link ExifJpegs#QUARTERS} on a rendered page, or null when one is missing. */
    private static double[][] colourCentres(BufferedImage page) {
        double[][] sums = new double[4][3];
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                for (int i = 0; i < 4; i++) {
                    Color colour = ExifJpegs.QUARTERS[i];
                    if (Math.abs((rgb >> 16 & 0xFF) - colour.getRed()) < 40
                            && Math.abs((rgb >> 8 & 0xFF) - colour.getGreen()) < 40
                            && Math.abs((rgb & 0xFF) - colour.getBlue()) < 40) {
                        sums[i][0] += x;
                        sums[i][1] += y;
                        sums[i][2]++;
                    }
                }
            }
        }
        double[][] centres = new double[4][];
        for (int i = 0; i < 4; i++) {
            if (sums[i][2] < 50) {
                return null;
            }
            centres[i] = new double[] {sums[i][0] / sums[i][2], sums[i][1] / sums[i][2]};
        }
        return centres;
    }

    /**
     * A greyscale PNG prints with the greys viewers show, which are the stored values: 8 or 16 bits, with or without
     * the usual gAMA chunk of 1/2.2, with alpha, and scaled down.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"8-bit, 64, 8, 0, 0", "8-bit with gAMA, 64, 8, 0, 45455", "16-bit, 64, 16, 0, 0",
        "16-bit with gAMA, 64, 16, 0, 45455", "8-bit with alpha, 64, 8, 4, 0", "16-bit with alpha, 64, 16, 4, 0",
        "8-bit scaled down, 3000, 8, 0, 45455", "16-bit scaled down, 3000, 16, 0, 0"})
    void aGreyPngPrintsWithTheGreyViewersShow(String kind, int size, int depth, int colourType, int gamma,
            @TempDir Path dir) throws Exception {
        int grey = depth == 16 ? 90 * 257 : 90;
        int opaque = depth == 16 ? 65_535 : 255;
        byte[] png = colourType == 4 ? PictureFiles.png(size, size, depth, colourType, gamma, grey, opaque)
                : PictureFiles.png(size, size, depth, colourType, gamma, grey);

        assertThat(printedColour("grey.png", png, dir)).containsExactly(90, 90, 90);
    }

    /** A greyscale JPEG prints with its greys too, whether it goes in as it is or is scaled down. */
    @ParameterizedTest
    @CsvSource({"64", "4000"})
    void aGreyJpegPrintsWithTheGreyViewersShow(int size, @TempDir Path dir) throws Exception {
        BufferedImage grey = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Arrays.fill(((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData(),
                (byte) 90);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        ImageIO.write(grey, "jpeg", jpeg);

        assertThat(Arrays.stream(printedColour("grey.jpg", jpeg.toByteArray(), dir)).boxed())
                .allSatisfy(channel -> assertThat(channel).isBetween(88, 92));
    }

    /**
     * A CMYK or YCCK JPEG prints with the colours libjpeg-turbo, ImageMagick and browsers show for it (its inks
     * inverted, as Photoshop stores them), in RGB, as a PDF/A handout in sRGB must carry it.
     */
    @ParameterizedTest(name = "{0}, {1} pixels")
    @CsvSource({"PLAIN, 64", "ADOBE_CMYK, 64", "YCCK, 64", "ADOBE_CMYK, 3000", "YCCK, 3000"})
    void aCmykJpegPrintsWithTheColoursViewersShow(CmykJpegs.Coding coding, int size, @TempDir Path dir)
            throws Exception {
        // Inks of 0 % cyan, 70 % magenta, 85 % yellow and 20 % black, stored inverted: a brick red.
        byte[] jpeg = CmykJpegs.filled(coding, size, size, 255, 77, 38, 204);
        int[] shown = CmykJpegs.shownRgb(255, 77, 38, 204);

        int[] printed = printedColour("brick.jpg", jpeg, dir);

        for (int channel = 0; channel < 3; channel++) {
            assertThat(printed[channel]).as("channel %d of %s", channel, Arrays.toString(printed))
                    .isBetween(shown[channel] - 4, shown[channel] + 4);
        }
    }

    /**
     * Loads a source whose one exercise shows {@code picture}, exports its handout, and returns the colour at the
     * middle of the picture as the handout embeds it, read back with PDFBox.
     */
    private static int[] printedColour(String name, byte[] picture, Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("source").resolve("images"));
        Files.write(images.resolve(name), picture);
        Path source = Files.writeString(dir.resolve("source").resolve("catalog.yaml"), """
                schemaVersion: 1
                conditions:
                  - {id: back, name: Back pain, summary: A sore back., exercises: [walking]}
                exercises:
                  - {id: walking, name: Walking, kind: aerobic, steps: [Walk.],
                     images: [{path: images/%s, alt: A person walking}]}
                """.formatted(name));
        Catalog catalog = switch (CatalogLoader.load(source)) {
            case LoadResult.Loaded loaded -> loaded.catalog();
            case LoadResult.Failed failed -> throw new AssertionError(failed.problems());
        };
        Handouts.export(catalog, Handouts.OPTIONS, dir.resolve("pdf"));
        try (PDDocument document = Loader.loadPDF(dir.resolve("pdf").resolve("back.pdf").toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName xObject : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(xObject) instanceof PDImageXObject image) {
                        BufferedImage pixels = image.getImage();
                        int rgb = pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 2);
                        return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
                    }
                }
            }
        }
        throw new AssertionError("the handout shows no picture");
    }

    @Test
    void transparentPngPixelsArePrintedOnWhite(@TempDir Path dir) throws Exception {
        BufferedImage see = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB);
        see.setRGB(0, 0, 0x00000000);
        see.setRGB(1, 0, 0xFF102030);
        see.setRGB(2, 0, 0x80000000);
        Path png = dir.resolve("see.png");
        ImageIO.write(see, "png", png.toFile());

        org.openpdf.text.Image image = new Pictures(new Pictures.Decoded(A4)).of(png);
        assertThat(image.isDeflated()).isTrue();
        assertThat(inflated(image.getRawData())).startsWith(
                (byte) 255, (byte) 255, (byte) 255,
                (byte) 0x10, (byte) 0x20, (byte) 0x30,
                (byte) 127, (byte) 127, (byte) 127);
        assertThat(new Pictures(new Pictures.Decoded(A4)).of(png)).isNotSameAs(image);
    }

    @Test
    void aFileThatIsNoPictureIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not a picture");
        assertThatThrownBy(() -> new Pictures(new Pictures.Decoded(A4)).of(broken))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(broken.toString());
    }

    /**
     * A picture that was fine when the source was loaded but cannot be read when the handout is written (replaced
     * meanwhile by a 3 GB file of zeros, a picture of a billion pixels, a damaged copy or a directory) fails the
     * export with a sentence naming the file, at once and without running out of memory.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sparse|has 3072 MB; the limit for a picture is 64 MB (save it at fewer pixels)",
        "tall|is 1 x 1,000,000,000 pixels; at most 200,000,000 pixels and a side ratio of 100:1 are printed",
        "damaged|cannot read the picture",
        "directory|cannot read the picture"})
    void aPictureThatCannotBeReadWhenExportingIsAProblemNamingIt(String kind, String words, @TempDir Path dir)
            throws Exception {
        Catalog catalog = SyntheticCatalogs.generate(2, 5, dir.resolve("images"));
        Path picture = dir.resolve("images").resolve("picture-2.jpg");
        Files.delete(picture);
        switch (kind) {
            case "sparse" -> {
                byte[] png = PictureFiles.png(640, 480, 8, 2, 0, 0, 0, 0);
                try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(picture.toFile(), "rw")) {
                    out.write(png, 0, 8 + 25);
                    out.setLength(3L << 30);
                    out.seek((3L << 30) - 12);
                    out.write(png, png.length - 12, 12);
                }
            }
            case "tall" -> PictureFiles.png(picture, 1, 1_000_000_000, 8, 0, 0, 0);
            case "damaged" -> {
                byte[] png = PictureFiles.png(640, 480, 8, 2, 0, 10, 20, 30);
                Arrays.fill(png, 8 + 25 + 8, png.length - 12 - 4, (byte) 0x5A);
                Files.write(picture, png);
            }
            default -> Files.createDirectory(picture);
        }

        assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(120), () -> Handouts.export(catalog, Handouts.OPTIONS, dir.resolve("pdf"))))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(picture.toString())
                .hasMessageContaining(words)
                .hasMessageNotContainingAny("Exception", "java.", "javax.");
    }

    @Test
    void theSameFileGivesTheSamePictureWithinOneHandout(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("dot.png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Pictures pictures = new Pictures(new Pictures.Decoded(A4));
        assertThat(pictures.of(png)).isSameAs(pictures.of(png));
    }

    @Test
    void handoutsOfOneExportReadEachFileOnceButEmbedTheirOwnPicture(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("dot.png");
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Pictures.Decoded decoded = new Pictures.Decoded(A4);

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
