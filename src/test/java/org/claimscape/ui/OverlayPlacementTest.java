package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.claimscape.io.BundledLayers;
import org.claimscape.map.MapNavigator;
import org.claimscape.map.MapPane;
import org.claimscape.map.OverlayLayer;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Point;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the window, a point's symbol is shown where the map's viewport puts the point, at every zoom the map allows
 * (2–18): the overlay image, drawn a margin larger than the view, may reach past the poles when zoomed out, and is
 * still placed pixel for pixel over the map, on whole screen pixels (off them, even by rounding, JavaFX's software
 * pipeline resamples it on every frame instead of copying it).
 */
@ExtendWith(ApplicationExtension.class)
class OverlayPlacementTest {

    private static Layer yuzhnoKurilsk;
    private static Point point;
    private MapPane pane;

    @BeforeAll
    static void load() throws Exception {
        NetworkGuard.install();
        Feature f = BundledLayers.load().layer(LayerIds.PLACES).features().stream()
                .filter(x -> "yuzhno-kurilsk".equals(x.id())).findFirst().orElseThrow();
        yuzhnoKurilsk = new Layer(LayerIds.PLACES, "Places", List.of(f));
        point = (Point) f.geometry();
    }

    @Start
    void start(Stage stage) {
        LayerView view = new LayerView(yuzhnoKurilsk, "Places", true, 1.0, 0, 99);
        pane = new MapPane(new MapRenderer(), vp -> new RenderRequest(vp, List.of(view), null, Viewpoint.NEUTRAL,
                Set.of(), false));
        stage.setScene(new Scene(pane, 1000, 800));
        stage.show();
    }

    @Test
    void theSymbolIsOverItsPointAtEveryZoom(FxRobot robot) throws Exception {
        MapNavigator nav = pane.navigator();
        OverlayLayer overlay = pane.overlay();
        for (int z = (int) MapNavigator.MIN_ZOOM; z <= 18; z++) {
            int zoom = z;
            int commits = overlay.commitsProperty().get();
            robot.interact(() -> {
                nav.setView(44.0306, 145.8556, zoom);
                nav.panBy(-120, 90);
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> overlay.commitsProperty().get() > commits
                    && overlay.isIdle() && Math.abs(overlay.imageViewport().zoom() - nav.zoom()) < 1e-9);
            WaitForAsyncUtils.waitForFxEvents();
            MapViewport map = nav.viewport();
            double[] shown = symbolOnScreen(overlay);
            assertThat(shown[0]).as("x at z%d", z).isCloseTo(map.x(point.getX()), within(2.0));
            assertThat(shown[1]).as("y at z%d", z).isCloseTo(map.y(point.getY()), within(2.0));
            Transform toScene = overlay.getChildrenUnmodifiable().get(0).getLocalToSceneTransform();
            assertThat(toScene.getTx()).as("screen x at z%d", z).isEqualTo(Math.rint(toScene.getTx()));
            assertThat(toScene.getTy()).as("screen y at z%d", z).isEqualTo(Math.rint(toScene.getTy()));
        }
    }

    /* The centre of the opaque pixels of the overlay image (only the symbol is drawn), in map pixels. */
    private static double[] symbolOnScreen(OverlayLayer overlay) {
        Image img = overlay.image();
        PixelReader r = img.getPixelReader();
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                if ((r.getArgb(x, y) >>> 24) > 200) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertThat(maxX).as("the symbol is drawn").isGreaterThanOrEqualTo(0);
        ImageView iv = (ImageView) overlay.getChildrenUnmodifiable().get(0);
        double scale = iv.getFitWidth() / img.getWidth();
        return new double[] {iv.getLayoutX() + (minX + maxX + 1) / 2.0 * scale,
                iv.getLayoutY() + (minY + maxY + 1) / 2.0 * scale};
    }
}
