package dev.rehabdoc.export.pdf;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;

/**
 * Decoded pixels turned into the 8-bit sRGB colours that picture viewers show for them, where Java's own
 * conversion shows others.
 *
 * <ul>
 *   <li>Grey: ImageIO decodes a greyscale PNG or JPEG into Java's linear grey colour space, and converting that to
 *       sRGB lightens every mid tone (grey 90 becomes 160). Viewers take the stored grey values as sRGB greys, as
 *       PNG means them when a file has no gAMA chunk or the usual one of 1/2.2, so they are read from the raster as
 *       they are.</li>
 *   <li>CMYK: a JPEG with four channels stores its inks inverted, as Photoshop writes them and as libjpeg-turbo,
 *       ImageMagick and web browsers read them, with or without an Adobe segment; coded as YCCK (Adobe transform 2)
 *       its first three channels are YCbCr first. Each ink then takes away its share of the light:
 *       red = (1 - cyan)(1 - black), and so on.</li>
 * </ul>
 */
final class ShownColours {
    private ShownColours() {
    }

    /** {@code decoded} itself when Java shows its colours right, else its stored values as sRGB, alpha kept. */
    static BufferedImage of(BufferedImage decoded) {
        if (!(decoded.getColorModel() instanceof ComponentColorModel model)
                || model.getColorSpace().getType() != ColorSpace.TYPE_GRAY) {
            return decoded;
        }
        Raster raster = decoded.getRaster();
        int width = raster.getWidth();
        int height = raster.getHeight();
        boolean alpha = model.hasAlpha();
        int greyMax = (1 << model.getComponentSize(0)) - 1;
        int alphaMax = alpha ? (1 << model.getComponentSize(1)) - 1 : 1;
        BufferedImage shown = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] grey = new int[width];
        int[] opacity = new int[width];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getSamples(0, y, width, 1, 0, grey);
            if (alpha) {
                raster.getSamples(0, y, width, 1, 1, opacity);
            }
            for (int x = 0; x < width; x++) {
                int value = eightBits(grey[x], greyMax);
                int a = alpha ? eightBits(opacity[x], alphaMax) : 0xFF;
                row[x] = a << 24 | value << 16 | value << 8 | value;
            }
            shown.setRGB(0, y, width, 1, row, 0, width);
        }
        return shown;
    }

    /** The RGB colours of the raw channels of a four-channel JPEG; {@code ycck} when they are coded as YCCK. */
    static BufferedImage ofCmyk(Raster raster, boolean ycck) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        BufferedImage shown = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] samples = new int[width * 4];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, y, width, 1, samples);
            for (int x = 0; x < width; x++) {
                int at = x * 4;
                int c = samples[at];
                int m = samples[at + 1];
                int yellow = samples[at + 2];
                int k = samples[at + 3];
                if (ycck) {
                    // libjpeg's YCCK to CMYK: YCbCr to RGB, and each of those inverted is an ink as stored.
                    double luma = c;
                    double cb = m - 128;
                    double cr = yellow - 128;
                    c = 255 - clamp(luma + 1.402 * cr);
                    m = 255 - clamp(luma - 0.344136 * cb - 0.714136 * cr);
                    yellow = 255 - clamp(luma + 1.772 * cb);
                }
                row[x] = light(c, k) << 16 | light(m, k) << 8 | light(yellow, k);
            }
            shown.setRGB(0, y, width, 1, row, 0, width);
        }
        return shown;
    }

    /** The light left by an ink stored inverted ({@code 255} = none) over a black stored the same way. */
    private static int light(int inverted, int invertedBlack) {
        return (inverted * invertedBlack + 127) / 255;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    private static int eightBits(int sample, int max) {
        return max == 255 ? sample : (int) ((sample * 255L + max / 2) / max);
    }
}
