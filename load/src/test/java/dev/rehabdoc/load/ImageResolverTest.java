package dev.rehabdoc.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehabdoc.load.Node.ScalarNode;
import dev.rehabdoc.testing.PictureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image paths resolved against the file that names them, on real files in a temporary source directory
 * ({@code source/}, beside a directory {@code elsewhere/} it must not reach): what is accepted resolves to the
 * picture's real path, and everything refused is one problem at the path's place, in the words the source used.
 */
class ImageResolverTest {
    private static final Location AT = new Location("catalog.yaml", 7, 14);
    private static final Location IN_PART = new Location("parts/part.yaml", 3, 9);
    private static final String POINTER = "/exercises/2/images/1";
    private static final String RELATIVE = "an image path is relative to the file that names it, such as "
            + "images/cat-cow.png, not '";
    private static final String CONTENT_NOT_FROM_A_FILE = "images are not supported in content that is not read "
            + "from a file";

    @TempDir
    Path directory;
    private Path root;
    private Path outside;
    private Map<String, Path> files;

    @BeforeEach
    void layOut() throws IOException {
        root = Files.createDirectories(directory.resolve("source"));
        outside = Files.createDirectories(directory.resolve("elsewhere"));
        Files.createDirectories(root.resolve("images"));
        Files.createDirectories(root.resolve("parts"));
        Files.write(root.resolve("walk.png"), goodPng());
        Files.write(root.resolve("images/bridge.jpg"), PictureFiles.jpegHeader(0xC0, 8, 640, 480, 3));
        Files.write(outside.resolve("walk.png"), goodPng());
        files = Map.of("catalog.yaml", root.resolve("catalog.yaml"), "parts/part.yaml",
                root.resolve("parts/part.yaml"));
    }

    @Test
    void aPngAndAJpegBesideTheSourceAndInASubdirectoryResolveToTheirRealPaths() throws IOException {
        ImageResolver resolver = resolver();
        Path realRoot = root.toRealPath();

        assertThat(resolved(resolver, AT, "walk.png")).isEqualTo(realRoot.resolve("walk.png"));
        assertThat(resolved(resolver, AT, "images/bridge.jpg")).isEqualTo(realRoot.resolve("images/bridge.jpg"));
        assertThat(resolved(resolver, AT, "images/../walk.png")).isEqualTo(realRoot.resolve("walk.png"));
    }

    @Test
    void aPathIsReadFromTheDirectoryOfTheFileThatNamesIt() throws IOException {
        Files.write(root.resolve("parts/knee.png"), goodPng());
        ImageResolver resolver = resolver();
        Path realRoot = root.toRealPath();

        assertThat(resolved(resolver, IN_PART, "knee.png")).isEqualTo(realRoot.resolve("parts/knee.png"));
        assertThat(resolved(resolver, IN_PART, "../walk.png")).isEqualTo(realRoot.resolve("walk.png"));
        assertRefused(resolver, AT, "knee.png", "image not found: knee.png");
    }

    @Test
    void aFileNamedTwiceIsCheckedOnceAndResolvesTheSame() throws IOException {
        ImageResolver resolver = resolver();
        Path first = resolved(resolver, AT, "walk.png");
        Files.writeString(root.resolve("walk.png"), "no longer a picture");
        Files.writeString(root.resolve("late.png"), "not yet a picture");

        assertThat(resolved(resolver, AT, "./walk.png")).isEqualTo(first);
        assertThat(resolved(resolver, IN_PART, "../walk.png")).isEqualTo(first);
        assertRefused(resolver(), AT, "walk.png", "the image walk.png is not a PNG or JPEG image");
        assertRefused(resolver, AT, "late.png", "the image late.png is not a PNG or JPEG image");
        Files.write(root.resolve("late.png"), goodPng());
        assertRefused(resolver, AT, "./late.png", "the image ./late.png is not a PNG or JPEG image");
        assertThat(resolved(resolver(), AT, "late.png")).isEqualTo(root.toRealPath().resolve("late.png"));
    }

