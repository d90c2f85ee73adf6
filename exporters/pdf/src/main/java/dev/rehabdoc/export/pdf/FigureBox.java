package dev.rehabdoc.export.pdf;

/**
 * The largest size, in points, a handout prints a picture at: a share of the paper's width, and a height that
 * depends on the print size. A picture is scaled to fit it, up or down, keeping its proportions.
 *
 * @param width  the widest a picture is printed
 * @param height the tallest a picture is printed
 */
record FigureBox(float width, float height) {
    /** The resolution pictures are printed at, at most: finer detail than this is not printed, only carried. */
    static final int PRINT_DPI = 300;
    /**
     * How many times the pixels a picture needs across it may have before it is scaled down: a little more than
     * needed costs little, and scaling down is lossy for a JPEG.
     */
    static final double SLACK = 1.5;

    /** The box of the handouts an export writes on paper {@code paperWidth} points wide. */
    static FigureBox of(float paperWidth, boolean largePrint) {
        return new FigureBox(paperWidth * (largePrint ? 0.7f : 0.55f), largePrint ? 280 : 220);
    }

    /**
     * The size in pixels a picture shown at size {@code shown} needs to print at {@link #PRINT_DPI} when fitted into
     * this box; {@code shown} itself when the picture has no more than {@link #SLACK} times that across.
     */
    Pixels needs(Pixels shown) {
        double pointsPerPixel = Math.min(width / shown.wide(), height / shown.high());
        double scale = pointsPerPixel * PRINT_DPI / 72;
        if (scale * SLACK >= 1) {
            return shown;
        }
        return new Pixels(Math.max(1, (int) Math.round(shown.wide() * scale)),
                Math.max(1, (int) Math.round(shown.high() * scale)));
    }

    /** A picture's size in pixels. */
    record Pixels(int wide, int high) {
        /** The same size seen turned a quarter. */
        Pixels turned() {
            return new Pixels(high, wide);
        }
    }
}
