package org.claimscape.ui.workspace;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.claimscape.io.WorkspaceReader;
import org.claimscape.io.WorkspaceRecovery;
import org.claimscape.io.WorkspaceWriter;
import org.claimscape.io.csv.CsvColumns;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.claimscape.render.LayerStyle;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.compare.CompareModel;
import org.claimscape.ui.compare.ComparePanel;
import org.claimscape.ui.data.DatabaseLayers;
import org.claimscape.ui.data.UserLayers;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/**
 * The window's state as a {@link Workspace}: {@link #capture()} takes it, {@link #restore} puts it back (asking
 * where moved files went), {@link #save}/{@link #open} go through {@code .claimscape} files, and a timeline
 * autosaves it to the {@link WorkspaceRecovery} file, which the next start offers to restore when this session
 * did not end cleanly. The prompts are injectable, so tests can answer them. FX thread only.
 */
public final class WorkspaceSession {

    /** How often the recovery file is written. */
    public static final Duration AUTOSAVE_EVERY = Duration.minutes(3);

    private static final Logger LOG = Logger.getLogger(WorkspaceSession.class.getName());

    private final ExplorerContext view;
    private final Supplier<ComparePanel> comparePanel;
    private final ExplorerModel model;
    private final UserLayers users;
    private final WorkspaceRecovery recovery;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /* Recovery files are written one at a time, in order; closing waits for the last one. */
    private final BackgroundTasks.Lane writer;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private boolean closed;
    private Timeline autosave;
    private ObservableValue<Boolean> windowShowing;
    private List<String> pendingOrder = List.of();
    private Function<Workspace.LayerEntry, Optional<Path>> missingFilePrompt;
    private Function<Workspace, Boolean> recoveryPrompt;
    private BiConsumer<String, String> errorReporter;
    private DatabaseLayers databases;


    /**
     * @param view     the window, layers loaded
     * @param users    its user layers
     * @param recovery the autosave file, or null for no autosave
     * @param compare  the compare panel, whose claims and mode a workspace keeps
     */
    public WorkspaceSession(ExplorerContext view, UserLayers users, WorkspaceRecovery recovery,
                            Supplier<ComparePanel> compare) {
        this.view = view;
        this.comparePanel = compare;
        this.writer = view.tasks().lane();
        this.model = view.model();
        this.users = users;
        this.recovery = recovery;
        users.setOnAdded(s -> view.edits().quietly(() -> model.applyOrder(pendingOrder)));
        missingFilePrompt = this::askForMissingFile;
        recoveryPrompt = this::askToRecover;
        errorReporter = (title, message) -> {
            Alert a = UiDialogs.alert(Alert.AlertType.ERROR, window(), title, message);
            a.getDialogPane().setMinWidth(520);
            a.show();
        };
    }

    // ------------------------------------------------------------------ injection points

    /** Replaces the "where is this file now?" prompt: empty skips the layer (tests). */
    public void setMissingFilePrompt(Function<Workspace.LayerEntry, Optional<Path>> prompt) {
        this.missingFilePrompt = prompt;
    }

    /** Replaces the "restore the unsaved work?" prompt (tests). */
    public void setRecoveryPrompt(Function<Workspace, Boolean> prompt) {
        this.recoveryPrompt = prompt;
    }

    /** Replaces the error alert: heading and message (tests). */
    public void setErrorReporter(BiConsumer<String, String> reporter) {
        this.errorReporter = reporter;
    }

    /** Lets workspaces keep and reopen the database layers too. */
    public void setDatabaseLayers(DatabaseLayers layers) {
        this.databases = layers;
        layers.setOnAdded(s -> model.applyOrder(pendingOrder));
    }

    // ------------------------------------------------------------------ capture and restore

    /** The workspace file last saved or opened, or null. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The window's state now. */
    public Workspace capture() {
        List<Workspace.LayerEntry> layers = new ArrayList<>();
        for (LayerState s : model.layers()) {
            double opacity = Math.max(0, Math.min(1, s.opacityProperty().get()));
            Workspace.LayerEntry db = databases == null ? null : databases.capture(s);
            if (db != null) {
                layers.add(db);
                continue;
            }
            UserLayers.UserLayer u = users.get(s.id());
            if (u == null) {
                layers.add(new Workspace.LayerEntry(s.id(), null, null, s.isVisible(), opacity, null));
            } else {
                CsvColumns c = u.csvColumns();
                layers.add(new Workspace.LayerEntry(s.id(), u.file(), s.title(), s.isVisible(), opacity,
                        style(users.style(s.id())), null, c == null ? null
                        : new Workspace.CsvGeometry(c.latitude(), c.longitude(), c.wkt())));
            }
        }
        MapViewport v = view.mapPane().navigator().viewport();
        return new Workspace(layers, new Workspace.View(v.centerLat(), v.centerLon(), v.zoom()), captureDate(),
                model.viewpointProperty().get(), captureCompare(), capturePage());
    }

    /* The time slider, compare mode and the briefing page as the briefing dialog last left it. */
    private LocalDate captureDate() {
        return model.dateProperty().get();
    }

