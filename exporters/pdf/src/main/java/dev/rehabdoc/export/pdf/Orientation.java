package dev.rehabdoc.export.pdf;

/**
 * How a JPEG file asks to be shown: its EXIF Orientation tag, which names where the stored picture's first row and
 * first column belong. Cameras and phones store a picture as the sensor saw it and set this tag rather than turn
 * the pixels; photo viewers follow it, PDF viewers never see it. A picture placed in a PDF as it is stored would
 * print a portrait photo on its side.
 *
 * <p>The constants are in the order of the tag's values 1 to 8.
 */
enum Orientation {
    /** 1: as stored. */
    TOP_LEFT,
    /** 2: mirrored left to right. */
    TOP_RIGHT,
    /** 3: turned half round. */
    BOTTOM_RIGHT,
    /** 4: mirrored top to bottom. */
    BOTTOM_LEFT,
    /** 5: mirrored about the diagonal from top left to bottom right. */
    LEFT_TOP,
    /** 6: turned a quarter clockwise. */
    RIGHT_TOP,
    /** 7: mirrored about the diagonal from top right to bottom left. */
    RIGHT_BOTTOM,
    /** 8: turned a quarter counter-clockwise. */
    LEFT_BOTTOM;

    private static final int EXIF_ORIENTATION = 0x0112;
    private static final int TIFF_SHORT = 3;

    /** The orientation a JPEG file's EXIF data gives; {@link #TOP_LEFT} when it has none or it cannot be read. */
    static Orientation of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // a fill byte before a marker
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break; // the compressed picture starts (or the file ends): no metadata comes after
            }
            int length = unsigned16(jpeg, at + 2, true);
            if (length < 2) {
                break;
            }
            if (marker == 0xE1 && length >= 16 && startsWithExif(jpeg, at + 4)) {
                return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return TOP_LEFT;
    }

    /** Whether showing the picture needs a mirror image, which a PDF can only get from pixels turned over. */
    boolean mirrors() {
        return this == TOP_RIGHT || this == BOTTOM_LEFT || this == LEFT_TOP || this == RIGHT_BOTTOM;
    }

    /** How many quarter turns counter-clockwise (as PDF measures angles) show a picture that is not mirrored. */
    int quarterTurns() {
        return switch (this) {
            case BOTTOM_RIGHT -> 2;
            case RIGHT_TOP -> 3;
            case LEFT_BOTTOM -> 1;
            default -> 0;
        };
    }

    /**
     * The size a picture stored at {@code size} is shown at; as swapping sides twice gives them back, also the size
     * a picture shown at {@code size} is stored at. From {@link #LEFT_TOP} on, the picture shown is as wide as the
     * stored one is high.
     */
    FigureBox.Pixels shown(FigureBox.Pixels size) {
        return ordinal() >= LEFT_TOP.ordinal() ? size.turned() : size;
    }

    /**
     * Where the stored pixel at column {@code x} and row {@code y} of a {@code width} × {@code height} picture is
     * shown: its index in the shown picture's pixels, row by row.
     */
    int shownAt(int x, int y, int width, int height) {
        return switch (this) {
            case TOP_LEFT -> y * width + x;
            case TOP_RIGHT -> y * width + (width - 1 - x);
            case BOTTOM_RIGHT -> (height - 1 - y) * width + (width - 1 - x);
            case BOTTOM_LEFT -> (height - 1 - y) * width + x;
            case LEFT_TOP -> x * height + y;
            case RIGHT_TOP -> x * height + (height - 1 - y);
            case RIGHT_BOTTOM -> (width - 1 - x) * height + (height - 1 - y);
            case LEFT_BOTTOM -> (width - 1 - x) * height + y;
        };
    }

    private static boolean startsWithExif(byte[] bytes, int at) {
        byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
        if (at + exif.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < exif.length; i++) {
            if (bytes[at + i] != exif[i]) {
                return false;
            }
        }
        return true;
    }

    /** The Orientation entry of the first directory of the TIFF structure from {@code tiff} to {@code end}. */
    private static Orientation fromTiff(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return TOP_LEFT;
        }
        boolean bigEndian;
        if (bytes[tiff] == 'M' && bytes[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (bytes[tiff] == 'I' && bytes[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return TOP_LEFT;
        }
        long directory = tiff + unsigned32(bytes, tiff + 4, bigEndian);
        if (directory < tiff + 8 || directory + 2 > end) {
            return TOP_LEFT;
        }
        int entries = unsigned16(bytes, (int) directory, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            if (unsigned16(bytes, entry, bigEndian) == EXIF_ORIENTATION
                    && unsigned16(bytes, entry + 2, bigEndian) == TIFF_SHORT) {
                int value = unsigned16(bytes, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? values()[value - 1] : TOP_LEFT;
            }
        }
        return TOP_LEFT;
    }

    private static int unsigned16(byte[] bytes, int at, boolean bigEndian) {
        int first = bytes[at] & 0xFF;
        int second = bytes[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long unsigned32(byte[] bytes, int at, boolean bigEndian) {
        long high = unsigned16(bytes, bigEndian ? at : at + 2, bigEndian);
        long low = unsigned16(bytes, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
