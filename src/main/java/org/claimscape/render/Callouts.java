package org.claimscape.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Where the numbered callouts of a paper drawing go. Symbols closer together than a symbol's size crowd each
 * other; each crowded symbol gets a disc outside its crowd, in the direction of the symbol from the crowd's
 * centre where there is room, so that leader lines fan out rather than cross; so does a single symbol or area
 * whose label found no room near it. Discs keep clear of every symbol, island tag, label and other disc, and of
 * the frame's edge. Numbers run in reading order of the discs. Stateless.
 */
final class Callouts {

    /** Disc radius, pixels. */
    static final double RADIUS = 8;

    /** A crowded symbol's disc. */
    record Spot(SymbolLayout.Placement placement, double x, double y, int number) {
        Rectangle2D box() {
            return disc(x, y);
        }
    }

    private static final double GAP = 2;
    private static final int RINGS = 24;
    private static final double STEP = Math.toRadians(15);

    private Callouts() {
    }

    static Rectangle2D disc(double x, double y) {
        return new Rectangle2D.Double(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
    }

    /**
     * The discs of the given groups of symbols (crowds, or single symbols whose label found no room), numbered in
     * reading order. {@code drawn} are all the symbols of the drawing (symbols drawn {@code scale} times their
     * screen size in a frame of the given size): discs keep clear of them and of the {@code avoid} boxes.
     */
    static List<Spot> place(List<List<SymbolLayout.Placement>> groups, List<List<SymbolLayout.Placement>> drawn,
                            double scale, double width, double height, List<Rectangle2D> avoid, int first) {
        double size = Painter.SYMBOL_DIAMETER * scale;
        List<Rectangle2D> taken = new ArrayList<>(avoid);
        for (List<SymbolLayout.Placement> layer : drawn) {
            for (SymbolLayout.Placement p : layer) {
                taken.add(p.cluster() == null ? Painter.symbolBox(p.x(), p.y(), scale) : p.cluster().box());
            }
        }
        List<Spot> spots = new ArrayList<>();
        for (List<SymbolLayout.Placement> group : groups) {
            spread(group, size, width, height, taken, spots);
        }
        return numbered(spots, first);
    }

    /**
     * The spots renumbered first, first + 1 … in reading order of their discs (rows of a disc's height, left to
     * right).
     */
    static List<Spot> numbered(List<Spot> spots, int first) {
        double row = 2 * RADIUS + GAP;
        List<Spot> sorted = new ArrayList<>(spots);
        sorted.sort(Comparator.comparingDouble((Spot s) -> Math.floor(s.y() / row)).thenComparingDouble(Spot::x));
        List<Spot> out = new ArrayList<>(sorted.size());
        for (Spot s : sorted) {
            out.add(new Spot(s.placement(), s.x(), s.y(), first + out.size()));
        }
        return out;
    }

    /**
     * The groups of crowding symbols (closer together than a symbol's size) that get callouts, each without its
     * most important place: a crowd's main settlement keeps its symbol and is named by a label when there is
     * room, so a town like Yuzhno-Kurilsk is read on the map, not looked up in a table.
     */
    static List<List<SymbolLayout.Placement>> calloutGroups(List<List<SymbolLayout.Placement>> placements,
                                                            double scale) {
        List<SymbolLayout.Placement> points = new ArrayList<>();
        placements.forEach(layer -> layer.stream().filter(p -> p.cluster() == null).forEach(points::add));
        List<List<SymbolLayout.Placement>> out = new ArrayList<>();
        for (List<SymbolLayout.Placement> crowd : crowds(points, Painter.SYMBOL_DIAMETER * scale)) {
            List<SymbolLayout.Placement> rest = new ArrayList<>(crowd);
            crowd.stream().filter(p -> p.first() && p.style().labelPriority() >= 2)
                    .max(Comparator.comparingInt((SymbolLayout.Placement p) -> p.style().labelPriority())
                            .thenComparingDouble(p -> p.feature().number("population").orElse(0.0)))
                    .ifPresent(rest::remove);
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    /** The symbols that get a callout instead of a label because they crowd others (see {@link #calloutGroups}). */
    static Set<SymbolLayout.Placement> crowded(List<List<SymbolLayout.Placement>> placements, double scale) {
        return members(calloutGroups(placements, scale));
    }

    /** The symbols of the groups, by identity. */
    static Set<SymbolLayout.Placement> members(List<List<SymbolLayout.Placement>> groups) {
        Set<SymbolLayout.Placement> out = Collections.newSetFromMap(new IdentityHashMap<>());
        groups.forEach(out::addAll);
        return out;
    }

    /* Groups of two or more symbols, each within `size` of another of its group (single linkage). */
    private static List<List<SymbolLayout.Placement>> crowds(List<SymbolLayout.Placement> points, double size) {
        int n = points.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                SymbolLayout.Placement a = points.get(i);
                SymbolLayout.Placement b = points.get(j);
                if (Math.hypot(a.x() - b.x(), a.y() - b.y()) < size) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<List<SymbolLayout.Placement>> byRoot = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byRoot.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            byRoot.get(root(parent, i)).add(points.get(i));
        }
        return byRoot.stream().filter(c -> c.size() > 1).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void spread(List<SymbolLayout.Placement> crowd, double size, double width, double height,
                               List<Rectangle2D> taken, List<Spot> spots) {
        double cx = crowd.stream().mapToDouble(SymbolLayout.Placement::x).average().orElse(0);
        double cy = crowd.stream().mapToDouble(SymbolLayout.Placement::y).average().orElse(0);
        double reach = crowd.stream().mapToDouble(p -> Math.hypot(p.x() - cx, p.y() - cy)).max().orElse(0)
                + size / 2 + RADIUS + GAP;
        List<SymbolLayout.Placement> around = new ArrayList<>(crowd);
        around.sort(Comparator.comparingDouble(p -> angle(p, cx, cy, 0, 1)));
        for (int i = 0; i < around.size(); i++) {
            SymbolLayout.Placement p = around.get(i);
            double prefer = angle(p, cx, cy, i, around.size());
            Rectangle2D chosen = null;
            search:
            for (int ring = 0; ring < RINGS; ring++) {
                double r = reach + ring * RADIUS;
                for (int k = 0; k < 24; k++) {
                    double a = prefer + ((k + 1) / 2) * STEP * (k % 2 == 0 ? 1 : -1);
                    Rectangle2D box = disc(cx + r * Math.cos(a), cy + r * Math.sin(a));
                    if (box.getMinX() >= GAP && box.getMinY() >= GAP && box.getMaxX() <= width - GAP
                            && box.getMaxY() <= height - GAP && clear(box, taken)) {
                        chosen = box;
                        break search;
                    }
                }
            }
            if (chosen == null) {
                // No room anywhere near: beside the symbol, overlapping what it must.
                chosen = disc(p.x() + size / 2 + RADIUS, p.y());
            }
            taken.add(chosen);
            spots.add(new Spot(p, chosen.getCenterX(), chosen.getCenterY(), 0));
        }
    }

    /* The direction of a symbol from its crowd's centre; symbols at the centre share the circle out evenly. */
    private static double angle(SymbolLayout.Placement p, double cx, double cy, int index, int count) {
        double dx = p.x() - cx;
        double dy = p.y() - cy;
        return Math.hypot(dx, dy) < 1 ? -Math.PI / 2 + 2 * Math.PI * index / count : Math.atan2(dy, dx);
    }

    private static boolean clear(Rectangle2D box, List<Rectangle2D> taken) {
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP,
                box.getHeight() + 2 * GAP);
        for (Rectangle2D t : taken) {
            if (t.intersects(grown)) {
                return false;
            }
        }
        return true;
    }
}
