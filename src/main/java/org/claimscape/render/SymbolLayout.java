package org.claimscape.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Precision;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;

/**
 * Where each point symbol of a request goes on screen. Symbols closer together than {@link #CLUSTER_RADIUS}
 * form a group, across layers. A small group whose symbols would mostly cover each other (a few sites known
 * only by their island share its label point) is spread on a ring around the first one, with a leader line back
 * to the true position; a group of more than {@link #SPREAD_MAX} becomes one cluster badge with the count, as
 * web maps do (Leaflet.markercluster): clicking it lists every member, zooming in splits it. Used by both the
 * renderer and the picker, so a click hits what was drawn. Stateless.
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
     * @param cluster     the cluster badge the symbol is drawn in, or null when drawn on its own
     */
    record Placement(int layerIndex, Feature feature, MapStyle style, double anchorX, double anchorY, double x,
                     double y, boolean approximate, boolean first, Cluster cluster) {
        boolean displaced() {
            return cluster == null && (x != anchorX || y != anchorY);
        }

        /** The screen box that stands for this symbol: its own, or its cluster's badge. */
        Rectangle2D box() {
            return cluster != null ? cluster.box() : Painter.symbolBox(x, y, 1.0);
        }
    }

    /**
     * Several symbols drawn as one badge.
     *
     * @param x        badge centre
     * @param y        badge centre
     * @param members  the symbols in it, in drawing order
     * @param topLayer the highest layer index among the members: the badge is drawn with that layer
     */
    record Cluster(double x, double y, List<Placement> members, int topLayer) {
        static final double SCALE = 1.25;

        Rectangle2D box() {
            return Painter.symbolBox(x, y, SCALE);
        }
    }

    private SymbolLayout() {
    }

    /** Groups of up to this many symbols are spread out; larger ones become a cluster badge. */
    static final int SPREAD_MAX = 4;

    /** The symbols of every drawn layer, per layer index (empty lists for layers without points). */
    static List<List<Placement>> layout(RenderRequest request, StyleCatalog styles) {
        MapViewport vp = request.viewport();
        int level = SimplifiedLayer.level(vp.zoom());
        Groups groups = new Groups();
        List<List<Placement>> out = new ArrayList<>();
        List<List<Placement>> byGroup = new ArrayList<>();
        Map<double[], Integer> groupIndex = new IdentityHashMap<>();
        for (int li = 0; li < request.layers().size(); li++) {
            LayerView view = request.layers().get(li);
            out.add(new ArrayList<>());
            if (!view.drawnAt(vp.zoom())) {
                continue;
            }
            SimplifiedLayer prepared = SimplifiedLayer.of(view.layer());
            for (Feature f : MapRenderer.visibleFeatures(request, view, Painter.SYMBOL_DIAMETER * 2)) {
                if (!hasPoints(f.geometry())) {
                    /* Areas and lines have no symbol: do not simplify them here, one by one and uncancellable. */
                    continue;
                }
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
                    Integer gi = groupIndex.computeIfAbsent(group, g -> {
                        byGroup.add(new ArrayList<>());
                        return byGroup.size() - 1;
                    });
                    byGroup.get(gi).add(new Placement(li, f, style, ax, ay, ax, ay, approximate, i == 0, null));
                }
            }
        }
        for (List<Placement> members : byGroup) {
            for (Placement p : members.size() > SPREAD_MAX ? cluster(members) : spread(members)) {
                out.get(p.layerIndex()).add(p);
            }
        }
        return out;
    }

    private static boolean hasPoints(Geometry g) {
        if (g == null || g.getDimension() == 0) {
            return g != null;
        }
        if (g.getClass() == GeometryCollection.class) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (hasPoints(g.getGeometryN(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Symbols that sit almost on top of each other go on rings around the first; others stay where they are. */
    private static List<Placement> spread(List<Placement> members) {
        List<Placement> out = new ArrayList<>(members.size());
        Placement first = members.get(0);
        int k = 0;
        for (Placement p : members) {
            if (Math.hypot(p.anchorX() - first.anchorX(), p.anchorY() - first.anchorY()) >= OVERLAP_RADIUS) {
                out.add(p);
                continue;
            }
            double x = first.anchorX();
            double y = first.anchorY();
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
            k++;
            out.add(new Placement(p.layerIndex(), p.feature(), p.style(), p.anchorX(), p.anchorY(), x, y,
                    p.approximate(), p.first(), null));
        }
        return out;
    }

    /** One badge at the members' mean position. */
    private static List<Placement> cluster(List<Placement> members) {
        double sx = 0;
        double sy = 0;
        int top = 0;
        for (Placement p : members) {
            sx += p.anchorX();
            sy += p.anchorY();
            top = Math.max(top, p.layerIndex());
        }
        List<Placement> out = new ArrayList<>(members.size());
        Cluster c = new Cluster(sx / members.size(), sy / members.size(), Collections.unmodifiableList(out),
                top);
        for (Placement p : members) {
            out.add(new Placement(p.layerIndex(), p.feature(), p.style(), p.anchorX(), p.anchorY(), c.x(), c.y(),
                    p.approximate(), p.first(), c));
        }
        return List.copyOf(out);
    }

    /** Symbols closer than this to a group's first symbol join its group, pixels. */
    static final double CLUSTER_RADIUS = Painter.SYMBOL_DIAMETER * 1.2;

    /** Symbols closer than this would mostly cover each other, pixels. */
    private static final double OVERLAP_RADIUS = Painter.SYMBOL_DIAMETER * 0.45;

    /** Group centres in a hash grid: {x, y, count}. */
    private static final class Groups {
        private final Map<Long, List<double[]>> cells = new HashMap<>();

        double[] find(double x, double y) {
            long cx = (long) Math.floor(x / CLUSTER_RADIUS);
            long cy = (long) Math.floor(y / CLUSTER_RADIUS);
            for (long i = cx - 1; i <= cx + 1; i++) {
                for (long j = cy - 1; j <= cy + 1; j++) {
                    List<double[]> list = cells.get(key(i, j));
                    if (list != null) {
                        for (double[] g : list) {
                            if (Math.hypot(g[0] - x, g[1] - y) < CLUSTER_RADIUS) {
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
