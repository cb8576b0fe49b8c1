package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.claimscape.map.BasemapTileRetriever;
import org.claimscape.map.OverlayLayer;
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
 * A first run (no remembered view) opens on the home view fitted to the map's size before the window is laid
 * out, so its overlay is drawn ahead too: one drawing, and the home view fills the map as a fit made afterwards
 * would.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunMapTest {

    private static MapData data;
    private ExplorerView view;

    @BeforeAll
    static void loadOnce() throws Exception {
        NetworkGuard.install();
        data = BundledMapData.load();
    }

    @Start
    void start(Stage stage) throws Exception {
        WindowState first = WindowState.initial();
        view = TestWindows.explorer(() -> data, first);
        stage.setScene(new Scene(view, first.width(), first.height()));
        stage.show();
    }

    @Test
    void theHomeViewIsFittedAheadAndDrawnOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model() != null
                && view.mapPane().overlay().commitsProperty().get() > 0 && view.mapPane().overlay().isIdle()
                && BasemapTileRetriever.pendingTiles() == 0);
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport map = view.mapPane().navigator().viewport();
        MapViewport exactFit = MapViewport.fit(WindowState.HOME, map.width(), map.height(), 8);
        assertThat(map.bounds().contains(WindowState.HOME)).as("all of home is on the map").isTrue();
        assertThat(map.zoom()).as("the map's size was foreseen to a few pixels").isCloseTo(exactFit.zoom(),
                within(0.01));
        OverlayLayer overlay = view.mapPane().overlay();
        assertThat(overlay.commitsProperty().get()).isEqualTo(1);
        assertThat(overlay.imageViewport().zoom()).isEqualTo(map.zoom());
    }
}
