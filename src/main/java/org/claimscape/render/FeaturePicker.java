package org.claimscape.render;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.locationtech.jts.geom.Envelope;

/**
 * Finds the features under a screen point exactly as {@link MapRenderer} draws them: a point feature by its
 * symbol's box, a line within the tolerance of its stroke, an area by containment or near its outline; hidden
 * layers and features outside the date are never hit. A click on a badge lists exactly the badge's members, so its
 * number is the length of the list; otherwise symbols come first, then the island clicked, then the rest in layer
 * order. Stateless and thread-safe.
 */
public final class FeaturePicker {

    /**
     * A feature under the point.
     *
     * @param layer   its layer
     * @param feature the feature
     */
    public record Hit(Layer layer, Feature feature) {
    }

    private final StyleCatalog styles;

    public FeaturePicker() {
        this(StyleCatalog.standard());
    }

    public FeaturePicker(StyleCatalog styles) {
        this.styles = styles;
    }

    /**
     * Every feature under the screen point (x, y) of the request's viewport, topmost first: top layer first,
     * and within a layer the feature drawn last first.
     *
     * @param tolerancePx how far from a symbol, line or outline still counts, pixels
     */
    public List<Hit> pick(RenderRequest request, double x, double y, double tolerancePx) {
        /*
         * Only symbols near the click can be under it, and symbol groups form from neighbours a few symbol
         * widths apart: laying out a window around the click gives the same placements there as the whole view,
         * at a fraction of the cost when many features are in view.
         */
        MapViewport full = request.viewport();
        /* Which layers are squares is decided on the whole view, as the drawing decides it. */
        List<List<PointDensity.Cell>> density = PointDensity.of(request);
        int half = (int) Math.ceil(LOCAL_WINDOW / 2.0 + tolerancePx);
        if (full.width() > 2 * half || full.height() > 2 * half) {
            MapViewport local = new MapViewport(full.lat(y), full.lon(x), full.zoom(), 2 * half, 2 * half);
            RenderRequest around = new RenderRequest(local, request.layers(), request.date(), request.viewpoint(),
                    request.selectedIds(), false);
            return pickIn(around, half, half, tolerancePx, density);
        }
        return pickIn(request, x, y, tolerancePx, density);
    }

    /**
     * The square of a dense point layer ({@link PointDensity}) under the screen point (x, y) of the request's
     * viewport, topmost layer first; null when there is none, or when a symbol of a layer drawn above the square's
     * is there (a click then picks that symbol). Symbols of the layers below are hidden by the square.
     */
    public PointDensity.Cell cellAt(RenderRequest request, double x, double y, double tolerancePx) {
        List<List<PointDensity.Cell>> density = PointDensity.of(request);
        List<PointDensity.Cell> cells = new ArrayList<>();
        density.stream().filter(c -> c != null).forEach(cells::addAll);
        PointDensity.Cell top = topCell(cells, x, y);
        if (top == null) {
            return null;
        }
        int below = layerIndex(request, top.layerId());
        for (Hit h : pick(request, x, y, tolerancePx)) {
            if (isPoint(h.feature()) && layerIndex(request, h.layer().id()) > below) {
                return null;
            }
        }
        return top;
    }

    /**
     * The square under the point (x, y) of a drawing, as {@link #cellAt(RenderRequest, double, double, double)}
     * but tested against the squares and symbols the drawing placed; (x, y) in the drawing's viewport pixels.
     */
    public PointDensity.Cell cellAt(DrawnSymbols drawn, double x, double y, double tolerancePx) {
        PointDensity.Cell top = topCell(drawn.cells(), x, y);
        if (top == null) {
            return null;
        }
        int below = layerIndex(drawn.request(), top.layerId());
        for (RenderOutcome.Symbol s : drawn.near(x, y, tolerancePx)) {
            if (near(s.box(), x, y, tolerancePx) && layerIndex(drawn.request(), s.layerId()) > below) {
                return null;
            }
        }
        return top;
    }

    /* Index of the layer in the request's drawing order (bottom first), -1 when absent. */
    private static int layerIndex(RenderRequest request, String layerId) {
        for (int li = request.layers().size() - 1; li >= 0; li--) {
            if (request.layers().get(li).layer().id().equals(layerId)) {
                return li;
            }
        }
        return -1;
    }

