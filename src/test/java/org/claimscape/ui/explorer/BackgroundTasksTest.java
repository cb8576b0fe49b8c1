package org.claimscape.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The window's executor, without a window: results are delivered to a queue the test thread runs. */
class BackgroundTasksTest {

    private final BlockingQueue<Runnable> delivered = new LinkedBlockingQueue<>();
    private final List<String> reported = Collections.synchronizedList(new ArrayList<>());
    private BackgroundTasks tasks;

    @BeforeEach
    void setUp() {
        tasks = BackgroundTasks.delivering(delivered::add);
        tasks.setReporter((what, e) -> reported.add(what + ": " + e.getMessage()));
    }

    private void deliverNext() throws InterruptedException {
        Runnable r = delivered.poll(10, TimeUnit.SECONDS);
        assertThat(r).as("a delivery").isNotNull();
        r.run();
    }

    @Test
    void aResultIsHandedToTheDeliveringThreadOnly() throws Exception {
        List<String> got = new ArrayList<>();
        Thread caller = Thread.currentThread();
        BackgroundTasks.Job<String> job = tasks.submit("count", c -> {
            assertThat(Thread.currentThread()).isNotSameAs(caller);
            return "42";
        }, got::add);

        deliverNext();

        assertThat(got).containsExactly("42");
        assertThat(job.done().get(1, TimeUnit.SECONDS)).isEqualTo("42");
        assertThat(reported).isEmpty();
    }

    @Test
    void aFailureIsReportedOnceThenGivenToTheCaller() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        BackgroundTasks.Job<Object> job = tasks.submit("read x.geojson", c -> {
            throw new IOException("no such file");
        }, v -> { }, failures::add);

        deliverNext();

        assertThat(reported).containsExactly("Cannot read x.geojson: no such file");
        assertThat(failures).singleElement().isInstanceOf(IOException.class);
        assertThatThrownBy(() -> job.done().get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void cancelledWorkDeliversNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> got = new ArrayList<>();
        BackgroundTasks.Job<String> job = tasks.submit("wait", c -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return c.isCancelled() ? "seen cancelled" : "not cancelled";
        }, got::add);
        started.await(10, TimeUnit.SECONDS);
        job.cancel();
        release.countDown();

        deliverNext();

        assertThat(got).isEmpty();
        assertThat(job.isCancelled()).isTrue();
        assertThat(reported).isEmpty();
    }

    @Test
    void aLaneRunsItsWorkOneAtATimeInOrder() throws Exception {
        BackgroundTasks.Lane lane = tasks.lane();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        int[] running = {0};
        int[] most = {0};
        for (int i = 0; i < 20; i++) {
            int n = i;
            lane.submit("step " + n, c -> {
                synchronized (running) {
                    most[0] = Math.max(most[0], ++running[0]);
                }
                order.add(n);
                Thread.onSpinWait();
                synchronized (running) {
                    running[0]--;
                }
                return n;
            }, v -> { }, e -> { });
        }
        for (int i = 0; i < 20; i++) {
            deliverNext();
        }

        assertThat(order).hasSize(20).isSorted();
        assertThat(most[0]).isEqualTo(1);
    }
}
