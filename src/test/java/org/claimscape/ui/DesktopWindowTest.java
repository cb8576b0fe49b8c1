package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.claimscape.map.BasemapTileRetriever;
import org.claimscape.model.LayerIds;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.explorer.MapData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a desktop user expects of the window, driven headless (Monocle) through TestFX: undo and redo of the layers'
 * changes from the Edit menu and its keys, the map's keyboard focus, the measure labels on the map, the map's
 * right-click menu and the search's answers. Known site: the 18th Machine Gun Artillery Division HQ at Goryachiye
 * Klyuchi, 45.0328 N 147.7606 E (data/military.geojson, id mil-18th-division-hq).
 */
@ExtendWith(ApplicationExtension.class)
class DesktopWindowTest {

    private static final double HQ_LAT = 45.0328;
    private static final double HQ_LON = 147.7606;
    private static MapData data;
    private ExplorerView view;

    @BeforeAll
    static void loadOnce() throws Exception {
        NetworkGuard.install();
        data = BundledMapData.load();
    }

    @Start
    void start(Stage stage) throws IOException {
        view = TestWindows.explorer(() -> data, WindowState.initial());
        stage.setScene(new Scene(view, 1200, 800));
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

    private void awaitMapSettled() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !view.mapPane().navigator().isFlying()
                && view.mapPane().overlay().isIdle() && BasemapTileRetriever.pendingTiles() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void setView(FxRobot robot, double lat, double lon, double zoom) throws Exception {
        robot.interact(() -> view.mapPane().navigator().setView(lat, lon, zoom));
        awaitMapSettled();
    }

    private Point2D screenPoint(double lat, double lon) {
        MapViewport v = view.mapPane().navigator().viewport();
        return view.mapPane().mapView().localToScreen(v.x(lon), v.y(lat));
    }

    private MenuItem menuItem(String id) {
        for (Menu m : view.menuBar().getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return ((Label) view.lookup("#statusMessage")).getText();
    }

    // ------------------------------------------------------------------ undo and redo

    @Test
    void undoAndRedoTakeBackAndRepeatShowingAndHidingALayer(FxRobot robot) throws Exception {
        awaitLoaded();
        LayerState military = view.model().layer(LayerIds.MILITARY);
        MenuItem undo = menuItem("undoItem");
        assertThat(undo.isDisable()).as("nothing to undo yet").isTrue();

        robot.clickOn("#visible-" + LayerIds.MILITARY);
        assertThat(military.isVisible()).isFalse();
        assertThat(undo.isDisable()).isFalse();
        assertThat(undo.getText()).isEqualTo("Undo: Hide Militarization");

        press(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(military.isVisible()).as("Ctrl+Z").isTrue();
        assertThat(menuItem("redoItem").getText()).isEqualTo("Redo: Hide Militarization");
        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(military.isVisible()).as("Ctrl+Shift+Z").isFalse();
        robot.interact(undo::fire);
        assertThat(military.isVisible()).as("Edit → Undo").isTrue();
        press(robot, KeyCode.CONTROL, KeyCode.Y);
        assertThat(military.isVisible()).as("Ctrl+Y").isFalse();
    }

    @Test
    void aSliderDragIsOneStepAndTheOrderComesBack(FxRobot robot) throws Exception {
        awaitLoaded();
        LayerState lakes = view.model().layer(LayerIds.LAKES);
        robot.interact(() -> {
            for (double o = 0.9; o >= 0.3; o -= 0.1) {
                lakes.opacityProperty().set(o);
            }
        });
        assertThat(menuItem("undoItem").getText()).isEqualTo("Undo: Opacity of Lakes");
        robot.interact(view.edits()::undo);
        assertThat(lakes.opacityProperty().get()).as("one undo takes back the whole drag").isEqualTo(1.0);

        List<String> before = ids();
        int at = view.model().layers().indexOf(lakes);
        robot.interact(() -> view.model().move(lakes, at + 1));
        List<String> moved = ids();
        assertThat(moved).isNotEqualTo(before);
        assertThat(menuItem("undoItem").getText()).isEqualTo("Undo: Move Lakes");
        robot.interact(view.edits()::undo);
        assertThat(ids()).isEqualTo(before);
        robot.interact(view.edits()::redo);
        assertThat(ids()).isEqualTo(moved);
        List<Object> rows = robot.lookup("#layerList").queryListView().getItems();
        assertThat(rows.indexOf(lakes)).as("the panel follows").isEqualTo(rows.indexOf(
                view.model().layers().get(at)) + 1);
    }

    private List<String> ids() {
        List<String> out = new ArrayList<>();
        view.model().layers().forEach(s -> out.add(s.id()));
        return out;
    }

    // ------------------------------------------------------------------ keyboard

    @Test
    void theMapHasTheKeyboardFocusFromTheStartAndTabReachesIt(FxRobot robot) throws Exception {
        awaitLoaded();
        awaitMapSettled();
        Node map = view.mapPane().mapView();
        Node ring = view.lookup(".map-focus-ring");
        assertThat(view.getScene().getFocusOwner()).as("focus without a click").isSameAs(map);
        assertThat(ring.isVisible()).as("a visible focus ring").isTrue();

        double lon = view.mapPane().navigator().viewport().centerLon();
        press(robot, KeyCode.RIGHT);
        awaitMapSettled();
        assertThat(view.mapPane().navigator().viewport().centerLon()).as("→ pans east").isGreaterThan(lon);
        double zoom = view.mapPane().navigator().zoom();
        press(robot, KeyCode.EQUALS);
        awaitMapSettled();
        assertThat(view.mapPane().navigator().zoom()).as("+ zooms in").isCloseTo(zoom + 1, within(0.05));
        press(robot, KeyCode.HOME);
        awaitMapSettled();
        assertThat(view.mapPane().navigator().viewport().bounds().contains(WindowState.HOME)).as("Home").isTrue();

        robot.clickOn("#searchField");
        assertThat(ring.isVisible()).as("no ring while typing").isFalse();
        for (int i = 0; i < 60 && view.getScene().getFocusOwner() != map; i++) {
            press(robot, KeyCode.TAB);
        }
        assertThat(view.getScene().getFocusOwner()).as("Tab reaches the map").isSameAs(map);
        assertThat(ring.isVisible()).isTrue();
    }

    @Test
    void escapeClearsTheSearchAndASearchThatFindsNothingSaysSo(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#searchField").write("Qwxzv");
        WaitForAsyncUtils.waitForFxEvents();
        SearchField search = view.searchField();
        assertThat(search.resultsView().isVisible()).isTrue();
        assertThat(search.results()).isEmpty();
        assertThat(((Label) search.resultsView().getPlaceholder()).getText()).isEqualTo("No results for “Qwxzv”");
        press(robot, KeyCode.ESCAPE);
        assertThat(search.getText()).isEmpty();
        assertThat(search.resultsView().isVisible()).isFalse();
    }

    // ------------------------------------------------------------------ measure

    @Test
    void measureLabelsEachSegmentAndTheTotalAndADoubleClickCloses(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 44.0, 146.0, 8);
        robot.clickOn("#measureButton");
        robot.clickOn(screenPoint(43.9, 145.8));
        robot.clickOn(screenPoint(44.1, 145.9));
        robot.clickOn(screenPoint(44.0, 146.3));
        WaitForAsyncUtils.waitForFxEvents();
        List<Coordinate> pts = List.copyOf(view.mapPane().measure().points());
        List<Label> labels = view.mapPane().measure().labels();
        assertThat(labels).hasSize(3);
        assertThat(labels.get(0).getText()).isEqualTo(Measurement.segmentText(pts.get(0), pts.get(1)));
        assertThat(labels.get(1).getText()).isEqualTo(Measurement.segmentText(pts.get(1), pts.get(2)));
        assertThat(labels.get(2).getText()).isEqualTo(new Measurement(pts, false).totalText()).startsWith("Total");
        for (Label l : labels) {
            assertThat(l.isVisible()).isTrue();
            assertThat(view.mapPane().mapView().getLayoutBounds().contains(
                    view.mapPane().mapView().sceneToLocal(l.localToScene(l.getLayoutBounds())))).isTrue();
        }
        /* The second segment's label lies beside the segment's middle. */
        MapViewport v = view.mapPane().navigator().viewport();
        Point2D middle = view.mapPane().mapView().localToScene((v.x(pts.get(1).x) + v.x(pts.get(2).x)) / 2,
                (v.y(pts.get(1).y) + v.y(pts.get(2).y)) / 2);
        Point2D labelCentre = labels.get(1).localToScene(labels.get(1).getWidth() / 2, labels.get(1).getHeight() / 2);
        assertThat(labelCentre.distance(middle)).isLessThan(labels.get(1).getWidth());

        robot.doubleClickOn(screenPoint(43.8, 146.1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.mapPane().measure().isClosed()).as("a double-click closes the shape").isTrue();
        List<Coordinate> closed = List.copyOf(view.mapPane().measure().points());
        assertThat(closed).hasSize(4);
        labels = view.mapPane().measure().labels();
        assertThat(labels).as("four sides and the total").hasSize(5);
        assertThat(labels.get(4).getText()).contains("Area").contains("km²");
        assertThat(view.statusBar().measureLabel().getText()).contains("area");
    }

    @Test
    void aSelfCrossingShapeIsRefusedWithAMessage(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 44.0, 146.0, 8);
        robot.clickOn("#measureButton");
        /* A bow-tie: the fourth point makes the closing side cross the second. */
        robot.clickOn(screenPoint(43.8, 145.8));
        robot.clickOn(screenPoint(44.2, 146.2));
        robot.clickOn(screenPoint(43.8, 146.2));
        robot.clickOn(screenPoint(44.2, 145.8));
        robot.clickOn(screenPoint(43.8, 145.8));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.mapPane().measure().isClosed()).isFalse();
        assertThat(view.statusBar().measureLabel().getText()).contains("crosses itself");
        assertThat(view.statusBar().measureLabel().getText()).doesNotContain("km²");
    }

    // ------------------------------------------------------------------ right-click

    @Test
    void rightClickOffersWhatIsHereCoordinatesMeasureAndZoom(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, HQ_LAT, HQ_LON, 12);
        robot.clickOn(screenPoint(HQ_LAT, HQ_LON), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = view.mapContextMenu();
        assertThat(menu.isShowing()).isTrue();
        List<String> ids = new ArrayList<>();
        menu.getItems().forEach(i -> ids.add(i.getId()));
        assertThat(ids).contains("whatIsHereItem", "copyDecimalItem", "copyDmsItem", "measureFromItem",
                "zoomHereItem");
        MenuItem decimal = item(menu, "copyDecimalItem");
        MenuItem dms = item(menu, "copyDmsItem");
        /* The point clicked, to the pixel: 12 zoom levels is about 30 m a pixel here. */
        assertThat(decimal.getText()).startsWith("Copy 45.03").contains(", 147.76");
        assertThat(dms.getText()).matches("Copy 45°0[12]′\\d\\d\\.\\d″ N  147°45′\\d\\d\\.\\d″ E");

        robot.interact(decimal::fire);
        robot.interact(() -> {
            String c = Clipboard.getSystemClipboard().getString();
            assertThat(c).isEqualTo(decimal.getText().substring("Copy ".length()));
        });
        robot.interact(() -> item(menu, "whatIsHereItem").fire());
        List<String> picked = new ArrayList<>();
        view.model().picked().forEach(p -> picked.add(p.feature().id()));
        assertThat(picked).contains("mil-18th-division-hq");

        double zoom = view.mapPane().navigator().zoom();
        robot.interact(() -> item(menu, "zoomHereItem").fire());
        awaitMapSettled();
        MapViewport v = view.mapPane().navigator().viewport();
        assertThat(v.zoom()).isCloseTo(zoom + 2, within(0.05));
        assertThat(v.centerLat()).isCloseTo(HQ_LAT, within(0.005));
        assertThat(v.centerLon()).isCloseTo(HQ_LON, within(0.005));

        robot.interact(() -> item(menu, "measureFromItem").fire());
        assertThat(view.measureButton().isSelected()).isTrue();
        assertThat(view.mapPane().measure().points()).hasSize(1);
        assertThat(view.mapPane().measure().points().get(0).y).isCloseTo(HQ_LAT, within(0.005));
    }

    private static MenuItem item(ContextMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }
}
