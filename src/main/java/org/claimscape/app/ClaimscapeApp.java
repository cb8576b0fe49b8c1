package org.claimscape.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.claimscape.io.BundledLayers;
import org.claimscape.io.WorkspaceRecovery;
import org.claimscape.map.BasemapTiles;
import org.claimscape.map.ShapeDiskCache;
import org.claimscape.map.TileDiskCache;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.SimplifiedLayer;
import org.claimscape.ui.ExplorerView;
import org.claimscape.ui.WindowState;
import org.claimscape.ui.WindowStateStore;
import org.claimscape.ui.explorer.MapData;
import org.claimscape.ui.workspace.FileMenu;
import org.claimscape.ui.workspace.RecentFiles;

/**
 * The JavaFX application: opens the map explorer window with the bundled layers, restoring the window state of
 * the last run and saving it on close. Launched by {@link Main} with no arguments, or with files to open (a
 * workspace, GeoJSON layers), which open once the bundled layers are in.
 */
public final class ClaimscapeApp extends Application {

    private static final Logger LOG = Logger.getLogger(ClaimscapeApp.class.getName());
    /**
     * For benchmarks and the build's training run ({@link ClassArchive}): the window closes once it is complete,
     * right after the first map (its log gives both times).
     */
    static final String EXIT_PROPERTY = "claimscape.exitAfterFirstMap";

    /* Started in init(), before the window is built, so loading overlaps the UI's construction. */
    private CompletableFuture<MapData> loading;
    /* Progress arrives before the view exists; the last report is replayed when it does. */
    private final AtomicReference<ExplorerView> progressTarget =
            new AtomicReference<>();
    private volatile int[] lastProgress = {0, 0};
    private ExplorerView view;
    private FileMenu fileMenu;
    private WindowStateStore store;
    private Stage stage;

    @Override
    public void init() {
        /* Later launches read the simplified shapes the earlier ones drew instead of simplifying again. */
        SimplifiedLayer.useStore(ShapeDiskCache.userCache(Launcher.seed("shapes")));
        loading = CompletableFuture.supplyAsync(() -> {
            try {
                return loadBundled((done, total) -> {
                    lastProgress = new int[] {done, total};
                    ExplorerView v = progressTarget.get();
                    if (v != null) {
                        v.loadingProgress(done, total);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
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
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowState state = store.load().fittedTo(screen.getWidth(), screen.getHeight());
        view = new ExplorerView(() -> {
            try {
                return loading.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
            }
        }, new MapRenderer(), state,
                url -> getHostServices().showDocument(url), TileDiskCache.userCache(Launcher.seed("tiles")), startNanos);
        fileMenu = new FileMenu(view, WorkspaceRecovery.inUserState(),
                RecentFiles.userStore(), view::comparePanel);
        List<Path> files = Main.filesToOpen(getParameters().getRaw().toArray(String[]::new));
        if (!files.isEmpty()) {
            /* After the recovery offer, which FileMenu makes once it is ready (a later pulse). */
            fileMenu.readyProperty().addListener((o, was, ready) -> {
                if (ready) {
                    Platform.runLater(() -> Platform.runLater(() -> fileMenu.openAny(files)));
                }
            });
        }
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
            view.modelProperty().addListener((o, a, b) -> Platform.runLater(
                    Platform::exit));
        }
        stage.show();
        LOG.info(String.format(Locale.ROOT, "window shown %.0f ms after launch (start() entered at %.0f ms,"
                + " took %.0f ms)", (System.nanoTime() - startNanos) / 1e6, (entered - startNanos) / 1e6,
                (System.nanoTime() - entered) / 1e6));
    }

    @Override
    public void stop() {
        saveState();
        try {
            BasemapTiles.awaitWrites(Duration.ofSeconds(5));
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

    /** Loads the bundled layers (background thread). */
    static MapData loadBundled(BiConsumer<Integer, Integer> progress)
            throws IOException {
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
