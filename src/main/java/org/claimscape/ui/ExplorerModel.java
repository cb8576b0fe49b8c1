package org.claimscape.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimscape.map.BasemapTiles;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.claimscape.search.NameSearch;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The explorer's state, independent of any control: the layers in panel order (top first) with visibility and
 * opacity, the viewpoint, the selected feature and the features listed in the info panel. Builds the render
 * requests for the overlay and the basemap tiles, picks features under a screen point and searches names.
 *
 * <p>FX thread only (the requests it builds are immutable snapshots that may go to other threads).
 */
public final class ExplorerModel {

    /** A feature with the id of the layer it comes from. Immutable. */
    public record Pick(String layerId, String layerTitle, Feature feature) {
    }

    private final MapData data;
    private final ObservableList<LayerState> layers = FXCollections.observableArrayList();
    private final ObjectProperty<Viewpoint> viewpoint = new SimpleObjectProperty<>(this, "viewpoint",
            Viewpoint.NEUTRAL);
    private final ObjectProperty<Pick> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Pick> picked = FXCollections.observableArrayList();
    private final NameSearch search;

    public ExplorerModel(MapData data) {
        this.data = data;
        for (LayerCatalog.Entry e : data.catalog().entries()) {
            layers.add(new LayerState(e, data.layers().get(e.id()), e.visible()));
        }
        Map<String, Layer> searchable = new LinkedHashMap<>();
        for (String id : List.of("islands", "places", "military", "projects", "events", "claims", "land")) {
            if (data.layers().containsKey(id)) {
                searchable.put(id, data.layers().get(id));
            }
        }
        for (LayerState s : layers) {
            if (s.layer() != null && !s.isBasemap()) {
                searchable.putIfAbsent(s.id(), s.layer());
            }
        }
        search = new NameSearch(searchable);
    }

    public MapData data() {
        return data;
    }

    /** Layers in panel order, top (drawn last) first. */
    public ObservableList<LayerState> layers() {
        return layers;
    }

    public LayerState layer(String id) {
        for (LayerState s : layers) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    public ObjectProperty<Viewpoint> viewpointProperty() {
        return viewpoint;
    }

    public ObjectProperty<Pick> selectedProperty() {
        return selected;
    }

    /** Features listed in the info panel (those under the last click, or the last search choice). */
    public ObservableList<Pick> picked() {
        return picked;
    }

    public NameSearch search() {
        return search;
    }

    /** Moves a layer to a new panel index (0 = top); stays within its group. */
    public void move(LayerState layer, int toIndex) {
        int from = layers.indexOf(layer);
        if (from < 0) {
            return;
        }
        layers.remove(from);
        layers.add(Math.max(0, Math.min(layers.size(), toIndex)), layer);
    }

    /** Applies a saved panel order (unknown ids ignored, missing ones keep their relative place at the end). */
    public void applyOrder(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        List<LayerState> ordered = new ArrayList<>();
        for (String id : ids) {
            LayerState s = layer(id);
            if (s != null && !ordered.contains(s)) {
                ordered.add(s);
            }
        }
        for (LayerState s : layers) {
            if (!ordered.contains(s)) {
                ordered.add(s);
            }
        }
        layers.setAll(ordered);
    }

    /** The overlay's request: the visible thematic layers, bottom to top. */
    public RenderRequest overlayRequest(MapViewport viewport) {
        List<LayerView> views = new ArrayList<>();
        for (LayerState s : layers) {
            if (!s.isBasemap() && s.layer() != null) {
                views.add(s.view(viewport.zoom()));
            }
        }
        Collections.reverse(views);
        Pick sel = selected.get();
        Set<String> ids = sel == null || sel.feature().id() == null ? Set.of() : Set.of(sel.feature().id());
        return new RenderRequest(viewport, views, null, viewpoint.get(), ids, true);
    }

    /** The basemap layers, bottom to top, for the tile source. */
    public List<BasemapTiles.BasemapLayer> basemapLayers() {
        List<BasemapTiles.BasemapLayer> out = new ArrayList<>();
        for (LayerState s : layers) {
            if (s.isBasemap() && s.layer() != null) {
                out.add(new BasemapTiles.BasemapLayer(
                        new LayerView(s.layer(), s.group(), s.isVisible(), Math.max(0, Math.min(1,
                                s.opacityProperty().get()))),
                        s.entry().minZoom(), s.entry().maxZoom()));
            }
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * The features drawn under screen point (x, y) in the view, topmost layer first; points and lines within
     * {@code tolerancePx} pixels, polygons containing the point. Basemap layers are not picked.
     */
    public List<Pick> pick(MapViewport v, double x, double y, double tolerancePx) {
        List<Pick> points = new ArrayList<>();
        List<Pick> others = new ArrayList<>();
        double lon = v.lon(x);
        double lat = v.lat(y);
        double tolDeg = tolerancePx * v.degreesPerPixel();
        Envelope probe = new Envelope(lon - tolDeg, lon + tolDeg, lat - tolDeg, lat + tolDeg);
        GeometryFactory gf = new GeometryFactory();
        Point here = gf.createPoint(new Coordinate(lon, lat));
        for (LayerState s : layers) {
            if (s.isBasemap() || !s.drawnAt(v.zoom())) {
                continue;
            }
            for (Feature f : s.layer().query(probe)) {
                Geometry g = f.geometry();
                if (g == null) {
                    continue;
                }
                boolean hit;
                if (g instanceof Polygonal) {
                    hit = PreparedGeometryFactory.prepare(g).covers(here) || screenDistance(v, g, x, y) <= 2;
                } else {
                    hit = screenDistance(v, g, x, y) <= tolerancePx;
                }
                if (hit) {
                    Pick p = new Pick(s.id(), s.title(), f);
                    (g.getDimension() == 0 ? points : others).add(p);
                }
            }
        }
        List<Pick> out = new ArrayList<>(points);
        out.addAll(others);
        return out;
    }

    /* Distance in screen pixels from (x, y) to the geometry, measured on its screen projection near the point. */
    private static double screenDistance(MapViewport v, Geometry g, double x, double y) {
        double best = Double.MAX_VALUE;
        Coordinate[] cs = g.getCoordinates();
        if (g.getDimension() == 0) {
            for (Coordinate c : cs) {
                best = Math.min(best, Math.hypot(v.x(c.x) - x, v.y(c.y) - y));
            }
            return best;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof org.locationtech.jts.geom.Polygon) {
                org.locationtech.jts.geom.Polygon poly = (org.locationtech.jts.geom.Polygon) part;
                best = Math.min(best, ringDistance(v, poly.getExteriorRing().getCoordinates(), x, y));
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    best = Math.min(best, ringDistance(v, poly.getInteriorRingN(h).getCoordinates(), x, y));
                }
            } else {
                best = Math.min(best, ringDistance(v, part.getCoordinates(), x, y));
            }
        }
        return best;
    }

    private static double ringDistance(MapViewport v, Coordinate[] cs, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < cs.length; i++) {
            double x1 = v.x(cs[i - 1].x), y1 = v.y(cs[i - 1].y), x2 = v.x(cs[i].x), y2 = v.y(cs[i].y);
            double dx = x2 - x1, dy = y2 - y1;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
            best = Math.min(best, Math.hypot(x1 + t * dx - x, y1 + t * dy - y));
        }
        return best;
    }
}
