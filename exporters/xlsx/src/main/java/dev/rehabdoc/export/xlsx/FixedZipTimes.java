package dev.rehabdoc.export.xlsx;

import dev.rehabdoc.export.ExportException;
import dev.rehabdoc.export.SideBySide;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.apache.poi.util.Reproducibility;

/**
 * Writes workbooks with fixed zip entry times, so that the same content gives the same bytes, several at once.
 *
 * <p>POI has one switch for this for the whole process, a plain static flag:
 * {@link Reproducibility#runWithSourceDateEpoch} turns it on for the length of a call and then sets it back as it
 * found it, so two such calls side by side can turn it off under each other. Here one thread holds the switch on,
 * inside that call, from the moment the first of the writes under way starts until the last one ends; the writes
 * themselves then need not take turns.
 */
final class FixedZipTimes {
    private static final Object LOCK = new Object();
    /** Writes under way; guarded by {@link #LOCK}. */
    private static int writing;
    /** The thread holding the switch on while {@link #writing} is above 0, and what releases it; guarded by LOCK. */
    private static Thread holder;
    private static CountDownLatch release;

    private FixedZipTimes() {
    }

    /** Runs a workbook's write with fixed zip entry times. */
    static void write(SideBySide.Write write) throws ExportException, IOException {
        enter();
        try {
            write.run();
        } finally {
            leave();
        }
    }


    private static void enter() {
        synchronized (LOCK) {
            if (writing > 0) {
                writing++;
                return;
            }
            CountDownLatch on = new CountDownLatch(1);
            CountDownLatch off = new CountDownLatch(1);
            holder = Thread.ofPlatform().name("rehabdoc-fixed-zip-times").daemon().start(() -> {
                try {
                    Reproducibility.runWithSourceDateEpoch(() -> {
                        on.countDown();
                        awaitUninterruptibly(off);
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            release = off;
            // The holder sets the flag before it counts down: awaiting that, this thread and every write that enters
            // after it (through LOCK) see the flag set.
            awaitUninterruptibly(on);
            writing = 1;
        }
    }

    private static void leave() {
        synchronized (LOCK) {
            if (--writing > 0) {
                return;
            }
            release.countDown();
            // The switch is set back before another write can enter and start a holder of its own.
            boolean interrupted = false;
            while (holder.isAlive()) {
                try {
                    holder.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            holder = null;
            release = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
