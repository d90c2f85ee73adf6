package dev.rehabdoc.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output that remembers why writing to it failed. A {@link java.io.PrintWriter} swallows the failure (of a
 * full disk, {@code >/dev/full}, a closed descriptor), so the command asks here at the end and exits 1 instead of 0
 * with its output lost.
 */
final class StandardOutput extends FilterOutputStream {
    private IOException fault;

    StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        watch(() -> out.write(b));
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        watch(() -> out.write(bytes, offset, length));
    }

    @Override
    public void flush() throws IOException {
        watch(out::flush);
    }

    /** The first failure, or null when every write went through. */
    synchronized IOException fault() {
        return fault;
    }

    /** Whether the failure is a reader that went away ({@code rehabdoc list | head -1}): nothing to tell anyone. */
    static boolean readerLeft(IOException fault) {
        String message = fault.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe");
    }

    private interface Write {
        void run() throws IOException;
    }

    private void watch(Write write) throws IOException {
        try {
            write.run();
        } catch (IOException e) {
            synchronized (this) {
                if (fault == null) {
                    fault = e;
                }
            }
            throw e;
        }
    }
}
