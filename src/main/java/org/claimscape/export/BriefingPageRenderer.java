package org.claimscape.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.claimscape.model.Feature;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.Graticule;
import org.claimscape.render.LabelPlacer;
import org.claimscape.render.LayerView;
import org.claimscape.render.LegendEntry;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderOutcome;
import org.claimscape.render.RenderRequest;
import org.claimscape.render.ScaleBar;
import org.claimscape.render.StyleCatalog;
import org.locationtech.jts.geom.Envelope;

/**
 * Lays out a briefing page on a Graphics2D whose unit is the PostScript point: header (handling line, title,
 * subtitle, as-of date, viewpoint), the map frame drawn by {@link MapRenderer} (so print matches the screen)
 * with graticule and degree labels, scale bar in kilometres and nautical miles true at the map's centre
 * latitude, north arrow, a locator inset, the legend of the layers shown, and the sources and attribution.
 * Map labels keep clear of the scale bar and north arrow; the legend sits beside the map.
 *
 * <p>The map is drawn at 96 "pixels" per inch, so symbols and labels have the same physical size as on a
 * typical screen. Thread-safe.
 */
public final class BriefingPageRenderer {

    /** Map pixels per point: symbols are sized in 96-dpi pixels. */
    public static final double PX_PER_PT = 96.0 / 72.0;

    /** Attribution of the basemap, printed on every page. */
    public static final String BASEMAP_ATTRIBUTION = "Coastlines: GSHHG 2.3.7 (Wessel & Smith 1996), LGPL-3+; "
            + "country polygons: DCW-GMT, LGPL-3+; overview: Made with Natural Earth.";

    /** Extent of the locator inset: Hokkaido, Sakhalin and the Kuril chain to Kamchatka's tip. */
    public static final Envelope LOCATOR_EXTENT = new Envelope(139, 157, 41, 52);

    private static final Color INK = new Color(0x1E, 0x1E, 0x1E);
    private static final Color GREY = new Color(0x5A, 0x5A, 0x5A);
    private static final Color HANDLING = new Color(0xA3, 0x1F, 0x1F);
    private static final Color GRATICULE = new Color(0x30, 0x40, 0x50, 90);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * Where everything went on the page, in points.
     *
     * @param page       the whole page
     * @param map        the map frame
     * @param inset      the locator inset
     * @param legend     the legend's box beside (or below) the map
     * @param legendOverflow the box inside the map holding the legend entries that did not fit, or null
     * @param scaleBar   the scale bar's box (inside the map frame)
     * @param northArrow the north arrow's box (inside the map frame)
     * @param footer     sources and attribution
     */
    public record Layout(Rectangle2D page, Rectangle2D map, Rectangle2D inset, Rectangle2D legend,
                         Rectangle2D legendOverflow, Rectangle2D scaleBar, Rectangle2D northArrow,
                         Rectangle2D footer) {
    }

    /**
     * What was drawn.
     *
     * @param layout     the boxes
     * @param viewport   the map's viewport (in map pixels, {@link #PX_PER_PT} per point)
     * @param labelBoxes the map labels placed, in page points
     * @param legend     the legend entries shown (those that fitted)
     * @param sources    the source lines printed (attribution first)
     * @param scale      the scale bar (lengths in points)
     * @param complete   false when cancelled part way
     */
    public record Result(Layout layout, MapViewport viewport, List<Rectangle2D> labelBoxes,
                         List<LegendEntry> legend, List<String> sources, ScaleBar scale, boolean complete) {
    }

    private final MapRenderer renderer;

    public BriefingPageRenderer() {
        this(new MapRenderer());
    }

    public BriefingPageRenderer(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The layers the page shows: when the page names layers, exactly those plus the basemap layers the catalog
     * shows anyway; otherwise the views as given.
     */
    public static List<LayerView> selectLayers(BriefingPage page, List<LayerView> available) {
        if (page.layerIds().isEmpty()) {
            return available;
        }
        Set<String> wanted = new HashSet<>(page.layerIds());
        List<LayerView> out = new ArrayList<>();
        for (LayerView v : available) {
            boolean show = wanted.contains(v.layer().id()) || (v.visible() && StyleCatalog.isBasemap(v));
            out.add(v.withVisible(show));
        }
        return out;
    }

    /** Draws the page. The surface's unit must be the point; the page starts at (0, 0). */
    public Result render(Graphics2D g0, BriefingPage page, List<LayerView> available, BooleanSupplier cancelled) {
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        List<LayerView> layers = selectLayers(page, available);
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double w = page.width();
            double h = page.height();
            double m = page.margin();
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, w, h));

