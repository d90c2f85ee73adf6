package dev.rehabdoc.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Test fixture: picture files as users have them, hostile ones included, written byte by byte so that a test
 * controls every header field and never holds a large picture's pixels.
 */
public final class PictureFiles {
    /** The gAMA value most programs write (1/2.2, as sRGB), which viewers take to change nothing. */
    public static final int SRGB_GAMMA = 45455;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Rows are compressed in blocks of about this many bytes, each block as the one before it. */
    private static final int BLOCK = 1 << 20;

    private PictureFiles() {
    }

    /**
     * A PNG whose every pixel has the given samples (one per channel, {@code depth} bits each, alpha last).
     *
     * @param colourType 0 grey, 2 RGB, 4 grey and alpha, 6 RGB and alpha
     * @param gamma      the gAMA chunk's value, or 0 for none
     */
    public static byte[] png(int width, int height, int depth, int colourType, int gamma, int... samples) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writePng(out, width, height, depth, colourType, gamma, samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@link #png} streamed into {@code file}, for pictures of any number of pixels: a 1 x 1,000,000,000 grey PNG is
     * 1.9 MB and written in a fraction of a second, since identical rows compress to identical blocks that are
     * compressed once and repeated.
     */
    public static void png(Path file, int width, int height, int depth, int colourType, int gamma, int... samples)
            throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writePng(out, width, height, depth, colourType, gamma, samples);
        }
    }

    private static void writePng(OutputStream out, int width, int height, int depth, int colourType, int gamma,
            int... samples) throws IOException {
        out.write(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) depth)
                .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0).array());
        if (gamma != 0) {
            chunk(out, "gAMA", ByteBuffer.allocate(4).putInt(gamma).array());
        }
        byte[] row = row(width, depth, samples);
        int rowsPerBlock = Math.max(1, BLOCK / row.length);
        byte[] block = new byte[rowsPerBlock * row.length];
        for (int i = 0; i < rowsPerBlock; i++) {
            System.arraycopy(row, 0, block, i * row.length, row.length);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        Adler32 adler = new Adler32();
        try {
            byte[] compressedBlock = null;
            long left = height;
            boolean first = true;
            while (left > 0) {
                int rows = (int) Math.min(left, rowsPerBlock);
                left -= rows;
                byte[] compressed;
                if (rows == rowsPerBlock && compressedBlock != null) {
                    compressed = compressedBlock;
                } else {
                    compressed = flushed(deflater, block, rows * row.length);
                    if (rows == rowsPerBlock) {
                        compressedBlock = compressed;
                    }
                }
                adler.update(block, 0, rows * row.length);
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                if (first) {
                    data.write(0x78);
                    data.write(0xDA);
                    first = false;
                }
                data.write(compressed);
                if (left == 0) {
                    data.write(finished(deflater));
                    data.write(ByteBuffer.allocate(4).putInt((int) adler.getValue()).array());
                }
                chunk(out, "IDAT", data.toByteArray());
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0]);
    }

    /** One row of a PNG: filter type 0, then each pixel's samples, big-endian. */
    private static byte[] row(int width, int depth, int... samples) {
        int bytesPerSample = depth / 8;
        byte[] row = new byte[1 + width * samples.length * bytesPerSample];
        int at = 1;
        for (int x = 0; x < width; x++) {
            for (int sample : samples) {
                if (bytesPerSample == 2) {
                    row[at++] = (byte) (sample >> 8);
                }
                row[at++] = (byte) sample;
            }
        }
        return row;
    }

    /**
     * {@code length} bytes of {@code input} compressed and flushed to a byte boundary with the compressor's memory
     * cleared, so that the same input always compresses to the same bytes.
     */
    private static byte[] flushed(Deflater deflater, byte[] input, int length) {
        deflater.setInput(input, 0, length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int produced;
        do {
            produced = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, produced);
        } while (produced == buffer.length);
        return out.toByteArray();
    }

    /** What the compressor still holds, and the end of the compressed stream. */
    private static byte[] finished(Deflater deflater) {
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 10];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * The head of a JPEG file and its end, with no picture in between: the start marker, a JFIF segment, a frame
     * header of the given kind ({@code 0xC0} baseline, {@code 0xC2} progressive, ...), the end marker. Enough for
     * anything that reads only the header.
     */
    public static byte[] jpegHeader(int frameMarker, int precision, int width, int height, int components) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.writeBytes(jfif());
        int length = 8 + 3 * components;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) frameMarker, (byte) (length >> 8), (byte) length,
            (byte) precision, (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width,
            (byte) components});
        for (int c = 1; c <= components; c++) {
            out.writeBytes(new byte[] {(byte) c, 0x11, 0});
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** A JPEG file that starts and ends as one does but has no frame header: a JFIF segment alone. */
    public static byte[] jpegWithoutFrame() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.writeBytes(jfif());
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static byte[] jfif() {
        return new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
    }

    /** {@code png} with the checksum of its header chunk spoilt, as a damaged copy would have it. */
    public static byte[] withBadHeaderChecksum(byte[] png) {
        byte[] damaged = Arrays.copyOf(png, png.length);
        damaged[8 + 4 + 4 + 13] ^= 0x55;
        return damaged;
    }
}
