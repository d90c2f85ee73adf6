package dev.rehabdoc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-line status of a long export, redrawn in place on a terminal. It stays silent for runs under a second and
 * whenever standard error is not a terminal (the launcher says which), so pipes and logs never get control characters.
 */
final class Progress implements AutoCloseable {
    /** Set by the launcher when standard error is a terminal. */
    static final String TERMINAL_PROPERTY = "rehabdoc.terminal";

    private final PrintWriter err;
    private final List<String> formats;
    private final Set<String> done = ConcurrentHashMap.newKeySet();
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile int drawn;

    private Progress(PrintWriter err, List<String> formats, boolean enabled) {
        this.err = err;
        this.formats = formats;
        this.ticker = enabled ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::draw, 1000, 500, TimeUnit.MILLISECONDS);
        }
    }

    /** A status line for these formats, shown only on a terminal. */
    static Progress of(PrintWriter err, List<String> formats) {
        return new Progress(err, formats, Boolean.getBoolean(TERMINAL_PROPERTY));
    }

    void finished(String format) {
        done.add(format);
    }

    private synchronized void draw() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        StringBuilder line = new StringBuilder("exporting");
        for (String format : formats) {
            line.append(' ').append(format).append(done.contains(format) ? " done," : "...,");
        }
        line.setLength(line.length() - 1);
        line.append(' ').append(seconds).append(" s");
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = line.length();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            if (drawn > 0) {
                err.print("\r" + " ".repeat(drawn) + "\r");
                err.flush();
            }
        }
    }
}
