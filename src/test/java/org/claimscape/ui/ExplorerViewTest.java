package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.claimscape.analysis.Geodesy;
import org.claimscape.map.BasemapTileRetriever;
import org.claimscape.map.TileDiskCache;
import org.claimscape.model.Feature;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.explorer.MapData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer window with the bundled layers, driven headless (Monocle) through TestFX: what a user sees and
 * does. Known site: the 18th Machine Gun Artillery Division HQ at Goryachiye Klyuchi, 45.0328 N 147.7606 E
 * (data/military.geojson, id mil-18th-division-hq).
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerViewTest {

    private static final double HQ_LAT = 45.0328;
    private static final double HQ_LON = 147.7606;
    private static MapData data;

    private static Path cacheDir;

    private ExplorerView view;
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void loadOnce() throws Exception {
        NetworkGuard.install();
        cacheDir = Files.createTempDirectory("claimscape-tiles");
        data = BundledMapData.load();
    }

    @Start
    void start(Stage stage) {
        view = new ExplorerView(() -> data, new MapRenderer(), WindowState.initial(), opened::add,
                new TileDiskCache(cacheDir), System.nanoTime());
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

    @Test
    void windowListsEveryBundledLayer(FxRobot robot) throws Exception {
        awaitLoaded();
        List<Object> rows = robot.lookup("#layerList").queryListView().getItems();
        List<String> listed = new ArrayList<>();
        for (Object r : rows) {
            if (r instanceof LayerState) {
                listed.add(((LayerState) r).id());
            }
        }
        assertThat(listed).containsExactlyElementsOf(data.catalog().ids());
        assertThat(rows).contains("Claims", "Military", "Projects", "Places", "Events", "Basemap");
        awaitMapSettled();
        assertThat(BasemapTileRetriever.producedTiles()).isPositive();
    }

    @Test
    void offlineModeOpensNoConnection(FxRobot robot) throws Exception {
        awaitLoaded();
        assertThat(TileRetrieverProvider.getInstance().load()).isInstanceOf(BasemapTileRetriever.class);
        setView(robot, 44.0, 146.0, 9);
        robot.interact(() -> view.mapPane().navigator().panBy(700, 300));
        awaitMapSettled();
        setView(robot, 50.0, 155.0, 6);
        assertThat(BasemapTileRetriever.producedTiles()).isPositive();
        assertThat(NetworkGuard.attempts()).isEmpty();
    }

    @Test
    void clickingTheDivisionHqShowsItsInfoAndSource(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, HQ_LAT, HQ_LON, 12);
        robot.clickOn(screenPoint(HQ_LAT, HQ_LON));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = new ArrayList<>();
        view.model().picked().forEach(p -> ids.add(p.feature().id()));
        /* The headquarters shares its village's coordinates: one badge, and its click lists exactly its members. */
        assertThat(ids).contains("mil-18th-division-hq").doesNotContain("iturup");
        assertThat(robot.lookup("#pickList").queryListView().getItems()).hasSize(ids.size());
        assertThat(robot.lookup("#pickList").queryListView().isVisible()).isTrue();
        ExplorerModel.Pick hq = view.model().picked().stream()
                .filter(p -> p.feature().id().equals("mil-18th-division-hq")).findFirst().orElseThrow();
        robot.interact(() -> view.model().selectedProperty().set(hq));
        Label title = robot.lookup("#featureTitle").queryAs(Label.class);
        assertThat(title.getText()).contains("18th");
        Label source = robot.lookup("#sourceText").queryAs(Label.class);
        assertThat(source.getText()).isEqualTo(hq.feature().source().text()).isNotBlank();
        if (hq.feature().source().url() != null) {
            Hyperlink link = robot.lookup("#sourceLink").queryAs(Hyperlink.class);
            /* The link may sit below the fold of the info panel; fire it as a click would. */
            robot.interact(link::fire);
            assertThat(opened).containsExactly(hq.feature().source().url());
        }
        assertThat(robot.lookup("#field-confidence").queryAs(Label.class).getText()).isNotBlank();
    }

    /** Sum of absolute ARGB channel differences over a 9×9 window of the overlay image around a map point. */
    private static long windowDifference(Image a, MapViewport va, Image b,
                                         MapViewport vb, double lat, double lon) {
        long sum = 0;
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                int pa = a.getPixelReader().getArgb((int) va.x(lon) + dx, (int) va.y(lat) + dy);
                int pb = b.getPixelReader().getArgb((int) vb.x(lon) + dx, (int) vb.y(lat) + dy);
                for (int shift = 0; shift < 32; shift += 8) {
                    sum += Math.abs(((pa >>> shift) & 0xFF) - ((pb >>> shift) & 0xFF));
                }
            }
        }
        return sum;
    }

    @Test
    void hidingALayerRemovesItsFeaturesFromTheMap(FxRobot robot) throws Exception {
        awaitLoaded();
        /* Burevestnik airbase (military, exact position), 44.92 N 147.6217 E: no other symbol within a few km. */
        double lat = 44.92;
        double lon = 147.6217;
        setView(robot, lat, lon, 12);
        MapViewport v = view.mapPane().navigator().viewport();
        double x = v.x(lon);
        double y = v.y(lat);
        assertThat(view.model().pick(v, x, y, 7)).anyMatch(p -> p.layerId().equals("military"));
        Image before = view.mapPane().overlay().image();
        MapViewport beforeView = view.mapPane().overlay().imageViewport();

        robot.clickOn("#visible-military");
        awaitMapSettled();
        assertThat(view.model().layer("military").isVisible()).isFalse();
        assertThat(view.model().pick(v, x, y, 7)).noneMatch(p -> p.layerId().equals("military"));
        Image after = view.mapPane().overlay().image();
        assertThat(after).isNotSameAs(before);
        assertThat(windowDifference(before, beforeView, after, view.mapPane().overlay().imageViewport(), lat, lon))
                .as("the airbase symbol's pixels changed").isGreaterThan(9 * 9 * 40);

        robot.clickOn("#visible-military");
        awaitMapSettled();
        assertThat(windowDifference(before, beforeView, view.mapPane().overlay().image(),
                view.mapPane().overlay().imageViewport(), lat, lon)).as("the symbol is back").isLessThan(9 * 9 * 8);
    }

    @Test
    void hoveringAFeatureShowsItsName(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 44.92, 147.6217, 12);
        robot.moveTo(screenPoint(44.92, 147.6217));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> view.mapPane().hoverTextProperty().get() != null);
        assertThat(view.mapPane().hoverTextProperty().get()).contains("Burevestnik");
        assertThat(robot.lookup("#cursorDecimal").queryAs(Label.class).getText()).startsWith("44.9");
    }

    @Test
    void wheelAndDoubleClickZoomAroundTheCursor(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 44.5, 146.5, 8);
        Point2D target = screenPoint(44.7, 146.9);
        robot.moveTo(target);
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double z = view.mapPane().navigator().zoom();
        assertThat(z).as("wheel zoomed").isNotCloseTo(8, within(0.01));
        robot.doubleClickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.mapPane().navigator().zoom()).isCloseTo(z + 1, within(1e-6));
        MapViewport v = view.mapPane().navigator().viewport();
        Point2D local = view.mapPane().mapView().screenToLocal(target);
        assertThat(v.lat(local.getY())).as("point under the cursor stays").isCloseTo(44.7, within(0.01));
        assertThat(v.lon(local.getX())).isCloseTo(146.9, within(0.01));
    }

    @Test
    void searchingEtorofuOrItierupInCyrillicSelectsIturup(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#searchField").write("Etorofu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selectedProperty().get().feature().id()).isEqualTo("iturup");
        awaitMapSettled();
        MapViewport v = view.mapPane().navigator().viewport();
        assertThat(v.bounds().contains(147.9, 45.0)).as("Iturup in view").isTrue();
        assertThat(view.mapPane().overlay().imageViewport().zoom()).as("overlay redrawn at the new zoom")
                .isCloseTo(v.zoom(), within(1e-9));

        robot.interact(() -> {
            view.model().selectedProperty().set(null);
            view.searchField().setText("Итуруп");
        });
        robot.clickOn("#searchField").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selectedProperty().get().feature().id()).isEqualTo("iturup");
    }

    /* A site whose source names only its island is shown by its island, never by the point stored for it. */
    @Test
    void searchingASiteKnownOnlyByItsIslandShowsTheIsland(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#searchField").write("Bal (3K60)");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selectedProperty().get().feature().id()).isEqualTo("mil-bal-kunashir");
        awaitMapSettled();
        MapViewport v = view.mapPane().navigator().viewport();
        /* Kunashir whole: its northern and southern capes in view. */
        assertThat(v.bounds().contains(145.6, 44.45)).as("Kunashir's north-east in view").isTrue();
        assertThat(v.bounds().contains(145.45, 43.75)).as("Kunashir's south in view").isTrue();
        assertThat(v.zoom()).isLessThan(11);
    }

    @Test
    void keyboardPansAndZooms(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 44.5, 146.5, 8);
        robot.interact(() -> view.mapPane().mapView().requestFocus());
        MapViewport before = view.mapPane().navigator().viewport();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport panned = view.mapPane().navigator().viewport();
        assertThat(panned.x(panned.centerLon()) - panned.x(before.centerLon()))
                .as("centre moved east by one key step").isCloseTo(96, within(1.0));
        assertThat(panned.zoom()).isEqualTo(before.zoom());
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.mapPane().navigator().zoom()).isCloseTo(9, within(1e-6));
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.mapPane().navigator().zoom()).isCloseTo(7, within(1e-6));
    }

    @Test
    void measureToolGivesGeodesicDistance(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 43.75, 146.0, 9);
        robot.clickOn("#measureButton");
        robot.clickOn(screenPoint(43.5, 146.0));
        robot.clickOn(screenPoint(44.0, 146.0));
        WaitForAsyncUtils.waitForFxEvents();
        Measurement m = view.measurement();
        assertThat(m.points()).hasSize(2);
        Coordinate a = m.points().get(0);
        Coordinate b = m.points().get(1);
        /* A pixel here is about 220 m: the clicks land within one pixel of the targets. */
        assertThat(a.y).isCloseTo(43.5, within(0.004));
        assertThat(b.y).isCloseTo(44.0, within(0.004));
        assertThat(a.x).isCloseTo(b.x, within(1e-9));
        double expected = MeasurementTest.meridianArcMetres(a.y, b.y);
        assertThat(m.lengthMetres()).isCloseTo(expected, within(0.05));
        assertThat(Math.abs(m.lengthMetres() - Geodesy.distanceMetres(43.5, 146.0, 44.0, 146.0))).isLessThan(500);
        String shown = view.statusBar().measureLabel().getText();
        assertThat(shown).contains(String.format(Locale.ROOT, "%,.2f km", m.lengthMetres() / 1000))
                .contains(String.format(Locale.ROOT, "%,.2f nmi", m.lengthMetres() / 1852));
    }

    @Test
    void viewpointIsShownInTitleAndOnTheMap(FxRobot robot) throws Exception {
        awaitLoaded();
        assertThat(view.titleProperty().get()).contains("Southern Kurils / Northern Territories");
        robot.interact(() -> robot.lookup("#viewpointBox").queryComboBox().setValue(
                Viewpoint.JAPANESE));
        assertThat(view.titleProperty().get()).contains("Northern Territories").contains("Japanese");
        Node badge = robot.lookup("#viewpointBadge").query();
        assertThat(((Label) badge).getText()).contains("Japanese").contains("Northern Territories")
                .contains("as Japan claims it");
        assertThat(view.model().viewpointProperty().get()).isEqualTo(Viewpoint.JAPANESE);
        /* In 1875 there was no dispute: the badge names the treaty in force instead. */
        robot.interact(() -> view.model().dateProperty().set(LocalDate.of(1875, 9, 1)));
        assertThat(((Label) badge).getText()).contains("Treaty of Saint Petersburg").doesNotContain("claims");
    }

    @Test
    void theInfoPanelNamesAPlaceAsItWasCalledOnTheMapsDate(FxRobot robot) throws Exception {
        awaitLoaded();
        Feature kurilsk = view.model().data().layers().get(LayerIds.PLACES).feature("kurilsk");
        robot.interact(() -> {
            view.model().dateProperty().set(LocalDate.of(1875, 9, 1));
            view.model().selectedProperty().set(new ExplorerModel.Pick(LayerIds.PLACES, "Places", kurilsk));
        });
        assertThat(robot.lookup("#featureTitle").queryAs(Label.class).getText()).isEqualTo("Shana");
        robot.interact(() -> view.model().dateProperty().set(null));
        assertThat(robot.lookup("#featureTitle").queryAs(Label.class).getText()).isEqualTo("Kurilsk / Shana");
        assertThat(robot.lookup(".label").queryAll()).anyMatch(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Until 4 Jun 1946"));
    }

    @Test
    void statusBarShowsScaleForTheLatitude(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 44.0, 146.0, 10);
        MapViewport v = view.mapPane().navigator().viewport();
        double n = StatusBarView.scaleDenominator(v, 96);
        /* Web Mercator at zoom 10: 152.87 m/px at the equator × cos 44° = 110 m/px; 96 dpi = 0.2646 mm/px. */
        assertThat(n).isCloseTo(110.0 / 0.0002645833, within(0.01 * n));
        CheckBox box = robot.lookup("#visible-military").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isTrue();
    }

    @Test
    void zoomToLayerShowsTheWholeLayer(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 50.0, 155.0, 12);
        robot.interact(() -> view.zoomToLayer(view.model().layer("islands")));
        awaitMapSettled();
        Envelope shown = view.mapPane().navigator().viewport().bounds();
        assertThat(shown.contains(view.model().layer("islands").layer().bounds())).isTrue();
    }

    @Test
    void reorderingLayersChangesTheDrawingOrder(FxRobot robot) throws Exception {
        awaitLoaded();
        List<String> initial = new ArrayList<>();
        view.model().overlayRequest(view.mapPane().navigator().viewport()).layers()
                .forEach(l -> initial.add(l.layer().id()));
        assertThat(initial.indexOf("claims")).as("catalog: claims above islands")
                .isGreaterThan(initial.indexOf("islands"));
        robot.interact(() -> view.model().move(view.model().layer("islands"), view.model().layers().indexOf(
                view.model().layer("claims"))));
        List<String> order = new ArrayList<>();
        view.model().overlayRequest(view.mapPane().navigator().viewport()).layers()
                .forEach(l -> order.add(l.layer().id()));
        assertThat(order.indexOf("islands")).as("islands now drawn above claims")
                .isGreaterThan(order.indexOf("claims"));
        List<Object> rows = robot.lookup("#layerList").queryListView().getItems();
        assertThat(rows.indexOf(view.model().layer("islands")))
                .isLessThan(rows.indexOf(view.model().layer("claims")));
    }

    @Test
    void rememberedStateIsRestored(FxRobot robot) throws Exception {
        awaitLoaded();
        WindowState remembered = new WindowState(Double.NaN, Double.NaN, 1000, 700, false, 43.8, 146.7, 10.5,
                List.of("claims", "islands", "land"), List.of("islands", "claims"),
                Viewpoint.RUSSIAN, false, null);
        ExplorerView[] restored = new ExplorerView[1];
        robot.interact(() -> {
            restored[0] = new ExplorerView(() -> data, new MapRenderer(), remembered, opened::add, null,
                    System.nanoTime());
            Stage s = new Stage();
            s.setScene(new Scene(restored[0], 1000, 700));
            s.show();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restored[0].model() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerModel m = restored[0].model();
        assertThat(m.layer("military").isVisible()).isFalse();
        assertThat(m.layer("claims").isVisible()).isTrue();
        assertThat(m.layers().indexOf(m.layer("islands"))).isLessThan(m.layers().indexOf(m.layer("claims")));
        assertThat(m.viewpointProperty().get()).isEqualTo(Viewpoint.RUSSIAN);
        MapViewport v = restored[0].mapPane().navigator().viewport();
        assertThat(v.centerLat()).isCloseTo(43.8, within(1e-3));
        assertThat(v.centerLon()).isCloseTo(146.7, within(1e-3));
        assertThat(v.zoom()).isCloseTo(10.5, within(1e-6));
        WindowState captured = restored[0].captureState(null);
        assertThat(captured.visibleLayers()).containsExactlyInAnyOrder("claims", "islands", "land");
        assertThat(captured.viewpoint()).isEqualTo(Viewpoint.RUSSIAN);
        robot.interact(() -> restored[0].getScene().getWindow().hide());
    }

    @Test
    void shiftDragZoomsToTheBox(FxRobot robot) throws Exception {
        awaitLoaded();
        setView(robot, 44.5, 146.5, 8);
        Point2D from = screenPoint(44.6, 146.3);
        Point2D to = screenPoint(44.4, 146.7);
        robot.press(KeyCode.SHIFT);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        robot.release(KeyCode.SHIFT);
        awaitMapSettled();
        MapViewport v = view.mapPane().navigator().viewport();
        assertThat(v.zoom()).isGreaterThan(9);
        assertThat(v.bounds().contains(new Envelope(146.305, 146.695, 44.405, 44.595))).isTrue();
        assertThat(v.centerLat()).isCloseTo(44.5, within(0.01));
        assertThat(v.centerLon()).isCloseTo(146.5, within(0.01));
    }

    @Test
    void settingsOfferOnlineTilesSwitchedOffByDefault(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#settingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox online = robot.lookup("#onlineTilesBox").queryAs(CheckBox.class);
        assertThat(online.isSelected()).isFalse();
        assertThat(online.getParent().getChildrenUnmodifiable()).anyMatch(n -> n instanceof Label
                && ((Label) n).getText().contains("no network connection"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.onlineTiles()).isFalse();
        assertThat(view.mapPane().onlineProperty().get()).isFalse();
    }

    @Test
    void legendFollowsVisibleLayers(FxRobot robot) throws Exception {
        awaitLoaded();
        LegendView legend = robot.lookup("#legend").queryAs(LegendView.class);
        List<String> before = legend.labels();
        assertThat(before).isNotEmpty();
        robot.interact(() -> view.model().layer("claims").visibleProperty().set(false));
        List<String> after = legend.labels();
        assertThat(after.size()).isLessThan(before.size());
        robot.interact(() -> view.model().layer("claims").visibleProperty().set(true));
        assertThat(legend.labels()).isEqualTo(before);
    }
}
