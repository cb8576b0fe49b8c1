package org.claimscape.ui.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.claimscape.io.BundledLayers;
import org.claimscape.map.TileDiskCache;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.claimscape.ui.ExplorerView;
import org.claimscape.ui.WindowState;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.MapData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The time slider in the explorer window with the bundled layers, headless. Known site: the 18th Machine Gun
 * Artillery Division HQ (military, from 1978-05-19) at 45.0328 N 147.7606 E.
 */
@ExtendWith(ApplicationExtension.class)
class TimeBarTest {

    private static final double HQ_LAT = 45.0328;
    private static final double HQ_LON = 147.7606;
    private static MapData data;

    private ExplorerView view;

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

    private ExplorerModel loaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.model() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return view.model();
    }

    /* The ids a request draws in a layer: visible there and valid at the request's date. */
    private static Set<String> drawn(RenderRequest r, String layerId) {
        for (LayerView v : r.layers()) {
            if (v.layer().id().equals(layerId)) {
                return v.layer().features().stream().filter(f -> f.isValidAt(r.date())).map(Feature::id)
                        .collect(Collectors.toSet());
            }
        }
        return Set.of();
    }

    private static Set<String> claimsDrawn(RenderRequest r) {
        for (LayerView v : r.layers()) {
            if (v.layer().id().equals("claims")) {
                return v.layer().features().stream().filter(f -> f.isValidAt(r.date()))
                        .map(f -> f.string("claim")).collect(Collectors.toSet());
            }
        }
        return Set.of();
    }

    @Test
    void sliderAt1900HidesTheSovietEraFeatures(FxRobot robot) throws Exception {
        ExplorerModel m = loaded();
        robot.interact(() -> view.mapPane().navigator().setView(HQ_LAT, HQ_LON, 11));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport v = view.mapPane().navigator().viewport();
        double x = v.x(HQ_LON);
        double y = v.y(HQ_LAT);
        assertThat(m.pick(v, x, y, 7)).extracting(p -> p.feature().id()).contains("mil-18th-division-hq");

        Slider slider = robot.lookup("#timeSlider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(1900));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(m.dateProperty().get()).isEqualTo(LocalDate.of(1900, 12, 31));
        assertThat(m.pick(v, x, y, 7)).extracting(p -> p.feature().id()).doesNotContain("mil-18th-division-hq");
        RenderRequest r = m.overlayRequest(v);
        assertThat(r.date()).isEqualTo(LocalDate.of(1900, 12, 31));
        assertThat(claimsDrawn(r)).contains("st-petersburg-1875", "jp-sovereignty")
                .doesNotContain("soviet-occupation-1945", "ru-admin", "declaration-1956", "shimoda-1855");
        assertThat(drawn(r, "military")).isEmpty();
        assertThat(drawn(r, "projects")).isEmpty();
        assertThat(robot.lookup("#timeLabel").queryAs(Label.class).getText()).isEqualTo("As of 31 Dec 1900");
        Label badge = view.mapPane().dateBadge();
        assertThat(badge.getText()).isEqualTo("As of 31 Dec 1900");
        assertThat(badge.isVisible()).isTrue();
        /* The overlay that is drawn uses the date as well. */
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.mapPane().overlay().isIdle());
    }

    @Test
    void yearStepsReadTheHistory(FxRobot robot) throws Exception {
        ExplorerModel m = loaded();
        Slider slider = robot.lookup("#timeSlider").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(1855));
        MapViewport v = view.mapPane().navigator().viewport();
        assertThat(claimsDrawn(m.overlayRequest(v))).contains("shimoda-1855").doesNotContain("st-petersburg-1875");

        for (int i = 0; i < 20; i++) {
            robot.clickOn("#yearForward");
        }
        assertThat(m.dateProperty().get()).isEqualTo(LocalDate.of(1875, 12, 31));
        assertThat(claimsDrawn(m.overlayRequest(v))).contains("st-petersburg-1875").doesNotContain("shimoda-1855");

        robot.interact(() -> slider.setValue(1945));
        assertThat(claimsDrawn(m.overlayRequest(v))).contains("soviet-occupation-1945");
        robot.interact(() -> slider.setValue(1956));
        assertThat(claimsDrawn(m.overlayRequest(v))).contains("declaration-1956", "ru-admin");
        robot.clickOn("#yearBack");
        assertThat(claimsDrawn(m.overlayRequest(v))).doesNotContain("declaration-1956");

        robot.interact(() -> slider.setValue(2022));
        Set<String> events = drawn(m.overlayRequest(v), "events");
        assertThat(events).contains("ev-2022-talks-halted", "ev-2022-ukraine-rada").doesNotContain("ev-2021-eef");
        assertThat(drawn(m.overlayRequest(v), "military")).contains("mil-bastion-iturup", "mil-paramushir-bastion");
    }

    @Test
    void eventsOfTheTwelveMonthsUpToTheDateArePickedAsLoaded(FxRobot robot) throws Exception {
        ExplorerModel m = loaded();
        robot.interact(() -> m.dateProperty().set(LocalDate.of(2017, 3, 1)));
        Layer events = data.layers().get("events");
        Feature nagato = events.feature("ev-2016-nagato");
        Feature eef = events.feature("ev-2016-eef");
        MapViewport v = view.mapPane().navigator().viewport();
        Set<String> shown = drawn(m.overlayRequest(v), "events");
        assertThat(shown).contains("ev-2016-nagato", "ev-2016-eef", "ev-2016-tokyo")
                .doesNotContain("ev-2017-deputy-fm", "ev-2012-medvedev-kunashir");
        robot.interact(() -> m.dateProperty().set(LocalDate.of(2017, 9, 3)));
        assertThat(drawn(m.overlayRequest(v), "events")).doesNotContain("ev-2016-eef").contains("ev-2016-nagato");
        assertThat(nagato.validity().to()).isEqualTo(LocalDate.of(2016, 12, 15));
        assertThat(eef).isNotNull();
        assertThat(robot.lookup("#eventsWindowNote").queryAs(Label.class).getText())
                .isEqualTo("Events: the 12 months up to the date");

        /* A click on an event lists it with its own date, not the widened one. */
        robot.interact(() -> m.dateProperty().set(LocalDate.of(2016, 12, 31)));
        Point p = (Point) nagato.geometry();
        robot.interact(() -> view.mapPane().navigator().setView(p.getY(), p.getX(), 12));
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport at = view.mapPane().navigator().viewport();
        List<ExplorerModel.Pick> picks = m.pick(at, at.x(p.getX()), at.y(p.getY()), 7);
        assertThat(picks).extracting(k -> k.feature().id()).contains("ev-2016-nagato");
        assertThat(picks).filteredOn(k -> k.feature().id().equals("ev-2016-nagato"))
                .allMatch(k -> k.feature() == nagato);
    }

    @Test
    void allDatesAndPlayback(FxRobot robot) throws Exception {
        ExplorerModel m = loaded();
        assertThat(m.dateProperty().get()).isNull();
        assertThat(view.mapPane().dateBadge().isVisible()).isFalse();
        robot.clickOn("#playButton");
        /* Playback starts at the first year (a step may already have run). */
        assertThat(m.dateProperty().get().getYear()).isBetween(TimeBar.FIRST_YEAR, TimeBar.FIRST_YEAR + 1);
        TimeBar bar = robot.lookup("#timeBar").queryAs(TimeBar.class);
        assertThat(bar.isPlaying()).isTrue();
        Button play = robot.lookup("#playButton").queryButton();
        assertThat(play.getText()).as("no glyph a font may lack").isNullOrEmpty();
        assertThat(play.getAccessibleText()).isEqualTo("Pause");
        assertThat(play.getGraphic()).isInstanceOf(HBox.class);
        robot.clickOn("#playButton");
        assertThat(bar.isPlaying()).isFalse();
        assertThat(play.getAccessibleText()).isEqualTo("Play");
        robot.clickOn("#allDates");
        assertThat(m.dateProperty().get()).isNull();
        assertThat(view.mapPane().dateBadge().isVisible()).isFalse();
    }
}