            double y = drawHeader(g, page, m, w);
            int footerLines = page.landscape() ? 5 : 7;
            double footerH = footerLines * FOOTER_LEADING + 4 + (page.handling().isEmpty() ? 0 : 12);
            Rectangle2D footer = new Rectangle2D.Double(m, h - m - footerH, w - 2 * m, footerH);
            Layout layout = layout(page, y, footer);

            MapViewport vp = MapViewport.fit(page.bbox(), (int) Math.round(layout.map().getWidth() * PX_PER_PT),
                    (int) Math.round(layout.map().getHeight() * PX_PER_PT), 0);
            ScaleBar scale = ScaleBar.at(vp.centerLat(), vp.metresPerPixel(vp.centerLat()) * PX_PER_PT,
                    Math.min(130, layout.map().getWidth() * 0.3));
            layout = withScaleBox(layout, scale);

            List<LegendEntry> entries = renderer.styles().legend(layers, page.viewpoint(), page.asOf(), vp.zoom(),
                    vp.bounds());
            Rectangle2D legendBox = layout.legend();
            List<Rectangle2D> legendColumns = new ArrayList<>();
            if (legendBox.getWidth() > 300) {
                double cw = (legendBox.getWidth() - 12) / 2;
                legendColumns.add(new Rectangle2D.Double(legendBox.getX(), legendBox.getY(), cw,
                        legendBox.getHeight()));
                legendColumns.add(new Rectangle2D.Double(legendBox.getX() + cw + 12, legendBox.getY() + LEGEND_TITLE
                        + 1, cw, legendBox.getHeight() - LEGEND_TITLE - 1));
            } else {
                legendColumns.add(legendBox);
            }
            LegendPlan plan = planLegend(entries, legendColumns);
            Rectangle2D overflow = null;
            if (plan.left() > 0) {
                /*
                 * What does not fit beside the map goes in a box inside the map's lower right corner; map labels
                 * are kept out of it.
                 */
                Rectangle2D map = layout.map();
                double ow = Math.min(layout.legend().getWidth() + 8, map.getWidth() * 0.4);
                Rectangle2D tall = new Rectangle2D.Double(map.getMaxX() - ow - 6, map.getY() + 44, ow,
                        map.getHeight() - 50);
                List<Rectangle2D> cols = new ArrayList<>(legendColumns);
                cols.add(tall);
                plan = planLegend(entries, cols);
                double oh = plan.used()[cols.size() - 1] + 4 + (plan.left() > 0 ? 9 : 0);
                overflow = new Rectangle2D.Double(tall.getX(), map.getMaxY() - 6 - oh, ow, oh);
                cols.set(cols.size() - 1, overflow);
                plan = planLegend(entries, cols);
                layout = new Layout(layout.page(), layout.map(), layout.inset(), layout.legend(), overflow,
                        layout.scaleBar(), layout.northArrow(), layout.footer());
            }
            RenderOutcome outcome = drawMap(g, page, layers, layout, vp, stop, overflow);
            if (!outcome.complete()) {
                return new Result(layout, vp, List.of(), List.of(), List.of(), scale, false);
            }
            drawGraticule(g, layout.map(), vp);
            drawScaleBar(g, layout.scaleBar(), scale);
            drawNorthArrow(g, layout.northArrow());
            drawInset(g, layout.inset(), page, available);
            drawLegend(g, legendBox, overflow, plan);
            List<LegendEntry> shown = plan.shown();
            List<String> sources = sourceLines(layers, page, vp, footer.getWidth(), footerLines);
            drawFooter(g, page, footer, sources);

