package dev.rehabdoc.export.pdf;

import java.util.zip.Deflater;

/** How hard handouts compress their streams: font subsets, pictures, pages. */
final class Compression {
    /**
     * The Flate level of every stream a handout writes. The fastest level: on a catalog of 1,100 handouts it halves
     * the time spent compressing (mostly font subsets, compressed anew for each handout) for files 6% larger
     * (about 7 KB on 114 KB); level 4 saved a quarter for 1.2%, level 3 three eighths for 4.4%.
     */
    static final int LEVEL = Deflater.BEST_SPEED;

    private Compression() {
    }
}
