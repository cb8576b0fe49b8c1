package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.claimscape.map.BasemapTileRetriever;
import org.claimscape.map.OverlayLayer;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.explorer.MapData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a remembered view, the first map is drawn while the window is still being built (the layers are loaded
 * before it is laid out), and that one drawing is what the window shows: no second drawing once the panels and
 * bars have taken their place. Later, a pan the shown image still covers with room to spare is not redrawn; a longer one is.
 */
@ExtendWith(ApplicationExtension.class)
class FirstMapDrawingTest {

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 760;
    private static MapData data;
    private ExplorerView view;
    private final int[] sizeAtFirstMap = new int[2];
    private final WindowState remembered = new WindowState(Double.NaN, Double.NaN, WIDTH, HEIGHT, false, 44.4, 146.3,
            7.25, null, List.of(), Viewpoint.NEUTRAL, false, null);

    @BeforeAll
    static void loadOnce() throws Exception {
        NetworkGuard.install();
        data = BundledMapData.load();
    }

    @Start
    void start(Stage stage) throws Exception {
        view = TestWindows.explorer(() -> data, remembered);
        /* As the application's File menu does: an empty menu bar would be shorter than the room kept for it. */
        view.menuBar().getMenus().add(new Menu("File"));
        view.firstCompleteMillisProperty().addListener((o, a, b) -> {
            sizeAtFirstMap[0] = view.mapPane().navigator().viewport().width();
            sizeAtFirstMap[1] = view.mapPane().navigator().viewport().height();
        });
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
    }

    private void awaitSettled() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model() != null
                && view.mapPane().overlay().commitsProperty().get() > 0 && view.mapPane().overlay().isIdle()
                && BasemapTileRetriever.pendingTiles() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFirstMapIsTheDrawingMadeAheadAndTheOnlyOne(FxRobot robot) throws Exception {
        awaitSettled();
        OverlayLayer overlay = view.mapPane().overlay();
        MapViewport ahead = OverlayLayer.aheadViewport(44.4, 146.3, 7.25, WIDTH, HEIGHT);
        MapViewport map = view.mapPane().navigator().viewport();
        assertThat(map.width()).isLessThan(ahead.width() - 200);
        assertThat(overlay.commitsProperty().get()).isEqualTo(1);
        assertThat(overlay.imageViewport().width()).isEqualTo(ahead.width());
        assertThat(overlay.imageViewport().height()).isEqualTo(ahead.height());
        assertThat(overlay.imageViewport().zoom()).isEqualTo(map.zoom());
        assertThat(overlay.drawnSymbols()).as("picking works on the drawing made ahead").isNotNull();
    }

    /**
     * The panels and the bars (menu, tool, time and status bars) arrive after the first map, in the room kept for
     * them: the map does not change size.
     */
    @Test
    void thePanelsAndBarsArriveWithoutResizingTheMap(FxRobot robot) throws Exception {
        awaitSettled();
        assertThat(view.model()).isNotNull();
        assertThat(robot.lookup("#layerList").tryQuery()).isPresent();
        assertThat(robot.lookup("#menuBar").tryQuery()).isPresent();
        assertThat(robot.lookup("#viewpointBox").tryQuery()).isPresent();
        assertThat(view.statusBar().getScene()).isNotNull();
        assertThat(robot.lookup("#timeLabel").tryQuery()).isPresent();
        MapViewport map = view.mapPane().navigator().viewport();
        assertThat(sizeAtFirstMap).containsExactly(map.width(), map.height());
    }

    @Test
    void aShortPanIsNotRedrawnALongOneIs(FxRobot robot) throws Exception {
        awaitSettled();
        OverlayLayer overlay = view.mapPane().overlay();
        int commits = overlay.commitsProperty().get();
        boolean[] idleAfterPan = new boolean[1];
        /* Asked in the same FX turn as the pan: under load the settle pause may be over by the time interact returns. */
        robot.interact(() -> {
            view.mapPane().navigator().panBy(30, -20);
            idleAfterPan[0] = overlay.isIdle();
        });
        /* Idle means the settle pause after the pan is over too: the redraw it would start is decided. */
        assertThat(idleAfterPan[0]).isFalse();
        awaitSettled();
        assertThat(overlay.commitsProperty().get()).isEqualTo(commits);
        robot.interact(() -> view.mapPane().navigator().panBy(400, 0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> overlay.commitsProperty().get() > commits);
    }
}
