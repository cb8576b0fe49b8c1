package org.claimscape.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.claimscape.model.Feature;
import org.claimscape.model.LabelClass;
import org.claimscape.model.Precision;

/**
 * The labels of features that are only a name's place on the map ({@code precision: label}, the reference
 * layer's seas, straits, large islands and countries): no symbol, only the name, styled as on a printed atlas
 * map. Water names are italic, letter-spaced and blue; country names spaced capitals, larger, grey-brown; large
 * islands bold and dark. Each keeps to its anchor (its position says which water or land it names) and is left
 * out when it does not fit there. Stateless.
 */
final class ReferenceLabels {

    static final Color WATER = new Color(0x3C6E9F);
    static final Color COUNTRY = new Color(0x7D6B58);
    static final Color ISLAND = new Color(0x2F2A25);
    static final Color DISTANCE = new Color(0x26323A);

    /* Above every thematic label: a reference name cannot move away, a point's label can go round its symbol. */
    private static final int PRIORITY = 3;
    /* The islands layer ranks its names at 1e12 plus the area; a large island's reference name goes first. */
    private static final double ISLAND_RANK = 2e12;

    private ReferenceLabels() {
    }

    /** Whether the feature is a label placement, not a site: it gets a label and never a symbol. */
    static boolean isLabelOnly(Feature f) {
        return f.precision().orElse(null) == Precision.LABEL;
    }

    /** The kind of name a reference feature is: an island's, a sea's (or country's), or none for a distance's figure. */
    static LabelClass labelClass(Feature f) {
        String kind = f.string("kind");
        return "island".equals(kind) ? LabelClass.ISLANDS : "distance".equals(kind) ? null : LabelClass.REFERENCE;
    }

    /** Whether the zoom is in the feature's own {@code min_zoom} .. {@code max_zoom} (as the catalog reads them). */
    static boolean shownAt(Feature f, double zoom) {
        double min = f.number("min_zoom").orElse(0.0);
        double max = f.number("max_zoom").orElse((double) LayerView.NO_MAX_ZOOM);
        return zoom >= min && zoom < max + 1;
    }

    /** The label of a reference feature with its text under the viewpoint, centred on (x, y). */
    static LabelPlacer.Candidate candidate(Feature f, String text, double x, double y) {
        String kind = f.string("kind");
        Look look = switch (kind == null ? "" : kind) {
            case "ocean" -> new Look(15f, false, true, 0.25f, WATER, 40);
            case "sea" -> new Look(13f, false, true, 0.18f, WATER, 30);
            case "strait" -> new Look(10.5f, false, true, 0.06f, WATER, 10);
            case "country" -> new Look(16f, false, false, 0.35f, COUNTRY, 50);
            case "distance" -> new Look(9f, true, false, 0f, DISTANCE, 60);
            default -> new Look(13f, true, false, 0.04f, ISLAND, ISLAND_RANK);
        };
        // An island's name is the land layer's too: one key so the island is named once, here.
        String key = look.color == ISLAND && f.names().ru() != null ? "ru:" + f.names().ru() : null;
        // A distance's figure may sit either side of its line; every other name keeps to its anchor.
        return new LabelPlacer.Candidate(text, x, y, 0, PRIORITY, look.rank, look.size, look.bold, look.color, f,
                key, look.italic, look.tracking, !"distance".equals(kind));
    }

    /**
     * Draws a key distance: a thin dark line with end ticks (screen units); returns its bounds, whose centre the
     * figure's label is anchored to.
     */
    static Rectangle2D drawDistance(Graphics2D g, Shape line) {
        double[] c = new double[6];
        List<double[]> pts = new ArrayList<>();
        for (PathIterator it = line.getPathIterator(null, 1.0); !it.isDone(); it.next()) {
            if (it.currentSegment(c) != PathIterator.SEG_CLOSE) {
                pts.add(new double[] {c[0], c[1]});
            }
        }
        g.setColor(DISTANCE);
        g.setStroke(new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(line);
        if (pts.size() >= 2) {
            tick(g, pts.get(0), pts.get(1));
            tick(g, pts.get(pts.size() - 1), pts.get(pts.size() - 2));
        }
        return line.getBounds2D();
    }

    /* A short bar across the line's end at `end`, the line leaving towards `next`. */
    private static void tick(Graphics2D g, double[] end, double[] next) {
        double dx = next[0] - end[0];
        double dy = next[1] - end[1];
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        double nx = -dy / len * 4;
        double ny = dx / len * 4;
        g.draw(new Line2D.Double(end[0] - nx, end[1] - ny, end[0] + nx, end[1] + ny));
    }

    private record Look(float size, boolean bold, boolean italic, float tracking, Color color, double rank) {
    }
}
