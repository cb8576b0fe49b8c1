package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.claimscape.map.BasemapTileRetriever;
import org.claimscape.map.MapPane;
import org.claimscape.ui.explorer.MapData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the user zooms, a snapshot of the map stands in for it, scaled: it must sit exactly where the map was, or
 * the map would jump at the first wheel step; and the live map must come back once the view is still.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomPreviewTest {

    private static MapData data;
    private ExplorerView view;

    @BeforeAll
    static void loadOnce() throws Exception {
        NetworkGuard.install();
        data = BundledMapData.load();
    }

    @Start
    void start(Stage stage) throws Exception {
        view = TestWindows.explorer(() -> data, WindowState.initial());
        stage.setScene(new Scene(view, 1100, 760));
        stage.show();
    }

    private void awaitSettled() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.model() != null
                && !view.mapPane().navigator().isFlying() && view.mapPane().overlay().isIdle()
                && !view.mapPane().isZoomPreviewShown() && BasemapTileRetriever.pendingTiles() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /* The window showing a settled map at a fixed view. */
    private Image settledMap(FxRobot robot) throws Exception {
        awaitSettled();
        robot.interact(() -> view.mapPane().navigator().setView(44.2, 146.1, 8.5));
        awaitSettled();
        return snapshot(robot, view.mapPane());
    }

    @Test
    void thePreviewShowsTheMapWhereItWasAndTheLiveMapReturns(FxRobot robot) throws Exception {
        Image before = settledMap(robot);
        MapPane pane = view.mapPane();
        /* A zoom step too small to see: the preview is shown at scale 1.0001. */
        robot.interact(() -> pane.navigator().zoomAt(0.0001, 300, 300));
        assertThat(pane.isZoomPreviewShown()).isTrue();
        assertThat(pane.mapView().getOpacity()).isZero();
        Image during = snapshot(robot, pane);
        assertThat(meanDifference(before, during)).as("mean channel difference, map vs preview").isLessThan(1.0);

        awaitSettled();
        assertThat(pane.isZoomPreviewShown()).isFalse();
        assertThat(pane.mapView().getOpacity()).isEqualTo(1.0);
    }

    @Test
    void aShiftedPreviewWouldShowAsADifference(FxRobot robot) throws Exception {
        Image before = settledMap(robot);
        MapPane pane = view.mapPane();
        robot.interact(() -> pane.navigator().panBy(2, 0));
        awaitSettled();
        Image moved = snapshot(robot, pane);
        /* The check above is sharp enough: a pan of two pixels differs far more than it allows (1 px: about 1.6). */
        assertThat(meanDifference(before, moved)).isGreaterThan(2.0);
    }

    /* The whole scene: a snapshot of the map pane alone would start wherever its bounds do. */
    private static Image snapshot(FxRobot robot, MapPane pane) {
        Image[] out = new Image[1];
        robot.interact(() -> out[0] = pane.getScene().snapshot(null));
        return out[0];
    }

    private static double meanDifference(Image a, Image b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        double sum = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = ra.getArgb(x, y);
                int q = rb.getArgb(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                }
            }
        }
        return sum / (3.0 * w * h);
    }
}