    private Workspace.Compare captureCompare() {
        ComparePanel panel = comparePanel.get();
        CompareModel compare = panel == null ? null : panel.model();
        if (compare == null || !compare.activeProperty().get() || compare.key() == null) {
            return null;
        }
        return new Workspace.Compare(compare.claimAProperty().get(), compare.claimBProperty().get(),
                compare.modeProperty().get() == CompareModel.Mode.SIDE_BY_SIDE ? "side-by-side" : "swipe",
                compare.differenceShownProperty().get());
    }

    private Workspace.Page capturePage() {
        return model.briefingPageProperty().get();
    }

    private void restoreDate(LocalDate date) {
        model.dateProperty().set(date);
    }

    private void restoreCompare(Workspace.Compare saved) {
        ComparePanel panel = comparePanel.get();
        if (panel == null) {
            return;
        }
        CompareModel compare = panel.model();
        if (saved == null) {
            compare.activeProperty().set(false);
            return;
        }
        compare.setClaims(saved.claimA(), saved.claimB());
        compare.modeProperty().set("side-by-side".equals(saved.mode())
                ? CompareModel.Mode.SIDE_BY_SIDE : CompareModel.Mode.SWIPE);
        compare.differenceShownProperty().set(saved.difference());
        compare.activeProperty().set(true);
    }

    private void restorePage(Workspace.Page page) {
        model.briefingPageProperty().set(page);
    }

    /**
     * Puts a workspace back: the bundled layers' visibility, opacity and order, the user's layers (read again
     * from their files in the background; a file that moved is asked for, or skipped), the view and the viewpoint.
     * The user layers open now are replaced.
     *
     * @return the layers skipped because their file is missing
     */
    public List<Workspace.LayerEntry> restore(Workspace w) {
        users.cancelLoading();
        users.removeAll();
        if (databases != null) {
            databases.removeAll();
        }
        List<String> order = new ArrayList<>();
        List<Workspace.LayerEntry> skipped = new ArrayList<>();
        List<String> listedBundled = new ArrayList<>();
        Path lastFoundDir = null;
        for (Workspace.LayerEntry e : w.layers()) {
            order.add(e.id());
            if (e.isBundled()) {
                LayerState s = model.layer(e.id());
                if (s != null) {
                    listedBundled.add(e.id());
                    s.visibleProperty().set(e.visible());
                    s.opacityProperty().set(Math.max(0, Math.min(1, e.opacity())));
                }
                continue;
            }
            if (e.isDatabase()) {
                if (databases != null) {
                    databases.reopen(e);
                } else {
                    skipped.add(e);
                }
                continue;
            }
            Path f = e.file();
            if (!Files.isRegularFile(f)) {
                Path guess = lastFoundDir == null ? null : lastFoundDir.resolve(f.getFileName().toString());
                if (guess != null && Files.isRegularFile(guess)) {
                    f = guess;
                } else {
                    Optional<Path> found = missingFilePrompt.apply(e);
                    if (found.isEmpty() || !Files.isRegularFile(found.get())) {
                        skipped.add(e);
                        continue;
                    }
                    f = found.get();
                    lastFoundDir = f.toAbsolutePath().getParent();
                }
            }
            Workspace.CsvGeometry csv = e.csv();
            users.open(f, new UserLayers.Preset(e.id(), e.title(), layerStyle(e.style()), e.visible(), e.opacity()),
                    csv == null ? null : new CsvColumns(csv.latitude(), csv.longitude(), csv.wkt()));
        }
        /* Version 1 listed only the layers shown: the others are hidden. */
        for (LayerState s : model.layers()) {
            if (!users.isUserLayer(s.id()) && !listedBundled.contains(s.id()) && !w.layers().isEmpty()) {
                s.visibleProperty().set(false);
            }
        }
        pendingOrder = order;
        model.applyOrder(order);
        /* Compare mode changes the map's size, so it comes before the view is set. */
        restoreDate(w.date());
        restoreCompare(w.compare());
        restorePage(w.page());
        view.layoutNow();
        if (w.view() != null) {
            view.mapPane().navigator().setView(w.view().centerLat(), w.view().centerLon(), w.view().zoom());
        }
        view.setViewpoint(w.viewpoint());
        /* The workspace's state is where undo starts from, not a series of edits. */
        view.edits().clear();
        if (!skipped.isEmpty()) {
            view.status(UiText.get("workspace.skipped", skipped.size()));
        }
        return skipped;
    }

    // ------------------------------------------------------------------ files

    /** Saves the workspace (atomically) and remembers the file. */
    public void save(Path target) throws IOException {
        new WorkspaceWriter().write(capture(), target);
        file.set(target.toAbsolutePath().normalize());
        view.status(UiText.get("workspace.saved", target.getFileName()));
    }

