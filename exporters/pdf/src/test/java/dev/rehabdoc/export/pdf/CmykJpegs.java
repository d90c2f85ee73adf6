package dev.rehabdoc.export.pdf;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Test fixture: four-channel JPEG files of one colour, as print shops and Photoshop write them, made with ImageIO,
 * which writes a raster's channels as they are.
 */
final class CmykJpegs {
    /** How a file codes its four channels. */
    enum Coding {
        /** CMYK with no Adobe segment, as ImageIO writes a four-channel raster. */
        PLAIN,
        /** CMYK with an Adobe segment of transform 0, as Photoshop writes it. */
        ADOBE_CMYK,
        /** YCCK: an Adobe segment of transform 2, the first three channels in YCbCr, as ImageMagick writes it. */
        YCCK
    }

    private CmykJpegs() {
    }

    /**
     * A {@code width} × {@code height} JPEG whose every pixel has the inks given as stored in such files, inverted
     * (255 is no ink).
     */
    static byte[] filled(Coding coding, int width, int height, int cyan, int magenta, int yellow, int black) {
        int[] channels = {cyan, magenta, yellow, black};
        if (coding == Coding.YCCK) {
            double r = 255 - cyan;
            double g = 255 - magenta;
            double b = 255 - yellow;
            channels = new int[] {round(0.299 * r + 0.587 * g + 0.114 * b),
                round(-0.168736 * r - 0.331264 * g + 0.5 * b + 128), round(0.5 * r - 0.418688 * g - 0.081312 * b + 128),
                black};
        }
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, channels);
            }
        }
        byte[] jpeg = written(raster);
        return coding == Coding.PLAIN ? jpeg : withAdobe(jpeg, coding == Coding.YCCK ? 2 : 0);
    }

    /**
     * The colour libjpeg-turbo and ImageMagick show for stored inks: each inverted ink times the inverted black. (For
     * the fixtures here {@code djpeg} and {@code convert ... -colorspace sRGB} give these values to within one.)
     */
    static int[] shownRgb(int cyan, int magenta, int yellow, int black) {
        return new int[] {cyan * black / 255, magenta * black / 255, yellow * black / 255};
    }

    private static byte[] written(Raster raster) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1f);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(raster, null, null), param);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** {@code jpeg} with an Adobe segment naming colour transform {@code transform} right after its start marker. */
    private static byte[] withAdobe(byte[] jpeg, int transform) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
            (byte) transform});
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static int round(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
