package org.claimscape.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.export.ComparisonReport;
import org.claimscape.io.BundledLayers;
import org.claimscape.map.TileDiskCache;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.ExplorerView;
import org.claimscape.ui.WindowState;
import org.claimscape.ui.explorer.MapData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare mode in the explorer window with the bundled layers, headless through TestFX. */
@ExtendWith(ApplicationExtension.class)
class ComparePanelTest {

    /* A comma followed by an even number of quotes: not inside a quoted field ("Four islands, total"). */
    private static final String OUTSIDE_QUOTES_COMMA = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    private static MapData data;

    private ExplorerView view;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadOnce() throws Exception {
        BundledLayers b = BundledLayers.load();
        data = MapData.of(b);
    }

    @Start
    void start(Stage stage) throws Exception {
        view = new ExplorerView(() -> data, new MapRenderer(), WindowState.initial(), u -> { },
                new TileDiskCache(Files.createTempDirectory("claimscape-tiles")), System.nanoTime());
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    private ComparePanel openCompare(FxRobot robot, String a, String b) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.model() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#compareButton");
        ComparePanel panel = robot.lookup("#comparePanel").queryAs(ComparePanel.class);
        robot.interact(() -> panel.model().setClaims(a, b));
        /* The land comparison takes well under a second once warm; the first one also builds the ops. */
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.model().comparison() != null
                && panel.model().comparison().claimB().equals(b));
        WaitForAsyncUtils.waitForFxEvents();
        return panel;
    }

    @Test
    void compareModeShowsBothLabelsAndTheTable(FxRobot robot) throws Exception {
        ComparePanel panel = openCompare(robot, "jp-claim", "declaration-1956");

        Label a = robot.lookup("#compareLabelA").queryAs(Label.class);
        Label b = robot.lookup("#compareLabelB").queryAs(Label.class);
        assertThat(a.getText()).startsWith("A · ").contains("Japan").endsWith("(JP)");
        assertThat(b.getText()).startsWith("B · ").contains("1956").endsWith("(JP-RU)");
        assertThat(a.isVisible() && a.getScene() != null).isTrue();
        assertThat(b.isVisible() && b.getScene() != null).isTrue();
        /* A sits left of the divider, B right of it. */
        Bounds divider = panel.overlay().divider().localToScene(panel.overlay().divider().getBoundsInLocal());
        assertThat(a.localToScene(a.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(divider.getMinX() + 7);
        assertThat(b.localToScene(b.getBoundsInLocal()).getMinX()).isGreaterThanOrEqualTo(divider.getMaxX() - 7);

        List<ClaimComparison.Row> rows = panel.table().getItems();
        assertThat(rows).extracting(ClaimComparison.Row::id)
                .containsExactly("iturup", "kunashir", "shikotan", "habomai", "total");
        ClaimComparison.Row total = rows.get(rows.size() - 1);
        ClaimComparison c = panel.model().comparison();
        /* Japan claims all four islands; the declaration covers Shikotan and the Habomai islands only. */
        assertThat(total.inAKm2()).isCloseTo(total.landKm2(), within(total.landKm2() * 1e-6));
        assertThat(total.bOnlyKm2()).isCloseTo(0, within(1e-6));
        assertThat(total.bothKm2()).isCloseTo(c.formula1956Km2(), within(1e-6));
        assertThat(rows.get(0).bothKm2()).isZero();
        assertThat(robot.lookup("#compareShares").queryAs(Label.class).getText()).contains("1956 formula");
        assertThat(robot.lookup("#seaNotice").queryAs(Label.class).getText())
                .isEqualTo("Computed illustration, not a legal boundary");
        assertThat(robot.lookup("#mapLegend-A_ONLY").queryAs(Label.class).getText()).isEqualTo("Land in A only");
    }

    @Test
    void swipeDividerDragMovesTheSplit(FxRobot robot) throws Exception {
        ComparePanel panel = openCompare(robot, "jp-claim", "ru-admin");
        double width = view.mapPane().mapView().getWidth();
        double before = panel.model().splitProperty().get();

        robot.drag(panel.overlay().divider()).moveBy(-150, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double after = panel.model().splitProperty().get();
        assertThat(after).isCloseTo(before - 150 / width, within(4 / width));
        /* Claim A's drawing is cut at the divider. */
        Rectangle clip = (Rectangle) view.mapPane().overlay().getClip();
        assertThat(clip.getWidth()).isCloseTo(width * after, within(0.5));
        Bounds divider = panel.overlay().divider().localToScene(panel.overlay().divider().getBoundsInLocal());
        Bounds map = view.mapPane().mapView().localToScene(view.mapPane().mapView().getBoundsInLocal());
        assertThat((divider.getMinX() + divider.getMaxX()) / 2 - map.getMinX()).isCloseTo(width * after, within(1.0));
    }

    @Test
    void sideBySideMapsFollowEachOther(FxRobot robot) throws Exception {
        ComparePanel panel = openCompare(robot, "jp-claim", "ru-admin");
        robot.interact(() -> panel.model().modeProperty().set(CompareModel.Mode.SIDE_BY_SIDE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> panel.overlay().sidePane() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compareSideLabelB").queryAs(Label.class).getText()).endsWith("(RU)").doesNotContain("ru-admin");

        robot.interact(() -> view.mapPane().navigator().setView(44.5, 146.5, 9));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport side = panel.overlay().sidePane().navigator().viewport();
        assertThat(side.zoom()).isCloseTo(9, within(1e-6));
        assertThat(side.centerLat()).isCloseTo(44.5, within(1e-4));
        assertThat(side.centerLon()).isCloseTo(146.5, within(1e-4));

        robot.interact(() -> panel.overlay().sidePane().navigator().setView(45.0, 147.5, 8));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport main = view.mapPane().navigator().viewport();
        assertThat(main.zoom()).isCloseTo(8, within(1e-6));
        assertThat(main.centerLon()).isCloseTo(147.5, within(1e-4));
    }

    @Test
    void csvExportWritesTheTable(FxRobot robot) throws Exception {
        ComparePanel panel = openCompare(robot, "jp-claim", "declaration-1956");
        Path file = dir.resolve("out/compare.csv");

        panel.model().exportCsv(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(ComparisonReport.CSV_HEADER);
        List<ClaimComparison.Row> rows = panel.table().getItems();
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = lines.get(i + 1).split(OUTSIDE_QUOTES_COMMA);
            assertThat(cells[0]).isEqualTo("jp-claim");
            assertThat(cells[1]).isEqualTo("declaration-1956");
            assertThat(cells[4]).isEqualTo(rows.get(i).id());
            assertThat(Double.parseDouble(cells[6])).isCloseTo(rows.get(i).landKm2(), within(0.0005));
            assertThat(Double.parseDouble(cells[11])).isCloseTo(rows.get(i).bothKm2(), within(0.0005));
        }
        assertThat(lines).anyMatch(l -> l.startsWith("jp-claim,declaration-1956,") && l.contains(",formula_1956,"));
        assertThat(Files.list(file.getParent())).hasSize(1);
    }
}
