package dev.rehabdoc.export;

import java.io.Serial;

/** An export that cannot be done as asked, with a message for the person who asked, such as a log that has entries. */
public final class ExportException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
