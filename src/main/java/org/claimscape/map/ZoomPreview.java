package org.claimscape.map;

import com.gluonhq.maps.MapView;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.animation.PauseTransition;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.claimscape.render.MapViewport;

/**
 * While the user zooms, a snapshot of the map taken before the first step stands in for the tiles and the
 * overlay. It is scaled by Java2D (nearest neighbour, a native loop: 0.3 ms for an 800 x 800 map) into an image
 * the size of the map, which JavaFX's software pipeline then copies unscaled: letting the pipeline scale the tiles
 * and the overlay cost about 20 ms a frame, scaling one image 9 ms. The live map returns once the view has been
 * still for 150 ms. FX thread only.
 */
final class ZoomPreview {

    private final MapView mapView;
    private final MapNavigator navigator;
    private final OverlayLayer overlay;
    private final ImageView image = new ImageView();
    private final Pane pane = new Pane(image);
    private final PauseTransition settle = new PauseTransition(Duration.millis(150));
    private MapViewport viewport;
    private double shiftX;
    private double shiftY;
    private BufferedImage source;
    private BufferedImage frame;
    private PixelBuffer<IntBuffer> pixels;

    ZoomPreview(MapView mapView, MapNavigator navigator, OverlayLayer overlay) {
        this.mapView = mapView;
        this.navigator = navigator;
        this.overlay = overlay;
        image.setManaged(false);
        image.setId("zoomPreview");
        /* Clipped to the map, like the map itself: scaled up, the preview must not paint over the panels. */
        pane.setMouseTransparent(true);
        pane.visibleProperty().bind(image.imageProperty().isNotNull());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        navigator.setBeforeZoom(this::start);
        settle.setOnFinished(e -> end());
        navigator.addViewListener(() -> {
            if (viewport != null) {
                place();
                settle.playFromStart();
            }
        });
    }

    /** The layer that shows the preview, over the map. */
    Node node() {
        return pane;
    }

    boolean isShown() {
        return viewport != null;
    }

    private void start() {
        settle.playFromStart();
        if (viewport != null || mapView.getWidth() < 2 || mapView.getHeight() < 2 || mapView.getScene() == null) {
            return;
        }
        SnapshotParameters p = new SnapshotParameters();
        java.awt.Color sea = BasemapTiles.SEA;
        p.setFill(Color.rgb(sea.getRed(), sea.getGreen(), sea.getBlue()));
        /* From the map's untranslated corner: the tiles, aligned to whole pixels there, copy without resampling. */
        p.setViewport(new Rectangle2D(0, 0, Math.ceil(mapView.getWidth()), Math.ceil(mapView.getHeight())));
        WritableImage snap = mapView.snapshot(p, null);
        int w = (int) snap.getWidth();
        int h = (int) snap.getHeight();
        source = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        snap.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), data(source), 0, w);
        frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        pixels = new PixelBuffer<>(w, h, IntBuffer.wrap(data(frame)), PixelFormat.getIntArgbPreInstance());
        image.setImage(new WritableImage(pixels));
        viewport = navigator.viewport();
        shiftX = mapView.getTranslateX();
        shiftY = mapView.getTranslateY();
        /* Transparent, not invisible: the map keeps receiving the wheel and the mouse. */
        mapView.setOpacity(0);
        overlay.setPaused(true);
        place();
    }

    private static int[] data(BufferedImage img) {
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    private void place() {
        MapViewport now = navigator.viewport();
        double scale = Math.pow(2, now.zoom() - viewport.zoom());
        /*
         * The snapshot's pixel (0, 0) showed the point at map x = -shift at the time; the frame's is at (0, 0). The
         * picture keeps the pixel alignment the map had (shift): the live map re-aligns to whole pixels at every
         * step, by up to half a pixel, and the still picture would jump a whole pixel with it.
         */
        double x = now.xFrom(viewport, -shiftX) + shiftX;
        double y = now.yFrom(viewport, -shiftY) + shiftY;
        pixels.updateBuffer(b -> {
            Graphics2D g = frame.createGraphics();
            try {
                g.setComposite(AlphaComposite.Src);
                g.setColor(BasemapTiles.SEA);
                g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                        RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
                g.drawImage(source, new AffineTransform(scale, 0, 0, scale, x, y), null);
            } finally {
                g.dispose();
            }
            return null;
        });
    }

    private void end() {
        if (viewport == null) {
            return;
        }
        viewport = null;
        mapView.setOpacity(1);
        overlay.setPaused(false);
        image.setImage(null);
        source = null;
        frame = null;
        pixels = null;
    }
}
