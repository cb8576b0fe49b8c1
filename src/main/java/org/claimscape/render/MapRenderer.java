package org.claimscape.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.claimscape.model.Feature;
import org.claimscape.model.LabelClass;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Precision;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws a {@link RenderRequest} onto any Java2D surface: a tile image, the on-screen overlay image, a PDF page
 * (PDFBox Graphics2D), an SVG (JFreeSVG) or a PNG, so that what is printed is what is on screen.
 *
 * <p>Order: sea (when a basemap layer is visible), then the layers bottom to top (areas, lines, point symbols
 * at a fixed pixel size; a user's layer with many points in view as counted squares instead, see {@link PointDensity}),
 * then labels placed so that none overlaps another label or a symbol. Geometry comes from {@link SimplifiedLayer}
 * (per-zoom simplified, culled to the viewport with the layer's index).
 *
 * <p>Thread-safe: one instance may draw several requests at once on different threads.
 */
public final class MapRenderer {

    /* Areas smaller than this on screen, in both directions, are named beside them; pixels. */
    private static final double SMALL_AREA = 40;


    /**
     * Rendering hint for vector surfaces (PDF, SVG): set to {@code Boolean.TRUE} to draw icons as vector paths
     * rather than cached bitmaps.
     */
    public static final RenderingHints.Key VECTOR_OUTPUT = new RenderingHints.Key(0x436c6d73) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof Boolean;
        }

        @Override
        public String toString() {
            return "Claimscape vector output";
        }
    };

    private static final int CANCEL_CHECK_EVERY = 64;

    private final StyleCatalog styles;

    public MapRenderer() {
        this(StyleCatalog.standard());
    }

    public MapRenderer(StyleCatalog styles) {
        this.styles = styles;
    }

    public StyleCatalog styles() {
        return styles;
    }

    /**
     * Draws the request. Returns early, leaving a partial drawing, when {@code cancelled} turns true.
     */
    public void render(Graphics2D g, RenderRequest request, BooleanSupplier cancelled) {
        draw(g, request, cancelled);
    }

    /**
     * Draws the request like {@link #render} and tells what was placed: point symbol boxes and labels, in
     * surface units.
     */
    public RenderOutcome draw(Graphics2D g, RenderRequest request, BooleanSupplier cancelled) {
        return draw(g, request, cancelled, List.of());
    }

    /**
     * Draws the request keeping labels out of the given boxes (viewport pixels): the places of a scale bar,
     * north arrow or legend drawn over the map afterwards.
     */
    public RenderOutcome draw(Graphics2D g, RenderRequest request, BooleanSupplier cancelled,
                              List<Rectangle2D> keepClear) {
        return draw(g, request, cancelled, keepClear, 1);
    }

    /**
     * Draws the request like {@link #draw(Graphics2D, RenderRequest, BooleanSupplier, List)}, numbering paper
     * callouts from {@code firstCallout}: a page's detail insets continue the main map's numbers, so one table
     * names them all.
     */
    public RenderOutcome draw(Graphics2D g, RenderRequest request, BooleanSupplier cancelled,
                              List<Rectangle2D> keepClear, int firstCallout) {
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        MapViewport vp = request.viewport();
        Graphics2D g2 = (Graphics2D) g.create();
        List<RenderOutcome.Symbol> symbols = new ArrayList<>();
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        try {
            Painter.quality(g2);
            Rectangle2D frame = new Rectangle2D.Double(0, 0, vp.width(), vp.height());
            g2.clip(frame);
            /* The sea under the land; the reference names (a basemap layer too) draw over someone else's land. */
            if (request.layers().stream().anyMatch(v -> v.drawnAt(vp.zoom()) && StyleCatalog.isBasemapLand(v))) {
                g2.setColor(StyleCatalog.SEA);
                g2.fill(frame);
            }
            int level = SimplifiedLayer.level(vp.zoom());
            AffineTransform toScreen = vp.unitToScreen();
            /* Dense user point layers are drawn as counted squares; the decision is made once for the drawing. */
            List<List<PointDensity.Cell>> density = PointDensity.of(request);
            List<PointDensity.Cell> cells = new ArrayList<>();
            List<List<SymbolLayout.Placement>> placements = SymbolLayout.layout(request, styles, density, keepClear);
            List<List<SymbolLayout.Placement>> crowds = request.paper()
                    ? shownOnly(request, Callouts.calloutGroups(placements, PAPER_SCALE)) : List.of();
            Set<SymbolLayout.Placement> crowded = Callouts.members(crowds);
            Subjects subjects = new Subjects();
            SovereigntyAtDate sovereignty = SovereigntyAtDate.of(request.layers(), request.date());
            for (int li = 0; li < request.layers().size(); li++) {
                LayerView view = request.layers().get(li);
                if (stop.getAsBoolean()) {
                    return new RenderOutcome(List.of(), symbols, false, List.of());
                }
                if (!view.drawnAt(vp.zoom())) {
                    continue;
                }
                List<PointDensity.Cell> squares = density.get(li);
                boolean onlySquares = squares != null && PointGrid.of(view.layer()).allGridded();
                if (!onlySquares && !drawLayer(g2, request, li, level, toScreen, sovereignty, candidates, subjects,
                        squares != null, stop)) {
                    return new RenderOutcome(List.of(), symbols, false, List.of());
                }
                drawSymbols(g2, request, view, placements.get(li), crowded, symbols, candidates, subjects);
                if (squares != null) {
                    Painter.drawDensityCells(g2, squares, view.opacity(), request.paper() ? PAPER_SCALE : 1.0,
                            onPixels(g2));
                    cells.addAll(squares);
                    drawSelectedInSquares(g2, request, view, symbols);
                }
            }
            List<Callouts.Spot> spots = List.of();
            List<LabelPlacer.Placed> placed = new ArrayList<>();
            if (request.labels()) {
                List<Rectangle2D> obstacles = new ArrayList<>(keepClear);
                for (RenderOutcome.Symbol s : symbols) {
                    obstacles.add(s.box());
                }
                if (request.paper()) {
                    // Paper: island and place names first, next to their features; then the crowds' discs around
                    // them; then the sites' names around both; then a disc of its own for each symbol or island
                    // whose name found no room near it.
                    List<LabelPlacer.Candidate> major = candidates.stream().filter(c -> c.priority() >= 2).toList();
                    List<LabelPlacer.Candidate> minor = candidates.stream().filter(c -> c.priority() < 2).toList();
                    placed.addAll(LabelPlacer.place(major, obstacles, frame, true, LandMask.test(request)));
                    List<Rectangle2D> avoid = new ArrayList<>(keepClear);
                    placed.forEach(p -> avoid.add(p.box()));
                    spots = crowds.isEmpty() ? List.of()
                            : Callouts.place(crowds, placements, PAPER_SCALE, vp.width(), vp.height(), avoid, firstCallout);
                    placed.forEach(p -> obstacles.add(LabelPlacer.padded(p.box())));
                    spots.forEach(sp -> obstacles.add(sp.box()));
                    placed.addAll(LabelPlacer.place(minor, obstacles, frame, true));
                    List<List<SymbolLayout.Placement>> unplaced = subjects.unplaced(candidates, placed);
                    if (!unplaced.isEmpty()) {
                        spots.forEach(sp -> avoid.add(sp.box()));
                        placed.forEach(p -> avoid.add(p.box()));
                        List<Callouts.Spot> all = new ArrayList<>(spots);
                        all.addAll(Callouts.place(unplaced, placements, PAPER_SCALE, vp.width(), vp.height(),
                                avoid, firstCallout));
                        spots = Callouts.numbered(all, firstCallout);
                    }
                } else {
                    placed.addAll(LabelPlacer.place(candidates, obstacles, frame, false, LandMask.test(request)));
                }
            } else if (!crowds.isEmpty()) {
                spots = Callouts.place(crowds, placements, PAPER_SCALE, vp.width(), vp.height(),
                        islandNameBoxes(candidates), firstCallout);
            }
            List<Callout> callouts = spots.isEmpty() ? List.of() : drawCallouts(g2, request, spots);
            for (LabelPlacer.Placed p : placed) {
                LabelPlacer.draw(g2, p);
            }
            return new RenderOutcome(placed, symbols, true, callouts, cells);
        } finally {
            g2.dispose();
        }
    }

    /** Features of a layer the request draws, in layer order: inside the (padded) viewport and valid at the date. */
    static List<Feature> visibleFeatures(RenderRequest request, LayerView view, double marginPx) {
        MapViewport vp = request.viewport();
        Envelope env = new Envelope(vp.lon(-marginPx), vp.lon(vp.width() + marginPx),
                vp.lat(vp.height() + marginPx), vp.lat(-marginPx));
        SimplifiedLayer prepared = SimplifiedLayer.of(view.layer());
        List<Feature> out = new ArrayList<>();
        for (Feature f : view.layer().query(env)) {
            if (f.isValidAt(request.date())) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(prepared::indexOf));
        return out;
    }

    private boolean drawLayer(Graphics2D g, RenderRequest request, int layerIndex, int level,
                              AffineTransform toScreen, SovereigntyAtDate sovereignty,
                              List<LabelPlacer.Candidate> candidates, Subjects subjects, boolean dense,
                              BooleanSupplier stop) {
        MapViewport vp = request.viewport();
        LayerView view = request.layers().get(layerIndex);
        String layerId = view.layer().id();
        SimplifiedLayer prepared = SimplifiedLayer.of(view.layer());
        double opacity = view.opacity();
        List<Feature> features = visibleFeatures(request, view, Painter.SYMBOL_DIAMETER);
        if (dense) {
            /* The layer's points are in its squares: only its other features are drawn here. */
            features.removeIf(PointGrid::isGridded);
        }
        prepared.prepare(features, level, stop);
        List<Feature> selected = new ArrayList<>();
        // Basemap polygons never overlap, so their hatching can be drawn in one pass after the layer.
        Map<Color, Path2D.Double> hatchLater = StyleCatalog.isBasemap(view)
                ? new LinkedHashMap<>() : null;
        int n = 0;
        for (Feature f : features) {
            if (++n % CANCEL_CHECK_EVERY == 0 && stop.getAsBoolean()) {
                return false;
            }
            ProjectedShape shape = prepared.shape(f, level);
            if (shape.isEmpty()) {
                continue;
            }
            if (ReferenceLabels.isLabelOnly(f)) {
                // A name's place on the map, not a site: its label and nothing else.
                boolean named = request.shows(ReferenceLabels.labelClass(f));
                if (shape.points.length >= 2 && ReferenceLabels.shownAt(f, vp.zoom())) {
                    if (named) {
                        candidates.add(ReferenceLabels.candidate(f, styles.labelText(layerId, f, request.viewpoint(),
                                request.date()), vp.xOfUnit(shape.points[0]), vp.yOfUnit(shape.points[1])));
                    }
                } else if (shape.line != null && ReferenceLabels.shownAt(f, vp.zoom())) {
                    // A key distance: the measured line, and its published figure beside its middle.
                    Rectangle2D b = ReferenceLabels.drawDistance(g, toScreen.createTransformedShape(shape.line));
                    candidates.add(ReferenceLabels.candidate(f, styles.labelText(layerId, f, request.viewpoint(),
                            request.date()), b.getCenterX(), b.getCenterY()));
                }
                continue;
            }
            MapStyle style = styles.style(layerId, f, request.viewpoint(), request.date(), sovereignty);
            boolean isSelected = request.isSelected(f);
            if (shape.area != null) {
                Shape s = toScreen.createTransformedShape(shape.area);
                Painter.drawArea(g, s, style, opacity, 1.0, hatchLater);
                if (LayerIds.LAND.equals(layerId) && styles.layerStyle(layerId) == null
                        && sovereignty.holder(f) == SovereigntyAtDate.Holder.SPLIT) {
                    // Sakhalin 1905–1945: Japanese south of the Portsmouth line.
                    Graphics2D south = (Graphics2D) g.create();
                    double y = vp.y(SovereigntyAtDate.PORTSMOUTH_LATITUDE);
                    south.clip(new Rectangle2D.Double(0, y, vp.width(), Math.max(0, vp.height() - y)));
                    Painter.drawArea(south, s, style.withFill(StyleCatalog.LAND_JP), opacity, 1.0);
                    south.dispose();
                }
            }
            if (shape.line != null) {
                Shape s = toScreen.createTransformedShape(shape.line);
                Painter.drawLine(g, s, style, opacity, 1.0);
            }
            if (isSelected) {
                selected.add(f);
            }
            if (shape.points.length == 0 && style.labelPriority() > 0 && shape.labelPoint != null
                    && (!f.names().isEmpty() || styles.layerStyle(layerId) != null)
                    && request.shows(labelClass(layerId, f, style, shape.area == null && shape.line != null))) {
                Rectangle2D b = toScreen.createTransformedShape(shape.pathBounds()).getBounds2D();
                if (b.getWidth() >= 14 || b.getHeight() >= 14) {
                    Point2D lp = shape.labelPoint;
                    if (shape.area == null && shape.line != null) {
                        // A line is named where the map shows it: the middle of its part inside the frame.
                        Point2D mid = visibleMiddle(toScreen.createTransformedShape(shape.line), vp);
                        if (mid == null) {
                            continue;
                        }
                        lp = new Point2D.Double((mid.getX() - vp.xOfUnit(0)) / (vp.xOfUnit(1) - vp.xOfUnit(0)),
                                (mid.getY() - vp.yOfUnit(0)) / (vp.yOfUnit(1) - vp.yOfUnit(0)));
                    }
                    // The islands layer's names ("Iturup / Etorofu") win over the land layer's ("Iturup").
                    double rank = b.getWidth() * b.getHeight() + (LayerIds.ISLANDS.equals(layerId) ? 1e12 : 0);
                    double x = vp.xOfUnit(lp.getX());
                    double y = vp.yOfUnit(lp.getY());
                    /*
                     * On screen a small island is named beside it, as a point is; a large one across its land. (Paper
                     * names a small island over it or, with no room there, by a numbered callout.)
                     */
                    double clearance = !request.paper() && shape.area != null && b.getWidth() < SMALL_AREA
                            && b.getHeight() < SMALL_AREA ? Math.max(4, Math.max(b.getWidth(), b.getHeight()) / 2) : 0;
                    LabelPlacer.Candidate c = candidate(f, styles.labelText(layerId, f, request.viewpoint(),
                            request.date()), style, x, y, clearance, rank);
                    if (shape.area != null) {
                        c = c.over(b);
                    }
                    candidates.add(c);
                    if (LayerIds.ISLANDS.equals(layerId) && request.paper() && x >= 0 && y >= 0 && x <= vp.width()
                            && y <= vp.height()) {
                        subjects.add(c, new SymbolLayout.Placement(layerIndex, f, style, x, y, x, y, false, true,
                                null));
                    }
                }
            }
        }
        if (hatchLater != null) {
            Painter.hatchAll(g, hatchLater);
        }
        // Selection is drawn over the whole layer so neighbours cannot hide it.
        for (Feature f : selected) {
            ProjectedShape shape = prepared.shape(f, level);
            MapStyle style = styles.style(layerId, f, request.viewpoint(), request.date(), sovereignty);
            for (Path2D path : new Path2D[] {shape.area, shape.line}) {
                if (path != null) {
                    Shape s = toScreen.createTransformedShape(path);
                    Painter.drawSelection(g, s, style);
                    Painter.drawLine(g, s, style, opacity, 1.0);
                }
            }
        }
        return true;
    }

    /* A raster surface drawn at its own pixels (no scale, no vector output): shapes may be put on whole pixels. */
    private static boolean onPixels(Graphics2D g) {
        int type = g.getTransform().getType();
        return !Boolean.TRUE.equals(g.getRenderingHint(VECTOR_OUTPUT))
                && (type & ~AffineTransform.TYPE_TRANSLATION) == 0
                && g.getTransform().getTranslateX() == Math.rint(g.getTransform().getTranslateX())
                && g.getTransform().getTranslateY() == Math.rint(g.getTransform().getTranslateY());
    }

    /* The middle vertex, by length, of the line's part inside the viewport (screen units), or null. */
    private static Point2D visibleMiddle(Shape line, MapViewport vp) {
        Rectangle2D frame = new Rectangle2D.Double(0, 0, vp.width(), vp.height());
        List<double[]> inside = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = line.getPathIterator(null, 1.0); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type != PathIterator.SEG_CLOSE && frame.contains(c[0], c[1])) {
                inside.add(new double[] {c[0], c[1]});
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        double[] m = inside.get(inside.size() / 2);
        return new Point2D.Double(m[0], m[1]);
    }

    /** Point symbols on paper are drawn this much smaller than on screen: print is read closer. */
    public static final double PAPER_SCALE = 0.75;

    /**
     * What drawing the request would place (symbols, labels, numbered callouts), without drawing it: a page sizes
     * its callout table and legend before the map is drawn. The same request and boxes give the same outcome.
     */
    public RenderOutcome plan(RenderRequest request, List<Rectangle2D> keepClear, int firstCallout) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setClip(0, 0, 1, 1);
            g.setRenderingHint(VECTOR_OUTPUT, Boolean.TRUE);
            return draw(g, request, () -> false, keepClear, firstCallout);
        } finally {
            g.dispose();
        }
    }

    /* Leaders and discs go over every layer's symbols, so no symbol hides a number. */
    private List<Callout> drawCallouts(Graphics2D g, RenderRequest request, List<Callouts.Spot> spots) {
        List<Callout> out = callouts(request, spots);
        double symbolRadius = Painter.SYMBOL_DIAMETER * PAPER_SCALE / 2;
        for (Callout c : out) {
            // An island's callout points at the island's middle: no symbol to keep the leader off.
            boolean symbol = c.feature().geometry() != null && c.feature().geometry().getDimension() == 0;
            Painter.drawLeader(g, c.x(), c.y(), c.discX(), c.discY(), symbol ? symbolRadius : 0);
        }
        for (Callout c : out) {
            Painter.drawCalloutDisc(g, c.discX(), c.discY(), c.radius(), c.number());
        }
        return out;
    }

    /* Discs keep off the places of island names, which would otherwise lose their room to them. */
    private static List<Rectangle2D> islandNameBoxes(List<LabelPlacer.Candidate> candidates) {
        List<Rectangle2D> avoid = new ArrayList<>();
        for (LabelPlacer.Candidate c : candidates) {
            if (c.priority() >= 3) {
                double w = Fonts.layout(c.text(), c.size(), c.bold()).getAdvance();
                avoid.add(new Rectangle2D.Double(c.x() - w / 2, c.y() - c.size() * 1.4, w, c.size() * 2.8));
            }
        }
        return avoid;
    }

    /**
     * What each label candidate names on paper: the symbol, or the island, that gets a numbered callout when its
     * label finds no room near it (a label is never moved away from its feature to fit).
     */
    private static final class Subjects {
        private final Map<LabelPlacer.Candidate, SymbolLayout.Placement> byCandidate = new IdentityHashMap<>();
        private final List<SymbolLayout.Placement> withoutLabel = new ArrayList<>();

        void add(LabelPlacer.Candidate c, SymbolLayout.Placement subject) {
            byCandidate.put(c, subject);
        }

        /* A symbol whose name is too long for a map label: named in the table, never cut. */
        void calloutOnly(SymbolLayout.Placement subject) {
            withoutLabel.add(subject);
        }

        /** The subjects none of whose candidates was placed, one group each. */
        List<List<SymbolLayout.Placement>> unplaced(List<LabelPlacer.Candidate> candidates,
                                                    List<LabelPlacer.Placed> placed) {
            Set<String> named = new HashSet<>();
            for (LabelPlacer.Placed p : placed) {
                named.add(p.candidate().dedupeKey());
            }
            List<List<SymbolLayout.Placement>> out = new ArrayList<>();
            withoutLabel.forEach(p -> out.add(List.of(p)));
            for (LabelPlacer.Candidate c : candidates) {
                SymbolLayout.Placement subject = byCandidate.get(c);
                if (subject != null && named.add(c.dedupeKey())) {
                    out.add(List.of(subject));
                }
            }
            return out;
        }
    }

    private List<Callout> callouts(RenderRequest request, List<Callouts.Spot> spots) {
        List<Callout> out = new ArrayList<>(spots.size());
        for (Callouts.Spot s : spots) {
            SymbolLayout.Placement p = s.placement();
            LayerView view = request.layers().get(p.layerIndex());
            String layerId = view.layer().id();
            out.add(new Callout(s.number(), layerId, p.feature(), styles.labelText(layerId, p.feature(),
                    request.viewpoint(), request.date()), styles.layerAndType(view, p.feature(), request.viewpoint()),
                    p.x(), p.y(), s.x(), s.y(), Callouts.RADIUS));
        }
        return out;
    }

    /*
     * A selected point of a layer drawn as squares (found by search, in the table or by a click on a square's list)
     * is still shown where it is: its symbol, highlighted, over the squares, and clickable.
     */
    private void drawSelectedInSquares(Graphics2D g, RenderRequest request, LayerView view,
                                       List<RenderOutcome.Symbol> symbols) {
        MapViewport vp = request.viewport();
        for (Feature f : request.selectedFeatures()) {
            if (!PointGrid.isGridded(f) || !f.isValidAt(request.date())) {
                continue;
            }
            Coordinate c = f.geometry().getCoordinate();
            if (view.layer().query(new Envelope(c)).stream().noneMatch(o -> o == f)) {
                continue;
            }
            double x = vp.x(c.x);
            double y = vp.y(c.y);
            if (x < 0 || y < 0 || x > vp.width() || y > vp.height()) {
                continue;
            }
            MapStyle style = styles.style(view.layer().id(), f, request.viewpoint(), request.date());
            boolean approximate = f.precision().map(p -> p != Precision.EXACT).orElse(false);
            Painter.drawSymbol(g, styles.icons(), style, x, y, 1.0, true, approximate, view.opacity());
            symbols.add(new RenderOutcome.Symbol(view.layer().id(), f, Painter.symbolBox(x, y, 1.0), false));
        }
    }

    private void drawSymbols(Graphics2D g, RenderRequest request, LayerView view,
                             List<SymbolLayout.Placement> placements,
                             Set<SymbolLayout.Placement> crowded, List<RenderOutcome.Symbol> symbols,
                             List<LabelPlacer.Candidate> candidates, Subjects subjects) {
        double opacity = view.opacity();
        double scale = request.paper() ? PAPER_SCALE : 1.0;
        MapViewport vp = request.viewport();
        for (SymbolLayout.Placement p : placements) {
            Feature f = p.feature();
            SymbolLayout.Cluster cluster = p.cluster();
            if (cluster != null) {
                // The badge is drawn once, with the topmost member's layer; every member keeps labels off it.
                if (cluster.members().stream().filter(m -> m.layerIndex() == cluster.topLayer()).findFirst()
                        .orElse(null) == p) {
                    boolean anySelected = cluster.members().stream().anyMatch(m -> request.isSelected(m.feature()));
                    if (cluster.isIslandList()) {
                        Painter.drawIslandList(g, cluster, anySelected, opacity);
                    } else {
                        Painter.drawCluster(g, cluster, anySelected, opacity);
                    }
                }
                symbols.add(new RenderOutcome.Symbol(view.layer().id(), f, cluster.box(), true));
                continue;
            }
            boolean isSelected = request.isSelected(f);
            Painter.drawSymbol(g, styles.icons(), p.style(), p.x(), p.y(), scale, isSelected, p.approximate(),
                    opacity);
            symbols.add(new RenderOutcome.Symbol(view.layer().id(), f, Painter.symbolBox(p.x(), p.y(), scale),
                    false));
            // A crowded symbol on paper is named in the callout table instead; one cut off by the frame not at all.
            if (p.first() && p.style().labelPriority() > 0 && !crowded.contains(p)
                    && p.x() >= 0 && p.y() >= 0 && p.x() <= vp.width() && p.y() <= vp.height()
                    && request.shows(labelClass(view.layer().id(), f, p.style(), false))) {
                String label = styles.labelText(view.layer().id(), f, request.viewpoint(), request.date());
                if (request.paper() && label.length() > MAX_SITE_LABEL && p.style().labelPriority() <= 1) {
                    subjects.calloutOnly(p);
                    continue;
                }
                LabelPlacer.Candidate c = candidate(f, label, p.style(), p.x(), p.y(),
                        Painter.SYMBOL_DIAMETER * scale / 2, f.number("population").orElse(0.0));
                candidates.add(c);
                if (request.paper()) {
                    subjects.add(c, p);
                }
            }
        }
    }

    private static final int MAX_SITE_LABEL = 32;

    /**
     * The kind of name a feature's label is: a claims layer's (or any boundary) line names a boundary; otherwise
     * the style's label priority tells islands (3), places (2) and sites (1) apart.
     */
    static LabelClass labelClass(String layerId, Feature f, MapStyle style, boolean line) {
        if (line && (LayerIds.CLAIMS.equals(layerId) || "boundary-line".equals(f.string("kind")))) {
            return LabelClass.BOUNDARIES;
        }
        return style.labelPriority() >= 3 ? LabelClass.ISLANDS : style.labelPriority() == 2 ? LabelClass.PLACES
                : LabelClass.SITES;
    }

    /* Crowded symbols whose kind of name is hidden get no numbered callout either: they are not named at all. */
    private static List<List<SymbolLayout.Placement>> shownOnly(RenderRequest request,
                                                                List<List<SymbolLayout.Placement>> groups) {
        if (request.hiddenLabels().isEmpty()) {
            return groups;
        }
        List<List<SymbolLayout.Placement>> out = new ArrayList<>();
        for (List<SymbolLayout.Placement> group : groups) {
            List<SymbolLayout.Placement> shown = group.stream().filter(p -> request.shows(labelClass(
                    request.layers().get(p.layerIndex()).layer().id(), p.feature(), p.style(), false))).toList();
            if (!shown.isEmpty()) {
                out.add(shown);
            }
        }
        return out;
    }

    private static final Color ISLAND_TEXT = new Color(0x3B2F22);
    private static final Color PLACE_TEXT = new Color(0x1F2A30);
    private static final Color SITE_TEXT = new Color(0x37474F);

    private static LabelPlacer.Candidate candidate(Feature f, String label, MapStyle style, double x,
                                                   double y, double clearance, double rank) {
        Color color = style.labelPriority() >= 3 ? ISLAND_TEXT : style.labelPriority() == 2 ? PLACE_TEXT
                : SITE_TEXT;
        String text = label;
        if (style.labelPriority() <= 1 && text.length() > MAX_SITE_LABEL) {
            // Long site names ("AA position, quake-resistant structures ...") would crowd out the map; the
            // full name is one click away.
            int cut = text.lastIndexOf(' ', MAX_SITE_LABEL - 1);
            text = text.substring(0, cut > MAX_SITE_LABEL / 2 ? cut : MAX_SITE_LABEL - 1).replaceAll("[,;:(/ ]+$", "")
                    + "…";
        }
        String key = f.names().ru() != null && style.labelPriority() >= 3 ? "ru:" + f.names().ru() : null;
        return new LabelPlacer.Candidate(text, x, y, clearance, style.labelPriority(), rank, style.labelSize(),
                style.labelBold(), color, f, key);
    }
}