    @Test
    void aDataUriIsRefusedWhetherOrNotTheContentIsOnDisk() {
        String uri = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEA";
        String message = "an image embedded as a data: URI cannot be read back; export the bundle without "
                + "--embed-images to use it as a source";

        assertRefused(resolver(), AT, uri, message);
        assertRefused(new ImageResolver(null, name -> null), AT, uri, message);
    }

    @Test
    void contentNotReadFromAFileCannotNameImages() {
        assertRefused(new ImageResolver(null, name -> null), AT, "walk.png", CONTENT_NOT_FROM_A_FILE);
        assertRefused(new ImageResolver(null, files::get), AT, "walk.png", CONTENT_NOT_FROM_A_FILE);
        assertRefused(new ImageResolver(root, name -> null), AT, "walk.png", CONTENT_NOT_FROM_A_FILE);
    }

    @Test
    void aBlankPathIsRefused() {
        ImageResolver resolver = resolver();

        assertRefused(resolver, AT, "", RELATIVE + "'");
        assertRefused(resolver, AT, "   ", RELATIVE + "   '");
        assertRefused(resolver, AT, "\t", RELATIVE + " '");
    }

    @Test
    void anAbsolutePathIsRefusedEvenWhenItNamesAPictureInside() {
        ImageResolver resolver = resolver();
        String inside = root.resolve("walk.png").toAbsolutePath().toString();

        assertRefused(resolver, AT, "/etc/hosts", RELATIVE + "/etc/hosts'");
        assertRefused(resolver, AT, inside, RELATIVE + Suggestions.abbreviate(inside) + "'");
        assertRefused(resolver, AT, "\\images\\walk.png", RELATIVE + "\\images\\walk.png'");
    }

    @Test
    void aPathWhoseDotsLeaveTheSourcesDirectoryIsRefusedBeforeAnyFileIsRead() {
        ImageResolver resolver = resolver();
        String longPath = "../elsewhere/" + "a".repeat(60) + ".png";

        assertRefused(resolver, AT, "../elsewhere/walk.png",
                "the image ../elsewhere/walk.png is outside the source's directory source; copy it inside");
        assertRefused(resolver, AT, "../elsewhere/gone.png",
                "the image ../elsewhere/gone.png is outside the source's directory source; copy it inside");
        assertRefused(resolver, AT, "images/../../elsewhere/walk.png", "the image images/../../elsewhere/walk.png "
                + "is outside the source's directory source; copy it inside");
        assertRefused(resolver, IN_PART, "../../elsewhere/walk.png",
                "the image ../../elsewhere/walk.png is outside the source's directory source; copy it inside");
        assertRefused(resolver, AT, longPath, "the image " + longPath.substring(0, 37) + "... is outside the "
                + "source's directory source; copy it inside");
    }

    @Test
    void aLinkInsideToAPictureOutsideIsRefusedOnceLinksAreResolved() throws IOException {
        Files.createSymbolicLink(root.resolve("linked.png"), outside.resolve("walk.png"));
        Files.createSymbolicLink(root.resolve("shared"), outside);
        Files.createSymbolicLink(root.resolve("alias.png"), root.resolve("images/bridge.jpg"));
        Files.createSymbolicLink(root.resolve("dangling.png"), outside.resolve("gone.png"));
        ImageResolver resolver = resolver();

        assertRefused(resolver, AT, "linked.png",
                "the image linked.png is outside the source's directory source; copy it inside");
        assertRefused(resolver, AT, "shared/walk.png",
                "the image shared/walk.png is outside the source's directory source; copy it inside");
        assertRefused(resolver, AT, "dangling.png", "image not found: dangling.png");
        assertThat(resolved(resolver, AT, "alias.png")).isEqualTo(root.toRealPath().resolve("images/bridge.jpg"));
    }

    @Test
    void aSourceDirectoryReachedThroughALinkHoldsItsPictures() throws IOException {
        Path link = Files.createSymbolicLink(directory.resolve("link-to-source"), root);
        ImageResolver resolver = new ImageResolver(link, name -> link.resolve(name));

        assertThat(resolved(resolver, AT, "walk.png")).isEqualTo(root.toRealPath().resolve("walk.png"));
        assertRefused(resolver, AT, "../elsewhere/walk.png",
                "the image ../elsewhere/walk.png is outside the source's directory link-to-source; copy it inside");
    }

