package dev.rehabdoc.bench;

import dev.rehabdoc.load.CatalogLoader;
import dev.rehabdoc.load.LoadResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the loader (parse, bind, validate) inside one JVM, so that the work of {@code validate} can be told apart
 * from the JVM's start: the first load is what a command pays after start, the later ones are the warmed-up cost.
 *
 * <p>Usage: {@code TimeLoad SOURCE [REPEATS]}. Prints one line: {@code first_ms first_cpu_ms warm_median_ms
 * jvm_uptime_at_main_ms}, where the CPU time is that of the loading thread (less disturbed than wall time when other
 * processes share the cores; it leaves out garbage collection and JIT threads).
 */
public final class TimeLoad {
    private TimeLoad() {
    }

    public static void main(String[] args) {
        long uptimeAtMain = ManagementFactory.getRuntimeMXBean().getUptime();
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: TimeLoad SOURCE [REPEATS]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        double first = timeOneLoad(source);
        double firstCpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
        double[] warm = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            warm[i] = timeOneLoad(source);
        }
        Arrays.sort(warm);
        double median = repeats == 0 ? Double.NaN : warm[repeats / 2];
        System.out.printf(Locale.ROOT, "%.1f %.1f %.1f %d%n", first, firstCpu, median, uptimeAtMain);
    }

    /** Milliseconds to load the source; a source that does not load is a broken benchmark, so it stops here. */
    private static double timeOneLoad(Path source) {
        long start = System.nanoTime();
        LoadResult result = CatalogLoader.load(source);
        long elapsed = System.nanoTime() - start;
        if (result instanceof LoadResult.Failed failed) {
            failed.problems().stream().limit(10).forEach(System.err::println);
            throw new IllegalStateException(source + " did not load: " + failed.problems().size() + " problems");
        }
        return elapsed / 1e6;
    }
}
