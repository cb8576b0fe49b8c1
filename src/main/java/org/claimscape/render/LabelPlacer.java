package org.claimscape.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscape.model.Feature;

/**
 * Greedy label placement: candidates in priority order (islands, then places, then sites), each put at the
 * first of its allowed positions whose box overlaps no placed label, no obstacle (point symbols, legend) and
 * stays inside the frame; a label that fits nowhere is left out. Labels are drawn with a white halo.
 * Stateless and thread-safe.
 */
public final class LabelPlacer {

    /** Padding kept around every label box, pixels. */
    public static final double PADDING = 1.5;

    /**
     * Something that wants a label.
     *
     * @param text      the label
     * @param x         anchor x (centre of the area, or the point)
     * @param y         anchor y
     * @param clearance 0 to centre the label on the anchor; else the radius of the point symbol to keep clear of,
     *                  and the label goes right, left, above or below it
     * @param priority  higher first (3 islands, 2 places, 1 sites)
     * @param rank      tie-breaker within a priority, higher first (population, area)
     * @param size      font size
     * @param bold      bold font
     * @param color     text colour
     * @param feature   the labelled feature (may be null)
     * @param key       candidates with the same key are labelled once (null: the text is the key)
     * @param italic    slanted (water names)
     * @param tracking  extra space after each character, in ems (0: none)
     * @param anchored  kept on its anchor: only centred or nudged up or down by about half its height, never
     *                  moved across the area (reference labels, whose position is the information)
     * @param area      for an area's name, the area's box on the surface: the name stays over it; else null
     */
    public record Candidate(String text, double x, double y, double clearance, int priority, double rank,
                            float size, boolean bold, Color color, Feature feature, String key, boolean italic,
                            float tracking, boolean anchored, Rectangle2D area) {

        public Candidate(String text, double x, double y, double clearance, int priority, double rank, float size,
                         boolean bold, Color color, Feature feature, String key, boolean italic, float tracking,
                         boolean anchored) {
            this(text, x, y, clearance, priority, rank, size, bold, color, feature, key, italic, tracking, anchored,
                    null);
        }

        /** The same candidate naming an area with this box. */
        public Candidate over(Rectangle2D box) {
            return new Candidate(text, x, y, clearance, priority, rank, size, bold, color, feature, key, italic,
                    tracking, anchored, box);
        }

        /** An upright, unspaced label that may move around its anchor. */
        public Candidate(String text, double x, double y, double clearance, int priority, double rank, float size,
                         boolean bold, Color color, Feature feature, String key) {
            this(text, x, y, clearance, priority, rank, size, bold, color, feature, key, false, 0f, false);
        }

        String dedupeKey() {
            return key != null ? key : text;
        }
    }

    /**
     * A placed label.
     *
     * @param candidate what was placed
     * @param box       the text's box (without padding), surface units
     * @param textX     x where the text starts
     * @param baseline  y of the text's baseline
     */
    public record Placed(Candidate candidate, Rectangle2D box, double textX, double baseline) {

