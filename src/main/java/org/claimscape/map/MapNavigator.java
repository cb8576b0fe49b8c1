package org.claimscape.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.util.Duration;
import org.claimscape.render.MapViewport;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads and sets the view of a Gluon {@link MapView} as a {@link MapViewport}: the one class where our lon/lat
 * meets Gluon's lat-first API and its internal base map.
 *
 * <p>Works around Gluon's quirks: {@code MapView.getZoom()} returns the last requested zoom, not the zoom after a
 * mouse zoom, so the actual zoom and centre are read from the base map's translation; setting the same centre or
 * zoom twice is ignored by Gluon, so values are nudged; the centre is kept when the view is resized.
 *
 * <p>FX thread only.
 */
public final class MapNavigator {

    /** Smallest and largest zoom the map allows. */
    public static final double MIN_ZOOM = 2;
    public static final double MAX_ZOOM = 19;

    private final MapView mapView;
    private final BaseMap baseMap;
    private final List<Runnable> listeners = new ArrayList<>();
    private double keptLat = 44.5;
    private double keptLon = 146.5;
    private Timeline flight;
    private Runnable beforeZoom = () -> { };

    /** A layer with no content, added to get hold of Gluon's base map. */
    private static final class Anchor extends MapLayer {
        BaseMap base() {
            return baseMap;
        }
    }

    public MapNavigator(MapView mapView) {
        this.mapView = mapView;
        Anchor anchor = new Anchor();
        anchor.setMouseTransparent(true);
        mapView.addLayer(anchor);
        this.baseMap = anchor.base();
        InvalidationListener moved = o -> viewMoved();
        baseMap.translateXProperty().addListener(moved);
        baseMap.translateYProperty().addListener(moved);
        baseMap.zoom().addListener(moved);
        InvalidationListener resized = o -> {
            if (mapView.getWidth() > 0 && mapView.getHeight() > 0) {
                setView(keptLat, keptLon, zoom());
            }
        };
        mapView.widthProperty().addListener(resized);
        mapView.heightProperty().addListener(resized);
    }

    public MapView mapView() {
        return mapView;
    }

    /** Runs the action just before each zoom step of {@link #zoomAt} (wheel, keys, double-click, buttons). */
    public void setBeforeZoom(Runnable action) {
        beforeZoom = action;
    }

    /** Runs the action whenever the view moves, zooms or is resized. */
    public void addViewListener(Runnable action) {
        listeners.add(action);
    }

    /** The zoom actually shown (after mouse zooms), fractional. */
    public double zoom() {
        double z = baseMap.zoom().get();
        return z > 0 ? z : mapView.getZoom();
    }

