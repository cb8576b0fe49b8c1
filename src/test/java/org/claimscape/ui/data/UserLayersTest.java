package org.claimscape.ui.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscape.ui.data.UserDataFixture.layerRow;
import static org.claimscape.ui.data.UserDataFixture.openContextMenu;

import java.awt.Color;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.AutomaticStyle;
import org.claimscape.render.LayerStyle;
import org.claimscape.render.MapViewport;
import org.claimscape.search.NameSearch;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Opening the user's GeoJSON files in the explorer window, driven headless through TestFX. */
@ExtendWith({ApplicationExtension.class, UserDataWindow.class})
class UserLayersTest {

    @TempDir
    static Path tmp;

    /** Set before each test by {@link UserDataWindow}. */
    private UserDataFixture fx;
    private final List<String> errors = new ArrayList<>();

    private UserLayers ready() throws Exception {
        fx.awaitReady();
        fx.users().setErrorReporter((title, message) -> errors.add(title + ": " + message));
        return fx.users();
    }

    @Test
    void openingAFileAddsAStyledSearchableClickableLayer(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path file = UserDataFixture.write(tmp.resolve("Reported sites.geojson"), UserDataFixture.twoPoints());
        robot.interact(() -> users.open(List.of(file)));
        fx.awaitLoaded();

        LayerState s = fx.layer("user-reported-sites");
        assertThat(s).isNotNull();
        assertThat(s.group()).isEqualTo(UserLayers.GROUP);
        assertThat(s.title()).isEqualTo("Reported sites");
        assertThat(s.layer().size()).isEqualTo(2);
        assertThat(fx.view.model().layers().get(0)).as("new layers go on top").isSameAs(s);
        LayerStyle style = users.style(s.id());
        assertThat(style.stroke()).isEqualTo(AutomaticStyle.PALETTE.get(0));
        assertThat(style.labelProperty()).isEqualTo("name");
        assertThat(fx.view.model().styles().style(s.id(), s.layer().feature("a1"), Viewpoint.NEUTRAL)
                .icon()).as("icon by the type property").isEqualTo("airfield");
        assertThat(fx.view.model().styles().style(s.id(), s.layer().feature("b2"), Viewpoint.NEUTRAL)
                .icon()).as("unknown type: generic icon").isEqualTo("site");
        List<Object> rows = robot.lookup("#layerList").queryListView().getItems();
        assertThat(rows.get(0)).isEqualTo(UserLayers.GROUP);

        UserDataFixture.await(() -> !fx.view.model().search().search("Observation post", 5).isEmpty());
        NameSearch.Hit hit = fx.view.model().search().search("zeta", 5).get(0);
        assertThat(hit.layerId()).isEqualTo(s.id());
        assertThat(hit.feature().id()).isEqualTo("b2");

        robot.interact(() -> fx.view.mapPane().navigator().setView(44.02, 145.86, 12));
        UserDataFixture.await(() -> !fx.view.mapPane().navigator().isFlying());
        MapViewport v = fx.view.mapPane().navigator().viewport();
        List<ExplorerModel.Pick> picks = fx.view.model().pick(v, v.x(145.86), v.y(44.02), 7);
        assertThat(picks).extracting(p -> p.feature().id()).contains("b2");
        assertThat(picks.get(0).layerTitle()).isEqualTo("Reported sites");
        assertThat(errors).isEmpty();
    }