    @Test
    void aMissingFileIsNotFound() {
        ImageResolver resolver = resolver();

        assertRefused(resolver, AT, "missing.png", "image not found: missing.png");
        assertRefused(resolver, AT, "images/missing.jpg", "image not found: images/missing.jpg");
    }

    @Test
    void aDirectoryIsNotAFile() {
        ImageResolver resolver = resolver();

        assertRefused(resolver, AT, "images", "the image images is not a file");
        assertRefused(resolver, AT, ".", "the image . is not a file");
    }

    @Test
    void aFileThatIsNotAPngOrJpegIsRefused() throws IOException {
        Files.writeString(root.resolve("notes.txt"), "Walk for ten minutes.\n");
        Files.writeString(root.resolve("images/fake.png"), "Walk for ten minutes.\n");
        ImageResolver resolver = resolver();

        assertRefused(resolver, AT, "notes.txt", "the image notes.txt is not a PNG or JPEG image");
        assertRefused(resolver, AT, "images/fake.png", "the image images/fake.png is not a PNG or JPEG image");
    }

    @Test
    void aPictureThePictureHeaderRefusesIsAProblemInItsOwnWords() throws IOException {
        Files.write(root.resolve("images/huge.jpg"), PictureFiles.jpegHeader(0xC0, 8, 20_000, 20_000, 3));
        Files.write(root.resolve("images/wide.png"), PictureFiles.png(1_010, 10, 8, 0, 0, 90));
        byte[] png = goodPng();
        Files.write(root.resolve("images/cut.png"), Arrays.copyOf(png, png.length - 4));
        ImageResolver resolver = resolver();

        assertRefused(resolver, AT, "images/huge.jpg", "the image images/huge.jpg is 20,000 x 20,000 pixels; at "
                + "most 200,000,000 pixels and a side ratio of 100:1 are printed");
        assertRefused(resolver, AT, "images/wide.png", "the image images/wide.png is 1,010 x 10 pixels; at most "
                + "200,000,000 pixels and a side ratio of 100:1 are printed");
        assertRefused(resolver, AT, "images/cut.png", "the image images/cut.png is a damaged or truncated PNG file");
    }

    @Test
    void aPathThePlatformCannotNameIsNotAFilePath() {
        ImageResolver resolver = resolver();

        assertRefused(resolver, AT, "walk\0.png", "'walk .png' is not a file path");
    }

    @Test
    void aSourceDirectoryThatIsGoneIsAProblemNotAnException() {
        Path gone = directory.resolve("gone");
        ImageResolver resolver = new ImageResolver(gone, name -> gone.resolve(name));

        assertRefused(resolver, AT, "walk.png", "cannot read the image walk.png: " + gone);
    }

    private ImageResolver resolver() {
        return new ImageResolver(root, files::get);
    }

    /** The path {@code written} at {@code at} resolves to, after checking that it raised no problem. */
    private static Path resolved(ImageResolver resolver, Location at, String written) {
        List<Problem> problems = new ArrayList<>();
        Path path = resolver.resolve(new ScalarNode(at, POINTER, ScalarNode.Type.TEXT, written), problems);
        assertThat(problems).as("problems of %s", written).isEmpty();
        assertThat(path).as("path of %s", written).isNotNull();
        return path;
    }

    private static void assertRefused(ImageResolver resolver, Location at, String written, String message) {
        List<Problem> problems = new ArrayList<>();
        Path path = resolver.resolve(new ScalarNode(at, POINTER, ScalarNode.Type.TEXT, written), problems);
        assertThat(path).as("path of %s", written).isNull();
        assertThat(problems).as("problems of %s", written).containsExactly(new Problem(at, POINTER, message));
    }

    private static byte[] goodPng() {
        return PictureFiles.png(3, 2, 8, 2, PictureFiles.SRGB_GAMMA, 200, 120, 40);
    }
}
