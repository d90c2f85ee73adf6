package dev.rehabdoc.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an exporter's independent writes (one file each, say) side by side, one per processor, and fails as the first
 * of them to fail did, after stopping the rest.
 */
public final class SideBySide {

    /** One write: returns normally or throws what the exporter would. */
    @FunctionalInterface
    public interface Write {
        void run() throws ExportException, IOException;
    }

    private SideBySide() {
    }

    /** Runs the writes, at most one per processor at a time, and returns when all are done. */
    public static void run(List<Write> writes) throws ExportException, IOException {
        run(writes, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs the writes, at most {@code atOnce} at a time (and no more than one per processor), and returns when all
     * are done; an exporter whose writes each need much memory runs fewer at once.
     */
    public static void run(List<Write> writes, int atOnce) throws ExportException, IOException {
        int threads = Math.max(1, Math.min(writes.size(),
                Math.min(atOnce, Runtime.getRuntime().availableProcessors())));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Void>> running = new ArrayList<>();
            for (Write write : writes) {
                running.add(pool.submit(() -> {
                    write.run();
                    return null;
                }));
            }
            for (Future<Void> future : running) {
                await(future, running);
            }
        }
    }

    /** Waits for one write; on its failure stops the others and rethrows what went wrong. */
    private static void await(Future<Void> future, List<Future<Void>> all) throws ExportException, IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            all.forEach(other -> other.cancel(true));
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing");
        } catch (ExecutionException e) {
            all.forEach(other -> other.cancel(true));
            switch (e.getCause()) {
                case ExportException export -> throw export;
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
