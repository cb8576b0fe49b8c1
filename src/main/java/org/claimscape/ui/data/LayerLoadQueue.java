package org.claimscape.ui.data;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.claimscape.io.csv.CsvColumns;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.text.UiText;

/**
 * The files waiting to be read as user layers, read one after another in the background (through the window's
 * {@link org.claimscape.ui.explorer.BackgroundTasks}), with the progress bar and Cancel shown over the map while
 * they load. What a read gave is handed to {@link UserLayers}, which asks about problems and adds the layer. FX
 * thread only.
 */
final class LayerLoadQueue {

    /** A file to read: as a new layer (no preset), or as a workspace's layer set up as saved. */
    record Job(Path file, UserLayers.Preset preset, CsvColumns csvColumns) {
    }

    private final ExplorerContext view;
    /** A layer id not yet taken, for the one wanted. */
    private final UnaryOperator<String> uniqueId;
    /** Told of each read that ended (on the FX thread); the next starts once it returns. */
    private final BiConsumer<GeoJsonLoadTask, Job> loaded;
    /** Told of a read that failed: a heading and the message. */
    private final BiConsumer<String, String> failed;
    private final Deque<Job> queue = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<GeoJsonLoadTask> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(this, "pending");
    private final HBox progressView = new HBox(8);
    private final Label progressLabel = new Label();
    private final ProgressBar progressBar = new ProgressBar();
    private final Button cancelButton = new Button();
    /* Whether the user cancelled the running read (its failure then is the cancel's doing). */
    private boolean cancelled;

    LayerLoadQueue(ExplorerContext view, UnaryOperator<String> uniqueId, BiConsumer<GeoJsonLoadTask, Job> loaded,
                   BiConsumer<String, String> failed) {
        this.view = view;
        this.uniqueId = uniqueId;
        this.loaded = loaded;
        this.failed = failed;
        progressBar.setPrefWidth(260);
        progressLabel.setMaxWidth(380);
        progressLabel.setMinWidth(120);
        cancelButton.setMinWidth(Region.USE_PREF_SIZE);
        progressLabel.setId("loadProgressLabel");
        progressBar.setId("loadProgressBar");
        cancelButton.setId("cancelLoadButton");
        cancelButton.textProperty().bind(UiText.text("dialog.cancel"));
        cancelButton.setOnAction(e -> cancel());
        progressView.getChildren().addAll(progressLabel, progressBar, cancelButton);
        progressView.setAlignment(Pos.CENTER_LEFT);
        progressView.setPadding(new Insets(6, 10, 6, 10));
        progressView.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        progressView.getStyleClass().add("load-progress");
        progressView.setId("loadProgress");
        progressView.setVisible(false);
    }

    HBox progressView() {
        return progressView;
    }

    ReadOnlyObjectProperty<GeoJsonLoadTask> currentProperty() {
        return current.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Queues a file and starts reading it unless another is being read. */
    void add(Job job) {
        queue.add(job);
        pending.set(queue.size() + (current.get() == null ? 0 : 1));
        startNext();
    }

    /** Reads this one next (a CSV file again, now with its geometry columns). */
    void addFirst(Job job) {
        queue.addFirst(job);
    }

    /** Cancels the running read and the queued ones. */
    void cancel() {
        queue.clear();
        GeoJsonLoadTask t = current.get();
        if (t != null) {
            cancelled = true;
            t.cancel();
        } else {
            pending.set(0);
        }
    }

    private void startNext() {
        if (current.get() != null) {
            return;
        }
        Job job = queue.poll();
        if (job == null) {
            pending.set(0);
            progressView.setVisible(false);
            return;
        }
        String title = job.preset() != null && job.preset().title() != null ? job.preset().title()
                : UserLayers.titleOf(job.file());
        String id = uniqueId.apply(job.preset() != null && job.preset().id() != null ? job.preset().id()
                : "user-" + UserLayers.slug(title));
        GeoJsonLoadTask task = new GeoJsonLoadTask(job.file(), id, title, job.csvColumns());
        current.set(task);
        progressBar.progressProperty().bind(task.progressProperty());
        progressLabel.textProperty().bind(Bindings.concat(task.messageProperty(),
                queue.isEmpty() ? "" : UiText.get("data.queued", queue.size())));
        progressView.setVisible(true);
        view.status(UiText.get("data.loading", job.file().getFileName()));
        task.setOnSucceeded(e -> {
            try {
                loaded.accept(task, job);
            } finally {
                done(task);
            }
        });
        task.setOnCancelled(e -> {
            view.status(UiText.get("data.loading-cancelled", job.file().getFileName()));
            done(task);
        });
        task.setOnFailed(e -> {
            if (current.get() != task) {
                return; // already finished as cancelled: the failure is the cancel's interrupt
            }
            Throwable ex = task.getException();
            if (cancelled || ex instanceof ClosedByInterruptException || ex instanceof InterruptedIOException) {
                /* Cancel pressed as the read began: the interrupt stopped the file's channel, not a fault. */
                view.status(UiText.get("data.loading-cancelled", job.file().getFileName()));
            } else {
                String msg = ex instanceof OutOfMemoryError ? UiText.get("data.too-large")
                        : String.valueOf(ex.getMessage());
                failed.accept(UiText.get("data.cannot-open", job.file().getFileName()), msg);
            }
            done(task);
        });
        view.tasks().run(UiText.get("task.open", job.file().getFileName()), task);
    }

    /* Once per task: a task cancelled as it failed may report both. */
    private void done(GeoJsonLoadTask task) {
        if (current.get() != task) {
            return;
        }
        cancelled = false;
        progressBar.progressProperty().unbind();
        progressLabel.textProperty().unbind();
        current.set(null);
        pending.set(queue.size());
        startNext();
    }
}
