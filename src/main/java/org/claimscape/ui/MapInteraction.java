package org.claimscape.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.claimscape.map.MapNavigator;
import org.claimscape.map.MapPane;
import org.claimscape.map.MeasureLayer;
import org.claimscape.model.Feature;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Precision;
import org.claimscape.render.IslandAnchors;
import org.claimscape.render.MapViewport;
import org.claimscape.render.PointDensity;
import org.claimscape.search.NameSearch;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * What the window's map does besides panning and zooming: picking the features under a click and naming them under
 * the pointer, going to a feature or a search result, the measure tool's labels and read-out in the status bar,
 * and the right-click menu. The window ({@link ExplorerView}) lays the map out and hands these to it. FX thread
 * only.
 */
final class MapInteraction {

    private final MapPane mapPane;
    private final StatusBarView statusBar;
    /** The window's model; null until the panels are built. */
    private final Supplier<ExplorerModel> model;
    private final PauseTransition hoverDebounce = new PauseTransition(Duration.millis(40));
    private Point2D hoverPoint;
    private MapContextMenu contextMenu;

    MapInteraction(MapPane mapPane, StatusBarView statusBar, Supplier<ExplorerModel> model) {
        this.mapPane = mapPane;
        this.statusBar = statusBar;
        this.model = model;
    }

    private ExplorerModel model() {
        return model.get();
    }

    /** Picking, hovering and the measure tool. */
    void wire() {
        mapPane.setOnPick(this::pickAt);
        mapPane.setOnHover((p, v) -> {
            hoverPoint = p;
            hoverDebounce.playFromStart();
        });
        hoverDebounce.setOnFinished(e -> hover());
        mapPane.setOnMeasurePoint(c -> showMeasurement());
        mapPane.setMeasureCloseCheck(this::mayCloseMeasure);
        mapPane.measure().setLabeller(new MeasureLayer.Labeller() {
            @Override
            public String segment(Coordinate from, Coordinate to) {
                return Measurement.segmentText(from, to);
            }

            @Override
            public String total(List<Coordinate> points, boolean closed) {
                return new Measurement(points, closed).totalText();
            }
        });
        mapPane.measure().points().addListener((InvalidationListener) o -> showMeasurement());
        mapPane.modeProperty().addListener(o -> showMeasurement());
    }

