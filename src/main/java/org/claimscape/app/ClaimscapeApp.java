package org.claimscape.app;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.claimscape.io.BundledLayers;
import org.claimscape.map.TileDiskCache;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.ExplorerView;
import org.claimscape.ui.explorer.MapData;
import org.claimscape.ui.WindowState;
import org.claimscape.ui.WindowStateStore;

/**
 * The JavaFX application: opens the map explorer window with the bundled layers, restoring the window state of
 * the last run and saving it on close. Launched by {@link Main} when there are no arguments.
 */
public final class ClaimscapeApp extends Application {

    private static final Logger LOG = Logger.getLogger(ClaimscapeApp.class.getName());
    /**
     * For benchmarks and the build's training run ({@link ClassArchive}): the window closes once it is complete,
     * right after the first map (its log gives both times).
     */
    static final String EXIT_PROPERTY = "claimscape.exitAfterFirstMap";

    /* Started in init(), before the window is built, so loading overlaps the UI's construction. */
    private java.util.concurrent.CompletableFuture<MapData> loading;
    /* Progress arrives before the view exists; the last report is replayed when it does. */
    private final java.util.concurrent.atomic.AtomicReference<ExplorerView> progressTarget =
            new java.util.concurrent.atomic.AtomicReference<>();
    private volatile int[] lastProgress = {0, 0};
    private ExplorerView view;
    private org.claimscape.ui.workspace.FileMenu fileMenu;
    private WindowStateStore store;
    private Stage stage;

    @Override
    public void init() {
        /* Later launches read the simplified shapes the earlier ones drew instead of simplifying again. */
        org.claimscape.render.SimplifiedLayer.useStore(org.claimscape.map.ShapeDiskCache.userCache(seed("shapes")));
        loading = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return loadBundled((done, total) -> {
                    lastProgress = new int[] {done, total};
                    ExplorerView v = progressTarget.get();
                    if (v != null) {
                        v.loadingProgress(done, total);
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, r -> {
            Thread t = new Thread(r, "claimscape-load");
            t.setDaemon(true);
            t.start();
        });
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        long startNanos = launchNanos();
        long entered = System.nanoTime();
        store = WindowStateStore.userStore();
        WindowState state = store.load();
        view = new ExplorerView(() -> {
            try {
                return loading.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
            }
        }, new MapRenderer(), state,
                url -> getHostServices().showDocument(url), TileDiskCache.userCache(seed("tiles")), startNanos);
        fileMenu = new org.claimscape.ui.workspace.FileMenu(view, org.claimscape.io.WorkspaceRecovery.inUserState(),
                org.claimscape.ui.workspace.RecentFiles.userStore(), view::comparePanel);
        progressTarget.set(view);
        view.loadingProgress(lastProgress[0], lastProgress[1]);
        Scene scene = new Scene(view, state.width(), state.height());
        stage.setScene(scene);
        stage.titleProperty().bind(view.titleProperty());
        if (Double.isFinite(state.x()) && onSomeScreen(state)) {
            stage.setX(state.x());
            stage.setY(state.y());
        }
        stage.setMaximized(state.maximized());
        stage.setOnCloseRequest(e -> saveState());
        if (Boolean.getBoolean(EXIT_PROPERTY)) {
            /* The window is complete once the panels and bars that follow the first map are built (model set). */
            view.modelProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(
                    javafx.application.Platform::exit));
        }
        stage.show();
        LOG.info(String.format(java.util.Locale.ROOT, "window shown %.0f ms after launch (start() entered at %.0f ms,"
                + " took %.0f ms)", (System.nanoTime() - startNanos) / 1e6, (entered - startNanos) / 1e6,
                (System.nanoTime() - entered) / 1e6));
    }

    @Override
    public void stop() {
        saveState();
        try {
            org.claimscape.map.BasemapTiles.awaitWrites(java.time.Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fileMenu != null) {
            fileMenu.closeCleanly();
        }
    }

    private void saveState() {
        if (view != null && store != null) {
            store.save(view.captureState(stage));
        }
    }

    /* The build's seed folder of this kind ("tiles", "shapes") when the launcher named one, else null. */
    private static java.nio.file.Path seed(String kind) {
        String folder = System.getProperty(Launcher.SEED_PROPERTY);
        return folder == null ? null : java.nio.file.Path.of(folder, kind);
    }

    /** Loads the bundled layers (background thread). */
    static MapData loadBundled(java.util.function.BiConsumer<Integer, Integer> progress)
            throws java.io.IOException {
        return MapData.of(BundledLayers.load(progress));
    }

    /*
     * The launch: the time the launcher passed on (its main's entry, or a benchmark's clock), else this JVM's
     * start, so the first-map time includes JVM and JavaFX start-up; nanoTime has no epoch.
     */
    private static long launchNanos() {
        Long given = Long.getLong(Launcher.LAUNCHED_PROPERTY);
        /* The management beans take 20 ms to load: only when the launcher did not say. */
        long launched = given != null ? given : ManagementFactory.getRuntimeMXBean().getStartTime();
        long sinceStartMs = System.currentTimeMillis() - launched;
        return System.nanoTime() - sinceStartMs * 1_000_000L;
    }

    private static boolean onSomeScreen(WindowState s) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D b = screen.getVisualBounds();
            if (b.intersects(s.x(), s.y(), Math.max(50, s.width()), Math.max(50, s.height()))) {
                return true;
            }
        }
        return false;
    }
}