            List<Rectangle2D> labels = new ArrayList<>();
            for (LabelPlacer.Placed p : outcome.labels()) {
                Rectangle2D b = p.box();
                labels.add(new Rectangle2D.Double(layout.map().getX() + b.getX() / PX_PER_PT,
                        layout.map().getY() + b.getY() / PX_PER_PT, b.getWidth() / PX_PER_PT,
                        b.getHeight() / PX_PER_PT));
            }
            return new Result(layout, vp, labels, shown, sources, scale, true);
        } finally {
            g.dispose();
        }
    }

    // ------------------------------------------------------------------ header and layout

    private static final float TITLE_SIZE = 18f;
    private static final float SUBTITLE_SIZE = 10.5f;
    private static final float META_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 6f;
    private static final double FOOTER_LEADING = 7.4;

    /** Draws handling line, title, subtitle, date and viewpoint; returns the y below them. */
    private static double drawHeader(Graphics2D g, BriefingPage page, double m, double w) {
        double y = m;
        if (!page.handling().isEmpty()) {
            PageText.drawCentred(g, page.handling(), w / 2, y + 8, 8.5f, true, HANDLING);
            y += 14;
        }
        double right = w - m;
        String asOf = "As of " + DATE.format(page.asOf());
        String vpLine = "Viewpoint: " + page.viewpoint().title() + " — " + viewpointNote(page.viewpoint());
        double metaW = Math.max(PageText.width(asOf, META_SIZE, true), PageText.width(vpLine, META_SIZE, false));
        double full = w - 2 * m;
        float titleSize = TITLE_SIZE;
        /*
         * Date and viewpoint go top right when they fit beside the title; otherwise (portrait, long titles) on
         * their own line under the subtitle. The title shrinks down to 12 pt before wrapping is needed.
         */
        boolean beside = PageText.width(page.title(), TITLE_SIZE, true) + 16 + metaW <= full;
        double titleMax = beside ? full - metaW - 16 : full;
        while (titleSize > 12 && PageText.width(page.title(), titleSize, true) > titleMax) {
            titleSize -= 1;
        }
        PageText.draw(g, page.title(), m, y + titleSize, titleSize, true, INK);
        if (beside) {
            PageText.drawRight(g, asOf, right, y + 10, META_SIZE, true, INK);
            PageText.drawRight(g, vpLine, right, y + 21, META_SIZE, false, GREY);
            y += Math.max(titleSize + 5, 24);
        } else {
            y += titleSize + 5;
        }
        if (!page.subtitle().isEmpty()) {
            PageText.draw(g, page.subtitle(), m, y + SUBTITLE_SIZE, SUBTITLE_SIZE, false, GREY);
            y += SUBTITLE_SIZE + 5;
        }
        if (!beside) {
            PageText.draw(g, asOf, m, y + META_SIZE, META_SIZE, true, INK);
            PageText.draw(g, vpLine, m + PageText.width(asOf, META_SIZE, true) + 12, y + META_SIZE, META_SIZE,
                    false, GREY);
            y += META_SIZE + 5;
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(m, y + 3, w - m, y + 3));
        return y + 8;
    }

    /** What the viewpoint means for the map, in a few words. */
    static String viewpointNote(Viewpoint v) {
        switch (v) {
            case JAPANESE:
                return "Japanese names; disputed islands shown as Japan claims them";
            case RUSSIAN:
                return "Russian names; disputed islands shown as Russia administers them";
            default:
                return "both names; disputed islands hatched";
        }
    }

    private static final double LABEL_GAP = 13;
    private static final double GUTTER = 12;

    private static Layout layout(BriefingPage page, double top, Rectangle2D footer) {
        double w = page.width();
        double m = page.margin();
        double bottom = footer.getY() - 6;
        Rectangle2D map;
        Rectangle2D inset;
        Rectangle2D legend;
        if (page.landscape()) {
            double side = Math.max(165, w * 0.21);
            double mapX = m + LABEL_GAP;
            double mapY = top + LABEL_GAP;
            map = new Rectangle2D.Double(mapX, mapY, w - m - side - GUTTER - mapX, bottom - mapY);
            double sx = w - m - side;
            double insetH = side * 0.72;
            inset = new Rectangle2D.Double(sx, mapY, side, insetH);
            legend = new Rectangle2D.Double(sx, mapY + insetH + 10, side, bottom - (mapY + insetH + 10));
        } else {
            double mapX = m + LABEL_GAP;
            double mapY = top + LABEL_GAP;
            double mapH = (bottom - mapY) * 0.68;
            map = new Rectangle2D.Double(mapX, mapY, w - m - mapX, mapH);
            double below = mapY + mapH + GUTTER;
            double insetW = (w - 2 * m) * 0.34;
            inset = new Rectangle2D.Double(m, below, insetW, Math.min(insetW * 0.72, bottom - below));
            legend = new Rectangle2D.Double(m + insetW + GUTTER, below, w - 2 * m - insetW - GUTTER,
                    bottom - below);
        }
        Rectangle2D north = new Rectangle2D.Double(map.getMaxX() - 30, map.getY() + 6, 24, 32);
        return new Layout(new Rectangle2D.Double(0, 0, w, page.height()), map, inset, legend, null,
                new Rectangle2D.Double(map.getX() + 6, map.getMaxY() - 50, 100, 44), north, footer);
    }

    private static Layout withScaleBox(Layout l, ScaleBar scale) {
        double barW = Math.max(scale.kmLength(), scale.nmLength());
        double boxW = barW + 34;
        double boxH = 46;
        Rectangle2D box = new Rectangle2D.Double(l.map().getX() + 6, l.map().getMaxY() - boxH - 6, boxW, boxH);
        return new Layout(l.page(), l.map(), l.inset(), l.legend(), l.legendOverflow(), box, l.northArrow(),
                l.footer());
    }

    // ------------------------------------------------------------------ map

    private RenderOutcome drawMap(Graphics2D g, BriefingPage page, List<LayerView> layers, Layout layout,
                                  MapViewport vp, BooleanSupplier stop, Rectangle2D legendOverflow) {
        Rectangle2D frame = layout.map();
        Graphics2D mg = (Graphics2D) g.create();
        try {
            mg.translate(frame.getX(), frame.getY());
            mg.scale(1 / PX_PER_PT, 1 / PX_PER_PT);
            mg.clip(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
            // Areas with no data are sea only when the basemap is shown; otherwise the page stays white.
            List<Rectangle2D> keepClear = new ArrayList<>(List.of(toMapPx(layout.scaleBar(), frame),
                    toMapPx(layout.northArrow(), frame)));
            if (legendOverflow != null) {
                keepClear.add(toMapPx(legendOverflow, frame));
            }
            RenderRequest request = new RenderRequest(vp, layers, page.asOf(), page.viewpoint(), Set.of(), true);
            return renderer.draw(mg, request, stop, keepClear);
        } finally {
            mg.dispose();
        }
    }

    private static Rectangle2D toMapPx(Rectangle2D pagePt, Rectangle2D frame) {
        return new Rectangle2D.Double((pagePt.getX() - frame.getX()) * PX_PER_PT,
                (pagePt.getY() - frame.getY()) * PX_PER_PT, pagePt.getWidth() * PX_PER_PT,
                pagePt.getHeight() * PX_PER_PT);
    }

    private static void drawGraticule(Graphics2D g, Rectangle2D frame, MapViewport vp) {
        Graticule grid = Graticule.of(vp, 7);
        Graphics2D gg = (Graphics2D) g.create();
        try {
            gg.clip(frame);
            gg.setColor(GRATICULE);
            gg.setStroke(new BasicStroke(0.4f));
            for (double lon : grid.meridians()) {
                double x = frame.getX() + vp.x(lon) / PX_PER_PT;
                gg.draw(new Line2D.Double(x, frame.getY(), x, frame.getMaxY()));
            }
            for (double lat : grid.parallels()) {
                double y = frame.getY() + vp.y(lat) / PX_PER_PT;
                gg.draw(new Line2D.Double(frame.getX(), y, frame.getMaxX(), y));
            }
        } finally {
            gg.dispose();
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(frame);
        for (double lon : grid.meridians()) {
            double x = frame.getX() + vp.x(lon) / PX_PER_PT;
            if (x > frame.getX() + 8 && x < frame.getMaxX() - 8) {
                PageText.drawCentred(g, Graticule.lonLabel(lon), x, frame.getY() - 3.5, 6.5f, false, GREY);
                tick(g, x, frame.getY(), x, frame.getY() - 2);
            }
        }
        for (double lat : grid.parallels()) {
            double y = frame.getY() + vp.y(lat) / PX_PER_PT;
            if (y > frame.getY() + 12 && y < frame.getMaxY() - 12) {
                PageText.drawUp(g, Graticule.latLabel(lat), frame.getX() - 6, y, 6.5f, GREY);
                tick(g, frame.getX(), y, frame.getX() - 2, y);
            }
        }
    }

    private static void tick(Graphics2D g, double x0, double y0, double x1, double y1) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    private static void drawScaleBar(Graphics2D g, Rectangle2D box, ScaleBar s) {
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(box);
        g.setColor(GREY);
        g.setStroke(new BasicStroke(0.4f));
        g.draw(box);
        double x = box.getX() + 8;
        double y = box.getY() + 13;
        bar(g, x, y, s.kmLength(), s.km(), s.kmText(), s.km() < 1 ? 1000 : 1);
        bar(g, x, y + 15, s.nmLength(), s.nm(), s.nmText(), 1);
        PageText.draw(g, String.format(Locale.ROOT, "Scale true at %.1f°%s (Web Mercator)",
                Math.abs(s.latitude()), s.latitude() >= 0 ? "N" : "S"), x, box.getMaxY() - 4, 5f, false, GREY);
    }

    /** One bar: two segments, black then white, with 0, half and full length labels. */
    private static void bar(Graphics2D g, double x, double y, double length, double value, String text,
                            double labelFactor) {
        double h = 3.2;
        g.setColor(INK);
        g.fill(new Rectangle2D.Double(x, y, length / 2, h));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x + length / 2, y, length / 2, h));
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Rectangle2D.Double(x, y, length, h));
        PageText.drawCentred(g, "0", x, y - 1.8, 5.5f, false, INK);
        PageText.drawCentred(g, number(value * labelFactor / 2), x + length / 2, y - 1.8, 5.5f, false, INK);
        PageText.draw(g, text, x + length - PageText.width(number(value * labelFactor), 5.5f, false) / 2,
                y - 1.8, 5.5f, false, INK);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void drawNorthArrow(Graphics2D g, Rectangle2D box) {
        g.setColor(new Color(255, 255, 255, 225));
        g.fill(box);
        double cx = box.getCenterX();
        double top = box.getY() + 4;
        double bottom = box.getMaxY() - 12;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, top);
        left.lineTo(cx - 6, bottom);
        left.lineTo(cx, bottom - 4);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, top);
        right.lineTo(cx + 6, bottom);
        right.lineTo(cx, bottom - 4);
        right.closePath();
        g.setColor(INK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(right);
        PageText.drawCentred(g, "N", cx, box.getMaxY() - 3, 8f, true, INK);
    }

    // ------------------------------------------------------------------ inset, legend, footer

    private void drawInset(Graphics2D g, Rectangle2D box, BriefingPage page, List<LayerView> available) {
        LayerView overview = available.stream().filter(v -> v.layer().id().equals("land-overview")).findFirst()
                .or(() -> available.stream().filter(v -> v.layer().id().equals("land")).findFirst()).orElse(null);
        MapViewport vp = MapViewport.fit(LOCATOR_EXTENT, (int) Math.round(box.getWidth() * PX_PER_PT),
                (int) Math.round(box.getHeight() * PX_PER_PT), 0);
        Graphics2D ig = (Graphics2D) g.create();
        try {
            ig.translate(box.getX(), box.getY());
            ig.scale(1 / PX_PER_PT, 1 / PX_PER_PT);
            ig.clip(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
            ig.setColor(StyleCatalog.SEA);
            ig.fill(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
            if (overview != null) {
                LayerView v = new LayerView(overview.layer(), "Basemap", true, 1);
                renderer.draw(ig, new RenderRequest(vp, List.of(v), null, page.viewpoint(), Set.of(), false),
                        () -> false);
            }
            Envelope e = page.bbox();
            Rectangle2D extent = new Rectangle2D.Double(vp.x(e.getMinX()), vp.y(e.getMaxY()),
                    vp.x(e.getMaxX()) - vp.x(e.getMinX()), vp.y(e.getMinY()) - vp.y(e.getMaxY()));
            ig.setColor(HANDLING);
            ig.setStroke(new BasicStroke(2f));
            ig.draw(extent);
            placeName(ig, vp, "Hokkaido", 142.9, 43.4);
            placeName(ig, vp, "Sakhalin", 142.8, 49.6);
        } finally {
            ig.dispose();
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(box);
        PageText.draw(g, "Locator", box.getX() + 3, box.getMaxY() - 3, 6.5f, true, GREY);
    }

    private static void placeName(Graphics2D g, MapViewport vp, String name, double lon, double lat) {
        float size = 9f;
        PageText.drawCentred(g, name, vp.x(lon), vp.y(lat), size, false, GREY);
    }

    private static final float LEGEND_TITLE = 9f;
    private static final float LEGEND_GROUP = 7.5f;
    private static final float LEGEND_TEXT = 7f;

    /** Legend groups in briefing order: claims and the land explain the dispute; symbols follow. */
    private static int groupRank(LegendEntry e) {
        switch (e.layerId()) {
            case "claims": return 0;
            case "islands": return 1;
            case "land": case "land-overview": case "countries": case "lakes": return 2;
            case "": return 9;
            default: return 5;
        }
    }

    /** One thing to draw in the legend: a group heading (entry null) or an entry with its wrapped label. */
    private record LegendItem(String heading, LegendEntry entry, List<String> lines, double x, double y) {
    }

    /**
     * The legend laid out into columns (boxes filled top to bottom, one after another).
     *
     * @param items   what goes where
     * @param used    height used in each column
     * @param shown   entries placed
     * @param left    entries that did not fit
     */
    private record LegendPlan(List<LegendItem> items, double[] used, List<LegendEntry> shown, int left) {
    }

    /**
     * Lays out the entries grouped under their layer titles, point symbols two to a row when the column is wide
     * enough. The first column starts below the "Legend" title.
     */
    private static LegendPlan planLegend(List<LegendEntry> entries, List<Rectangle2D> columns) {
        List<LegendItem> items = new ArrayList<>();
        List<LegendEntry> shown = new ArrayList<>();
        double[] used = new double[columns.size()];
        Map<String, List<LegendEntry>> byGroup = new LinkedHashMap<>();
        List<LegendEntry> ordered = new ArrayList<>(entries);
        ordered.sort(java.util.Comparator.comparingInt(BriefingPageRenderer::groupRank));
        for (LegendEntry e : ordered) {
            byGroup.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e);
        }
        int column = 0;
        Rectangle2D col = columns.get(0);
        double top = col.getY() + LEGEND_TITLE + 5;
        double y = top;
        int left = entries.size();
        outer:
        for (Map.Entry<String, List<LegendEntry>> grp : byGroup.entrySet()) {
            List<LegendEntry> list = grp.getValue();
            boolean heading = true;
            int i = 0;
            while (i < list.size()) {
                double colW = col.getWidth();
                boolean pairs = colW >= 140 && list.stream().allMatch(e -> e.kind() == LegendEntry.Kind.SYMBOL
                        || e.kind() == LegendEntry.Kind.APPROXIMATE_SYMBOL);
                int perRow = pairs ? 2 : 1;
                double cellW = (colW - (perRow - 1) * 6) / perRow;
                List<List<String>> cellLines = new ArrayList<>();
                double rowH = 0;
                for (int k = i; k < Math.min(list.size(), i + perRow); k++) {
                    List<String> lines = PageText.wrap(list.get(k).label(), LEGEND_TEXT, false, cellW - 21);
                    cellLines.add(lines);
                    rowH = Math.max(rowH, Math.max(10.5, lines.size() * 8.2 + 2.3));
                }
                double need = (heading ? 10.5 : 0) + rowH;
                if (y + need > col.getMaxY() - 4) {
                    used[column] = y - col.getY();
                    if (column + 1 < columns.size()) {
                        column++;
                        col = columns.get(column);
                        y = col.getY() + 4;
                        heading = true;
                        continue;
                    }
                    break outer;
                }
                if (heading) {
                    items.add(new LegendItem(grp.getKey(), null, List.of(), col.getX() + 4 * Math.min(column, 1),
                            y + LEGEND_GROUP));
                    y += 10.5;
                    heading = false;
                }
                for (int k = i; k < Math.min(list.size(), i + perRow); k++) {
                    double cx = col.getX() + 4 * Math.min(column, 1) + (k - i) * (cellW + 6);
                    items.add(new LegendItem(null, list.get(k), cellLines.get(k - i), cx, y));
                    shown.add(list.get(k));
                    left--;
                }
                y += rowH;
                i += perRow;
            }
            y += 1.5;
        }
        used[column] = Math.max(used[column], y - col.getY());
        return new LegendPlan(items, used, shown, left);
    }

    private static void drawLegend(Graphics2D g, Rectangle2D box, Rectangle2D overflow, LegendPlan plan) {
        PageText.draw(g, "Legend", box.getX(), box.getY() + LEGEND_TITLE, LEGEND_TITLE, true, INK);
        if (overflow != null) {
            g.setColor(new Color(255, 255, 255, 235));
            g.fill(overflow);
            g.setColor(GREY);
            g.setStroke(new BasicStroke(0.4f));
            g.draw(overflow);
        }
        for (LegendItem it : plan.items()) {
            if (it.entry() == null) {
                PageText.draw(g, it.heading(), it.x(), it.y(), LEGEND_GROUP, true, INK);
                continue;
            }
            LegendEntry e = it.entry();
            boolean symbol = e.kind() == LegendEntry.Kind.SYMBOL || e.kind() == LegendEntry.Kind.APPROXIMATE_SYMBOL;
            Rectangle2D sw = symbol ? new Rectangle2D.Double(it.x() + 2.5, it.y() - 0.5, 11, 11)
                    : new Rectangle2D.Double(it.x(), it.y() + 1, 17, 8.5);
            e.drawSwatch(g, sw);
            double ty = it.y() + 7.6;
            for (String line : it.lines()) {
                PageText.draw(g, line, it.x() + 21, ty, LEGEND_TEXT, false, INK);
                ty += 8.2;
            }
        }
        if (plan.left() > 0) {
            Rectangle2D last = overflow != null ? overflow : box;
            PageText.draw(g, "… and " + plan.left() + " more legend entries", last.getX() + 4, last.getMaxY() - 3,
                    6f, false, GREY);
        }
    }

    /**
     * The attribution line, then the sources of the features the map shows (most used first), wrapped to the
     * footer's width and cut to the lines available.
     */
    private static List<String> sourceLines(List<LayerView> layers, BriefingPage page, MapViewport vp,
                                            double width, int maxLines) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Envelope shown = vp.bounds();
        for (LayerView v : layers) {
            if (!v.drawnAt(vp.zoom()) || StyleCatalog.isBasemap(v)) {
                continue;
            }
            for (Feature f : v.layer().query(shown)) {
                String s = f.source().text();
                if (f.isValidAt(page.asOf()) && s != null && !s.isBlank()) {
                    counts.merge(s.trim(), 1, Integer::sum);
                }
            }
        }
        List<String> sources = new ArrayList<>(counts.keySet());
        sources.sort((a, b) -> counts.get(b) - counts.get(a));
        List<String> lines = new ArrayList<>(PageText.wrap(BASEMAP_ATTRIBUTION
                + " Map: Claimscape (GPL-3.0-or-later); Web Mercator.", FOOTER_SIZE, false, width));
        if (sources.isEmpty()) {
            return lines;
        }
        StringBuilder text = new StringBuilder("Sources of the layers shown: ");
        int used = 0;
        for (String s : sources) {
            String attempt = text + (used == 0 ? "" : "; ") + s;
            List<String> wrapped = PageText.wrap(attempt + " … and 99 more.", FOOTER_SIZE, false, width);
            if (lines.size() + wrapped.size() > maxLines) {
                break;
            }
            text.setLength(0);
            text.append(attempt);
            used++;
        }
        int rest = sources.size() - used;
        if (used == 0) {
            text.append(rest).append(" sources, listed in data/SOURCES.md.");
        } else {
            text.append(rest > 0 ? "; … and " + rest + " more (data/SOURCES.md)." : ".");
        }
        lines.addAll(PageText.wrap(text.toString(), FOOTER_SIZE, false, width));
        return lines;
    }

    private static void drawFooter(Graphics2D g, BriefingPage page, Rectangle2D footer, List<String> lines) {
        double y = footer.getY() + FOOTER_SIZE + 2;
        for (String line : lines) {
            PageText.draw(g, line, footer.getX(), y, FOOTER_SIZE, false, GREY);
            y += FOOTER_LEADING;
        }
        if (!page.handling().isEmpty()) {
            PageText.drawCentred(g, page.handling(), footer.getCenterX(), footer.getMaxY() - 1, 8.5f, true,
                    HANDLING);
        }
    }
}
