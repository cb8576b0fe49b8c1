package org.claimscape.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.claimscape.io.BundledLayers;
import org.claimscape.io.WorkspaceRecovery;
import org.claimscape.map.TileDiskCache;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.ExplorerView;
import org.claimscape.ui.NetworkGuard;
import org.claimscape.ui.WindowState;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.explorer.MapData;
import org.claimscape.ui.workspace.FileMenu;
import org.claimscape.ui.workspace.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An explorer window with the bundled layers and the File menu, for the user-data tests: the recovery file and
 * recent list live in a temporary folder, never in the user's home.
 */
public final class UserDataFixture {

    private static MapData data;
    private static Path cacheDir;

    public ExplorerView view;
    public FileMenu fileMenu;
    public final Path dir;
    public final WorkspaceRecovery recovery;

    public UserDataFixture(Path dir) {
        this.dir = dir;
        this.recovery = new WorkspaceRecovery(dir.resolve("state").resolve("recovery.claimscape"));
    }

    public static synchronized MapData data() throws IOException {
        if (data == null) {
            NetworkGuard.install();
            cacheDir = Files.createTempDirectory("claimscape-tiles");
            BundledLayers b = BundledLayers.load();
            data = MapData.of(b);
        }
        return data;
    }

    /** Builds and shows the window (call from the TestFX start method). */
    public void start(Stage stage) throws IOException {
        MapData d = data();
        view = new ExplorerView(() -> d, new MapRenderer(), WindowState.initial(), url -> { },
                new TileDiskCache(cacheDir), System.nanoTime());
        fileMenu = new FileMenu(view, recovery, new RecentFiles(dir.resolve("recent.txt")), view::comparePanel);
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    public UserLayers users() {
        return fileMenu.users();
    }

    public void awaitReady() throws Exception {
        await(() -> fileMenu.readyProperty().get());
    }

    /** Waits until no file is loading or queued, and the FX queue is drained. */
    public void awaitLoaded() throws Exception {
        await(() -> users().pendingProperty().get() == 0 && users().currentTaskProperty().get() == null);
    }

    public static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Evaluates on the FX thread and waits for the value. */
    public static <T> T onFx(Callable<T> what) {
        try {
            return WaitForAsyncUtils.asyncFx(what).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public LayerState layer(String id) {
        return view.model().layer(id);
    }

    public static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Two points near Yuzhno-Kurilsk: an airfield and a thing of an unknown type, named by "name". */
    public static String twoPoints() {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"id\":\"a1\",\"properties\":{\"name\":\"Mendeleyevo strip\",\"type\":"
                + "\"airfield\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[145.683,43.958]}},\n"
                + "{\"type\":\"Feature\",\"id\":\"b2\",\"properties\":{\"name\":\"Observation post Zeta\",\"type\":"
                + "\"observation\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[145.86,44.02]}}\n]}";
    }

    public void assertNoNetwork() {
        assertThat(NetworkGuard.attempts()).as("network connections attempted").isEmpty();
    }

    /* The row of the layer list that shows this layer. */
    public static ListCell<?> layerRow(FxRobot robot, String layerId) {
        return robot.lookup(".layer-row").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getItem() instanceof LayerState s && s.id().equals(layerId)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + layerId));
    }

    /*
     * Right-click, as the user does: Monocle turns no mouse button into a context-menu request, so the request the
     * platform would send for a right click on the row is sent to the row.
     */
    public static void openContextMenu(FxRobot robot, ListCell<?> row) {
        robot.moveTo(row);
        robot.interact(() -> {
            Bounds b = row.localToScreen(row.getBoundsInLocal());
            double x = b.getWidth() / 2;
            double y = b.getHeight() / 2;
            row.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y, b.getMinX() + x,
                    b.getMinY() + y, false, null));
        });
    }
}
