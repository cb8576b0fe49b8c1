package org.claimscape.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Precision;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;

/**
 * Where each point symbol of a request goes on screen. A symbol is drawn at its feature's position and never
 * moved. Symbols closer together than {@link #CLUSTER_RADIUS} form a group, across layers; a group of more than
 * {@link #SPREAD_MAX}, and symbols that would cover each other (the same coordinates), become one cluster badge
 * with the count, as web maps do (Leaflet.markercluster): clicking it lists every member, zooming in splits it.
 *
 * <p>Features known only by their island ({@code precision: island}) have no position to draw: they are listed
 * on one badge per island, at the island ({@link IslandAnchors}), that says the location is not published. Used
 * by both the renderer and the picker, so a click hits what was drawn.
 *
 * <p>On paper ({@link RenderRequest#paper()}) nothing can be clicked or zoomed, so there are no cluster badges:
 * every point is plotted at its place and {@link Callouts} numbers the crowded ones. Stateless.
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
     * @param island   for a list of features known only by their island, the island's name; else null
     * @param text     what an island list's badge says
     */
    record Cluster(double x, double y, List<Placement> members, int topLayer, String island, String text) {
        /** Whether the members stand at more than one place (the badge is at their mean position). */
        boolean isCrowd() {
            Placement first = members.get(0);
            return members.stream().anyMatch(m -> m.anchorX() != first.anchorX() || m.anchorY() != first.anchorY());
        }

        static final double SCALE = 1.25;

        boolean isIslandList() {
            return island != null;
        }

        Rectangle2D box() {
            return isIslandList() ? Painter.islandListBox(x, y, text) : Painter.symbolBox(x, y, SCALE);
        }

        /* The members point back at the cluster: the record's own toString would never end. */
        @Override
        public String toString() {
            return "Cluster[" + x + ", " + y + ", " + members.size() + " members" + (island == null ? "" : ", "
                    + island) + "]";
        }
    }

    private SymbolLayout() {
    }

    /** From this zoom an island's list says in words that the locations are not published. */
    static final double ISLAND_LIST_WORDS_FROM = 8;

    /** From this zoom an island's tag may leave the island's row to stand clear of its symbols. */
    static final double ISLAND_TAG_ROWS_FROM = 5;

    /**
     * From this zoom (one island fills the window) groups split fully: only symbols at the same place share a
     * badge.
     */
    static final double SPLIT_FROM = 9;

    /** Groups of up to this many symbols are drawn each at its place; larger ones become a cluster badge. */
    static final int SPREAD_MAX = 4;

    /** The symbols of every drawn layer, per layer index (empty lists for layers without points). */
    static List<List<Placement>> layout(RenderRequest request, StyleCatalog styles) {
        return layout(request, styles, PointDensity.of(request), List.of());
    }

    /**
     * The symbols of every drawn layer, leaving out the points of the layers drawn as squares ({@code density}:
     * per layer index, the squares or null, decided for the whole drawing), with boxes (screen units) that the
     * page's furniture covers: an island's tag, which names no position, stands clear of them as it does of symbols.
     */
    static List<List<Placement>> layout(RenderRequest request, StyleCatalog styles,
                                        List<List<PointDensity.Cell>> density, List<Rectangle2D> keepClear) {
        MapViewport vp = request.viewport();
        int level = SimplifiedLayer.level(vp.zoom());
        Groups groups = new Groups();
        List<List<Placement>> out = new ArrayList<>();
        List<List<Placement>> byGroup = new ArrayList<>();
        Map<double[], Integer> groupIndex = new IdentityHashMap<>();
        Map<String, List<Placement>> byIsland = new LinkedHashMap<>();
        for (int li = 0; li < request.layers().size(); li++) {
            LayerView view = request.layers().get(li);
            out.add(new ArrayList<>());
            if (!view.drawnAt(vp.zoom())) {
                continue;
            }
            boolean dense = density.get(li) != null;
            if (dense && PointGrid.of(view.layer()).allGridded()) {
                continue;
            }
            SimplifiedLayer prepared = SimplifiedLayer.of(view.layer());
            for (Feature f : MapRenderer.visibleFeatures(request, view, Painter.SYMBOL_DIAMETER * 2)) {
                if (!hasPoints(f.geometry()) || dense && PointGrid.isGridded(f)) {
                    /* Areas and lines have no symbol: do not simplify them here, one by one and uncancellable. */
                    continue;
                }
                if (ReferenceLabels.isLabelOnly(f)) {
                    /* A label placement (a sea's name) is not a site: no symbol, no island badge. */
                    continue;
                }
                ProjectedShape shape = prepared.shape(f, level);
                if (shape.points.length == 0) {
                    continue;
                }
                MapStyle style = styles.style(view.layer().id(), f, request.viewpoint(), request.date());
                boolean approximate = f.precision().map(p -> p != Precision.EXACT).orElse(false);
                String island = f.precision().orElse(null) == Precision.ISLAND ? f.string("island") : null;
                if (island != null) {
                    double ax = vp.xOfUnit(shape.points[0]);
                    double ay = vp.yOfUnit(shape.points[1]);
                    byIsland.computeIfAbsent(island, k -> new ArrayList<>())
                            .add(new Placement(li, f, style, ax, ay, ax, ay, true, true, null));
                    continue;
                }
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
        boolean split = vp.zoom() >= SPLIT_FROM;
        List<List<Placement>> made = new ArrayList<>(byGroup.size());
        for (List<Placement> members : byGroup) {
            made.add(request.paper() ? members
                    : members.size() > SPREAD_MAX && !split ? cluster(members, null, null) : separate(members));
        }
        /* Zoomed in far enough to split badges, symbols stand at their own coordinates and nothing is merged. */
        for (List<Placement> placed : request.paper() || split ? made : mergeOverlappingBadges(made)) {
            for (Placement p : placed) {
                out.get(p.layerIndex()).add(p);
            }
        }
        IslandAnchors anchors = byIsland.isEmpty() ? null : IslandAnchors.of(request);
        List<Rectangle2D> taken = new ArrayList<>(keepClear);
        out.forEach(placed -> placed.forEach(p -> taken.add(p.box())));
        byIsland.forEach((island, members) -> {
            double[] at = anchors.anchor(island);
            String text = members.size() + (vp.zoom() >= ISLAND_LIST_WORDS_FROM
                    ? " · " + RenderText.get(request.viewpoint(), "symbols.notPublished") : "");
            Double x = null;
            Double y = null;
            if (at != null) {
                double[] clear = clearOf(taken, vp.xOfUnit(at[0]), vp.yOfUnit(at[1]), text,
                        vp.zoom() >= ISLAND_TAG_ROWS_FROM, vp.width(), vp.height());
                x = clear[0];
                y = clear[1];
            }
            for (Placement p : islandList(island, text, members, x, y)) {
                out.get(p.layerIndex()).add(p);
            }
            if (x != null) {
                taken.add(Painter.islandListBox(x, y, text));
            }
        });
        return out;
    }

    /*
     * A tag whose island's point is in view, or so near it that the tag would reach in, is kept wholly inside the
     * frame (an island at the edge would otherwise have its tag cut); one whose island is further out stays out.
     */
    private static double insideFrame(double c, double size, double half) {
        if (c < -half - 2 || c > size + half + 2) {
            return c;
        }
        return Math.max(half + 2, Math.min(size - half - 2, c));
    }

    /*
     * The island's tag names no position: when a symbol drawn at the island's point would hide it (or it them), it
     * moves beside the point until clear, first along the island's row (its name is placed above or below the same
     * point), then a row up or down; where nothing nearby is clear, to where it covers least. At small scales
     * (not far) it keeps to the island's row: a row there spans a sea, and the tag would stand on the sea's name.
     */
    private static double[] clearOf(List<Rectangle2D> taken, double x, double y, String text, boolean far,
                                    double width, double height) {
        double halfW = Painter.islandListBox(0, 0, text).getWidth() / 2;
        double halfH = Painter.ISLAND_LIST_HEIGHT / 2;
        double step = Painter.islandListBox(x, y, text).getWidth() / 2 + Painter.SYMBOL_DIAMETER * 0.7;
        double row = Painter.ISLAND_LIST_HEIGHT + Painter.SYMBOL_DIAMETER * 0.6;
        double[][] tries = !far ? new double[][] {{0, 0}, {step, 0}, {-step, 0}}
            : new double[][] {{0, 0}, {step, 0}, {-step, 0}, {step, row}, {-step, row}, {step, -row}, {-step, -row},
                {2 * step, 0}, {-2 * step, 0}};
        double[] best = {insideFrame(x, width, halfW), insideFrame(y, height, halfH)};
        double least = Double.MAX_VALUE;
        for (double[] d : tries) {
            double tx = insideFrame(x + d[0], width, halfW);
            double ty = insideFrame(y + d[1], height, halfH);
            Rectangle2D box = Painter.islandListBox(tx, ty, text);
            double covered = 0;
            for (Rectangle2D t : taken) {
                if (box.intersects(t)) {
                    Rectangle2D both = box.createIntersection(t);
                    covered += both.getWidth() * both.getHeight();
                }
            }
            if (covered == 0) {
                return new double[] {tx, ty};
            }
            if (covered < least) {
                least = covered;
                best = new double[] {tx, ty};
            }
        }
        return best;
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

    /** Symbols at the same place share one badge there; the others stay where they are. */
    private static List<Placement> separate(List<Placement> members) {
        List<Placement> out = new ArrayList<>(members.size());
        List<Placement> rest = new ArrayList<>(members);
        while (!rest.isEmpty()) {
            Placement first = rest.remove(0);
            List<Placement> covering = new ArrayList<>(List.of(first));
            rest.removeIf(p -> Math.hypot(p.anchorX() - first.anchorX(), p.anchorY() - first.anchorY())
                    < SAME_PLACE && covering.add(p));
            out.addAll(covering.size() == 1 ? covering : cluster(covering, null, null));
        }
        return out;
    }

    /* One badge per island for its features that have no position, at the island (or, without it, their mean). */
    private static List<Placement> islandList(String island, String text, List<Placement> members, Double x,
                                              Double y) {
        List<Placement> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingInt(Placement::layerIndex).reversed());
        List<Placement> placed = cluster(sorted, island, text);
        if (x == null) {
            return placed;
        }
        Cluster c = placed.get(0).cluster();
        List<Placement> out = new ArrayList<>(placed.size());
        Cluster at = new Cluster(x, y, Collections.unmodifiableList(out), c.topLayer(), island, text);
        for (Placement p : placed) {
            out.add(new Placement(p.layerIndex(), p.feature(), p.style(), p.anchorX(), p.anchorY(), x, y, true,
                    p.first(), at));
        }
        return List.copyOf(out);
    }

    /*
     * A crowd's badge (symbols of several places, drawn at their mean position) that would overlap another badge or a
     * symbol takes it in, as Leaflet.markercluster's do: a badge half over another hides both counts and what lies
     * under them (Kunashir's and Nemuro's at the regional view of a small window). A badge of symbols at one place
     * stays there.
     */
    private static List<List<Placement>> mergeOverlappingBadges(List<List<Placement>> groups) {
        /* Units: the members of one badge, or one symbol drawn on its own. */
        List<List<Placement>> out = new ArrayList<>();
        for (List<Placement> g : groups) {
            Map<Cluster, List<Placement>> badges = new IdentityHashMap<>();
            for (Placement p : g) {
                if (p.cluster() == null) {
                    out.add(List.of(p));
                } else {
                    badges.computeIfAbsent(p.cluster(), c -> {
                        List<Placement> members = new ArrayList<>();
                        out.add(members);
                        return members;
                    }).add(p);
                }
            }
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < out.size() && !merged; i++) {
                Cluster a = out.get(i).get(0).cluster();
                if (a != null && !a.isCrowd()) {
                    /* Symbols at one place share a badge there; that badge stays at their coordinates. */
                    continue;
                }
                for (int j = 0; a != null && j < out.size(); j++) {
                    if (j == i) {
                        continue;
                    }
                    /* Another badge, or a symbol of its own that the badge would half cover. */
                    if (out.get(j).get(0).box().intersects(a.box())) {
                        List<Placement> all = new ArrayList<>(out.get(i));
                        all.addAll(out.get(j));
                        all.sort(Comparator.comparingInt(Placement::layerIndex));
                        out.set(i, cluster(all, null, null));
                        out.remove(j);
                        /* i may have moved down by one; the next pass starts again anyway. */
                        merged = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** One badge at the members' mean position. */
    private static List<Placement> cluster(List<Placement> members, String island, String text) {
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
                top, island, text);
        for (Placement p : members) {
            out.add(new Placement(p.layerIndex(), p.feature(), p.style(), p.anchorX(), p.anchorY(), c.x(), c.y(),
                    p.approximate(), p.first(), c));
        }
        return List.copyOf(out);
    }

    /** Symbols closer than this to a group's first symbol join its group, pixels. */
    static final double CLUSTER_RADIUS = Painter.SYMBOL_DIAMETER * 1.2;

    /** Symbols closer than this are at the same place (one would hide the other entirely), pixels. */
    private static final double SAME_PLACE = 0.5;

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
