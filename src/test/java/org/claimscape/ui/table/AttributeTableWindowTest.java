package org.claimscape.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscape.ui.data.UserDataFixture.layerRow;
import static org.claimscape.ui.data.UserDataFixture.openContextMenu;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.LayerIds;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.data.UserDataFixture;
import org.claimscape.ui.data.UserLayers;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The attribute table in the explorer window, driven headless through TestFX as a user would. */
@ExtendWith(ApplicationExtension.class)
class AttributeTableWindowTest {

    private static final String POSTS = "user-survey-posts";

    @TempDir
    static Path tmp;

    private UserDataFixture fx;

    @Start
    void start(Stage stage) throws IOException {
        fx = new UserDataFixture(Files.createTempDirectory(tmp, "case"));
        fx.start(stage);
    }

    @AfterEach
    void closeTables(FxRobot robot) {
        if (fx.view.attributeTables() != null) {
            robot.interact(() -> fx.view.attributeTables().closeAll());
        }
        fx.assertNoNetwork();
    }

    /** Three survey posts without ids, named by "name", with a note on two and other properties. */
    private LayerState openPosts(FxRobot robot) throws Exception {
        fx.awaitReady();
        Path file = UserDataFixture.write(tmp.resolve("Survey posts.geojson"), "{\"type\":\"FeatureCollection\","
                + "\"features\":[\n"
                + post("Post Alpha", "seen from the ferry", 120, "2023-05-01", 145.70, 43.95) + ",\n"
                + post("Post Beta", "unconfirmed", 15, "2021-11", 146.30, 44.30) + ",\n"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Post Gamma\",\"height\":9,\"surveyed\":"
                + "\"2024-02-10\",\"crew\":4},\"geometry\":{\"type\":\"Point\",\"coordinates\":[147.10,44.80]}}\n]}");
        UserLayers users = fx.users();
        robot.interact(() -> users.open(List.of(file)));
        fx.awaitLoaded();
        return fx.layer(POSTS);
    }

