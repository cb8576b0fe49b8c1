package org.claimscape.ui.explorer;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.claimscape.ui.text.UiText;

/**
 * The window's one place for background work: a pool of daemon threads, results and failures handed back on the
 * thread the window reads them on (the FX thread; the calling thread's own choice in window-free tests). Every
 * failure goes to one reporter (logged, and shown in the status bar by the window), so errors look the same
 * wherever they happen; a caller's own failure handler only tidies up its controls. Cancelled work reports
 * nothing.
 *
 * <p>Thread-safe.
 */
public final class BackgroundTasks {

    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());

    /** Work to run off the FX thread; it may check {@link Cancellation#isCancelled()} and stop early. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Cancellation job) throws Exception;
    }

    /** Whether the work's result is still wanted. */
    public interface Cancellation {
        boolean isCancelled();
    }

    /** A piece of submitted work: cancel it, or wait for it (tests). */
    public static final class Job<T> implements Cancellation {
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private volatile boolean cancelled;

        /** Asks the work to stop; its result, if any, is dropped. */
        public void cancel() {
            cancelled = true;
            done.cancel(false);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        /** Completes after the result or failure was delivered (and its handler ran). */
        public CompletableFuture<T> done() {
            return done;
        }
    }

    private final ExecutorService pool;
    private final Executor deliver;
    private volatile BiConsumer<String, Throwable> reporter = (what, e) -> { };

    private BackgroundTasks(Executor deliver) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "claimscape-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.deliver = deliver;
    }

    /** Results and failures arrive on the FX thread. */
    public static BackgroundTasks onFxThread() {
        return new BackgroundTasks(Platform::runLater);
    }

    /** Results and failures arrive through {@code deliver} (a test's own queue, or {@code Runnable::run}). */
    public static BackgroundTasks delivering(Executor deliver) {
        return new BackgroundTasks(Objects.requireNonNull(deliver));
    }

    /**
     * Where failures are shown, besides the log: called with what failed ("Cannot open x.geojson", in the
     * interface language: {@code what} is worded to follow "Cannot") and why.
     */
    public void setReporter(BiConsumer<String, Throwable> reporter) {
        this.reporter = Objects.requireNonNull(reporter);
    }

    /** Runs work on the pool; see {@link #submit(String, Work, Consumer, Consumer)}. */
    public <T> Job<T> submit(String what, Work<T> work, Consumer<? super T> onSuccess) {
        return submit(what, work, onSuccess, e -> { });
    }

    /**
     * Runs work on the pool, then hands its result to {@code onSuccess}, or its failure to the reporter and then
     * to {@code onFailure}, on the delivering thread.
     *
     * @param what what the work does, for messages ("Cannot " + what)
     */
    public <T> Job<T> submit(String what, Work<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        return submitOn(pool, what, work, onSuccess, onFailure);
    }

    /** Runs a JavaFX task (which hands its own events to the FX thread); its failure is reported as others are. */
    public <T> Task<T> run(String what, Task<T> task) {
        task.exceptionProperty().addListener((o, was, e) -> {
            /* A cancelled task may still fail as its thread is interrupted: the user's cancel, not a fault. */
            if (e != null && !(e instanceof CancellationException) && !task.isCancelled()) {
                report(what, e);
            }
        });
        pool.execute(task);
        return task;
    }

    /** Work submitted here runs one job at a time, in order, on the same pool. */
    public Lane lane() {
        return new Lane();
    }

    /** A queue of work that runs one job at a time, in submission order. */
    public final class Lane {
        private final Queue<Runnable> queue = new ArrayDeque<>();
        private boolean running;
        private final Executor serial = r -> {
            synchronized (this) {
                queue.add(r);
                if (running) {
                    return;
                }
                running = true;
            }
            pool.execute(this::drain);
        };

        private Lane() {
        }

        public <T> Job<T> submit(String what, Work<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
            return submitOn(serial, what, work, onSuccess, onFailure);
        }

        private void drain() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = queue.poll();
                    if (next == null) {
                        running = false;
                        return;
                    }
                }
                next.run();
            }
        }
    }

    private <T> Job<T> submitOn(Executor on, String what, Work<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
        Job<T> job = new Job<>();
        on.execute(() -> {
            if (job.isCancelled()) {
                return;
            }
            T value;
            try {
                value = work.run(job);
            } catch (Throwable e) {
                deliver.execute(() -> {
                    if (!job.isCancelled() && !(e instanceof CancellationException)) {
                        report(what, e);
                        onFailure.accept(e);
                    }
                    job.done.completeExceptionally(e);
                });
                return;
            }
            deliver.execute(() -> {
                if (!job.isCancelled()) {
                    onSuccess.accept(value);
                }
                job.done.complete(value);
            });
        });
        return job;
    }

    private void report(String what, Throwable e) {
        LOG.log(Level.WARNING, "cannot " + what, e);
        reporter.accept(UiText.get("task.failed", what), e);
    }
}
