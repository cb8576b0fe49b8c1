package org.claimscape.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.claimscape.render.Callout;
import org.claimscape.render.LabelPlacer;
import org.claimscape.render.LayerView;
import org.claimscape.render.LegendEntry;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderOutcome;
import org.claimscape.render.RenderRequest;
import org.claimscape.render.RenderText;
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
     * @param callouts   the numbered callouts of crowded symbols drawn on the map (map pixels)
     * @param calloutTable the table naming them, beside the map; null without callouts
     * @param tabled     the callouts the table lists (those that fitted)
     */
    public record Result(Layout layout, MapViewport viewport, List<Rectangle2D> labelBoxes,
                         List<LegendEntry> legend, List<String> sources, ScaleBar scale, boolean complete,
                         List<Callout> callouts, Rectangle2D calloutTable, List<Callout> tabled) {
    }

    private final MapRenderer renderer;
    private final ComparisonOverlay comparison;
    private final SourceList sources;

    public BriefingPageRenderer() {
        this(new MapRenderer());
    }

    public BriefingPageRenderer(MapRenderer renderer) {
        this(renderer, null, null);
    }

    private BriefingPageRenderer(MapRenderer renderer, ComparisonOverlay comparison, SourceList sources) {
        this.renderer = renderer;
        this.comparison = comparison;
        this.sources = sources;
    }

    /** A renderer that also draws a claim comparison (difference overlay and numbers box) on the map. */
    public BriefingPageRenderer withComparison(ComparisonOverlay c) {
        return new BriefingPageRenderer(renderer, c, sources);
    }

    /**
     * A renderer whose footers cite sources in a document's list (one renderer per document: the list is not
     * thread-safe). Without one, each page numbers its sources on its own.
     */
    BriefingPageRenderer withSources(SourceList list) {
        return new BriefingPageRenderer(renderer, comparison, list);
    }

    /** The comparison this renderer draws, or null. */
    public ComparisonOverlay comparison() {
        return comparison;
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

            double y = PageHeader.draw(g, page, m, w);
            Rectangle2D footer = PageFooter.box(page);
            Layout layout = layout(page, y, footer);

            MapViewport vp = fit(page, layout);
            int callouts = renderer.calloutCount(mapRequest(page, layers, vp));
            Rectangle2D tableBox = null;
            if (page.landscape() && callouts > 0) {
                // The side column has no room to spare: the table goes under the map, which gives up the height.
                Rectangle2D map = layout.map();
                double tableH = CalloutTable.needs(callouts + TABLE_SLACK, map.getWidth(), Double.MAX_VALUE);
                layout = new Layout(layout.page(), new Rectangle2D.Double(map.getX(), map.getY(), map.getWidth(),
                        map.getHeight() - tableH - TABLE_GAP), layout.inset(), layout.legend(), null,
                        layout.scaleBar(), layout.northArrow(), layout.footer());
                vp = fit(page, layout);
                callouts = renderer.calloutCount(mapRequest(page, layers, vp));
                tableBox = new Rectangle2D.Double(map.getX(), layout.map().getMaxY() + TABLE_GAP, map.getWidth(),
                        tableH);
            }
            ScaleBar scale = ScaleBar.at(vp.centerLat(), vp.metresPerPixel(vp.centerLat()) * PX_PER_PT,
                    Math.min(130, layout.map().getWidth() * 0.3));
            layout = withScaleBox(layout, scale);

            List<LegendEntry> entries = new ArrayList<>(renderer.styles().legend(layers, page.viewpoint(),
                    page.asOf(), vp.zoom(), vp.bounds()));
            // Paper has no cluster badges to explain.
            entries.removeIf(e -> e.kind() == LegendEntry.Kind.CLUSTER);
            PageLegend.Placement legend = PageLegend.place(entries, layout.legend(), layout.map());
            if (tableBox == null) {
                tableBox = tableBox(callouts, layout, legend);
            }
            if (tableBox != null && tableBox.intersects(layout.legend())) {
                // The table takes the bottom of the legend's box; entries that no longer fit go on the map.
                Rectangle2D l = layout.legend();
                legend = PageLegend.place(entries, new Rectangle2D.Double(l.getX(), l.getY(), l.getWidth(),
                        tableBox.getY() - TABLE_GAP - l.getY()), layout.map());
            }
            Rectangle2D overflow = legend.overflow();
            if (overflow != null) {
                layout = new Layout(layout.page(), layout.map(), layout.inset(), layout.legend(), overflow,
                        layout.scaleBar(), layout.northArrow(), layout.footer());
            }
            Rectangle2D compareBox = null;
            if (comparison != null) {
                double[] size = comparison.boxSize();
                compareBox = new Rectangle2D.Double(layout.map().getX() + 6, layout.map().getY() + 6,
                        Math.min(size[0], layout.map().getWidth() * 0.6), size[1]);
            }
            RenderOutcome outcome = drawMap(g, page, layers, layout, vp, stop, overflow, compareBox);
            if (!outcome.complete()) {
                return new Result(layout, vp, List.of(), List.of(), List.of(), scale, false, List.of(), null,
                        List.of());
            }
            if (comparison != null) {
                comparison.drawBox(g, compareBox);
            }
            MapFurniture.drawGraticule(g, layout.map(), vp);
            MapFurniture.drawScaleBar(g, layout.scaleBar(), scale);
            MapFurniture.drawNorthArrow(g, layout.northArrow());
            LocatorInset.draw(g, renderer, layout.inset(), page, available);
            PageLegend.draw(g, legend, RenderText.get(page.viewpoint(), "legend.title"));
            // Numbered as drawn: the table is filled from the map, its room was kept by count.
            CalloutTable.Plan table = tableBox == null ? null : CalloutTable.place(outcome.callouts(), tableBox);
            if (table != null) {
                CalloutTable.draw(g, table, RenderText.get(page.viewpoint(), "callouts.title"));
            }
            List<String> sources = PageFooter.sourceLines(layers, page, vp, footer.getWidth(),
                    this.sources != null ? this.sources : SourceList.withBundledKey());
            PageFooter.draw(g, page, footer, sources);

            List<Rectangle2D> labels = new ArrayList<>();
            for (LabelPlacer.Placed p : outcome.labels()) {
                Rectangle2D b = p.box();
                labels.add(new Rectangle2D.Double(layout.map().getX() + b.getX() / PX_PER_PT,
                        layout.map().getY() + b.getY() / PX_PER_PT, b.getWidth() / PX_PER_PT,
                        b.getHeight() / PX_PER_PT));
            }
            return new Result(layout, vp, labels, legend.shown(), sources, scale, true, outcome.callouts(),
                    table == null ? null : table.box(), table == null ? List.of() : table.rows());
        } finally {
            g.dispose();
        }
    }

    // ------------------------------------------------------------------ layout

    private static final double LABEL_GAP = 13;
    private static final double GUTTER = 12;
    private static final double TABLE_GAP = 8;
    /* Rows kept for callouts that appear when the map shrinks to make room for the table. */
    private static final int TABLE_SLACK = 3;

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

    /*
     * Where the callout table of a portrait page goes, never on the map: under the legend when it fits there,
     * else under the locator inset beside the legend, else at the bottom of the legend's box.
     */
    private static Rectangle2D tableBox(int callouts, Layout l, PageLegend.Placement legend) {
        Rectangle2D box = l.legend();
        if (callouts == 0) {
            return null;
        }
        double free = box.getHeight() - legend.usedHeight() - TABLE_GAP;
        double need = CalloutTable.needs(callouts, box.getWidth(), free);
        if (legend.overflow() == null && need <= free) {
            return new Rectangle2D.Double(box.getX(), box.getY() + legend.usedHeight() + TABLE_GAP, box.getWidth(),
                    need);
        }
        Rectangle2D inset = l.inset();
        if (inset.getMaxX() < box.getX()) {
            double top = inset.getMaxY() + TABLE_GAP;
            double below = CalloutTable.needs(callouts, inset.getWidth(), box.getMaxY() - top);
            if (top + below <= box.getMaxY()) {
                return new Rectangle2D.Double(inset.getX(), top, inset.getWidth(), below);
            }
        }
        double h = CalloutTable.height(callouts, box.getWidth(), box.getHeight() * 0.6);
        return new Rectangle2D.Double(box.getX(), box.getMaxY() - h, box.getWidth(), h);
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
                                  MapViewport vp, BooleanSupplier stop, Rectangle2D legendOverflow,
                                  Rectangle2D compareBox) {
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
            if (compareBox != null) {
                keepClear.add(toMapPx(compareBox, frame));
            }
            if (comparison != null) {
                return drawMapUnderComparison(mg, page, layers, vp, stop, keepClear);
            }
            return renderer.draw(mg, mapRequest(page, layers, vp), stop, keepClear);
        } finally {
            mg.dispose();
        }
    }

    /*
     * The comparison's land classes lie between the basemap and the thematic layers, so symbols and labels stay
     * legible on top: the basemap is drawn first (without labels), then the overlay, then the thematic layers.
     */
    private RenderOutcome drawMapUnderComparison(Graphics2D mg, BriefingPage page, List<LayerView> layers,
                                                 MapViewport vp, BooleanSupplier stop, List<Rectangle2D> keepClear) {
        List<LayerView> base = new ArrayList<>();
        List<LayerView> thematic = new ArrayList<>();
        for (LayerView v : layers) {
            boolean basemap = StyleCatalog.isBasemap(v);
            base.add(basemap ? v : v.withVisible(false));
            thematic.add(basemap ? v.withVisible(false) : v);
        }
        /* Basemap names would collide with the thematic symbols drawn later; the islands layer names the land. */
        RenderOutcome first = renderer.draw(mg, new RenderRequest(vp, base, page.asOf(), page.viewpoint(), Set.of(),
                false, true), stop, keepClear);
        if (!first.complete()) {
            return first;
        }
        comparison.drawOnMap(mg, vp);
        List<Rectangle2D> clear = new ArrayList<>(keepClear);
        for (LabelPlacer.Placed p : first.labels()) {
            clear.add(p.box());
        }
        for (RenderOutcome.Symbol s : first.symbols()) {
            clear.add(s.box());
        }
        RenderOutcome second = renderer.draw(mg, mapRequest(page, thematic, vp), stop, clear);
        List<LabelPlacer.Placed> labels = new ArrayList<>(first.labels());
        labels.addAll(second.labels());
        List<RenderOutcome.Symbol> symbols = new ArrayList<>(first.symbols());
        symbols.addAll(second.symbols());
        List<Callout> callouts = new ArrayList<>(first.callouts());
        callouts.addAll(second.callouts());
        return new RenderOutcome(labels, symbols, second.complete(), callouts);
    }

    private static MapViewport fit(BriefingPage page, Layout layout) {
        return MapViewport.fit(page.bbox(), (int) Math.round(layout.map().getWidth() * PX_PER_PT),
                (int) Math.round(layout.map().getHeight() * PX_PER_PT), 0);
    }

    private static RenderRequest mapRequest(BriefingPage page, List<LayerView> layers, MapViewport vp) {
        return new RenderRequest(vp, layers, page.asOf(), page.viewpoint(), Set.of(), true, true);
    }

    private static Rectangle2D toMapPx(Rectangle2D pagePt, Rectangle2D frame) {
        return new Rectangle2D.Double((pagePt.getX() - frame.getX()) * PX_PER_PT,
                (pagePt.getY() - frame.getY()) * PX_PER_PT, pagePt.getWidth() * PX_PER_PT,
                pagePt.getHeight() * PX_PER_PT);
    }
}
