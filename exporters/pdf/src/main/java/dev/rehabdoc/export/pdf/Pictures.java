package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import org.openpdf.text.Image;
import org.openpdf.text.Jpeg;

/**
 * The pictures of one handout, each file read once and embedded once however often it appears. PNG files are
 * decoded and flattened onto white, so that a handout carries no transparency; RGB and greyscale JPEG files go in
 * as they are.
 */
final class Pictures {
    private final Map<Path, Image> byFile = new HashMap<>();

    /** The picture in {@code file}, ready to place. */
    Image of(Path file) throws ExportException, IOException {
        Image known = byFile.get(file);
        if (known != null) {
            return known;
        }
        Image image = read(file);
        byFile.put(file, image);
        return image;
    }

    private static Image read(Path file) throws ExportException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean jpegFile = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        if (jpegFile && Image.getInstance(bytes) instanceof Jpeg jpeg
                && (jpeg.getColorspace() == 1 || jpeg.getColorspace() == 3)) {
            return jpeg;
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
        return flattened(decoded);
    }

    /** The picture's pixels as 8-bit RGB on a white background. */
    private static Image flattened(BufferedImage decoded) {
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        byte[] rgb = new byte[width * height * 3];
        int[] row = new int[width];
        int at = 0;
        for (int y = 0; y < height; y++) {
            decoded.getRGB(0, y, width, 1, row, 0, width);
            for (int argb : row) {
                int alpha = argb >>> 24;
                rgb[at++] = (byte) onWhite((argb >> 16) & 0xFF, alpha);
                rgb[at++] = (byte) onWhite((argb >> 8) & 0xFF, alpha);
                rgb[at++] = (byte) onWhite(argb & 0xFF, alpha);
            }
        }
        return Image.getInstance(width, height, 3, 8, rgb);
    }

    private static int onWhite(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha) + 127) / 255;
    }
}
