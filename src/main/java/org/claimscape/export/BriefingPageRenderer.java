package org.claimscape.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.claimscape.model.Feature;
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
 * Map labels keep clear of the scale bar and north arrow; the legend sits beside the map. The user's changes to
 * this layout (legend and locator boxes, text boxes, hidden kinds of name) are applied by {@link UserLayout}.
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
     * @param legend     the legend's box beside (or below) the map, never on it unless the user put it there
     * @param scaleBar   the scale bar's box (inside the map frame, in its emptiest corner)
     * @param northArrow the north arrow's box (inside the map frame)
     * @param footer     sources and attribution
     */
    public record Layout(Rectangle2D page, Rectangle2D map, Rectangle2D inset, Rectangle2D legend,
                         Rectangle2D scaleBar, Rectangle2D northArrow, Rectangle2D footer) {

        Layout withScaleBar(Rectangle2D box) {
            return new Layout(page, map, inset, legend, box, northArrow, footer);
        }

        Layout withLegend(Rectangle2D box) {
            return new Layout(page, map, inset, box, scaleBar, northArrow, footer);
        }

        Layout withInset(Rectangle2D box) {
            return new Layout(page, map, box, legend, scaleBar, northArrow, footer);
        }

        Layout withNorthArrow(Rectangle2D box) {
            return new Layout(page, map, inset, legend, scaleBar, box, footer);
        }
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
     * @param map        what the main map placed (labels, symbols, callouts), in map pixels of {@code viewport}
     * @param legendLeft legend entries that found no room (0 when the page is laid out right; a legend box the
     *                   user made too small leaves some, which the dialog reports)
     * @param drawn      where the legend, locator and the user's text boxes went; null when cancelled
     */
    public record Result(Layout layout, MapViewport viewport, List<Rectangle2D> labelBoxes,
                         List<LegendEntry> legend, List<String> sources, ScaleBar scale, boolean complete,
                         List<Callout> callouts, Rectangle2D calloutTable, List<Callout> tabled, RenderOutcome map,
                         int legendLeft, UserLayout.Drawn drawn) {
    }

    private final MapRenderer renderer;
    private final ComparisonOverlay comparison;
    private final FactBox factBox;
    private final List<DetailInset> insets;
    private final SourceList sources;

    public BriefingPageRenderer() {
        this(new MapRenderer());
    }

    public BriefingPageRenderer(MapRenderer renderer) {
        this(renderer, null, null, List.of(), null);
    }

    private BriefingPageRenderer(MapRenderer renderer, ComparisonOverlay comparison, FactBox factBox,
                                 List<DetailInset> insets, SourceList sources) {
        this.renderer = renderer;
        this.comparison = comparison;
        this.factBox = factBox;
        this.insets = List.copyOf(insets);
        this.sources = sources;
    }

    /** A renderer that also draws a claim comparison (difference overlay and numbers box) on the map. */
    public BriefingPageRenderer withComparison(ComparisonOverlay c) {
        return new BriefingPageRenderer(renderer, c, factBox, insets, sources);
    }

    /** A renderer that also draws an island's fact box on the map, in an empty corner. */
    public BriefingPageRenderer withFactBox(FactBox f) {
        return new BriefingPageRenderer(renderer, comparison, f, insets, sources);
    }

    /** A renderer that also draws detail insets in the map's empty corners. */
    public BriefingPageRenderer withInsets(List<DetailInset> i) {
        return new BriefingPageRenderer(renderer, comparison, factBox, i, sources);
    }

    /**
     * A renderer whose footers cite sources in a document's list (one renderer per document: the list is not
     * thread-safe). Without one, each page numbers its sources on its own.
     */
    BriefingPageRenderer withSources(SourceList list) {
        return new BriefingPageRenderer(renderer, comparison, factBox, insets, list);
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

    /**
     * Draws the page. The surface's unit must be the point; the page starts at (0, 0). An A3 page is the A4 layout
     * scaled by √2 (text scales with the page); its result's boxes are in A4 points.
     */
    public Result render(Graphics2D g0, BriefingPage asked, List<LayerView> available, BooleanSupplier cancelled) {
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        Graphics2D g = (Graphics2D) g0.create();
        BriefingPage page = asked;
        if (asked.paper() == BriefingPage.Paper.A3) {
            // A3 is A4 enlarged (same shape): the page is laid out as A4 and printed larger, text and symbols too,
            // as a wall copy of the A4 briefing should read from further away. Boxes are given in A4 points.
            double k = BriefingPage.Paper.A3.width() / BriefingPage.Paper.A4.width();
            g.scale(k, k);
            page = asked.withPaper(BriefingPage.Paper.A4).withMargin(asked.margin() / k);
        }
        List<LayerView> layers = selectLayers(page, available);
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, page.width(), page.height()));

            double top = PageHeader.draw(g, page, page.margin(), page.width());
            Rectangle2D footer = PageFooter.box(page);
            UserLayout user = UserLayout.of(page);
            Arrangement a = arrange(page, layers, top, footer, user);
            Layout layout = user.apply(a.layout());
            MapViewport vp = a.viewport();
            RenderOutcome outcome = drawMap(g, page, layers, layout, vp, stop, a.keepClear(), a.compareBox());
            List<Callout> callouts = new ArrayList<>(outcome.callouts());
            for (int i = 0; i < a.insets().size() && outcome.complete(); i++) {
                RenderOutcome in = drawInset(g, page, layers, a.insets().get(i), stop, 1 + callouts.size());
                callouts.addAll(in.callouts());
                outcome = new RenderOutcome(outcome.labels(), outcome.symbols(), in.complete(), outcome.callouts());
            }
            if (!outcome.complete()) {
                return new Result(layout, vp, List.of(), List.of(), List.of(), a.scale(), false, List.of(), null,
                        List.of(), outcome, 0, null);
            }
            if (comparison != null) {
                comparison.drawBox(g, a.compareBox());
            }
            if (a.factBox() != null) {
                factBox.draw(g, a.factBox());
            }
            MapFurniture.drawGraticule(g, layout.map(), vp);
            MapFurniture.drawScaleBar(g, layout.scaleBar(), a.scale(), a.scaleNotes());
            MapFurniture.drawNorthArrow(g, layout.northArrow());
            // The same request as planned draws the same callouts: the table's room was kept for exactly these.
            CalloutTable.Plan table = a.tableBox() == null ? null : CalloutTable.place(callouts, a.tableBox());
            if (table != null) {
                CalloutTable.draw(g, table, RenderText.get(page.viewpoint(), "callouts.title"));
            }
            List<String> sources = PageFooter.sourceLines(layers, page, vp, footer.getWidth(),
                    this.sources != null ? this.sources : SourceList.withBundledKey());
            PageFooter.draw(g, page, footer, sources);
            // After the page's other parts: a legend or locator the user placed is never hidden by them.
            user.drawPanels(g, layout.map());
            LocatorInset.draw(g, renderer, layout.inset(), page, available);
            PageLegend.draw(g, a.legend(), RenderText.get(page.viewpoint(), "legend.title"));
            user.drawTexts(g);

            List<Rectangle2D> labels = new ArrayList<>();
            for (LabelPlacer.Placed p : outcome.labels()) {
                Rectangle2D b = p.box();
                labels.add(new Rectangle2D.Double(layout.map().getX() + b.getX() / PX_PER_PT,
                        layout.map().getY() + b.getY() / PX_PER_PT, b.getWidth() / PX_PER_PT,
                        b.getHeight() / PX_PER_PT));
            }
            return new Result(layout, vp, labels, a.legend().shown(), sources, a.scale(), true, callouts,
                    table == null ? null : table.box(), table == null ? List.of() : table.callouts(), outcome,
                    a.legend().plan().left(), user.drawn(a.legend(), layout.inset()));
        } finally {
            g.dispose();
        }
    }

    // ------------------------------------------------------------------ layout

    private static final double LABEL_GAP = 13;
    private static final double GUTTER = 12;
    private static final double TABLE_GAP = 8;
    private static final int MAX_ROUNDS = 5;

    /* Everything decided before the map is drawn. */
    private record Arrangement(Layout layout, MapViewport viewport, ScaleBar scale, Rectangle2D compareBox,
                               PageLegend.Placement legend, Rectangle2D tableBox, Rectangle2D factBox,
                               List<PlacedInset> insets, List<Rectangle2D> keepClear, List<String> scaleNotes) {
    }

    /* The features a planned drawing shows as symbols of their own (not in a badge): what the legend explains. */
    private static void addDrawnSymbols(RenderOutcome planned, Set<Feature> drawn) {
        planned.symbols().stream().filter(sym -> !sym.badge()).forEach(sym -> drawn.add(sym.feature()));
    }

    /* A detail inset's box on the page and the viewport drawn in it. */
    private record PlacedInset(DetailInset inset, Rectangle2D box, MapViewport viewport) {
    }

    /* Where the legend and the callout table go in the room left by the map, and how much room that takes. */
    private record Room(double need, Rectangle2D legend, Rectangle2D table) {
    }

    /*
     * The map takes the page, less the room the legend and the callout table need to show every entry and every
     * callout beside or below it: the legend never goes on the map and nothing is left out. What a map shows
     * (and so its legend and callouts) depends on its size, so the room is found in a few rounds, each planning
     * the map without drawing it.
     */
    private Arrangement arrange(BriefingPage page, List<LayerView> layers, double top, Rectangle2D footer,
                                UserLayout user) {
        String continued = RenderText.get(page.viewpoint(), "legend.continued");
        double w = page.width();
        double m = page.margin();
        double bottom = footer.getY() - 6;
        double mapY = top + LABEL_GAP;
        double room = page.landscape() ? 0 : (w - 2 * m) * 0.34 * 0.72;
        double side = Math.max(165, w * 0.21);
        double tableH = 0;
        Arrangement last = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Layout layout = page.landscape() ? landscape(page, mapY, bottom, side, tableH)
                    : portrait(page, mapY, bottom, room);
            MapViewport vp = fit(page, layout);
            ScaleBar scale = ScaleBar.at(vp.centerLat(), vp.metresPerPixel(vp.centerLat()) * PX_PER_PT,
                    Math.min(130, layout.map().getWidth() * 0.3));
            Rectangle2D compareBox = null;
            if (comparison != null) {
                double[] size = comparison.boxSize();
                compareBox = new Rectangle2D.Double(layout.map().getX() + 6, layout.map().getY() + 6,
                        Math.min(size[0], layout.map().getWidth() * 0.6), size[1]);
            }
            List<String> notes = MapFurniture.scaleNotes(page.viewpoint(), scale, page.bbox(), vp.bounds());
            List<Rectangle2D> userBoxes = user.onMap(layout.map());
            List<Rectangle2D> avoid = new ArrayList<>(userBoxes);
            if (compareBox != null) {
                avoid.add(compareBox);
            }
            layout = layout.withScaleBar(EmptyCorner.scaleBarBox(layout, MapFurniture.scaleBarSize(scale, notes), vp,
                    layers, page.asOf(), avoid));
            layout = user.moveNorthArrow(layout, avoid);
            List<Rectangle2D> taken = new ArrayList<>(avoid);
            taken.addAll(List.of(layout.scaleBar(), layout.northArrow()));
            Rectangle2D factRect = factBox == null ? null : EmptyCorner.place(FactBox.WIDTH, factBox.height(),
                    layout.map(), taken, vp, layers, page.asOf());
            if (factRect != null) {
                taken.add(factRect);
            }
            List<PlacedInset> placedInsets = new ArrayList<>();
            for (DetailInset inset : insets) {
                PlacedInset p = placeInset(inset, layout.map(), taken, vp, layers, page.asOf());
                if (p != null) {
                    taken.add(p.box());
                    placedInsets.add(p);
                }
            }
            List<Rectangle2D> clear = new ArrayList<>();
            for (Rectangle2D t : taken) {
                clear.add(toMapPx(t, layout.map()));
            }
            /* Planned as it will be drawn: under a comparison, the basemap goes first on its own (drawMap). */
            RenderOutcome planned = renderer.plan(mapRequest(page, comparison == null ? layers
                    : overComparison(layers, false), vp), clear, 1);
            List<Callout> callouts = new ArrayList<>(planned.callouts());
            Set<Feature> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
            addDrawnSymbols(planned, drawn);
            for (PlacedInset p : placedInsets) {
                RenderOutcome in = renderer.plan(insetRequest(page, layers, p.viewport()), List.of(),
                        1 + callouts.size());
                callouts.addAll(in.callouts());
                addDrawnSymbols(in, drawn);
            }
            /* The insets' land (Matua, Paramushir in Russia's colour) is on the page too: the legend explains it. */
            Envelope shown = vp.bounds();
            for (PlacedInset p : placedInsets) {
                shown.expandToInclude(p.viewport().bounds());
            }
            List<LegendEntry> entries = new ArrayList<>(renderer.styles().legend(layers, page.viewpoint(),
                    page.asOf(), vp.zoom(), shown, drawn));
            // Paper has no cluster badges to explain.
            entries.removeIf(e -> e.kind() == LegendEntry.Kind.CLUSTER);
            boolean lastRound = round == MAX_ROUNDS - 1;
            if (page.landscape()) {
                double legendTop = layout.inset().getMaxY() + 10;
                double legendNeed = PageLegend.heightFor(entries, side, continued);
                double tableNeed = CalloutTable.needs(callouts, layout.map().getWidth());
                boolean legendFits = legendTop + legendNeed <= bottom;
                boolean tableFits = callouts.isEmpty() || tableNeed + TABLE_GAP <= tableH + 0.5;
                Rectangle2D tableBox = callouts.isEmpty() ? null : new Rectangle2D.Double(layout.map().getX(),
                        layout.map().getMaxY() + TABLE_GAP, layout.map().getWidth(), tableH - TABLE_GAP);
                last = new Arrangement(layout, vp, scale, compareBox, user.legend(entries, layout.legend(),
                        continued), tableBox, factRect, placedInsets, clear, notes);
                if ((legendFits && tableFits) || lastRound) {
                    return last;
                }
                if (!legendFits && side < 320) {
                    side = 320; // two legend columns
                }
                if (!tableFits) {
                    tableH = tableNeed + TABLE_GAP;
                }
                continue;
            }
            Room r = portraitRoom(page, layout, entries, callouts, continued);
            if (r.need() <= room + 0.5 || lastRound) {
                Rectangle2D legendBox = r.legend();
                return new Arrangement(layout.withLegend(legendBox), vp, scale, compareBox,
                        user.legend(entries, legendBox, continued), r.table(), factRect, placedInsets, clear,
                        notes);
            }
            room = r.need();
        }
        return last;
    }

    /* The map over the full width; under it the locator inset (left) and the legend (right) share `room`. */
    private static Layout portrait(BriefingPage page, double mapY, double bottom, double room) {
        double w = page.width();
        double m = page.margin();
        double mapX = m + LABEL_GAP;
        double mapH = bottom - mapY - room - GUTTER;
        Rectangle2D map = new Rectangle2D.Double(mapX, mapY, w - m - mapX, mapH);
        double below = map.getMaxY() + GUTTER;
        double insetW = (w - 2 * m) * 0.34;
        Rectangle2D inset = new Rectangle2D.Double(m, below, insetW, Math.min(insetW * 0.72, bottom - below));
        Rectangle2D legend = new Rectangle2D.Double(m + insetW + GUTTER, below, w - 2 * m - insetW - GUTTER,
                bottom - below);
        return new Layout(new Rectangle2D.Double(0, 0, w, page.height()), map, inset, legend, null,
                northArrow(map), PageFooter.box(page));
    }

    /* The map on the left, over the callout table's height; the inset and legend in a column on the right. */
    private static Layout landscape(BriefingPage page, double mapY, double bottom, double side, double tableH) {
        double w = page.width();
        double m = page.margin();
        double mapX = m + LABEL_GAP;
        Rectangle2D map = new Rectangle2D.Double(mapX, mapY, w - m - side - GUTTER - mapX, bottom - mapY - tableH);
        double sx = w - m - side;
        double insetH = Math.min(side, 240) * 0.72;
        Rectangle2D inset = new Rectangle2D.Double(sx, mapY, Math.min(side, 240), insetH);
        Rectangle2D legend = new Rectangle2D.Double(sx, mapY + insetH + 10, side, bottom - (mapY + insetH + 10));
        return new Layout(new Rectangle2D.Double(0, 0, w, page.height()), map, inset, legend, null,
                northArrow(map), PageFooter.box(page));
    }

    private static Rectangle2D northArrow(Rectangle2D map) {
        return new Rectangle2D.Double(map.getMaxX() - 30, map.getY() + 6, 24, 32);
    }

    /*
     * The room under a portrait map the legend and callout table need, with the table where it costs least:
     * under the legend, under the locator inset, or across the page under both.
     */
    private static Room portraitRoom(BriefingPage page, Layout l, List<LegendEntry> entries, List<Callout> callouts,
                                     String continued) {
        Rectangle2D inset = l.inset();
        double x = page.margin();
        double width = page.width() - 2 * page.margin();
        double top = inset.getY();
        double insetW = inset.getWidth();
        double insetH = insetW * 0.72;
        double rightX = inset.getMaxX() + GUTTER;
        double rightW = x + width - rightX;
        double legendH = PageLegend.heightFor(entries, rightW, continued);
        Rectangle2D legend = new Rectangle2D.Double(rightX, top, rightW, legendH);
        if (callouts.isEmpty()) {
            return new Room(Math.max(insetH, legendH), legend, null);
        }
        double underLegend = CalloutTable.needs(callouts, rightW);
        double underInset = CalloutTable.needs(callouts, insetW);
        double across = CalloutTable.needs(callouts, width);
        double a = Math.max(insetH, legendH + TABLE_GAP + underLegend);
        double b = Math.max(insetH + TABLE_GAP + underInset, legendH);
        double c = Math.max(insetH, legendH) + TABLE_GAP + across;
        if (a <= b && a <= c) {
            return new Room(a, legend, new Rectangle2D.Double(rightX, top + legendH + TABLE_GAP, rightW,
                    underLegend));
        }
        if (b <= c) {
            return new Room(b, legend, new Rectangle2D.Double(x, top + insetH + TABLE_GAP, insetW, underInset));
        }
        return new Room(c, legend, new Rectangle2D.Double(x, top + Math.max(insetH, legendH) + TABLE_GAP, width,
                across));
    }

    /* An inset a quarter of the map wide, as tall as its extent needs, in the emptiest free corner. */
    private static PlacedInset placeInset(DetailInset inset, Rectangle2D map, List<Rectangle2D> taken,
                                          MapViewport vp, List<LayerView> layers, java.time.LocalDate date) {
        double w = map.getWidth() * 0.27;
        MapViewport probe = MapViewport.fit(inset.extent(), 1000, 1000, 0);
        double aspect = (probe.y(inset.extent().getMinY()) - probe.y(inset.extent().getMaxY()))
                / Math.max(1e-9, probe.x(inset.extent().getMaxX()) - probe.x(inset.extent().getMinX()));
        double h = Math.min(map.getHeight() * 0.4, Math.max(w * 0.5, w * aspect));
        Rectangle2D box = EmptyCorner.place(w, h, map, taken, vp, layers, date);
        if (box == null) {
            return null;
        }
        MapViewport ivp = MapViewport.fit(inset.extent(), (int) Math.round(w * PX_PER_PT),
                (int) Math.round(h * PX_PER_PT), 0);
        return new PlacedInset(inset, box, ivp);
    }

    private static RenderRequest insetRequest(BriefingPage page, List<LayerView> layers, MapViewport vp) {
        return new RenderRequest(vp, layers, page.asOf(), page.viewpoint(), Set.of(), true, true,
                page.layout().hiddenLabels());
    }

    /* The inset's map in its box, its frame, its name and a scale line; callouts numbered on from `first`. */
    private RenderOutcome drawInset(Graphics2D g, BriefingPage page, List<LayerView> layers, PlacedInset p,
                                    BooleanSupplier stop, int first) {
        Rectangle2D box = p.box();
        MapViewport vp = p.viewport();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(box.getX() - 2, box.getY() - 2, box.getWidth() + 4, box.getHeight() + 4));
        Graphics2D mg = (Graphics2D) g.create();
        RenderOutcome out;
        ScaleBar bar = ScaleBar.at(vp.centerLat(), vp.metresPerPixel(vp.centerLat()) * PX_PER_PT,
                box.getWidth() * 0.35);
        Rectangle2D title = new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth(), 11);
        Rectangle2D scaleRoom = new Rectangle2D.Double(box.getX(), box.getMaxY() - 12, bar.kmLength() + 40, 12);
        try {
            mg.translate(box.getX(), box.getY());
            mg.scale(1 / PX_PER_PT, 1 / PX_PER_PT);
            mg.clip(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
            out = renderer.draw(mg, insetRequest(page, layers, vp), stop,
                    List.of(toMapPx(title, box), toMapPx(scaleRoom, box)), first);
        } finally {
            mg.dispose();
        }
        PageStyle.panel(g, title, 235);
        PageText.draw(g, p.inset().title(), box.getX() + 3, box.getY() + 8, 6.5f, true, PageStyle.INK);
        MapFurniture.drawScaleLine(g, box.getX() + 4, box.getMaxY() - 4, bar);
        g.setColor(PageStyle.INK);
        g.setStroke(new java.awt.BasicStroke(0.8f));
        g.draw(box);
        return out;
    }

    // ------------------------------------------------------------------ map

    private RenderOutcome drawMap(Graphics2D g, BriefingPage page, List<LayerView> layers, Layout layout,
                                  MapViewport vp, BooleanSupplier stop, List<Rectangle2D> keepClear,
                                  Rectangle2D compareBox) {
        Rectangle2D frame = layout.map();
        Graphics2D mg = (Graphics2D) g.create();
        try {
            mg.translate(frame.getX(), frame.getY());
            mg.scale(1 / PX_PER_PT, 1 / PX_PER_PT);
            mg.clip(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
            if (comparison != null) {
                return drawMapUnderComparison(mg, page, layers, vp, stop, keepClear);
            }
            return renderer.draw(mg, mapRequest(page, layers, vp), stop, keepClear);
        } finally {
            mg.dispose();
        }
    }

    /*
     * The layers drawn under the comparison's land classes (the basemap's land and water) or over them (the
     * thematic layers and the reference names, which are labels), each list with the others hidden.
     */
    private static List<LayerView> overComparison(List<LayerView> layers, boolean under) {
        List<LayerView> out = new ArrayList<>();
        for (LayerView v : layers) {
            out.add(StyleCatalog.isBasemapLand(v) == under ? v : v.withVisible(false));
        }
        return out;
    }

    /*
     * The comparison's land classes lie between the basemap and the thematic layers, so symbols and labels stay
     * legible on top: the basemap is drawn first (without labels), then the overlay, then the thematic layers.
     */
    private RenderOutcome drawMapUnderComparison(Graphics2D mg, BriefingPage page, List<LayerView> layers,
                                                 MapViewport vp, BooleanSupplier stop, List<Rectangle2D> keepClear) {
        List<LayerView> base = overComparison(layers, true);
        List<LayerView> thematic = overComparison(layers, false);
        /* Basemap names would collide with the thematic symbols drawn later; the islands layer names the land. */
        RenderOutcome first = renderer.draw(mg, new RenderRequest(vp, base, page.asOf(), page.viewpoint(), Set.of(),
                false, true, page.layout().hiddenLabels()), stop, keepClear);
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
        return new RenderRequest(vp, layers, page.asOf(), page.viewpoint(), Set.of(), true, true,
                page.layout().hiddenLabels());
    }

    private static Rectangle2D toMapPx(Rectangle2D pagePt, Rectangle2D frame) {
        return new Rectangle2D.Double((pagePt.getX() - frame.getX()) * PX_PER_PT,
                (pagePt.getY() - frame.getY()) * PX_PER_PT, pagePt.getWidth() * PX_PER_PT,
                pagePt.getHeight() * PX_PER_PT);
    }
}
