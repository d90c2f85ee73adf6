package dev.rehabdoc.export.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Test fixture: JPEG files as cameras write them, with an EXIF Orientation tag in an APP1 segment first. */
final class ExifJpegs {
    /** The colours of the stored picture's quarters: top left, top right, bottom left, bottom right. */
    static final Color[] QUARTERS = {new Color(0, 200, 0), new Color(230, 0, 230), new Color(0, 0, 255),
        new Color(255, 230, 0)};
    static final int WIDTH = 96;
    static final int HEIGHT = 48;

    private ExifJpegs() {
    }

    /** A landscape picture in four coloured quarters, tagged with EXIF orientation {@code tag}, big-endian. */
    static byte[] quarters(int tag) {
        return quarters(tag, WIDTH, HEIGHT);
    }

    /** {@link #quarters(int)} of another size. */
    static byte[] quarters(int tag, int width, int height) {
        return withExif(plainJpeg(width, height), tiff(tag, true));
    }

    /** A JPEG written by ImageIO (with a JFIF APP0 segment and no EXIF). */
    static byte[] plainJpeg() {
        return plainJpeg(WIDTH, HEIGHT);
    }

    private static byte[] plainJpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 4; i++) {
            g.setColor(QUARTERS[i]);
            g.fillRect(i % 2 * width / 2, i / 2 * height / 2, width / 2, height / 2);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A TIFF structure with one directory holding only an Orientation entry of value {@code tag}. */
    static byte[] tiff(int tag, boolean bigEndian) {
        byte[] b = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) tag, 0, 0, 0, 0, 0, 0};
        if (!bigEndian) {
            b = new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) tag, 0, 0, 0, 0, 0,
                0, 0};
        }
        return b;
    }

    /**
     * {@code jpeg} as a camera writes it: an APP1 segment holding {@code tiff} as EXIF data right after the start
     * marker, in place of the JFIF APP0 segment that ImageIO writes there (JFIF wants its segment first).
     */
    static byte[] withExif(byte[] jpeg, byte[] tiff) {
        int rest = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            rest = 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(exifSegment(tiff));
        out.write(jpeg, rest, jpeg.length - rest);
        return out.toByteArray();
    }

    /** An APP1 segment, marker included, holding {@code tiff} as EXIF data. */
    static byte[] exifSegment(byte[] tiff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = 2 + 6 + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        return out.toByteArray();
    }
}