    /** The current view, sized to the map; a 1×1 view before the map is laid out. */
    public MapViewport viewport() {
        int w = Math.max(1, (int) Math.round(mapView.getWidth()));
        int h = Math.max(1, (int) Math.round(mapView.getHeight()));
        double z = zoom();
        double world = 256 * Math.pow(2, z);
        /* Gluon places world pixel (px, py) at screen (translate + px); invert for the screen centre. */
        double cx = (w / 2.0 - baseMap.getTranslateX()) / world;
        double cy = (h / 2.0 - baseMap.getTranslateY()) / world;
        double lon = cx * 360.0 - 180.0;
        double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI - 2 * Math.PI * cy)));
        if (mapView.getWidth() <= 0 || mapView.getScene() == null) {
            return new MapViewport(keptLat, keptLon, z, w, h);
        }
        return new MapViewport(lat, lon, z, w, h);
    }

    /** Shows the point at the centre at the given zoom, at once. */
    public void setView(double lat, double lon, double zoom) {
        stopFlight();
        applyView(lat, lon, zoom);
    }

    private void applyView(double lat, double lon, double zoom) {
        double z = clampZoom(zoom);
        keptLat = lat;
        keptLon = lon;
        if (mapView.getZoom() == z) {
            mapView.setZoom(z + 1e-9);
        }
        mapView.setZoom(z);
        /* Gluon ignores a centre equal to the last requested one, even after the user dragged the map. */
        DoubleProperty pLat = baseMap.prefCenterLat();
        DoubleProperty pLon = baseMap.prefCenterLon();
        if (pLat.get() == lat && pLon.get() == lon) {
            pLat.set(lat + 1e-9);
        }
        mapView.setCenter(lat, lon);
    }

    /** Fits the envelope (lon/lat) into the view with a padding in pixels, not closer than {@code maxZoom}. */
    public void fit(Envelope lonLat, double paddingPx, double maxZoom, boolean animate) {
        if (lonLat == null || lonLat.isNull()) {
            return;
        }
        MapViewport now = viewport();
        MapViewport fitted = MapViewport.fit(lonLat, now.width(), now.height(), paddingPx);
        double z = Math.min(maxZoom, fitted.zoom());
        if (animate) {
            flyTo(fitted.centerLat(), fitted.centerLon(), z);
        } else {
            setView(fitted.centerLat(), fitted.centerLon(), z);
        }
    }

    /**
     * Fits the envelope into the part of the view that {@code covered} leaves open (pixels hidden at each edge, e.g.
     * by a window over the map), so that what is shown is not under it.
     */
    public void fit(Envelope lonLat, Insets covered, double paddingPx, double maxZoom, boolean animate) {
        if (lonLat == null || lonLat.isNull()) {
            return;
        }
        if (covered == null || covered.equals(Insets.EMPTY)) {
            fit(lonLat, paddingPx, maxZoom, animate);
            return;
        }
        MapViewport now = viewport();
        int w = (int) Math.max(1, now.width() - covered.getLeft() - covered.getRight());
        int h = (int) Math.max(1, now.height() - covered.getTop() - covered.getBottom());
        MapViewport fitted = MapViewport.fit(lonLat, w, h, paddingPx);
        flyTo(fitted.centerLat(), fitted.centerLon(), Math.min(maxZoom, fitted.zoom()), covered, animate);
    }

    /** Shows the point at the centre of the part of the view that {@code covered} leaves open. */
    public void flyTo(double lat, double lon, double zoom, Insets covered, boolean animate) {
        MapViewport now = viewport();
        double z = clampZoom(zoom);
        MapViewport centred = new MapViewport(lat, lon, z, now.width(), now.height());
        if (covered != null) {
            /* The open part's centre lies this far from the view's centre: move the view the other way. */
            centred = centred.panBy((covered.getRight() - covered.getLeft()) / 2,
                    (covered.getBottom() - covered.getTop()) / 2);
        }
        if (animate) {
            flyTo(centred.centerLat(), centred.centerLon(), z);
        } else {
            setView(centred.centerLat(), centred.centerLon(), z);
        }
    }

    /**
     * What a rectangle over the map (both in screen coordinates) hides of it, as the insets that leave the largest
     * open band (above, below, left or right of it); no insets when it does not overlap the map or covers it all.
     */
    public static Insets covered(Bounds map, Bounds over) {
        if (map == null || over == null || !map.intersects(over)) {
            return Insets.EMPTY;
        }
        double above = over.getMinY() - map.getMinY();
        double below = map.getMaxY() - over.getMaxY();
        double left = over.getMinX() - map.getMinX();
        double right = map.getMaxX() - over.getMaxX();
        double best = Math.max(Math.max(above * map.getWidth(), below * map.getWidth()),
                Math.max(left * map.getHeight(), right * map.getHeight()));
        if (best <= 0) {
            return Insets.EMPTY;
        } else if (best == above * map.getWidth()) {
            return new Insets(0, 0, map.getHeight() - above, 0);
        } else if (best == below * map.getWidth()) {
            return new Insets(map.getHeight() - below, 0, 0, 0);
        } else if (best == left * map.getHeight()) {
            return new Insets(0, map.getWidth() - left, 0, 0);
        }
        return new Insets(0, 0, 0, map.getWidth() - right);
    }

    /** Moves smoothly to the point and zoom (0.6 s; zoom and centre interpolated together). */
    public void flyTo(double lat, double lon, double zoom) {
        stopFlight();
        MapViewport from = viewport();
        DoubleProperty t = new SimpleDoubleProperty(0);
        double z0 = from.zoom();
        double z1 = clampZoom(zoom);
        double lat0 = from.centerLat();
        double lon0 = from.centerLon();
        t.addListener((o, a, b) -> {
            double f = b.doubleValue();
            applyView(lat0 + (lat - lat0) * f, lon0 + (lon - lon0) * f, z0 + (z1 - z0) * f);
        });
        flight = new Timeline(new KeyFrame(Duration.seconds(0.6), new KeyValue(t, 1.0, Interpolator.EASE_BOTH)));
        flight.setOnFinished(e -> {
            flight = null;
            applyView(lat, lon, z1);
        });
        flight.play();
    }

    /** True while an animated move runs. */
    public boolean isFlying() {
        return flight != null && flight.getStatus() == Animation.Status.RUNNING;
    }

    /** Moves the view by screen pixels: positive dx shows what lies east. */
    public void panBy(double dx, double dy) {
        stopFlight();
        baseMap.moveX(dx);
        baseMap.moveY(dy);
    }

    /** Zooms by {@code delta} levels keeping the map point under (x, y) in place. */
    public void zoomAt(double delta, double x, double y) {
        stopFlight();
        double z = zoom();
        double target = clampZoom(z + delta);
        if (Math.abs(target - Math.rint(target)) < 1e-6) {
            /* Steps like 0.1 do not add up exactly; a whole level keeps tiles unscaled. */
            target = Math.rint(target);
        }
        if (Math.abs(target - z) < 1e-9) {
            return;
        }
        beforeZoom.run();
        MapViewport v = viewport();
        double lon = v.lon(x);
        double lat = v.lat(y);
        MapViewport after = v.withZoom(target);
        /* Keep (lat, lon) under the cursor: move the centre by the cursor's drift at the new zoom. */
        MapViewport shifted = after.panBy(after.x(lon) - x, after.y(lat) - y);
        applyView(shifted.centerLat(), shifted.centerLon(), target);
    }

    /**
     * Drops every tile Gluon holds and asks for them again, after the tile source changed (style, viewpoint,
     * online switch). Gluon has no API for this; its tile table is cleared by reflection, and if that fails the
     * new tiles appear as the user moves to places not yet seen.
     */
    public void reloadTiles() {
        try {
            Field f = BaseMap.class.getDeclaredField("tiles");
            f.setAccessible(true);
            for (Map<?, ?> m : (Map<?, ?>[]) f.get(baseMap)) {
                m.clear();
            }
            baseMap.getChildren().removeIf(n -> "MapTile".equals(n.getClass().getSimpleName()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            Logger.getLogger(MapNavigator.class.getName())
                    .log(Level.FINE, "cannot clear Gluon's tiles", e);
        }
        MapViewport v = viewport();
        applyView(v.centerLat(), v.centerLon(), v.zoom());
    }

    private void viewMoved() {
        alignToPixels();
        if (mapView.getWidth() > 0 && mapView.getScene() != null) {
            MapViewport v = viewport();
            keptLat = v.centerLat();
            keptLon = v.centerLon();
        }
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }

    /*
     * Gluon places the tiles at a fractional offset, and JavaFX's software pipeline draws an image off the pixel
     * grid about four times slower than on it (resampling instead of copying). Shifting the whole map by the
     * fraction (under half a pixel; events, layers and tiles move together) puts the tiles, and the overlay drawn on
     * the same grid, on whole pixels.
     */
    private void alignToPixels() {
        double tx = baseMap.getTranslateX();
        double ty = baseMap.getTranslateY();
        mapView.setTranslateX(Math.rint(tx) - tx);
        mapView.setTranslateY(Math.rint(ty) - ty);
    }

    private void stopFlight() {
        if (flight != null) {
            Timeline f = flight;
            flight = null;
            f.stop();
            /* Listeners skip the frames of a flight; tell them where it stopped. */
            viewMoved();
        }
    }

    private static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
