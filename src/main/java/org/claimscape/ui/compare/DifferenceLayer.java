package org.claimscape.ui.compare;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.claimscape.map.MapNavigator;
import org.claimscape.render.ComparisonColours;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.text.UiText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws the difference between two claims on the map: land in A only, in B only and in both, and the sea that
 * changes hands, each in its {@link Part} colour, on a canvas redrawn when the view moves. The shapes are small
 * (the four islands' land and a few zone polygons), so a canvas redraw costs a few milliseconds. FX thread only.
 */
public final class DifferenceLayer extends MapLayer {

    /** A coloured part of the difference, in the comparison's colours ({@link ComparisonColours}), as on paper. */
    public enum Part {
        SEA_TO_JAPAN(ComparisonColours.SEA_TO_JAPAN, ComparisonColours.SEA_ALPHA, "compare.part.sea-to-japan"),
        SEA_TO_RUSSIA(ComparisonColours.SEA_TO_RUSSIA, ComparisonColours.SEA_ALPHA, "compare.part.sea-to-russia"),
        A_ONLY(ComparisonColours.A_ONLY, ComparisonColours.LAND_ALPHA, "compare.part.a-only"),
        B_ONLY(ComparisonColours.B_ONLY, ComparisonColours.LAND_ALPHA, "compare.part.b-only"),
        BOTH(ComparisonColours.BOTH, ComparisonColours.LAND_ALPHA, "compare.part.both");

        private final Color color;
        private final double alpha;
        private final String key;

        Part(java.awt.Color color, double alpha, String key) {
            this.color = Color.rgb(color.getRed(), color.getGreen(), color.getBlue());
            this.alpha = alpha;
            this.key = key;
        }

        public Color color() {
            return color;
        }

        public Color fill() {
            return color.deriveColor(0, 1, 1, alpha);
        }

        /** The part's name in the interface language. */
        public String label() {
            return UiText.get(key);
        }

        /** The {@link UiText} key of its name. */
        public String key() {
            return key;
        }
    }

    private final MapNavigator navigator;
    private final Canvas canvas = new Canvas();
    private final EnumMap<Part, Geometry> shapes = new EnumMap<>(Part.class);
    private MapViewport drawn;

    public DifferenceLayer(MapNavigator navigator) {
        this.navigator = navigator;
        setMouseTransparent(true);
        getChildren().add(canvas);
        navigator.addViewListener(this::redraw);
    }

    /** Sets (or, with null, removes) the shape of a part, lon/lat. */
    public void set(Part part, Geometry lonLat) {
        if (lonLat == null || lonLat.isEmpty()) {
            shapes.remove(part);
        } else {
            shapes.put(part, lonLat);
        }
        drawn = null;
        redraw();
    }

    public void clear() {
        shapes.clear();
        drawn = null;
        redraw();
    }

    /** The parts with a shape, in drawing order. */
    public List<Part> parts() {
        return new ArrayList<>(shapes.keySet());
    }

    @Override
    protected void layoutLayer() {
        redraw();
    }

    private void redraw() {
        MapViewport v = navigator.viewport();
        if (same(v, drawn)) {
            return;
        }
        drawn = v;
        canvas.setWidth(v.width());
        canvas.setHeight(v.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        g.setFillRule(FillRule.EVEN_ODD);
        for (var e : shapes.entrySet()) {
            Part part = e.getKey();
            g.setFill(part.fill());
            g.setStroke(part.color().darker());
            g.setLineWidth(part == Part.SEA_TO_JAPAN || part == Part.SEA_TO_RUSSIA ? 1.2 : 0.8);
            Geometry geom = e.getValue();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry p = geom.getGeometryN(i);
                if (p instanceof Polygon polygon && p.getEnvelopeInternal().intersects(v.bounds())) {
                    path(g, polygon, v);
                    g.fill();
                    g.stroke();
                }
            }
        }
    }

    private static boolean same(MapViewport a, MapViewport b) {
        return b != null && a.width() == b.width() && a.height() == b.height() && a.zoom() == b.zoom()
                && a.centerLat() == b.centerLat() && a.centerLon() == b.centerLon();
    }

    private static void path(GraphicsContext g, Polygon p, MapViewport v) {
        g.beginPath();
        ring(g, p.getExteriorRing().getCoordinates(), v);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(g, p.getInteriorRingN(i).getCoordinates(), v);
        }
    }

    private static void ring(GraphicsContext g, Coordinate[] cs, MapViewport v) {
        for (int i = 0; i < cs.length; i++) {
            double x = v.x(cs[i].x);
            double y = v.y(cs[i].y);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.closePath();
    }
}
