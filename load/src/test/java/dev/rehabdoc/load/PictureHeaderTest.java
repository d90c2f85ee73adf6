package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rehabdoc.model.PictureHeader;
import dev.rehabdoc.testing.PictureFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A source naming a picture that cannot be printed within bounded memory and time, or whose header cannot be read,
 * fails to load with the problem at the picture's entry, naming the limit; the loader reads only headers, so even
 * a picture of a billion pixels or a file of 3 GB is refused at once.
 */
class PictureHeaderTest {
    /** A hang guard, not a performance test: reading a header takes milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final String AT = "catalog.yaml:7:14: /exercises/0/images/0: the image images/";
    private static final String PIXELS = " pixels; at most 200,000,000 pixels and a side ratio of 100:1 are printed";

    @TempDir
    Path directory;

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("tall.png", (Picture) file -> PictureFiles.png(file, 1, 1_000_000_000, 8, 0, 0, 0),
                        "tall.png is 1 x 1,000,000,000" + PIXELS),
                Arguments.of("huge.png", (Picture) file -> PictureFiles.png(file, 20_000, 20_000, 8, 0, 0, 0),
                        "huge.png is 20,000 x 20,000" + PIXELS),
                Arguments.of("wide.png", (Picture) file -> PictureFiles.png(file, 1_010, 10, 8, 2, 0, 9, 9, 9),
                        "wide.png is 1,010 x 10" + PIXELS),
                Arguments.of("huge.jpg", bytes(PictureFiles.jpegHeader(0xC0, 8, 65_535, 65_535, 3)),
                        "huge.jpg is 65,535 x 65,535" + PIXELS),
                Arguments.of("progressive.jpg", bytes(PictureFiles.jpegHeader(0xC2, 8, 10_000, 6_000, 3)),
                        "progressive.jpg is a progressive JPEG of 10,000 x 6,000 pixels; at most 50,000,000 pixels "
                                + "are printed from a progressive JPEG (save it as a baseline JPEG, or at fewer "
                                + "pixels)"),
                Arguments.of("frameless.jpg", bytes(PictureFiles.jpegWithoutFrame()),
                        "frameless.jpg is a damaged JPEG file: it has no frame header, the part that gives its size"),
                Arguments.of("no-height.jpg", bytes(PictureFiles.jpegHeader(0xC0, 8, 640, 0, 3)),
                        "no-height.jpg is a JPEG file whose frame header gives a size of 640 x 0 pixels, which this "
                                + "program cannot print; save it again with an image editor"),
                Arguments.of("lossless.jpg", bytes(PictureFiles.jpegHeader(0xC3, 8, 64, 64, 3)),
                        "lossless.jpg is a lossless JPEG, which this program cannot print; save it as an ordinary "
                                + "(baseline) JPEG"),
                Arguments.of("arithmetic.jpg", bytes(PictureFiles.jpegHeader(0xC9, 8, 64, 64, 3)),
                        "arithmetic.jpg is an arithmetic-coded JPEG, which this program cannot print; save it as "
                                + "an ordinary (baseline) JPEG"),
                Arguments.of("deep.jpg", bytes(PictureFiles.jpegHeader(0xC1, 12, 64, 64, 1)),
                        "deep.jpg is a 12-bit JPEG, which this program cannot print; save it as an ordinary 8-bit "
                                + "JPEG"),
                Arguments.of("checksum.png", bytes(PictureFiles.withBadHeaderChecksum(
                                PictureFiles.png(4, 4, 8, 0, 0, 90))),
                        "checksum.png is a damaged PNG file: its header cannot be read"),
                Arguments.of("empty.png", bytes(PictureFiles.png(0, 4, 8, 0, 0, 90)),
                        "empty.png is a damaged PNG file: its header gives a size of 0 x 4 pixels"),
                Arguments.of("no-such-kind.png", bytes(PictureFiles.png(4, 4, 16, 3, 0, 1)),
                        "no-such-kind.png is a damaged PNG file: its header names a kind of PNG that does not exist"),
                Arguments.of("sparse.png", (Picture) PictureHeaderTest::sparsePng,
                        "sparse.png has 3072 MB; the limit for a picture is 64 MB (save it at fewer pixels)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aPictureThatCannotBePrintedIsAProblemAtItsEntry(String name, Picture picture, String message)
            throws IOException {
        Path images = Files.createDirectories(directory.resolve("images"));
        picture.writeTo(images.resolve(name));

        assertThat(problems(source("images/" + name))).containsExactly(AT + message);
    }

    @Test
    void picturesJustInsideTheLimitsLoad() throws IOException {
        Path images = Files.createDirectories(directory.resolve("images"));
        PictureFiles.png(images.resolve("most.png"), 14_142, 14_142, 8, 0, 0, 0); // 199,996,164 pixels
        PictureFiles.png(images.resolve("long.png"), 1_000, 10, 8, 0, 0, 0);
        Files.write(images.resolve("progressive.jpg"), PictureFiles.jpegHeader(0xC2, 8, 10_000, 5_000, 3));
        for (String name : List.of("most.png", "long.png", "progressive.jpg")) {
            Path source = source("{path: images/" + name + ", alt: A test picture}");
            LoadResult result = assertTimeoutPreemptively(HANG_GUARD, () -> CatalogLoader.load(source));
            assertThat(result).as(name).isInstanceOf(LoadResult.Loaded.class);
        }
    }

    /** A file of 3 GB that starts as a PNG and ends as one, all zeros between: sparse, so it takes no disk. */
    private static void sparsePng(Path file) throws IOException {
        byte[] head = PictureFiles.png(640, 480, 8, 2, 0, 0, 0, 0);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(head, 0, 8 + 25);
            out.setLength(3L << 30);
            out.seek((3L << 30) - 12);
            out.write(head, head.length - 12, 12);
        }
    }

    private Path source(String image) throws IOException {
        return Files.writeString(directory.resolve("catalog.yaml"), """
                schemaVersion: 1
                exercises:
                  - id: walking
                    name: Walking
                    kind: aerobic
                    steps: [Walk for ten minutes.]
                    images: [%s]
                """.formatted(image));
    }

    private List<String> problems(Path source) {
        LoadResult result = assertTimeoutPreemptively(HANG_GUARD, () -> CatalogLoader.load(source));
        assertThat(result).isInstanceOf(LoadResult.Failed.class);
        List<Problem> problems = ((LoadResult.Failed) result).problems();
        LoadedProblems.assertReadable(problems, "");
        String prefix = directory + directory.getFileSystem().getSeparator();
        return problems.stream().map(problem -> problem.toString().replace(prefix, "")).toList();
    }

    private static Picture bytes(byte[] content) {
        return file -> Files.write(file, content);
    }

    /** Writes a picture file. */
    @FunctionalInterface
    interface Picture {
        void writeTo(Path file) throws IOException;
    }
}