    private static String post(String name, String note, int height, String surveyed, double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"name\":\"%s\",\"note\":\"%s\","
                + "\"height\":%d,\"surveyed\":\"%s\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.2f,%.2f]}}",
                name, note, height, surveyed, lon, lat);
    }

    @Test
    void theTableFromTheContextMenuFollowsTheMapAndTheMapFollowsIt(FxRobot robot) throws Exception {
        LayerState posts = openPosts(robot);
        openContextMenu(robot, layerRow(robot, POSTS));
        assertThat(robot.lookup("Zoom to layer").tryQuery()).isPresent();
        robot.clickOn("Open attribute table");
        Stage stage = awaitTable(POSTS);
        assertThat(stage.getTitle()).isEqualTo("Survey posts — Attribute Table");
        TableView<Feature> table = table(stage);
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .containsExactly("Feature ID", "Geometry", "name", "note", "height", "surveyed", "crew");
        assertThat(count(stage)).isEqualTo("3 of 3 features");
        assertThat(cell(table, 2, 1)).isEqualTo("Point");
        assertThat(cell(table, 2, 3)).as("Gamma has no note").isEmpty();

        /* A row selected: the feature is the map's selection, highlighted and in view; its info is shown. */
        Feature beta = posts.layer().features().get(1);
        robot.clickOn(cellNode(robot, "Post Beta"));
        UserDataFixture.await(() -> !fx.view.mapPane().navigator().isFlying());
        ExplorerModel.Pick picked = fx.view.model().selectedProperty().get();
        assertThat(picked.feature()).isSameAs(beta);
        assertThat(picked.layerId()).isEqualTo(POSTS);
        MapViewport v = fx.view.mapPane().navigator().viewport();
        assertThat(v.zoom()).isGreaterThanOrEqualTo(11);
        /* Shown where it can be seen: in the middle of the map left open above the table's window. */
        Point2D shown = fx.view.mapPane().mapView().localToScreen(v.x(146.30), v.y(44.30));
        Bounds map = fx.view.mapPane().localToScreen(fx.view.mapPane().getBoundsInLocal());
        assertThat(stage.getY()).as("the table stands over the map's lower part").isLessThan(map.getMaxY());
        assertThat(shown.getX()).isEqualTo(map.getCenterX(), within(1.0));
        assertThat(shown.getY()).isEqualTo((map.getMinY() + stage.getY()) / 2, within(1.0));
        assertThat(fx.view.model().overlayRequest(v).isSelected(beta)).as("highlighted without an id").isTrue();
        assertThat(text(robot, "#featureTitle")).isEqualTo("Post Beta");
        assertThat(text(robot, "#field-property-name")).isEqualTo("Post Beta");
        assertThat(text(robot, "#field-property-note")).isEqualTo("unconfirmed");
        assertThat(text(robot, "#field-property-height")).isEqualTo("15");

        /* A click on a feature of the map selects its row. */
        Feature gamma = posts.layer().features().get(2);
        Point2D onGamma = mapPointClearOf(robot, stage, 44.80, 147.10);
        robot.clickOn(onGamma);
        UserDataFixture.await(() -> fx.view.model().selectedProperty().get() != null
                && fx.view.model().selectedProperty().get().feature() == gamma);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(gamma);
        assertThat(text(robot, "#field-property-crew")).isEqualTo("4");
        assertThat(robot.lookup("#field-property-note").tryQuery()).as("Gamma has no note").isEmpty();

        /* Filter, then sort by height: numbers as numbers (text would put 120 before 15 and 9). */
        robot.clickOn(stage.getScene().lookup("#tableFilter")).write("FERRY");
        assertThat(count(stage)).isEqualTo("1 of 3 features");
        assertThat(table.getItems()).extracting(f -> f.string("name")).containsExactly("Post Alpha");
        assertThat(table.getSelectionModel().getSelectedItem()).as("Gamma is filtered out").isNull();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(count(stage)).isEqualTo("3 of 3 features");
        robot.clickOn(header(robot, "height"));
        assertThat(table.getItems()).extracting(f -> f.string("name"))
                .containsExactly("Post Gamma", "Post Beta", "Post Alpha");
        assertThat(table.getSortOrder()).as("the header shows the sort").extracting(TableColumn::getText)
                .containsExactly("height");
        robot.clickOn(stage.getScene().lookup("#tableFilter")).write("post");
        assertThat(table.getItems()).as("filtered, still sorted").extracting(f -> f.string("name"))
                .containsExactly("Post Gamma", "Post Beta", "Post Alpha");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(table.getSelectionModel().getSelectedItem()).as("the selection stays").isSameAs(gamma);
        robot.clickOn(header(robot, "surveyed"));
        assertThat(table.getItems()).as("dates as dates").extracting(f -> f.string("name"))
                .containsExactly("Post Beta", "Post Alpha", "Post Gamma");

        /* The layer taken out of the panel closes its table. */
        robot.interact(() -> fx.users().remove(POSTS));
        assertThat(stage.isShowing()).isFalse();
        assertThat(fx.view.attributeTables().stage(POSTS)).isNull();
    }

    @Test
    void aBundledLayersTableOpensFromTheViewMenuAndWorksInTheBackground(FxRobot robot) throws Exception {
        fx.awaitReady();
        AttributeTables tables = fx.view.attributeTables();
        /* Every layer through the background path, as a large one goes. */
        robot.interact(() -> tables.setSyncLimit(0));
        LayerState military = fx.layer(LayerIds.MILITARY);
        ListView<Object> list = robot.lookup("#layerList").queryListView();
        robot.interact(() -> {
            list.getSelectionModel().clearSelection();
            list.requestFocus();
        });
        robot.press(KeyCode.F6).release(KeyCode.F6);
        assertThat(((Label) fx.view.lookup("#statusMessage")).getText()).contains("Select a layer");
        assertThat(tables.stage(LayerIds.MILITARY)).isNull();
        robot.interact(() -> list.getSelectionModel().select(military));
        robot.press(KeyCode.F6).release(KeyCode.F6);
        Stage stage = awaitTable(LayerIds.MILITARY);
        AttributeTable t = tables.table(LayerIds.MILITARY);
        UserDataFixture.await(() -> !t.isBusy() && t.view().rows() != null);
        int total = military.layer().size();
        assertThat(count(stage)).isEqualTo(total + " of " + total + " features");
        TableView<Feature> table = table(stage);
        List<String> keys = new ArrayList<>();
        for (Feature f : military.layer().features()) {
            for (String k : f.properties().keySet()) {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        assertThat(table.getColumns().stream().skip(2).map(TableColumn::getText)).containsExactlyElementsOf(keys);

        robot.clickOn(stage.getScene().lookup("#tableFilter")).write("airfield");
        UserDataFixture.await(() -> !t.isBusy() && t.view().rows().query().filter().equals("airfield"));
        long matching = military.layer().features().stream().filter(f -> contains(t.model(), f, "airfield")).count();
        assertThat(matching).isPositive().isLessThan(total);
        assertThat(count(stage)).isEqualTo(matching + " of " + total + " features");

        /* A bundled feature keeps its curated details and lists its other properties. */
        Feature chosen = table.getItems().stream().filter(f -> f.string("name_note") != null).findFirst()
                .orElseThrow();
        robot.clickOn(cellNode(robot, chosen.string("name_en")));
        UserDataFixture.await(() -> fx.view.model().selectedProperty().get() != null
                && fx.view.model().selectedProperty().get().feature() == chosen);
        assertThat(text(robot, "#field-english")).isEqualTo(chosen.names().en());
        assertThat(robot.lookup("#field-property-name_en").tryQuery()).as("shown above, not again").isEmpty();
        assertThat(text(robot, "#field-property-name_note")).isEqualTo(chosen.string("name_note"));

        /* Several tables at once; the window's closing closes them all. */
        Stage places = UserDataFixture.onFx(() -> tables.open(fx.layer(LayerIds.PLACES)));
        assertThat(places.isShowing()).isTrue();
        assertThat(stage.isShowing()).isTrue();
        robot.interact(() -> fx.view.getScene().getWindow().hide());
        assertThat(places.isShowing()).isFalse();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void aLargeLayersSortRunsInTheBackgroundAndCanBeCancelled(FxRobot robot) throws Exception {
        fx.awaitReady();
        int n = 200_000;
        List<Feature> features = new ArrayList<>(n);
        GeometryFactory gf = new GeometryFactory();
        for (int i = 0; i < n; i++) {
            features.add(new Feature(null, gf.createPoint(new Coordinate(145 + i % 500 * 0.004, 43 + i / 500 * 0.004)),
                    Map.of("depth", (long) (i * 7919L % n))));
        }
        LayerState big = new LayerState(new LayerCatalog.Entry("big", "Big", UserLayers.GROUP, null, false, 0,
                LayerView.NO_MAX_ZOOM, null), new Layer("big", "Big", features), false);
        robot.interact(() -> fx.view.model().layers().add(0, big));
        Stage stage = UserDataFixture.onFx(() -> fx.view.attributeTables().open(big));
        AttributeTable t = fx.view.attributeTables().table("big");
        assertThat(n).isGreaterThan(AttributeTables.SYNC_LIMIT);
        UserDataFixture.await(() -> !t.isBusy() && t.view().rows() != null);
        TableView<Feature> table = table(stage);
        assertThat(count(stage)).isEqualTo("200,000 of 200,000 features");

        /* A sort asked for, then cancelled at once: the table and its header stay as they were. */
        boolean[] busy = new boolean[1];
        robot.interact(() -> {
            table.getSortOrder().setAll(List.of(table.getColumns().get(2)));
            busy[0] = t.isBusy() && t.view().cancelButton().isVisible();
            t.view().cancelButton().fire();
        });
        assertThat(busy[0]).as("sorting in the background, with Cancel").isTrue();
        assertThat(t.isBusy()).isFalse();
        assertThat(table.getSortOrder()).isEmpty();
        assertThat(t.view().rows().query().sortColumn()).isEqualTo(-1);
        assertThat(count(stage)).isEqualTo("200,000 of 200,000 features");

        /* Asked again and left to finish: numbers in order. */
        robot.interact(() -> table.getSortOrder().setAll(List.of(table.getColumns().get(2))));
        UserDataFixture.await(() -> !t.isBusy() && t.view().rows().query().sortColumn() == 2);
        assertThat(table.getItems().get(0).property("depth")).isEqualTo(0L);
        assertThat(table.getItems().get(n - 1).property("depth")).isEqualTo((long) n - 1);
        robot.interact(() -> fx.view.model().layers().remove(big));
        assertThat(stage.isShowing()).isFalse();
    }

    // ------------------------------------------------------------------ helpers

    private static boolean contains(AttributeTableModel m, Feature f, String text) {
        for (int c = 0; c < m.columns().size(); c++) {
            if (m.text(f, c).toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private Stage awaitTable(String layerId) throws Exception {
        UserDataFixture.await(() -> fx.view.attributeTables().stage(layerId) != null
                && fx.view.attributeTables().stage(layerId).isShowing());
        return fx.view.attributeTables().stage(layerId);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Feature> table(Stage stage) {
        return (TableView<Feature>) stage.getScene().lookup("#attributeTable");
    }

    private static String count(Stage stage) {
        return ((Label) stage.getScene().lookup("#tableCount")).getText();
    }

    private static String cell(TableView<Feature> table, int row, int column) {
        return (String) table.getColumns().get(column).getCellObservableValue(row).getValue();
    }

    private static Node cellNode(FxRobot robot, String text) {
        return robot.lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && text.equals(c.getText())).query();
    }

    private static Node header(FxRobot robot, String text) {
        return robot.lookup(".column-header").match((Node n) -> n.lookup(".label") instanceof Label l
                && text.equals(l.getText())).query();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /* A point of the map on a feature, with the map moved so that the table's window does not cover it. */
    private Point2D mapPointClearOf(FxRobot robot, Stage table, double lat, double lon) throws Exception {
        robot.interact(() -> fx.view.mapPane().navigator().setView(lat, lon, 12));
        UserDataFixture.await(() -> !fx.view.mapPane().navigator().isFlying());
        MapViewport v = fx.view.mapPane().navigator().viewport();
        double southOfIt = v.lat(v.height() * 0.8);
        robot.interact(() -> fx.view.mapPane().navigator().setView(southOfIt, lon, 12));
        UserDataFixture.await(() -> !fx.view.mapPane().navigator().isFlying()
                && fx.view.mapPane().overlay().isIdle());
        MapViewport now = fx.view.mapPane().navigator().viewport();
        Point2D p = fx.view.mapPane().mapView().localToScreen(now.x(lon), now.y(lat));
        assertThat(p.getY()).as("above the table").isLessThan(table.getY());
        return p;
    }

}
