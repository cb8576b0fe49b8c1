package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimscape.ui.explorer.MapData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at 800×600 (a small laptop screen, or 1600×1200 at 2×): every bar in view and inside the window, the
 * tool bar without an overflow menu, the map with most of the width, and the side panels that hide to give it more.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {

    private static MapData data;
    private ExplorerView view;
    private Stage stage;

    @BeforeAll
    static void loadOnce() throws Exception {
        NetworkGuard.install();
        data = BundledMapData.load();
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        WindowState small = WindowState.initial().fittedTo(800, 600);
        view = TestWindows.explorer(() -> data, small);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @AfterEach
    void noNetwork() {
        assertThat(NetworkGuard.attempts()).as("network connections attempted").isEmpty();
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.model() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private void assertInWindow(Node n, String what) {
        assertThat(n.isVisible()).as("%s visible", what).isTrue();
        Bounds b = inScene(n);
        assertThat(b.getHeight()).as("%s height", what).isPositive();
        assertThat(b.getMinX()).as("%s left", what).isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMinY()).as("%s top", what).isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMaxX()).as("%s right", what).isLessThanOrEqualTo(view.getScene().getWidth() + 0.5);
        assertThat(b.getMaxY()).as("%s bottom", what).isLessThanOrEqualTo(view.getScene().getHeight() + 0.5);
    }

    private void assertEverythingInView() {
        assertInWindow(view.menuBar(), "menu bar");
        ToolBar bar = (ToolBar) view.lookup(".tool-bar");
        assertInWindow(bar, "tool bar");
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        assertThat(overflow == null || !overflow.isVisible()).as("no overflow menu").isTrue();
        for (Node item : bar.getItems()) {
            assertInWindow(item, "tool bar item " + item.getId());
        }
        assertInWindow(view.searchField(), "search field");
        assertInWindow(view.lookup("#viewpointBox"), "viewpoint box");
        assertInWindow(view.lookup(".time-bar"), "time bar");
        assertInWindow(view.statusBar(), "status bar");
        assertInWindow(view.mapPane(), "map");
    }

    @Test
    void everyBarIsInViewAndTheMapHasTheRoomAt800By600(FxRobot robot) throws Exception {
        awaitLoaded();
        assertEverythingInView();
        assertInWindow(view.lookup("#layerList"), "layer list");
        assertInWindow(view.lookup(".info-panel"), "info panel");
        double map = view.mapPane().getWidth();
        assertThat(map).as("the map is the widest part").isGreaterThan(view.sidePanels().leftWidth())
                .isGreaterThan(view.sidePanels().rightWidth()).isGreaterThanOrEqualTo(360);

        double lat = view.mapPane().navigator().viewport().centerLat();
        double lon = view.mapPane().navigator().viewport().centerLon();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.lookup(".info-panel")).as("View → Information Panel hides it").isNull();
        assertThat(view.mapPane().getWidth()).as("the map takes the room").isGreaterThan(map + 150);
        /* To a few metres: the navigator nudges a repeated centre by 1e-9 degrees and rounds to pixels. */
        assertThat(view.mapPane().navigator().viewport().centerLat()).as("the map keeps its centre")
                .isCloseTo(lat, within(1e-4));
        assertThat(view.mapPane().navigator().viewport().centerLon())
                .isCloseTo(lon, within(1e-4));
        robot.interact(() -> view.sidePanels().rightShownProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertInWindow(view.lookup(".info-panel"), "info panel shown again");
    }

    @Test
    void theMapDrawsNothingOverTheBarsAroundIt() throws Exception {
        awaitLoaded();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.mapPane().overlay().isIdle());
        /* The overlay is drawn larger than the map (a margin for panning); none of it may show over the tool bar,
           the panels or the time bar. */
        Bounds drawn = view.mapPane().localToScene(view.mapPane().getBoundsInLocal());
        Bounds box = inScene(view.mapPane());
        assertThat(drawn.getMinX()).isGreaterThanOrEqualTo(box.getMinX() - 0.5);
        assertThat(drawn.getMinY()).isGreaterThanOrEqualTo(box.getMinY() - 0.5);
        assertThat(drawn.getMaxX()).isLessThanOrEqualTo(box.getMaxX() + 0.5);
        assertThat(drawn.getMaxY()).isLessThanOrEqualTo(box.getMaxY() + 0.5);
    }

    @Test
    void nothingDisappearsAt800By500(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.interact(() -> stage.setHeight(stage.getHeight() - 100));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.getScene().getHeight()).isLessThanOrEqualTo(500.5);
        assertEverythingInView();
    }
}