    @Test
    void theProblemsDialogLoadsTheValidFeaturesAndKeepsTheReport(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path file = UserDataFixture.write(tmp.resolve("mixed.geojson"), "{\"type\":\"FeatureCollection\","
                + "\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"good\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[147.5,44.9]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"swapped\"},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[44.9,147.5]}},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"open ring\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[147,44],[147.1,44],[147.1,44.1]]]}}\n]}");
        robot.interact(() -> users.open(List.of(file)));
        UserDataFixture.await(() -> robot.lookup("#problemsTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#problemsTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        GeoJsonProblem first = (GeoJsonProblem) table.getItems().get(0);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.featureIndex()).isEqualTo(1);
        assertThat(first.message()).contains("latitude 147.5").contains("[lat, lon]");
        assertThat(robot.lookup("#problemsSummary").queryLabeled().getText())
                .startsWith("1 feature is valid, 2 features have errors");
        robot.clickOn("#loadValidButton");
        fx.awaitLoaded();

        LayerState s = fx.layer("user-mixed");
        assertThat(s.layer().size()).isEqualTo(1);
        assertThat(users.get(s.id()).read().errors()).hasSize(2);
        assertThat(users.contextItems(s)).filteredOn(i -> "reportLayerItem".equals(i.getId()))
                .singleElement().matches(i -> !i.isDisable(), "report available");
    }

    @Test
    void loadNothingLeavesNoLayer(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path file = UserDataFixture.write(tmp.resolve("bad.geojson"), "{\"type\":\"FeatureCollection\","
                + "\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[147.5,44.9]}},{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[\"x\",1]}}]}");
        users.setProblemsPrompt(r -> ProblemsDialog.Choice.LOAD_NOTHING);
        robot.interact(() -> users.open(List.of(file)));
        fx.awaitLoaded();
        assertThat(users.ids()).isEmpty();
    }

    @Test
    void cancelStopsALargeLoadAndLeavesNoLayer(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path big = tmp.resolve("big.geojson");
        long bytes = writePoints(big, 700_000);
        /* Cancel pressed while the file is being read: in the FX turn that started the load, so that a fast machine
           cannot finish the read first (the reader takes a second or two for these points). */
        AtomicReference<Boolean> shown = new AtomicReference<>();
        robot.interact(() -> {
            users.open(List.of(big));
            shown.set(users.currentTaskProperty().get() != null
                    && robot.lookup("#loadProgress").query().isVisible());
            ((Button) robot.lookup("#cancelLoadButton").query()).fire();
        });
        assertThat(shown.get()).as("the load of %d bytes runs with its progress bar", bytes).isTrue();
        fx.awaitLoaded();
        assertThat(users.ids()).isEmpty();
        assertThat(fx.view.model().layers()).noneMatch(s -> s.group().equals(UserLayers.GROUP));
        assertThat(fx.view.statusBar().getChildren().toString()).contains("cancelled");
        assertThat(robot.lookup("#loadProgress").query().isVisible()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void aFileTooLargeForMemoryIsRefusedWithTheReadersMessage(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path huge = tmp.resolve("huge.geojson");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(Runtime.getRuntime().maxMemory() * 2); // sparse: takes no disk
        }
        robot.interact(() -> users.open(List.of(huge)));
        fx.awaitLoaded();
        assertThat(users.ids()).isEmpty();
        assertThat(errors).singleElement().asString().contains("Cannot open huge.geojson")
                .contains("too large for the memory");
    }

    @Test
    void layersCanBeRenamedRestyledExportedAndRemoved(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path file = UserDataFixture.write(tmp.resolve("sites.geojson"), UserDataFixture.twoPoints());
        Path other = UserDataFixture.write(tmp.resolve("sites2.json"), UserDataFixture.twoPoints());
        robot.interact(() -> users.open(List.of(file, other)));
        fx.awaitLoaded();
        assertThat(users.ids()).containsExactly("user-sites2", "user-sites");
        assertThat(users.style("user-sites2").stroke()).as("distinct colours")
                .isNotEqualTo(users.style("user-sites").stroke());

        robot.interact(() -> users.rename("user-sites", "Sites (checked)"));
        UserDataFixture.await(() -> fx.layer("user-sites").title().equals("Sites (checked)"));
        assertThat(fx.layer("user-sites").layer().title()).isEqualTo("Sites (checked)");

        LayerStyle red = new LayerStyle(null, Color.RED, 3f, "port", "type");
        robot.interact(() -> users.restyle("user-sites", red));
        assertThat(fx.view.model().styles().style("user-sites", fx.layer("user-sites").layer().feature("a1"),
                Viewpoint.NEUTRAL).icon()).isEqualTo("port");
        assertThat(fx.view.model().styles().labelText("user-sites", fx.layer("user-sites").layer().feature("a1"),
                Viewpoint.NEUTRAL)).isEqualTo("airfield");

        Path out = tmp.resolve("out").resolve("exported.geojson");
        UserDataFixture.onFx(() -> users.export("user-sites", out)).get(20, TimeUnit.SECONDS);
        GeoJsonReadResult back = new GeoJsonLayerReader().read(out);
        assertThat(back.isValid()).isTrue();
        assertThat(back.features()).containsExactlyElementsOf(fx.layer("user-sites").layer().features());

        robot.interact(() -> users.remove("user-sites"));
        assertThat(fx.layer("user-sites")).isNull();
        assertThat(fx.view.model().styles().layerStyle("user-sites")).isNull();
        assertThat(users.ids()).containsExactly("user-sites2");
    }

    /** A FeatureCollection of n points with a few properties; returns its size in bytes. */
    static long writePoints(Path file, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < n; i++) {
                double lon = 145 + (i % 1000) * 0.004;
                double lat = 43 + (i / 1000) * 0.004;
                w.write(String.format(Locale.ROOT, "%s{\"type\":\"Feature\",\"id\":%d,\"properties\":{\"name\":"
                        + "\"point %d\",\"type\":\"site\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                        + "[%.5f,%.5f]}}\n", i == 0 ? "" : ",", i, i, lon, lat));
            }
            w.write("]}\n");
        }
        return Files.size(file);
    }

    @Test
    void theLayerListMenuRenamesRestylesExportsAndRemovesAUserLayer(FxRobot robot) throws Exception {
        UserLayers users = ready();
        Path out = tmp.resolve("menu-export.geojson");
        users.setExportChooser(suggested -> Optional.of(out));
        Path file = UserDataFixture.write(tmp.resolve("Menu sites.geojson"), UserDataFixture.twoPoints());
        robot.interact(() -> users.open(List.of(file)));
        fx.awaitLoaded();
        String id = "user-menu-sites";

        openContextMenu(robot, layerRow(robot, id));
        for (String item : List.of("Zoom to layer", "Rename…", "Style…", "Export…", "Load report…",
                "Remove")) {
            assertThat(robot.lookup(item).tryQuery()).as("menu item " + item).isPresent();
        }
        robot.clickOn("Rename…");
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> name.setText("Sites seen in 2025"));
        robot.clickOn("OK");
        UserDataFixture.await(() -> "Sites seen in 2025".equals(fx.layer(id).title()));
        assertThat(layerRow(robot, id).getGraphic().lookup(".label")).isNotNull();

        Node swatchBefore = legendOf(layerRow(robot, id));
        openContextMenu(robot, layerRow(robot, id));
        robot.clickOn("Style…");
        Spinner<?> width = robot.lookup(".dialog-pane .spinner").queryAs(Spinner.class);
        robot.interact(() -> ((Spinner<Double>) width).getValueFactory().setValue(4.5));
        robot.clickOn("OK");
        UserDataFixture.await(() -> users.style(id).strokeWidth() == 4.5f);
        assertThat(legendOf(layerRow(robot, id))).as("the row's symbol is redrawn").isNotSameAs(swatchBefore);

        openContextMenu(robot, layerRow(robot, id));
        robot.clickOn("Export…");
        UserDataFixture.await(() -> Files.exists(out) && robot.lookup("#statusMessage").queryLabeled().getText()
                .startsWith("Exported 2 features"));
        assertThat(new GeoJsonLayerReader().read(out).features()).hasSize(2);

        openContextMenu(robot, layerRow(robot, id));
        robot.clickOn("Remove");
        UserDataFixture.await(() -> fx.layer(id) == null);
        assertThat(users.ids()).doesNotContain(id);
        assertThat(errors).isEmpty();
    }

    private static Node legendOf(ListCell<?> row) {
        HBox legendBox = (HBox) ((HBox) row.getGraphic()).getChildren().get(1);
        return legendBox.getChildren().get(0);
    }
}