        /** The gap between the label and its symbol is wide enough to need a leader line to show what it names. */
        public boolean needsLeader() {
            Candidate c = candidate;
            if (c.clearance() <= 0) {
                return false;
            }
            double dx = c.x() - clamp(c.x(), box.getMinX(), box.getMaxX());
            double dy = c.y() - clamp(c.y(), box.getMinY(), box.getMaxY());
            return Math.hypot(dx, dy) > 3 * c.clearance() + 2;
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private LabelPlacer() {
    }

    /**
     * Places the labels. Candidates with equal keys are labelled once (the land and the islands layer both
     * name Iturup).
     *
     * @param candidates labels wanted
     * @param obstacles  boxes no label may overlap
     * @param frame      box every label must stay in, or null for no limit
     */
    public static List<Placed> place(List<Candidate> candidates, List<Rectangle2D> obstacles, Rectangle2D frame) {
        return place(candidates, obstacles, frame, false);
    }

    /**
     * Places the labels as {@link #place(List, List, Rectangle2D)}; with {@code leaders}, a town's label that finds
     * no room beside its symbol may stand further out on a leader line (paper, where every name must be read; on
     * screen the name is one click or one zoom step away, and long leaders would clutter the map).
     */
    public static List<Placed> place(List<Candidate> candidates, List<Rectangle2D> obstacles, Rectangle2D frame,
                                     boolean leaders) {
        return place(candidates, obstacles, frame, leaders, (x, y) -> false);
    }

    /** A test of whether a point of the drawing (pixels) lies on land. */
    @FunctionalInterface
    public interface LandTest {
        boolean isLand(double x, double y);
    }

    /**
     * Places the labels as {@link #place(List, List, Rectangle2D, boolean)}, never setting an island's name beside
     * it over other land, as {@code land} tells.
     */
    public static List<Placed> place(List<Candidate> candidates, List<Rectangle2D> obstacles, Rectangle2D frame,
                                     boolean leaders, LandTest land) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        /* A name wanted at two places (a sea's small- and large-scale anchors) goes to the one nearer the middle: an
           image drawn larger than the view (the window's margin for panning) must not spend it out of sight. */
        double cx = frame == null ? 0 : frame.getCenterX();
        double cy = frame == null ? 0 : frame.getCenterY();
        ordered.sort(Comparator.comparingInt(Candidate::priority).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::rank).reversed())
                .thenComparing(Candidate::text)
                .thenComparingDouble(c -> frame == null ? 0 : Math.hypot(c.x() - cx, c.y() - cy)));
        List<Rectangle2D> taken = new ArrayList<>(obstacles);
        List<Candidate> lands = candidates.stream().filter(c -> c.area() != null && !c.italic()).toList();
        List<Placed> placed = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Candidate c : ordered) {
            if (c.text() == null || c.text().isBlank() || done.contains(c.dedupeKey())) {
                continue;
            }
            LabelText.Metrics m = LabelText.measure(c);
            double w = m.width();
            double ascent = m.ascent();
            double h = m.height();
            List<double[]> tries = positions(c, w, h, leaders);
            tries.addAll(besideSymbols(c, w, h, leaders, obstacles));
            for (double[] pos : tries) {
                Rectangle2D box = new Rectangle2D.Double(pos[0], pos[1], w, h);
                if (pos.length > 2 && (overOtherLand(box, c, lands) || onLand(box, c, land))) {
                    continue;
                }
                if (fits(box, taken, frame)) {
                    taken.add(padded(box));
                    placed.add(new Placed(c, box, pos[0], pos[1] + ascent));
                    done.add(c.dedupeKey());
                    break;
                }
            }
        }
        return placed;
    }

    /* An island this small (pixels, both ways) may be named beyond the symbols over it. */
    private static final double SMALL_ISLAND = 40;

    /* Marks a position beside an area's box, not over it. */
    private static final double BESIDE = 1;

    /** Top-left corners to try, best first (a third value marks a position beside an area's box). */
    private static List<double[]> positions(Candidate c, double w, double h, boolean leaders) {
        List<double[]> out = new ArrayList<>(4);
        if (c.anchored()) {
            for (double dy : new double[] {0, -0.5, 0.5}) {
                out.add(new double[] {c.x() - w / 2, c.y() - h / 2 + dy * h});
            }
            return out;
        }
        if (c.clearance() <= 0) {
            /*
             * Centred first, then nudged around the anchor. A water name may slide across its sea; a land name only
             * as far as it stays over its land's box (a small island's long name would otherwise stand over its
             * neighbour's coast).
             */
            for (double dy : new double[] {0, -1.3, 1.3, -2.4, 2.4}) {
                for (double dx : new double[] {0, -0.35, 0.35, -0.6, 0.6}) {
                    double left = c.x() - w / 2 + dx * w;
                    double top = c.y() - h / 2 + dy * h;
                    if (c.italic() || c.area() == null || over(c.area(), left, top, w, h)) {
                        out.add(new double[] {left, top});
                    }
                }
            }
            if (!leaders && !c.italic() && c.area() != null && c.priority() >= 3) {
                /*
                 * On screen an island whose land is taken by symbols and badges (Kunashir at the regional view) is
                 * named beside its box, then just off a corner, where a narrow island leaves open sea; never over
                 * another land's box (it would name that land).
                 */
                Rectangle2D a = c.area();
                double in = Math.min(6, Math.min(a.getWidth(), a.getHeight()) / 4);
                out.add(new double[] {a.getMaxX() + 2, a.getCenterY() - h / 2, BESIDE});
                out.add(new double[] {a.getMaxX() + 2, a.getCenterY() - 1.5 * h, BESIDE});
                out.add(new double[] {a.getMaxX() + 2, a.getCenterY() + h / 2, BESIDE});
                out.add(new double[] {a.getMinX() - w - 2, a.getCenterY() - h / 2, BESIDE});
                out.add(new double[] {a.getMaxX() - in, a.getMinY() - h + in, BESIDE});
                out.add(new double[] {a.getMaxX() - in, a.getMaxY() - in, BESIDE});
                out.add(new double[] {a.getMinX() - w + in, a.getMaxY() - in, BESIDE});
                out.add(new double[] {a.getMinX() - w + in, a.getMinY() - h + in, BESIDE});
            }
            return out;
        }
        double gap = c.clearance() + 2;
        out.add(new double[] {c.x() + gap, c.y() - h / 2});
        out.add(new double[] {c.x() - gap - w, c.y() - h / 2});
        out.add(new double[] {c.x() - w / 2, c.y() - gap - h});
        out.add(new double[] {c.x() - w / 2, c.y() + gap});
        if (c.priority() >= 2) {
            // A town among other symbols: the corners, then one symbol further out, still beside its symbol.
            double d = gap * 0.7;
            out.add(new double[] {c.x() + d, c.y() - d - h});
            out.add(new double[] {c.x() + d, c.y() + d});
            out.add(new double[] {c.x() - d - w, c.y() - d - h});
            out.add(new double[] {c.x() - d - w, c.y() + d});
            if (!leaders) {
                /* On screen a name a symbol away would name whatever lies under it; the next zoom step has room. */
                return out;
            }
            double far = gap + 2 * c.clearance();
            out.add(new double[] {c.x() + far, c.y() - h / 2});
            out.add(new double[] {c.x() - far - w, c.y() - h / 2});
            out.add(new double[] {c.x() - w / 2, c.y() - far - h});
            out.add(new double[] {c.x() - w / 2, c.y() + far});
            // Last, out of a dense group of symbols, joined to its symbol by a short leader line.
            for (double r : new double[] {gap + 4 * c.clearance(), gap + 7 * c.clearance()}) {
                for (int k = 0; k < 8; k++) {
                    double a = Math.PI / 4 * k;
                    double cx = c.x() + r * Math.cos(a);
                    double cy = c.y() + r * Math.sin(a);
                    out.add(new double[] {Math.cos(a) >= -1e-9 ? cx : cx - w, cy - h / 2});
                }
            }
        }
        return out;
    }

    /*
     * A small island covered by its own symbols (Shikotan at the regional view: its settlements, its badge) is named
     * just beyond them, beside the box of the island and the symbols over it, level with the island (on paper, before
     * it falls back to a numbered callout).
     */
    private static List<double[]> besideSymbols(Candidate c, double w, double h, boolean leaders,
                                                List<Rectangle2D> obstacles) {
        if (c.area() == null || c.italic() || c.priority() < 3) {
            return List.of();
        }
        boolean small = c.area().getWidth() < SMALL_ISLAND && c.area().getHeight() < SMALL_ISLAND;
        if (c.clearance() <= 0 && !(leaders && small)) {
            return List.of();
        }
        Rectangle2D group = (Rectangle2D) c.area().clone();
        for (Rectangle2D o : obstacles) {
            if (o.intersects(c.area())) {
                group.add(o);
            }
        }
        if (group.equals(c.area())) {
            return List.of();
        }
        double y = c.y() - h / 2;
        return List.of(new double[] {group.getMaxX() + 2, y, BESIDE}, new double[] {group.getMinX() - w - 2, y, BESIDE},
                new double[] {c.x() - w / 2, group.getMaxY() + 2, BESIDE},
                new double[] {c.x() - w / 2, group.getMinY() - h - 2, BESIDE});
    }

    /* A name set beside its island whose middle lies in the box of another land named on the map. */
    private static boolean overOtherLand(Rectangle2D box, Candidate c, List<Candidate> lands) {
        for (Candidate other : lands) {
            if (!other.dedupeKey().equals(c.dedupeKey()) && !other.area().equals(c.area())
                    && other.area().contains(box.getCenterX(), box.getCenterY())) {
                return true;
            }
        }
        return false;
    }

    /* A name set beside its island that would lie over other land: tested along its middle, off the island's box. */
    private static boolean onLand(Rectangle2D box, Candidate c, LandTest land) {
        double y = box.getCenterY();
        for (int i = 0; i <= 4; i++) {
            double x = box.getMinX() + box.getWidth() * i / 4;
            if (!c.area().contains(x, y) && land.isLand(x, y)) {
                return true;
            }
        }
        return false;
    }

    /* Half the name's width (or the area's, if narrower) over the area, and its middle within a line of it. */
    private static boolean over(Rectangle2D area, double left, double top, double w, double h) {
        double across = Math.min(left + w, area.getMaxX()) - Math.max(left, area.getMinX());
        double middle = top + h / 2;
        return across >= 0.5 * Math.min(w, area.getWidth()) && middle >= area.getMinY() - h
                && middle <= area.getMaxY() + h;
    }

    private static boolean fits(Rectangle2D box, List<Rectangle2D> taken, Rectangle2D frame) {
        if (frame != null && !frame.contains(box)) {
            return false;
        }
        Rectangle2D p = padded(box);
        for (Rectangle2D t : taken) {
            if (t.intersects(p)) {
                return false;
            }
        }
        return true;
    }

    /** The box grown by {@link #PADDING} on every side, as placed labels keep it. */
    public static Rectangle2D padded(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() - PADDING, r.getY() - PADDING, r.getWidth() + 2 * PADDING,
                r.getHeight() + 2 * PADDING);
    }

    /**
     * Draws a placed label: a white halo (the glyph outlines stroked) and the text as real text, so PDF and SVG
     * keep it selectable.
     */
    public static void draw(Graphics2D g, Placed p) {
        Candidate c = p.candidate();
        if (p.needsLeader()) {
            Painter.drawLeader(g, c.x(), c.y(), clamp(c.x(), p.box().getMinX(), p.box().getMaxX()),
                    clamp(c.y(), p.box().getMinY(), p.box().getMaxY()), c.clearance());
        }
        AffineTransform t = g.getTransform();
        if (!Boolean.TRUE.equals(g.getRenderingHint(MapRenderer.VECTOR_OUTPUT))
                && (t.isIdentity() || t.getType() == AffineTransform.TYPE_TRANSLATION)) {
            // Screen: the halo stroke is the costly part, so each label is drawn once into a bitmap and reused.
            BufferedImage img = bitmap(c);
            g.drawImage(img, (int) Math.round(p.textX()) - BITMAP_MARGIN,
                    (int) Math.round(p.baseline()) - BITMAP_MARGIN - (int) Math.ceil(ascent(c)), null);
            return;
        }
        drawText(g, c, p.textX(), p.baseline());
    }

    private static final int BITMAP_MARGIN = 4;
    private static final int MAX_BITMAPS = 2048;
    private static final Map<Candidate, BufferedImage> BITMAPS =
            new ConcurrentHashMap<>();

    private static double ascent(Candidate c) {
        return LabelText.measure(c).ascent();
    }

    private static BufferedImage bitmap(Candidate c) {
        Candidate key = new Candidate(c.text(), 0, 0, 0, 0, 0, c.size(), c.bold(), c.color(), null, null,
                c.italic(), c.tracking(), false);
        BufferedImage img = BITMAPS.get(key);
        if (img == null) {
            LabelText.Metrics m = LabelText.measure(c);
            int asc = (int) Math.ceil(m.ascent());
            int w = (int) Math.ceil(m.width()) + 2 * BITMAP_MARGIN;
            int h = asc + (int) Math.ceil(m.descent()) + 2 * BITMAP_MARGIN;
            img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            try {
                Painter.quality(g);
                drawText(g, c, BITMAP_MARGIN, BITMAP_MARGIN + asc);
            } finally {
                g.dispose();
            }
            if (BITMAPS.size() > MAX_BITMAPS) {
                BITMAPS.clear();
            }
            BITMAPS.put(key, img);
        }
        return img;
    }

    private static void drawText(Graphics2D g, Candidate c, double x, double baseline) {
        Shape outline = LabelText.outline(c, x, baseline);
        g.setColor(new Color(255, 255, 255, 225));
        g.setStroke(new BasicStroke(Math.max(2.5f, c.size() / 4f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(c.color());
        LabelText.draw(g, c, x, baseline);
    }
}
