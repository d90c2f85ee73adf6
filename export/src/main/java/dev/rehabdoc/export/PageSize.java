package dev.rehabdoc.export;

/** Paper a handout is printed on, with its size in PostScript points. */
public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4(595.28f, 841.89f),
    /** US Letter, 8.5 × 11 in. */
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
