package dev.rehabdoc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void runsEveryWrite() throws Exception {
        ConcurrentLinkedQueue<Integer> done = new ConcurrentLinkedQueue<>();
        List<SideBySide.Write> writes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int number = i;
            writes.add(() -> done.add(number));
        }

        SideBySide.run(writes);

        assertThat(done).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void failsAsTheFailingWriteDid() {
        List<SideBySide.Write> writes = List.of(() -> { }, () -> {
            throw new ExportException("program 'p': too long");
        }, () -> { });

        assertThatThrownBy(() -> SideBySide.run(writes)).isInstanceOf(ExportException.class)
                .hasMessage("program 'p': too long");
        assertThatThrownBy(() -> SideBySide.run(List.of(() -> {
            throw new IOException("disk full");
        }))).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void runsNoMoreAtOnceThanAsked() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<SideBySide.Write> writes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            writes.add(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
            });
        }

        SideBySide.run(writes, 1);

        assertThat(most).hasValue(1);
    }
}