    /**
     * Opens a workspace file; a damaged file or one from a newer version is refused with the reader's message.
     *
     * @return true when it was opened
     */
    public boolean open(Path source) {
        Workspace w;
        try {
            w = new WorkspaceReader().read(source);
        } catch (IOException e) {
            errorReporter.accept(UiText.get("workspace.cannot-open", source.getFileName()), e.getMessage());
            return false;
        }
        restore(w);
        file.set(source.toAbsolutePath().normalize());
        view.status(UiText.get("workspace.opened", source.getFileName()));
        return true;
    }

    // ------------------------------------------------------------------ autosave and recovery

    /** Starts writing the recovery file every {@link #AUTOSAVE_EVERY}. */
    public void startAutosave() {
        if (recovery == null || autosave != null) {
            return;
        }
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosaveNow()));
        autosave.setCycleCount(Animation.INDEFINITE);
        /* Runs only while the window shows: a running timeline is held by the toolkit, and with it this window. */
        windowShowing = view.mapPane().sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        windowShowing.addListener((o, was, showing) -> runAutosave(showing));
        runAutosave(windowShowing.getValue());
    }

    private void runAutosave(boolean showing) {
        if (showing && !closed) {
            autosave.play();
        } else {
            autosave.pause();
        }
    }

    /** Writes the recovery file now (in the background); what the timeline does. */
    public Future<?> autosaveNow() {
        if (closed) {
            return CompletableFuture.completedFuture(null);
        }
        Workspace w = capture();
        CompletableFuture<Void> written = new CompletableFuture<>();
        lastWrite = written;
        writer.submit(UiText.get("task.autosave", recovery.file()), job -> {
            try {
                recovery.save(w);
                return null;
            } finally {
                written.complete(null);
            }
        }, done -> { }, e -> { });
        return written;
    }

    /**
     * When the last session left a recovery file, asks whether to restore it; restores or discards it, and then
     * starts the autosave (never before: it would overwrite what is offered).
     *
     * @return true when a workspace was restored
     */
    public boolean offerRecovery() {
        boolean restored = false;
        if (recovery != null) {
            Optional<Workspace> pending = recovery.pending();
            if (pending.isPresent()) {
                if (Boolean.TRUE.equals(recoveryPrompt.apply(pending.get()))) {
                    restore(pending.get());
                    restored = true;
                    view.status(UiText.get("workspace.restored"));
                }
                try {
                    recovery.discard();
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot delete " + recovery.file(), e);
                }
            }
        }
        startAutosave();
        return restored;
    }

    /** A clean exit: stops the autosave and deletes the recovery file. */
    public void closeCleanly() {
        if (autosave != null) {
            autosave.stop();
        }
        closed = true;
        if (recovery != null) {
            try {
                lastWrite.get(2, TimeUnit.SECONDS);
                recovery.discard();
            } catch (IOException | ExecutionException | TimeoutException e) {
                LOG.log(Level.WARNING, "cannot delete " + recovery.file(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ------------------------------------------------------------------ styles

    static Workspace.Style style(LayerStyle s) {
        return s == null ? null : s.toWorkspace();
    }

    static LayerStyle layerStyle(Workspace.Style s) {
        return LayerStyle.of(s);
    }

    // ------------------------------------------------------------------ default prompts

    private Optional<Path> askForMissingFile(Workspace.LayerEntry e) {
        ButtonType locate = UiDialogs.button("workspace.moved.locate", ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = UiDialogs.button("workspace.moved.skip", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = UiDialogs.alert(Alert.AlertType.WARNING, window(), UiText.get("workspace.moved"),
                UiText.get("workspace.moved.detail", e.title() == null ? e.id() : e.title(), e.file()), locate, skip);
        if (a.showAndWait().orElse(skip) != locate) {
            return Optional.empty();
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(UiText.get("workspace.moved.where", e.file().getFileName()));
        fc.setInitialFileName(e.file().getFileName().toString());
        fc.getExtensionFilters().addAll(FileMenu.geoJsonFilter(), FileMenu.allFilter());
        File f = fc.showOpenDialog(window());
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    private Boolean askToRecover(Workspace w) {
        String when = "";
        try {
            LocalDateTime t = LocalDateTime.ofInstant(Files.getLastModifiedTime(recovery.file()).toInstant(),
                    ZoneId.systemDefault());
            when = UiText.get("workspace.recover.when", UiText.date(t.toLocalDate()),
                    t.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)));
        } catch (IOException e) {
            // the time is only a courtesy
        }
        long user = w.layers().stream().filter(l -> !l.isBundled()).count();
        String viewpoint = w.viewpoint() == Viewpoint.NEUTRAL ? "" : UiText.get("workspace.recover.viewpoint",
                UiText.viewpoints(false).toString(w.viewpoint()));
        ButtonType restore = UiDialogs.button("workspace.recover.restore", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = UiDialogs.button("workspace.recover.discard", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = UiDialogs.alert(Alert.AlertType.CONFIRMATION, window(), UiText.get("workspace.recover"),
                UiText.get("workspace.recover.detail", when, user, viewpoint), restore, discard);
        return a.showAndWait().orElse(discard) == restore;
    }

    private Window window() {
        return view.owner();
    }
}
