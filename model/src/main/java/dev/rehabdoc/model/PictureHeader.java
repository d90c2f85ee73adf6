package dev.rehabdoc.model;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * What the header of a PNG or JPEG file says about its picture, read without decoding a pixel, and the limits a
 * picture must keep to be printed. The loader checks every picture with it, so that {@code validate} names a
 * picture too large to print at its place in the source; an exporter checks again before decoding, since a file can
 * change between loading and exporting. Decoding costs memory and time by the pixels a file declares, not by its
 * size on disk (a 2 MB PNG may declare a billion pixels), so the limits are on what the header declares.
 *
 * @param format         PNG or JPEG
 * @param width          pixels across, at least 1
 * @param height         pixels down, at least 1
 * @param components     colour channels: 1 (grey), 3 (colour) or 4 (CMYK) for a JPEG; for a PNG 1 to 4, alpha
 *                       included
 * @param progressive    a progressive JPEG, which a decoder holds whole in memory however little of it is printed
 * @param adobeTransform the colour transform a JPEG's Adobe segment names (0 none, 1 YCbCr, 2 YCCK), or -1 when it
 *                       has no Adobe segment
 */
public record PictureHeader(Format format, int width, int height, int components, boolean progressive,
        int adobeTransform) {
    /** The largest picture file read, as large as a source file may be. */
    public static final long MAX_FILE_BYTES = 64L << 20;
    /** The most pixels a picture may declare: decoding reads them all, even those printing leaves out. */
    public static final long MAX_PIXELS = 200_000_000;
    /**
     * The most pixels a progressive JPEG may declare: a decoder keeps all of its coefficients, two bytes per
     * channel and pixel, for as long as it reads the file.
     */
    public static final long MAX_PROGRESSIVE_PIXELS = 50_000_000;
    /** How many times longer than its other side a picture's longer side may be; past that it prints as a line. */
    public static final int MAX_SIDE_RATIO = 100;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] JPEG_END = {(byte) 0xFF, (byte) 0xD9};

    /** The two formats a picture may have. */
    public enum Format {
        PNG, JPEG
    }

    /** A picture that is not printed, with the reason as the end of a sentence that starts with its name. */
    public static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * The header of the picture in {@code file}, once its size, header and end are found fit to print.
     *
     * @throws Refused     when the file is too large, not a PNG or JPEG, damaged, truncated or declares a picture
     *                     past the limits; the message reads after the picture's name ("is a damaged PNG file")
     * @throws IOException when the file cannot be read
     */
    public static PictureHeader read(Path file) throws IOException, Refused {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new Refused("has " + (size >> 20) + " MB; the limit for a picture is " + (MAX_FILE_BYTES >> 20)
                    + " MB (save it at fewer pixels)");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG.length);
        }
        // The end first: a file cut short is best told so, wherever it was cut.
        PictureHeader header;
        if (Arrays.equals(head, PNG)) {
            if (!endsWith(file, size, PNG_END)) {
                throw new Refused("is a damaged or truncated PNG file");
            }
            header = png(file);
        } else if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8
                && (head[2] & 0xFF) == 0xFF) {
            if (!endsWith(file, size, JPEG_END)) {
                throw new Refused("is a damaged or truncated JPEG file");
            }
            header = jpeg(file);
        } else {
            throw new Refused("is not a PNG or JPEG image");
        }
        header.checkLimits();
        return header;
    }

    /** How many pixels the picture has. */
    public long pixels() {
        return (long) width * height;
    }

    private void checkLimits() throws Refused {
        long longer = Math.max(width, height);
        long shorter = Math.min(width, height);
        if (pixels() > MAX_PIXELS || longer > shorter * MAX_SIDE_RATIO) {
            throw new Refused("is " + size() + " pixels; at most " + Limit.grouped(MAX_PIXELS)
                    + " pixels and a side ratio of " + MAX_SIDE_RATIO + ":1 are printed");
        }
        if (progressive && pixels() > MAX_PROGRESSIVE_PIXELS) {
            throw new Refused("is a progressive JPEG of " + size() + " pixels; at most "
                    + Limit.grouped(MAX_PROGRESSIVE_PIXELS) + " pixels are printed from a progressive JPEG (save it as "
                    + "a baseline JPEG, or at fewer pixels)");
        }
    }

    private String size() {
        return Limit.grouped(width) + " x " + Limit.grouped(height);
    }


    /**
     * The IHDR chunk, which the PNG standard puts first: its size, bit depth and colour type, a pairing the standard
     * allows, and its checksum.
     */
    private static PictureHeader png(Path file) throws IOException, Refused {
        byte[] chunk;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(PNG.length);
            chunk = in.readNBytes(4 + 4 + 13 + 4);
        } catch (EOFException e) {
            chunk = new byte[0];
        }
        ByteBuffer ihdr = ByteBuffer.wrap(chunk);
        if (chunk.length < 25 || ihdr.getInt(0) != 13 || ihdr.getInt(4) != 0x49484452) {
            throw new Refused("is a damaged PNG file: its header cannot be read");
        }
        CRC32 crc = new CRC32();
        crc.update(chunk, 4, 4 + 13);
        if ((int) crc.getValue() != ihdr.getInt(21)) {
            throw new Refused("is a damaged PNG file: its header cannot be read");
        }
        int width = ihdr.getInt(8);
        int height = ihdr.getInt(12);
        int depth = chunk[16];
        int colourType = chunk[17];
        if (width <= 0 || height <= 0) {
            throw new Refused("is a damaged PNG file: its header gives a size of " + Integer.toUnsignedString(width)
                    + " x " + Integer.toUnsignedString(height) + " pixels");
        }
        int components = switch (colourType) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16 ? 1 : 0;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 ? 1 : 0;
            case 2 -> depth == 8 || depth == 16 ? 3 : 0;
            case 4 -> depth == 8 || depth == 16 ? 2 : 0;
            case 6 -> depth == 8 || depth == 16 ? 4 : 0;
            default -> 0;
        };
        if (components == 0 || chunk[18] != 0 || chunk[19] != 0 || (chunk[20] != 0 && chunk[20] != 1)) {
            throw new Refused("is a damaged PNG file: its header names a kind of PNG that does not exist");
        }
        return new PictureHeader(Format.PNG, width, height, components, false, -1);
    }

    /**
     * The segments of a JPEG file up to its frame header (SOFn), which gives the picture's size, precision and
     * channels; on the way, the Adobe segment that says how the channels are coded.
     */
    private static PictureHeader jpeg(Path file) throws IOException, Refused {
        int adobeTransform = -1;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(2);
            while (true) {
                if (in.readUnsignedByte() != 0xFF) {
                    throw new Refused("is a damaged JPEG file: its header cannot be read");
                }
                int marker = in.readUnsignedByte();
                while (marker == 0xFF) {
                    marker = in.readUnsignedByte(); // fill bytes before a marker
                }
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    continue; // markers that stand alone, without a length
                }
                if (marker == 0xDA || marker == 0xD9 || marker == 0xD8) {
                    throw new Refused("is a damaged JPEG file: it has no frame header, the part that gives its "
                            + "size");
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    throw new Refused("is a damaged JPEG file: its header cannot be read");
                }
                if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                    return frame(marker, in, length, adobeTransform);
                }
                if (marker == 0xEE && length >= 12) {
                    byte[] adobe = in.readNBytes(12);
                    if (adobe.length == 12 && Arrays.equals(adobe, 0, 5, new byte[] {'A', 'd', 'o', 'b', 'e'}, 0, 5)) {
                        adobeTransform = adobe[11] & 0xFF;
                    }
                    length -= adobe.length;
                }
                in.skipNBytes(length);
            }
        } catch (EOFException e) {
            throw new Refused("is a damaged JPEG file: it has no frame header, the part that gives its size");
        }
    }

    private static PictureHeader frame(int marker, DataInputStream in, int length, int adobeTransform)
            throws IOException, Refused {
        if (length < 6) {
            throw new Refused("is a damaged JPEG file: its frame header cannot be read");
        }
        int precision = in.readUnsignedByte();
        int height = in.readUnsignedShort();
        int width = in.readUnsignedShort();
        int components = in.readUnsignedByte();
        String coding = switch (marker) {
            case 0xC0, 0xC1, 0xC2 -> null;
            case 0xC3 -> "a lossless JPEG";
            case 0xC5, 0xC6, 0xC7 -> "a hierarchical JPEG";
            default -> "an arithmetic-coded JPEG";
        };
        if (coding != null) {
            throw new Refused("is " + coding + ", which this program cannot print; save it as an ordinary "
                    + "(baseline) JPEG");
        }
        if (precision != 8) {
            throw new Refused("is a " + precision + "-bit JPEG, which this program cannot print; save it as an "
                    + "ordinary 8-bit JPEG");
        }
        if (width == 0 || height == 0) {
            throw new Refused("is a JPEG file whose frame header gives a size of " + width + " x " + height
                    + " pixels, which this program cannot print; save it again with an image editor");
        }
        if (components != 1 && components != 3 && components != 4) {
            throw new Refused("is a JPEG file with " + components + " colour channels; only grey, colour and "
                    + "CMYK JPEGs (1, 3 or 4 channels) are printed");
        }
        return new PictureHeader(Format.JPEG, width, height, components, marker == 0xC2, adobeTransform);
    }

    private static boolean endsWith(Path file, long size, byte[] suffix) throws IOException {
        if (size < suffix.length) {
            return false;
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(size - suffix.length);
            ByteBuffer tail = ByteBuffer.allocate(suffix.length);
            while (tail.hasRemaining() && channel.read(tail) > 0) {
                // keep reading until the buffer is full
            }
            return Arrays.equals(tail.array(), suffix);
        }
    }
}