    private static PointDensity.Cell topCell(List<PointDensity.Cell> cells, double x, double y) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (cells.get(i).box().contains(x, y)) {
                return cells.get(i);
            }
        }
        return null;
    }

    /** Pixels around a click that are laid out to pick it: many cluster radii, so groups there form as drawn. */
    private static final double LOCAL_WINDOW = 480;

    /**
     * Every feature under the point (x, y) of a drawing, testing the point symbols against those the drawing
     * placed (see {@link DrawnSymbols}) rather than laying them out again; areas and lines as
     * {@link #pick(RenderRequest, double, double, double)} does. (x, y) are pixels of the drawn request's viewport.
     */
    public List<Hit> pick(DrawnSymbols drawn, double x, double y, double tolerancePx) {
        RenderRequest request = drawn.request();
        Set<String> dense = new HashSet<>();
        drawn.cells().forEach(c -> dense.add(c.layerId()));
        List<List<RenderOutcome.Symbol>> symbols = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int li = 0; li < request.layers().size(); li++) {
            index.putIfAbsent(request.layers().get(li).layer().id(), li);
            symbols.add(new ArrayList<>());
        }
        for (RenderOutcome.Symbol sym : drawn.near(x, y, tolerancePx)) {
            Integer li = index.get(sym.layerId());
            if (li != null) {
                symbols.get(li).add(sym);
            }
        }
        return pickIn(request, symbols, x, y, tolerancePx, dense);
    }

    private List<Hit> pickIn(RenderRequest request, double x, double y, double tolerancePx,
                             List<List<PointDensity.Cell>> density) {
        Set<String> dense = new HashSet<>();
        for (int li = 0; li < density.size(); li++) {
            if (density.get(li) != null) {
                dense.add(request.layers().get(li).layer().id());
            }
        }
        List<List<RenderOutcome.Symbol>> symbols = new ArrayList<>();
        List<List<SymbolLayout.Placement>> layout = SymbolLayout.layout(request, styles, density, List.of());
        for (int li = 0; li < layout.size(); li++) {
            String layerId = request.layers().get(li).layer().id();
            List<RenderOutcome.Symbol> placed = new ArrayList<>(layout.get(li).size());
            for (SymbolLayout.Placement p : layout.get(li)) {
                placed.add(new RenderOutcome.Symbol(layerId, p.feature(), p.box(), p.cluster() != null));
            }
            symbols.add(placed);
        }
        return pickIn(request, symbols, x, y, tolerancePx, dense);
    }

    /*
     * symbols: per layer of the request, its point symbols in drawing order; dense: ids of the layers whose points
     * were drawn as squares (none of those points is under the click on its own).
     */
    private List<Hit> pickIn(RenderRequest request, List<List<RenderOutcome.Symbol>> symbols, double x, double y,
                             double tolerancePx, Set<String> dense) {
        MapViewport vp = request.viewport();
        List<Hit> badge = badgeAt(request, symbols, x, y, tolerancePx);
        if (!badge.isEmpty()) {
            return badge;
        }
        int level = SimplifiedLayer.level(vp.zoom());
        AffineTransform toScreen = vp.unitToScreen();
        List<Hit> hits = new ArrayList<>();
        double margin = tolerancePx + 4;
        RenderRequest around = new RenderRequest(vp, request.layers(), request.date(), request.viewpoint(),
                request.selectedIds(), false);
        List<LayerView> layers = request.layers();
        for (int li = layers.size() - 1; li >= 0; li--) {
            LayerView view = layers.get(li);
            if (!view.drawnAt(vp.zoom())) {
                continue;
            }
            // Symbols are drawn after the layer's areas and lines, so they are on top.
            Set<Feature> hitHere = Collections.newSetFromMap(new IdentityHashMap<>());
            List<RenderOutcome.Symbol> placed = symbols.get(li);
            for (int i = placed.size() - 1; i >= 0; i--) {
                Feature f = placed.get(i).feature();
                if (near(placed.get(i).box(), x, y, tolerancePx) && hitHere.add(f)) {
                    hits.add(new Hit(view.layer(), f));
                }
            }
            boolean squares = dense.contains(view.layer().id());
            if (squares && PointGrid.of(view.layer()).allGridded()) {
                continue;
            }
            SimplifiedLayer prepared = SimplifiedLayer.of(view.layer());
            List<Feature> features = nearby(around, view, x, y, margin);
            for (int i = features.size() - 1; i >= 0; i--) {
                Feature f = features.get(i);
                if (squares && PointGrid.isGridded(f)) {
                    continue;
                }
                ProjectedShape shape = prepared.shape(f, level);
                if (shape.isEmpty() || hitHere.contains(f)) {
                    continue;
                }
                MapStyle style = styles.style(view.layer().id(), f, request.viewpoint(), request.date());
                if (hitsShape(shape, style, toScreen, x, y, tolerancePx)) {
                    hits.add(new Hit(view.layer(), f));
                }
            }
        }
        return symbolsThenIslands(hits);
    }

    /* The members of the badge under the point (the topmost one), in drawing order top first; empty for none. */
    private static List<Hit> badgeAt(RenderRequest request, List<List<RenderOutcome.Symbol>> symbols, double x,
                                     double y, double tolerancePx) {
        for (int li = symbols.size() - 1; li >= 0; li--) {
            List<RenderOutcome.Symbol> placed = symbols.get(li);
            for (int i = placed.size() - 1; i >= 0; i--) {
                Rectangle2D box = placed.get(i).box();
                if (!near(box, x, y, tolerancePx)) {
                    continue;
                }
                if (!placed.get(i).badge()) {
                    return List.of();
                }
                List<Hit> members = new ArrayList<>();
                for (int lj = symbols.size() - 1; lj >= 0; lj--) {
                    for (RenderOutcome.Symbol sym : symbols.get(lj)) {
                        if (sym.badge() && sym.box().equals(box)) {
                            members.add(new Hit(request.layers().get(lj).layer(), sym.feature()));
                        }
                    }
                }
                return members;
            }
        }
        return List.of();
    }

    /* Point features first (what the click was aimed at), then the islands, then the rest as they were. */
    private static List<Hit> symbolsThenIslands(List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits);
        out.sort(Comparator.comparingInt(h -> isPoint(h.feature()) ? 0
                : h.layer().id().equals(LayerIds.ISLANDS) ? 1 : 2));
        return out;
    }

    /* Whether (x, y) is on the symbol's box or within the tolerance of it. */
    private static boolean near(Rectangle2D box, double x, double y, double tolerancePx) {
        return new Rectangle2D.Double(box.getX() - tolerancePx, box.getY() - tolerancePx,
                box.getWidth() + 2 * tolerancePx, box.getHeight() + 2 * tolerancePx).contains(x, y);
    }

    private static boolean isPoint(Feature f) {
        return f.geometry() != null && f.geometry().getDimension() == 0;
    }

    private static List<Feature> nearby(RenderRequest request, LayerView view, double x, double y, double m) {
        MapViewport vp = request.viewport();
        Envelope env = new Envelope(vp.lon(x - m),
                vp.lon(x + m), vp.lat(y + m), vp.lat(y - m));
        SimplifiedLayer prepared = SimplifiedLayer.of(view.layer());
        List<Feature> out = new ArrayList<>();
        for (Feature f : view.layer().query(env)) {
            if (f.isValidAt(request.date())) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(prepared::indexOf));
        return out;
    }

    /*
     * Tested in the shape's own unit coordinates, the click brought there, rather than transforming the whole
     * (possibly large) shape to the screen on every click: the transform is a uniform scale and a shift.
     */
    private static boolean hitsShape(ProjectedShape shape, MapStyle style, AffineTransform toScreen, double x,
                                     double y, double tol) {
        double scale = toScreen.getScaleX();
        double ux = (x - toScreen.getTranslateX()) / scale;
        double uy = (y - toScreen.getTranslateY()) / scale;
        double reach = (tol + style.strokeWidth() / 2) / scale;
        if (shape.line != null && distance(shape.line, ux, uy, reach) <= reach) {
            return true;
        }
        if (shape.area != null) {
            return shape.area.contains(ux, uy) || distance(shape.area, ux, uy, reach) <= reach;
        }
        return false;
    }

    /** Distance from (x, y) to the nearest segment of the path; stops early once within {@code enough}. */
    private static double distance(Shape path, double x, double y, double enough) {
        Rectangle2D b = path.getBounds2D();
        if (x < b.getMinX() - enough || x > b.getMaxX() + enough || y < b.getMinY() - enough
                || y > b.getMaxY() + enough) {
            return Double.POSITIVE_INFINITY;
        }
        double best = Double.POSITIVE_INFINITY;
        double[] c = new double[6];
        double sx = 0;
        double sy = 0;
        double px = 0;
        double py = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                sx = px = c[0];
                sy = py = c[1];
                continue;
            }
            double nx = type == PathIterator.SEG_CLOSE ? sx : c[0];
            double ny = type == PathIterator.SEG_CLOSE ? sy : c[1];
            best = Math.min(best, Line2D.ptSegDist(px, py, nx, ny, x, y));
            if (best <= enough) {
                return best;
            }
            px = nx;
            py = ny;
        }
        return best;
    }
}
