package org.claimscape.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drawing primitives shared by the map and its legend (areas, hatching, lines, point symbols), so that a
 * legend swatch is drawn by the same code as the map. Stateless.
 */
final class Painter {

    /** Size of the box a point symbol occupies (icon plus the approximate-location ring), pixels. */
    static final double SYMBOL_DIAMETER = 26;
    /** Icon size, pixels. */
    static final double ICON_SIZE = 20;
    /** Distance between hatch lines, pixels. */
    static final double HATCH_SPACING = 6;

    static final Color SELECTION = new Color(0xFF, 0xB3, 0x00);

    private Painter() {
    }

    static void quality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** The colour with its alpha multiplied by the opacity (PDF ignores composites on some paths). */
    static Color fade(Color c, double opacity) {
        if (c == null || opacity >= 1) {
            return c;
        }
        int a = (int) Math.round(c.getAlpha() * Math.max(0, opacity));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    /** Fill, hatching, then outline; {@code scale} multiplies pixel sizes (legend swatches, print). */
    static void drawArea(Graphics2D g, Shape shape, MapStyle style, double opacity, double scale) {
        drawArea(g, shape, style, opacity, scale, null);
    }

    /**
     * As {@link #drawArea(Graphics2D, Shape, MapStyle, double, double)}, but when {@code hatchLater} is given the
     * hatching is collected there (per colour) to be drawn in one pass by {@link #hatchAll}: one textured
     * fill for a whole layer instead of one per polygon.
     */
    static void drawArea(Graphics2D g, Shape shape, MapStyle style, double opacity, double scale,
                         Map<Color, Path2D.Double> hatchLater) {
        if (style.fill() != null) {
            g.setColor(fade(style.fill(), opacity));
            g.fill(shape);
        }
        if (style.hatch() != null) {
            Color c = fade(style.hatch(), opacity);
            if (hatchLater != null) {
                hatchLater.computeIfAbsent(c, k -> new Path2D.Double(Path2D.WIND_EVEN_ODD)).append(shape, false);
            } else {
                hatch(g, shape, c, HATCH_SPACING * Math.max(scale, 0.5), (float) Math.max(0.6, scale));
            }
        }
        if (style.stroke() != null && style.strokeWidth() > 0) {
            g.setColor(fade(style.stroke(), opacity));
            g.setStroke(stroke(style, scale, 0));
            g.draw(shape);
        }
    }

    static void drawLine(Graphics2D g, Shape shape, MapStyle style, double opacity, double scale) {
        if (style.stroke() != null && style.strokeWidth() > 0) {
            g.setColor(fade(style.stroke(), opacity));
            g.setStroke(stroke(style, scale, 0));
            g.draw(shape);
        }
    }

    /** Draws hatching collected by {@link #drawArea} (areas that do not overlap each other). */
    static void hatchAll(Graphics2D g, Map<Color, Path2D.Double> collected) {
        for (Map.Entry<Color, Path2D.Double> e : collected.entrySet()) {
            hatch(g, e.getValue(), e.getKey(), HATCH_SPACING, 0.6f);
        }
    }

    /** A wide amber band under an outline, marking a selected area or line. */
    static void drawSelection(Graphics2D g, Shape shape, MapStyle style) {
        g.setColor(new Color(SELECTION.getRed(), SELECTION.getGreen(), SELECTION.getBlue(), 210));
        g.setStroke(new BasicStroke(style.strokeWidth() + 5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    static BasicStroke stroke(MapStyle style, double scale, float extra) {
        float[] dash = style.dash();
        if (dash != null) {
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= (float) scale;
            }
        }
        return new BasicStroke((float) (style.strokeWidth() * scale) + extra, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }

    /**
     * Diagonal lines across the shape. Vector lines rather than a TexturePaint, so PDF and SVG output stay
     * crisp; anchored to the surface origin so neighbouring polygons' hatching lines up.
     */
    static void hatch(Graphics2D g, Shape shape, Color color, double spacing, float width) {
        if (!Boolean.TRUE.equals(g.getRenderingHint(MapRenderer.VECTOR_OUTPUT))) {
            // Raster: one textured fill instead of clipping dozens of lines, several times faster on screen.
            Paint saved = g.getPaint();
            AffineTransform t = g.getTransform();
            int over = (int) Math.max(1, Math.ceil(Math.sqrt(Math.abs(t.getDeterminant())) - 1e-6));
            g.setPaint(hatchPaint(color, spacing, width, over));
            g.fill(shape);
            g.setPaint(saved);
            return;
        }
        Rectangle2D b = shape.getBounds2D();
        Shape clip = g.getClip();
        if (clip != null) {
            b = b.createIntersection(clip.getBounds2D());
        }
        if (b.isEmpty()) {
            return;
        }
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.clip(shape);
            h.setColor(color);
            h.setStroke(new BasicStroke(width));
            Path2D.Double lines = new Path2D.Double();
            // Lines x - y = c for c on the spacing grid, clipped to the box.
            double cMin = Math.floor((b.getMinX() - b.getMaxY()) / spacing) * spacing;
            double cMax = b.getMaxX() - b.getMinY();
            for (double c = cMin; c <= cMax; c += spacing) {
                lines.moveTo(b.getMinY() + c, b.getMinY());
                lines.lineTo(b.getMaxY() + c, b.getMaxY());
            }
            h.draw(lines);
        } finally {
            h.dispose();
        }
    }

    private static final Map<String, TexturePaint> HATCH_PAINTS =
            new ConcurrentHashMap<>();

    /**
     * A tile of the same diagonal lines as the vector hatching, anchored at the surface origin, drawn at the
     * device scale ({@code over} device pixels per unit) so that on screen the tile maps 1:1 to pixels, the
     * fast path of Java2D's texture fill.
     */
    private static TexturePaint hatchPaint(Color color, double spacing, float width, int over) {
        String key = color.getRGB() + "/" + color.getAlpha() + "/" + spacing + "/" + width + "/" + over;
        return HATCH_PAINTS.computeIfAbsent(key, k -> {
            int n = (int) Math.round(spacing * over);
            BufferedImage tile = new BufferedImage(n, n,
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D t = tile.createGraphics();
            try {
                quality(t);
                t.setColor(color);
                t.setStroke(new BasicStroke(width * over));
                for (int dx = -n; dx <= n; dx += n) {
                    t.draw(new Line2D.Double(dx, 0, dx + n, n));
                }
            } finally {
                t.dispose();
            }
            return new TexturePaint(tile, new Rectangle2D.Double(0, 0, spacing, spacing));
        });
    }

    /** The box a point symbol occupies, centred on (cx, cy). */
    static Rectangle2D symbolBox(double cx, double cy, double scale) {
        double r = SYMBOL_DIAMETER * scale / 2;
        return new Rectangle2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /**
     * A point symbol: the type's icon (its badge carries the family colour), inside a dashed ring when the
     * location is approximate, over an amber disc when selected. Without an icon, a dot in the accent colour.
     */
    static void drawSymbol(Graphics2D g, IconLibrary icons, MapStyle style, double cx, double cy, double scale,
                           boolean selected, boolean approximate, double opacity) {
        double d = SYMBOL_DIAMETER * scale;
        if (selected) {
            double s = d + 6 * scale;
            g.setColor(fade(SELECTION, opacity));
            g.fill(new Ellipse2D.Double(cx - s / 2, cy - s / 2, s, s));
        }
        if (approximate) {
            double s = d - 1.5 * scale;
            Ellipse2D ring = new Ellipse2D.Double(cx - s / 2, cy - s / 2, s, s);
            g.setColor(fade(new Color(255, 255, 255, 200), opacity));
            g.fill(ring);
            g.setColor(fade(new Color(0x1A1A1A), opacity));
            g.setStroke(new BasicStroke((float) (1.2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
                    new float[] {(float) (2.5 * scale), (float) (2 * scale)}, 0f));
            g.draw(ring);
        }
        String icon = style.icon();
        if (icons != null && icon != null) {
            icons.draw(g, icon, cx, cy, ICON_SIZE * scale, opacity);
        } else {
            Color ring = style.accent() != null ? style.accent() : style.stroke() != null ? style.stroke()
                    : Color.DARK_GRAY;
            double r = 3.5 * scale;
            Ellipse2D dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(fade(Color.WHITE, opacity));
            g.setStroke(new BasicStroke((float) (2 * scale)));
            g.draw(dot);
            g.setColor(fade(ring, opacity));
            g.fill(dot);
        }
    }

    /**
     * A cluster badge: a white disc with the number of symbols in it, ringed by arcs in each member family's
     * colour (military, projects, events, places) in proportion to their counts.
     */
    static void drawCluster(Graphics2D g, SymbolLayout.Cluster cluster, boolean selected, double opacity) {
        Map<Color, Integer> counts = new LinkedHashMap<>();
        for (SymbolLayout.Placement p : cluster.members()) {
            MapStyle st = p.style();
            Color c = st.accent() != null ? st.accent() : st.stroke() != null ? st.stroke() : Color.DARK_GRAY;
            counts.merge(c, 1, Integer::sum);
        }
        drawClusterBadge(g, cluster.x(), cluster.y(), SYMBOL_DIAMETER * SymbolLayout.Cluster.SCALE, counts,
                selected, opacity);
    }

    /** The badge itself, for the map and the legend: diameter in surface units, counts per family colour. */
    static void drawClusterBadge(Graphics2D g, double cx, double cy, double d, Map<Color, Integer> counts,
                                 boolean selected, double opacity) {
        double k = d / (SYMBOL_DIAMETER * SymbolLayout.Cluster.SCALE);
        if (selected) {
            double s = d + 6 * k;
            g.setColor(fade(SELECTION, opacity));
            g.fill(new Ellipse2D.Double(cx - s / 2, cy - s / 2, s, s));
        }
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        double start = 90;
        for (Map.Entry<Color, Integer> e : counts.entrySet()) {
            double extent = -360.0 * e.getValue() / n;
            g.setColor(fade(e.getKey(), opacity));
            g.fill(new Arc2D.Double(cx - d / 2, cy - d / 2, d, d, start, extent,
                    Arc2D.PIE));
            start += extent;
        }
        double inner = d - 10 * k;
        g.setColor(fade(Color.WHITE, opacity));
        g.fill(new Ellipse2D.Double(cx - inner / 2, cy - inner / 2, inner, inner));
        g.setColor(fade(new Color(0x1A1A1A), opacity));
        g.setStroke(new BasicStroke((float) (1.2 * k)));
        g.draw(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
        String text = Integer.toString(n);
        float size = (float) ((n > 99 ? 10 : 12) * k);
        TextLayout layout = Fonts.layout(text, size, true);
        Rectangle2D b = layout.getBounds();
        Fonts.draw(g, text, size, true, (float) (cx - b.getWidth() / 2 - b.getX()),
                (float) (cy - b.getHeight() / 2 - b.getY()));
    }

    private static final float ISLAND_LIST_TEXT = 11.5f;
    private static final double ISLAND_LIST_PAD = 6;
    static final double ISLAND_LIST_HEIGHT = 20;

    /** The badge of an island's list of features without a published position, centred on (cx, cy). */
    static Rectangle2D islandListBox(double cx, double cy, String text) {
        double w = Fonts.layout(text, ISLAND_LIST_TEXT, true).getAdvance() + 2 * ISLAND_LIST_PAD + 8;
        return new Rectangle2D.Double(cx - w / 2, cy - ISLAND_LIST_HEIGHT / 2, Math.max(w, ISLAND_LIST_HEIGHT),
                ISLAND_LIST_HEIGHT);
    }

    /**
     * An island's list: a rounded tag with a dashed border (it marks no position) and a stripe per member family
     * colour, saying how many features the island has whose location is not published.
     */
    static void drawIslandList(Graphics2D g, SymbolLayout.Cluster cluster, boolean selected, double opacity) {
        Rectangle2D b = cluster.box();
        RoundRectangle2D tag = new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 10, 10);
        if (selected) {
            g.setColor(fade(SELECTION, opacity));
            g.setStroke(new BasicStroke(6f));
            g.draw(tag);
        }
        g.setColor(fade(Color.WHITE, opacity));
        g.fill(tag);
        Map<Color, Integer> counts = new LinkedHashMap<>();
        for (SymbolLayout.Placement p : cluster.members()) {
            MapStyle st = p.style();
            counts.merge(st.accent() != null ? st.accent() : st.stroke() != null ? st.stroke() : Color.DARK_GRAY, 1,
                    Integer::sum);
        }
        double y = b.getY() + 3;
        double h = b.getHeight() - 6;
        int n = cluster.members().size();
        for (Map.Entry<Color, Integer> e : counts.entrySet()) {
            double part = h * e.getValue() / n;
            g.setColor(fade(e.getKey(), opacity));
            g.fill(new Rectangle2D.Double(b.getX() + 4, y, 4, part));
            y += part;
        }
        g.setColor(fade(new Color(0x1A1A1A), opacity));
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {4f, 2.5f},
                0f));
        g.draw(tag);
        TextLayout layout = Fonts.layout(cluster.text(), ISLAND_LIST_TEXT, true);
        Rectangle2D t = layout.getBounds();
        Fonts.draw(g, cluster.text(), ISLAND_LIST_TEXT, true, (float) (b.getX() + ISLAND_LIST_PAD + 8),
                (float) (b.getCenterY() - t.getHeight() / 2 - t.getY()));
    }

    /** The island list's tag for a legend, scaled into the box. */
    static void drawIslandListSwatch(Graphics2D g, Rectangle2D box) {
        double k = box.getHeight() / ISLAND_LIST_HEIGHT;
        RoundRectangle2D tag = new RoundRectangle2D.Double(box.getX() + k, box.getY() + k, box.getWidth() - 2 * k,
                box.getHeight() - 2 * k, 8 * k, 8 * k);
        g.setColor(Color.WHITE);
        g.fill(tag);
        g.setColor(new Color(0x1A1A1A));
        g.setStroke(new BasicStroke((float) (1.2 * k), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f,
                new float[] {(float) (4 * k), (float) (2.5 * k)}, 0f));
        g.draw(tag);
        float size = (float) (ISLAND_LIST_TEXT * k);
        Rectangle2D t = Fonts.layout("3", size, true).getBounds();
        Fonts.draw(g, "3", size, true, (float) (box.getCenterX() - t.getWidth() / 2 - t.getX()),
                (float) (box.getCenterY() - t.getHeight() / 2 - t.getY()));
    }

    private static final Color CALLOUT_INK = new Color(0x1A1A1A);

    /** A leader line from a symbol (starting at its edge, so the icon stays legible) to its callout disc. */
    static void drawLeader(Graphics2D g, double x, double y, double discX, double discY, double symbolRadius) {
        double len = Math.hypot(discX - x, discY - y);
        if (len <= symbolRadius) {
            return;
        }
        double ux = (discX - x) / len;
        double uy = (discY - y) / len;
        g.setColor(CALLOUT_INK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Double(x + ux * symbolRadius, y + uy * symbolRadius, discX, discY));
    }

    /** A callout's number in a white disc with a thin dark ring (1 unit wide at the map's radius). */
    static void drawCalloutDisc(Graphics2D g, double cx, double cy, double r, int number) {
        Ellipse2D disc = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(Color.WHITE);
        g.fill(disc);
        g.setColor(CALLOUT_INK);
        g.setStroke(new BasicStroke((float) (r / Callouts.RADIUS)));
        g.draw(disc);
        String text = Integer.toString(number);
        float size = (float) (number > 99 ? r * 0.95 : r * 1.2);
        Rectangle2D b = Fonts.layout(text, size, true).getBounds();
        Fonts.draw(g, text, size, true, (float) (cx - b.getWidth() / 2 - b.getX()),
                (float) (cy - b.getHeight() / 2 - b.getY()));
    }

    /*
     * Squares of a dense point layer: six classes by powers of ten (1–9, 10–99, … 100,000 and more), a sequential
     * yellow-orange-brown ramp (ColorBrewer YlOrBr) whose lightness falls with the count, so the classes read in
     * greyscale too and stay apart from the land tints and the sea.
     */
    private static final Color[] DENSITY = {new Color(0xFEE391), new Color(0xFEC44F), new Color(0xFE9929),
        new Color(0xEC7014), new Color(0xCC4C02), new Color(0x8C2D04)};
    private static final Color DENSITY_EDGE = new Color(0x662506);
    private static final float DENSITY_TEXT = 10f;

    /** The class of a square's count: floor(log10(count)), at most 5. */
    static int densityClass(int count) {
        int c = 0;
        for (int n = count; n >= 10 && c < DENSITY.length - 1; n /= 10) {
            c++;
        }
        return c;
    }

    /** A count as a square says it: in full up to 999, then "1.2k", "12k", "1.2M". */
    static String shortCount(int count) {
        if (count < 1000) {
            return Integer.toString(count);
        }
        if (count < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1fk", Math.floor(count / 100.0) / 10);
        }
        if (count < 1_000_000) {
            return count / 1000 + "k";
        }
        return String.format(java.util.Locale.ROOT, "%.1fM", Math.floor(count / 100_000.0) / 10);
    }

    /**
     * The squares of a dense point layer, each shaded by its count's class, edged, and marked with the count
     * where the number fits. Squares of one class are filled as one path, so a map of two thousand squares is a
     * handful of fills. On a raster surface drawn at its own pixels ({@code snap}) the squares are put on whole
     * pixels and drawn without antialiasing: crisp edges at a fraction of the cost. {@code scale} multiplies pixel
     * sizes (print).
     */
    static void drawDensityCells(Graphics2D g, List<PointDensity.Cell> cells, double opacity, double scale,
                                 boolean snap) {
        if (cells.isEmpty()) {
            return;
        }
        Rectangle2D[] boxes = new Rectangle2D[cells.size()];
        double inset = 0.5 * scale;
        for (int k = 0; k < cells.size(); k++) {
            Rectangle2D b = cells.get(k).box();
            boxes[k] = snap
                    /* Neighbours share the rounded edge: squares never overlap, a pixel's line between them. */
                    ? new Rectangle(
                    (int) Math.round(b.getMinX()), (int) Math.round(b.getMinY()),
                    (int) (Math.round(b.getMaxX()) - Math.round(b.getMinX())),
                    (int) (Math.round(b.getMaxY()) - Math.round(b.getMinY())))
                    : new Rectangle2D.Double(b.getMinX() + inset, b.getMinY() + inset,
                    Math.max(0, b.getWidth() - 2 * inset), Math.max(0, b.getHeight() - 2 * inset));
        }
        if (snap) {
            /*
             * Whole pixels: Java2D's rectangle loops, several times faster than filling paths; a pixel's gap between
             * squares, where the map shows through, marks their edges.
             */
            Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            for (int k = 0; k < boxes.length; k++) {
                Rectangle r = (Rectangle) boxes[k];
                g.setColor(densityFill(cells.get(k).count(), opacity));
                g.fillRect(r.x + 1, r.y + 1, r.width - 1, r.height - 1);
            }
            if (aa != null) {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            }
        } else {
            /* Vector output: one path a class, so a page holds a handful of fills, not thousands. */
            Path2D.Double[] byClass = new Path2D.Double[DENSITY.length];
            Path2D.Double edges = new Path2D.Double();
            for (int k = 0; k < boxes.length; k++) {
                int cls = densityClass(cells.get(k).count());
                if (byClass[cls] == null) {
                    byClass[cls] = new Path2D.Double();
                }
                byClass[cls].append(boxes[k], false);
                edges.append(boxes[k], false);
            }
            for (int cls = 0; cls < byClass.length; cls++) {
                if (byClass[cls] != null) {
                    g.setColor(densityFill(cls == 0 ? 1 : (int) Math.pow(10, cls), opacity));
                    g.fill(byClass[cls]);
                }
            }
            g.setColor(fade(new Color(DENSITY_EDGE.getRed(), DENSITY_EDGE.getGreen(), DENSITY_EDGE.getBlue(), 140),
                    opacity));
            g.setStroke(new BasicStroke((float) (0.6 * scale)));
            g.draw(edges);
        }
        /* Counts are digits and a letter, all in DejaVu Sans Bold: one font for every square. */
        float size = (float) (DENSITY_TEXT * scale);
        java.awt.Font saved = g.getFont();
        g.setFont(Fonts.sansBold(size));
        Color dark = fade(new Color(0x1A1A1A), opacity);
        Color light = fade(Color.WHITE, opacity);
        for (int k = 0; k < cells.size(); k++) {
            int count = cells.get(k).count();
            String text = shortCount(count);
            Rectangle2D tb = Fonts.layout(text, size, true).getBounds();
            Rectangle2D r = boxes[k];
            if (tb.getWidth() + 4 * scale > r.getWidth() || tb.getHeight() + 4 * scale > r.getHeight()) {
                continue;
            }
            g.setColor(densityClass(count) >= 3 ? light : dark);
            g.drawString(text, (float) (r.getCenterX() - tb.getWidth() / 2 - tb.getX()),
                    (float) (r.getCenterY() - tb.getHeight() / 2 - tb.getY()));
        }
        g.setFont(saved);
    }

    private static final Color[] DENSITY_FILLS = new Color[DENSITY.length];

    static {
        for (int i = 0; i < DENSITY.length; i++) {
            DENSITY_FILLS[i] = new Color(DENSITY[i].getRed(), DENSITY[i].getGreen(), DENSITY[i].getBlue(), 175);
        }
    }

    /* A square's fill: its class colour, a little see-through so the coast shows under it. */
    private static Color densityFill(int count, double opacity) {
        return fade(DENSITY_FILLS[densityClass(count)], opacity);
    }

    /** The legend's swatch of the squares: three classes side by side. */
    static void drawDensitySwatch(Graphics2D g, Rectangle2D box) {
        double side = Math.min(box.getWidth() / 3, box.getHeight());
        double y = box.getCenterY() - side / 2;
        int[] classes = {0, 2, 4};
        for (int k = 0; k < classes.length; k++) {
            Rectangle2D r = new Rectangle2D.Double(box.getCenterX() - 1.5 * side + k * side, y, side, side);
            Color fill = DENSITY[classes[k]];
            g.setColor(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 175));
            g.fill(r);
            g.setColor(new Color(DENSITY_EDGE.getRed(), DENSITY_EDGE.getGreen(), DENSITY_EDGE.getBlue(), 150));
            g.setStroke(new BasicStroke((float) Math.max(0.5, side / 20)));
            g.draw(r);
        }
    }
}
