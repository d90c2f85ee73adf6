package dev.rehabdoc.export.pdf;

import java.util.zip.Deflater;

/** How hard handouts compress their streams (font subsets, pictures, pages). */
final class Compression {
    /** The Flate level of every stream a handout writes. */
    static final int LEVEL = Deflater.DEFAULT_COMPRESSION;

    private Compression() {
    }
}
