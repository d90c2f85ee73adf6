package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import org.openpdf.text.Image;
import org.openpdf.text.Jpeg;

/**
 * The pictures of one handout, each file embedded once however often it appears. PNG files are decoded and
 * flattened onto white, so that a handout carries no transparency; RGB and greyscale JPEG files go in as they are,
 * turned as their EXIF orientation asks (a JPEG that asks to be mirrored is decoded and its pixels turned over).
 * What was read from the files, and the flattened pixels already compressed, is shared by all handouts of an export
 * through {@link Decoded}.
 */
final class Pictures {
    private final Map<Path, Image> byFile = new HashMap<>();
    private final Decoded decoded;

    Pictures(Decoded decoded) {
        this.decoded = decoded;
    }

    /** The picture in {@code file}, ready to place. */
    Image of(Path file) throws ExportException, IOException {
        Image known = byFile.get(file);
        if (known != null) {
            return known;
        }
        Image image = decoded.of(file).toImage();
        byFile.put(file, image);
        return image;
    }

    /**
     * Picture files as read, flattened and compressed once for every handout of an export, safe to share between
     * the threads that write them; up to {@link #BUDGET} bytes are kept, and pictures past that are read again when
     * needed.
     */
    static final class Decoded {
        static final long BUDGET = 64L << 20;
        private final Map<Path, Picture> byFile = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicLong kept = new java.util.concurrent.atomic.AtomicLong();

        Picture of(Path file) throws ExportException, IOException {
            Picture known = byFile.get(file);
            if (known != null) {
                return known;
            }
            Picture picture = read(file);
            if (kept.addAndGet(picture.bytes.length) <= BUDGET) {
                byFile.putIfAbsent(file, picture);
            }
            return picture;
        }
    }

    /**
     * A picture's bytes: a JPEG file as it is, shown turned by {@code quarterTurns} counter-clockwise, or 8-bit RGB
     * pixels of the given size, upright and Flate-compressed.
     */
    record Picture(boolean jpeg, int width, int height, byte[] bytes, int quarterTurns) {
        /**
         * A new image for one document. The pixels go in compressed as they are, so that each handout showing the
         * picture does not compress them again.
         */
        Image toImage() throws IOException {
            if (jpeg) {
                Image image = Image.getInstance(bytes);
                if (quarterTurns != 0) {
                    image.setInitialRotation((float) (quarterTurns * Math.PI / 2));
                }
                return image;
            }
            Image pixels = Image.getInstance(width, height, 3, 8, bytes);
            pixels.setDeflated(true);
            return pixels;
        }
    }

    private static Picture read(Path file) throws ExportException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean jpegFile = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        Orientation orientation = jpegFile ? Orientation.of(bytes) : Orientation.TOP_LEFT;
        if (jpegFile && !orientation.mirrors() && Image.getInstance(bytes) instanceof Jpeg jpeg
                && (jpeg.getColorspace() == 1 || jpeg.getColorspace() == 3)) {
            return new Picture(true, 0, 0, bytes, orientation.quarterTurns());
        }
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IIOException e) {
            throw new ExportException("cannot read the picture " + file + ": " + e.getMessage()
                    + "; save it as an RGB PNG or JPEG file", e);
        }
        if (decoded == null) {
            throw new ExportException("cannot read the picture " + file + ": not a PNG or JPEG file this program can decode");
        }
        return flattened(decoded, orientation);
    }

    /** The picture's pixels as 8-bit RGB on a white background, turned upright as {@code orientation} asks. */
    private static Picture flattened(BufferedImage decoded, Orientation orientation) {
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        byte[] rgb = new byte[width * height * 3];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            decoded.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int at = orientation.shownAt(x, y, width, height) * 3;
                rgb[at] = (byte) onWhite((argb >> 16) & 0xFF, alpha);
                rgb[at + 1] = (byte) onWhite((argb >> 8) & 0xFF, alpha);
                rgb[at + 2] = (byte) onWhite(argb & 0xFF, alpha);
            }
        }
        return orientation.swapsSides()
                ? new Picture(false, height, width, deflated(rgb), 0)
                : new Picture(false, width, height, deflated(rgb), 0);
    }

    /** {@code pixels} compressed as OpenPDF would compress them into an image stream. */
    private static byte[] deflated(byte[] pixels) {
        Deflater deflater = new Deflater(Compression.LEVEL);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pixels.length / 4);
            try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater)) {
                zip.write(pixels);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress in memory", e);
        } finally {
            deflater.end();
        }
    }

    private static int onWhite(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha) + 127) / 255;
    }
}
