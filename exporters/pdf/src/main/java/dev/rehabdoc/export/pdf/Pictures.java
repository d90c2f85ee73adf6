package dev.rehabdoc.export.pdf;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.model.PictureHeader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openpdf.text.Image;
import org.openpdf.text.Jpeg;

/**
 * The pictures of one handout, each file embedded once however often it appears.
 *
 * <ul>
 *   <li>An RGB or greyscale JPEG file goes in as it is, turned by the page as its EXIF orientation asks.</li>
 *   <li>A JPEG photo with more pixels than its printed size needs at {@link FigureBox#PRINT_DPI} (a phone photo
 *       in a handout, typically), one that asks to be mirrored, or one in CMYK (which a PDF/A handout in sRGB
 *       cannot carry) is decoded, scaled down if it has too many pixels, turned upright and written as a new RGB
 *       JPEG file.</li>
 *   <li>A PNG is decoded, scaled down if it has too many pixels, turned upright and flattened onto white, so that a
 *       handout carries no transparency.</li>
 * </ul>
 *
 * <p>What was read from the files, and the pixels already compressed, is shared by all handouts of an export
 * through {@link Decoded}.
 */
final class Pictures {
    /** The JPEG quality a photo scaled down or turned over is written with: no loss a printout shows. */
    static final float PHOTO_QUALITY = 0.9f;

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
     * Picture files as read and made ready to print once for every handout of an export, safe to share between
     * the threads that write them; up to {@link #BUDGET} bytes are kept, and pictures past that are read again when
     * needed.
     */
    static final class Decoded {
        static final long BUDGET = 64L << 20;
        private final FigureBox box;
        private final Map<Path, Picture> byFile = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicLong kept = new java.util.concurrent.atomic.AtomicLong();

        /** Pictures for handouts that print them no larger than {@code box}. */
        Decoded(FigureBox box) {
            this.box = box;
        }

        Picture of(Path file) throws ExportException {
            Picture known = byFile.get(file);
            if (known != null) {
                return known;
            }
            Picture picture = read(file, box);
            if (kept.addAndGet(picture.bytes.length) <= BUDGET) {
                byFile.putIfAbsent(file, picture);
            }
            return picture;
        }
    }

    /**
     * A picture's bytes: a JPEG file (the file as it is, or one written anew), shown turned by {@code quarterTurns}
     * counter-clockwise, or 8-bit RGB pixels of the given size, upright and Flate-compressed.
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

    /**
     * Reads the picture in {@code file} for print. Its header is checked again first, since the file may have
     * changed since the source was loaded, and a picture past the limits would take more memory than any machine
     * has. Every fault of the file is the user's to mend, so it is an {@link ExportException} naming the file,
     * whatever a decoder threw on meeting it.
     */
    private static Picture read(Path file, FigureBox box) throws ExportException {
        try {
            PictureHeader header = PictureHeader.read(file);
            return read(Files.readAllBytes(file), header, box);
        } catch (PictureHeader.Refused e) {
            throw new ExportException("the picture " + file + " " + e.getMessage());
        } catch (IIOException e) {
            throw new ExportException("cannot read the picture " + file + ": " + e.getMessage()
                    + "; save it again as a PNG or JPEG file", e);
        } catch (IOException e) {
            throw new ExportException("cannot read the picture " + file + ": " + unreadable(e), e);
        } catch (RuntimeException e) {
            // ImageIO and OpenPDF throw unchecked exceptions of their own for some damaged files.
            throw new ExportException("cannot read the picture " + file + ": it is damaged; save it again as a PNG "
                    + "or JPEG file", e);
        }
    }

    /** Why a file cannot be read, in the system's words, which name no class. */
    private static String unreadable(IOException fault) {
        String words = switch (fault) {
            case NoSuchFileException gone -> "it is not there any more";
            case AccessDeniedException denied -> "permission denied";
            case FileSystemException system when system.getReason() != null -> system.getReason();
            default -> fault.getMessage() == null ? "input/output error" : fault.getMessage();
        };
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    private static Picture read(byte[] bytes, PictureHeader header, FigureBox box) throws IOException {
        boolean jpegFile = header.format() == PictureHeader.Format.JPEG;
        Orientation orientation = jpegFile ? Orientation.of(bytes) : Orientation.TOP_LEFT;
        if (jpegFile && header.components() != 4 && Image.getInstance(bytes) instanceof Jpeg) {
            FigureBox.Pixels shown = orientation.shown(new FigureBox.Pixels(header.width(), header.height()));
            if (!orientation.mirrors() && box.needs(shown).equals(shown)) {
                return new Picture(true, 0, 0, bytes, orientation.quarterTurns());
            }
        }
        BufferedImage sized = decodedForPrint(bytes, header, box, orientation);
        FigureBox.Pixels shown = orientation.shown(new FigureBox.Pixels(sized.getWidth(), sized.getHeight()));
        int[] pixels = upright(sized, orientation);
        return jpegFile ? jpeg(pixels, shown) : new Picture(false, shown.wide(), shown.high(), deflated(rgb(pixels)), 0);
    }

    /**
     * The picture decoded at the size it needs to print (see {@link FigureBox#needs}), as stored, in the colours
     * viewers show ({@link ShownColours}). One with many times the pixels needed is read keeping only every n-th
     * pixel across and every m-th down, n and m chosen apart to leave at least twice the pixels needed for
     * {@link #scaledDown} to average: the memory a picture takes is bounded by its printed size, whatever its shape.
     */
    private static BufferedImage decodedForPrint(byte[] bytes, PictureHeader header, FigureBox box,
            Orientation orientation) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IIOException("not a PNG or JPEG file this program can decode");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                FigureBox.Pixels stored = new FigureBox.Pixels(reader.getWidth(0), reader.getHeight(0));
                FigureBox.Pixels needed = orientation.shown(box.needs(orientation.shown(stored)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(Math.max(1, stored.wide() / needed.wide() / 2),
                        Math.max(1, stored.high() / needed.high() / 2), 0, 0);
                BufferedImage decoded = header.components() == 4 && header.format() == PictureHeader.Format.JPEG
                        ? ShownColours.ofCmyk(reader.readRaster(0, param), header.adobeTransform() == 2)
                        : ShownColours.of(reader.read(0, param));
                return needed.equals(new FigureBox.Pixels(decoded.getWidth(), decoded.getHeight()))
                        ? decoded : scaledDown(decoded, needed);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * {@code picture} made {@code size}, by halving it (bilinear) until one more halving would make it smaller than
     * that, then scaling to the size: each step averages every pixel it drops, as one large step would not.
     */
    private static BufferedImage scaledDown(BufferedImage picture, FigureBox.Pixels size) {
        BufferedImage current = picture;
        int type = picture.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        do {
            int wide = Math.max(size.wide(), current.getWidth() / 2);
            int high = Math.max(size.high(), current.getHeight() / 2);
            BufferedImage smaller = new BufferedImage(wide, high, type);
            Graphics2D g = smaller.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, wide, high, null);
            g.dispose();
            current = smaller;
        } while (current.getWidth() != size.wide() || current.getHeight() != size.high());
        return current;
    }

    /** The picture's pixels as 0xRRGGBB on white, row by row, turned upright as {@code orientation} asks. */
    private static int[] upright(BufferedImage decoded, Orientation orientation) {
        int width = decoded.getWidth();
        int height = decoded.getHeight();
        int[] shown = new int[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            decoded.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                shown[orientation.shownAt(x, y, width, height)] = onWhite((argb >> 16) & 0xFF, alpha) << 16
                        | onWhite((argb >> 8) & 0xFF, alpha) << 8 | onWhite(argb & 0xFF, alpha);
            }
        }
        return shown;
    }

    /** Pixels as 8-bit RGB bytes, as a PDF image stream holds them. */
    private static byte[] rgb(int[] pixels) {
        byte[] rgb = new byte[pixels.length * 3];
        int at = 0;
        for (int pixel : pixels) {
            rgb[at++] = (byte) (pixel >> 16);
            rgb[at++] = (byte) (pixel >> 8);
            rgb[at++] = (byte) pixel;
        }
        return rgb;
    }

    /** Pixels written as a new JPEG file of {@link #PHOTO_QUALITY}. */
    private static Picture jpeg(int[] pixels, FigureBox.Pixels size) throws IOException {
        BufferedImage image = new BufferedImage(size.wide(), size.high(), BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, size.wide(), size.high(), pixels, 0, size.wide());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PHOTO_QUALITY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            return new Picture(true, 0, 0, out.toByteArray(), 0);
        } finally {
            writer.dispose();
        }
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
