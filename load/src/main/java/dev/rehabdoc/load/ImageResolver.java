package dev.rehabdoc.load;

import dev.rehabdoc.load.Node.ScalarNode;
import dev.rehabdoc.model.PictureHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Resolves an image path written in a source file against that file's directory, and accepts it only when it names
 * a PNG or JPEG file inside the source's directory, after links are resolved, whose header {@link PictureHeader}
 * finds fit to print.
 */
final class ImageResolver implements Binder.ImageResolver {
    private final Path root;
    /** The root as an absolute, normal path, which every resolved image path must start with. */
    private final Path absoluteRoot;
    private final Function<String, Path> fileByName;
    /** What checking each image file found, by its resolved path; pieces of a source are bound side by side. */
    private final Map<Path, Checked> checked = new ConcurrentHashMap<>();
    private Path realRoot;

    /**
     * @param root       the source's directory; {@code null} for content that is not on disk
     * @param fileByName the path on disk of a file, by the name its locations carry
     */
    ImageResolver(Path root, Function<String, Path> fileByName) {
        this.root = root;
        this.absoluteRoot = root == null ? null : root.toAbsolutePath().normalize();
        this.fileByName = fileByName;
    }

    @Override
    public Path resolve(ScalarNode node, List<Problem> problems) {
        String written = node.text();
        Path file = fileByName.apply(node.location().file());
        if (written.startsWith("data:")) {
            return fail(node, problems, "an image embedded as a data: URI cannot be read back; export the bundle "
                    + "without --embed-images to use it as a source");
        }
        if (root == null || file == null) {
            return fail(node, problems, "images are not supported in content that is not read from a file");
        }
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            return fail(node, problems, "'" + Suggestions.abbreviate(written) + "' is not a file path");
        }
        if (written.isBlank() || relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
            return fail(node, problems, "an image path is relative to the file that names it, such as "
                    + "images/cat-cow.png, not '" + Suggestions.abbreviate(written) + "'");
        }
        Path resolved = file.toAbsolutePath().getParent().resolve(relative).normalize();
        if (!resolved.startsWith(absoluteRoot)) {
            return fail(node, problems, "the image " + Suggestions.abbreviate(written)
                    + " is outside the source's directory " + absoluteRoot.getFileName() + "; copy it inside");
        }
        Checked outcome = checked.computeIfAbsent(resolved, this::check);
        if (outcome.problem() != null) {
            return fail(node, problems, outcome.problem().apply(written));
        }
        return outcome.real();
    }

    /**
     * What checking a file found: its real path, or a problem to report in the words the source used for it. A
     * file is checked once per load: a large catalog names the same few pictures thousands of times, and each check
     * resolves links and reads the file.
     */
    private record Checked(Path real, Function<String, String> problem) {
        static Checked fine(Path real) {
            return new Checked(real, null);
        }

        static Checked failed(Function<String, String> problem) {
            return new Checked(null, problem);
        }
    }

    private synchronized Checked check(Path resolved) {
        try {
            if (realRoot == null) {
                realRoot = root.toRealPath();
            }
            if (!Files.exists(resolved)) {
                return Checked.failed(written -> "image not found: " + written);
            }
            Path real = resolved.toRealPath();
            if (!real.startsWith(realRoot)) {
                String rootName = String.valueOf(realRoot.getFileName());
                return Checked.failed(written -> "the image " + written + " is outside the source's directory "
                        + rootName + "; copy it inside");
            }
            if (!Files.isRegularFile(real)) {
                return Checked.failed(written -> "the image " + written + " is not a file");
            }
            PictureHeader.read(real);
            return Checked.fine(real);
        } catch (PictureHeader.Refused e) {
            return Checked.failed(written -> "the image " + written + " " + e.getMessage());
        } catch (IOException e) {
            return Checked.failed(written -> "cannot read the image " + written + ": " + e.getMessage());
        }
    }

    private static Path fail(ScalarNode node, List<Problem> problems, String message) {
        problems.add(new Problem(node.location(), node.pointer(), message));
        return null;
    }
}
