package org.claimscape.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Precision;

/**
 * Where each point symbol of a request goes on screen. Symbols that would mostly cover each other (several
 * sites known only by their island share its label point) are spread on rings around the first one, so each
 * stays visible and clickable; the renderer draws a leader line back to the true position. Used by both the renderer and the
 * picker, so a click hits what was drawn. Stateless.
 */
final class SymbolLayout {

    /**
     * One symbol.
     *
     * @param layerIndex  index of its layer in the request
     * @param feature     the feature
     * @param style       its style
     * @param anchorX     true screen position
     * @param anchorY     true screen position
     * @param x           where the symbol is drawn
     * @param y           where the symbol is drawn
     * @param approximate location not exact
     * @param first       first point of the feature (the one that gets the label)
     */
    record Placement(int layerIndex, Feature feature, MapStyle style, double anchorX, double anchorY, double x,
                     double y, boolean approximate, boolean first) {
        boolean displaced() {
            return x != anchorX || y != anchorY;
        }
    }

    private SymbolLayout() {
    }

    /** The symbols of every drawn layer, per layer index (empty lists for layers without points). */
    static List<List<Placement>> layout(RenderRequest request, StyleCatalog styles) {
        MapViewport vp = request.viewport();
        int level = SimplifiedLayer.level(vp.zoom());
        Groups groups = new Groups();
        List<List<Placement>> out = new ArrayList<>();
        for (int li = 0; li < request.layers().size(); li++) {
            LayerView view = request.layers().get(li);
            List<Placement> placements = new ArrayList<>();
            out.add(placements);
            if (!view.drawnAt(vp.zoom())) {
                continue;
            }
            SimplifiedLayer prepared = SimplifiedLayer.of(view.layer());
            for (Feature f : MapRenderer.visibleFeatures(request, view, Painter.SYMBOL_DIAMETER * 2)) {
                ProjectedShape shape = prepared.shape(f, level);
                if (shape.points.length == 0) {
                    continue;
                }
                MapStyle style = styles.style(view.layer().id(), f, request.viewpoint(), request.date());
                boolean approximate = f.precision().map(p -> p != Precision.EXACT).orElse(false);
                for (int i = 0; i < shape.points.length; i += 2) {
                    double ax = vp.xOfUnit(shape.points[i]);
                    double ay = vp.yOfUnit(shape.points[i + 1]);
                    double[] group = groups.find(ax, ay);
                    int k = (int) group[2]++;
                    double x = group[0];
                    double y = group[1];
                    if (k > 0) {
                        // Rings of 6, 12, 18 ... positions, one symbol apart.
                        int ring = 1;
                        int index = k - 1;
                        while (index >= 6 * ring) {
                            index -= 6 * ring;
                            ring++;
                        }
                        double angle = -Math.PI / 2 + 2 * Math.PI * index / (6 * ring);
                        double r = ring * Painter.SYMBOL_DIAMETER * 0.95;
                        x += r * Math.cos(angle);
                        y += r * Math.sin(angle);
                    }
                    placements.add(new Placement(li, f, style, ax, ay, x, y, approximate, i == 0));
                }
            }
        }
        return out;
    }

    /** Symbols closer than this to a group's first symbol join the group, pixels. */
    private static final double GROUP_RADIUS = Painter.SYMBOL_DIAMETER * 0.45;

    /** Group centres in a hash grid: {x, y, count}. */
    private static final class Groups {
        private final Map<Long, List<double[]>> cells = new HashMap<>();

        double[] find(double x, double y) {
            long cx = (long) Math.floor(x / GROUP_RADIUS);
            long cy = (long) Math.floor(y / GROUP_RADIUS);
            for (long i = cx - 1; i <= cx + 1; i++) {
                for (long j = cy - 1; j <= cy + 1; j++) {
                    List<double[]> list = cells.get(key(i, j));
                    if (list != null) {
                        for (double[] g : list) {
                            if (Math.hypot(g[0] - x, g[1] - y) < GROUP_RADIUS) {
                                return g;
                            }
                        }
                    }
                }
            }
            double[] g = {x, y, 0};
            cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(g);
            return g;
        }

        private static long key(long i, long j) {
            return (i << 32) ^ (j & 0xffffffffL);
        }
    }
}