    /**
     * The right-click menu: a right-click opens it where it happened (on release, as a drag with the right button
     * may pan); the keyboard's menu key opens it at the centre. "Measure from here" switches on the measure toggle.
     */
    void attachContextMenu(ToggleButton measureButton) {
        contextMenu = new MapContextMenu(contextActions(measureButton));
        mapPane.mapView().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && e.isStillSincePress()) {
                openContextMenu(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
            }
        });
        mapPane.mapView().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                Point2D c = mapPane.mapView().localToScreen(mapPane.mapView().getWidth() / 2,
                        mapPane.mapView().getHeight() / 2);
                openContextMenu(mapPane.mapView().getWidth() / 2, mapPane.mapView().getHeight() / 2, c.getX(),
                        c.getY());
            }
            e.consume();
        });
    }

    ContextMenu contextMenu() {
        return contextMenu.menu();
    }

    /** The measure tool's current result. */
    Measurement measurement() {
        return new Measurement(mapPane.measure().points(), mapPane.measure().isClosed());
    }

    /** Centres a point feature at street-level zoom, or fits a line or area into the view. */
    void zoomToFeature(ExplorerModel.Pick p, Bounds overOnScreen) {
        Feature f = p.feature();
        if (f.geometry() == null || f.geometry().isEmpty()) {
            return;
        }
        MapNavigator nav = mapPane.navigator();
        Insets hidden = MapNavigator.covered(mapPane.localToScreen(mapPane.getBoundsInLocal()), overOnScreen);
        if (f.precision().orElse(null) == Precision.ISLAND) {
            /* Known only by its island: the map shows the island, never the stored point as if it were a site. */
            LayerState islands = model() == null ? null : model().layer(LayerIds.ISLANDS);
            Envelope island = islands == null ? null : IslandAnchors.land(islands.layer(), f.string("island"));
            if (island != null) {
                nav.fit(island, hidden, 60, 11, true);
            } else if (f.geometry() instanceof Point pt) {
                nav.flyTo(pt.getY(), pt.getX(), Math.min(Math.max(nav.zoom(), 7), 8), hidden, true);
            }
        } else if (f.geometry() instanceof Point pt) {
            nav.flyTo(pt.getY(), pt.getX(), Math.max(nav.zoom(), 11), hidden, true);
        } else {
            nav.fit(f.geometry().getEnvelopeInternal(), hidden, 60, 13, true);
        }
    }

    /** Selects a search result: shows its layer, lists and selects it, and flies the map there. */
    void choose(NameSearch.Hit hit) {
        ExplorerModel m = model();
        if (m == null) {
            return;
        }
        LayerState s = m.layer(hit.layerId());
        if (s != null && !s.isVisible()) {
            s.visibleProperty().set(true);
        }
        ExplorerModel.Pick p = new ExplorerModel.Pick(hit.layerId(), s == null ? hit.layerId() : s.title(),
                hit.feature());
        m.picked().setAll(p);
        m.selectedProperty().set(p);
        zoomToFeature(p, null);
    }

    /** Lists and selects the features under a screen point of the map. */
    void pickAt(Point2D p, MapViewport v) {
        ExplorerModel m = model();
        if (m == null) {
            return;
        }
        PointDensity.Cell cell = MapPicking.cellAt(m, mapPane.overlay(), v, p.getX(), p.getY());
        if (cell != null) {
            statusBar.status(MapPicking.zoomInto(mapPane.navigator(), cell));
            return;
        }
        List<ExplorerModel.Pick> picks = MapPicking.pick(m, mapPane.overlay(), v, p.getX(), p.getY());
        m.picked().setAll(picks);
        m.selectedProperty().set(picks.isEmpty() ? null : picks.get(0));
    }

    private void hover() {
        ExplorerModel m = model();
        Point2D p = hoverPoint;
        if (m == null || p == null || mapPane.modeProperty().get() == MapPane.Mode.MEASURE) {
            mapPane.hoverTextProperty().set(null);
            return;
        }
        PointDensity.Cell cell = MapPicking.cellAt(m, mapPane.overlay(), mapPane.navigator().viewport(), p.getX(),
                p.getY());
        if (cell != null) {
            mapPane.hoverTextProperty().set(MapPicking.cellText(cell));
            return;
        }
        List<ExplorerModel.Pick> picks = MapPicking.pick(m, mapPane.overlay(), mapPane.navigator().viewport(),
                p.getX(), p.getY());
        mapPane.hoverTextProperty().set(MapPicking.hoverText(picks, m.viewpointProperty().get(),
                m.dateProperty().get()));
    }

    /** The measure tool's read-out in the status bar; empty when the tool is off. */
    void showMeasurement() {
        if (mapPane.modeProperty().get() != MapPane.Mode.MEASURE) {
            statusBar.measure("");
            return;
        }
        Measurement m = measurement();
        statusBar.measure(m.points().isEmpty() ? UiText.get("measure.start") : m.describe());
    }

    /* A self-crossing outline encloses no one area: the shape stays open and the status bar says why. */
    private boolean mayCloseMeasure(List<Coordinate> points) {
        if (Measurement.crossesItself(points)) {
            statusBar.measure(UiText.get("measure.crossing"));
            statusBar.status(UiText.get("measure.crossing"));
            return false;
        }
        return true;
    }

    private void openContextMenu(double x, double y, double screenX, double screenY) {
        MapViewport v = mapPane.navigator().viewport();
        contextMenu.show(mapPane.mapView(), new Point2D(x, y), v.lat(y), v.lon(x), screenX, screenY);
    }

    private MapContextMenu.Actions contextActions(ToggleButton measureButton) {
        return new MapContextMenu.Actions() {
            @Override
            public void whatIsHere(Point2D p) {
                MapViewport v = mapPane.navigator().viewport();
                pickAt(p, v);
                ExplorerModel m = model();
                if (m != null && m.picked().isEmpty()) {
                    statusBar.status(UiText.get("context.nothing-here",
                            CoordinateFormat.degreesMinutes(v.lat(p.getY()), v.lon(p.getX()))));
                }
            }

            @Override
            public void measureFrom(double lat, double lon) {
                measureButton.setSelected(true);
                mapPane.measure().clear();
                mapPane.addMeasurePoint(new Coordinate(lon, lat));
                mapPane.mapView().requestFocus();
            }

            @Override
            public void zoomHere(double lat, double lon) {
                MapNavigator nav = mapPane.navigator();
                nav.flyTo(lat, lon, Math.min(MapNavigator.MAX_ZOOM, nav.zoom() + 2));
            }

            @Override
            public void status(String message) {
                statusBar.status(message);
            }
        };
    }
}
