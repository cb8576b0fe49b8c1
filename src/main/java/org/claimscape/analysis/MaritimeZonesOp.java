package org.claimscape.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Draws illustrative maritime zones under a claim: the 12-nautical-mile territorial sea and the 200-nautical-mile
 * zone of each side's coasts, split where they meet by the equidistance (median) line, clipped to the data extent.
 *
 * <p>Under a claim, each side gets the land of the other side that lies in the claim's areas given to it
 * ({@link Claims#areaAt(String, LocalDate, Side)}); all other land keeps its de facto {@code country} (JP or RU)
 * from the land layer.
 * The work is done in the region's equal-area frame: coasts simplified to {@link Settings#coastToleranceMetres}
 * (topology kept, so no islet is lost) and buffered by 12 nm; the 200-nm zone grows that outline (simplified to
 * {@link Settings#zoneToleranceMetres}) by the remaining 188 nm, which equals a 200-nm buffer of the coast because
 * disc buffers add up, and is far cheaper than buffering hundreds of islets by 200 nm each. The sides are split by
 * a Voronoi diagram of points sampled every {@link Settings#medianSpacingMetres} along both sides' coasts, its
 * cells dissolved by side, so the median line is exact to about half the sampling spacing. Baselines are the
 * coastline itself (no straight baselines, no low-tide elevations), which is why every result carries
 * {@link #NOTICE}.
 *
 * <p>Immutable and thread-safe; the simplified land is prepared once, on first use. The work takes seconds on
 * the full data: run it off the UI thread and pass a cancel flag.
 */
public final class MaritimeZonesOp {

    /** Shown with every maritime figure and drawing. */
    public static final String NOTICE = "Computed illustration, not a legal boundary";
    public static final double TERRITORIAL_SEA_NM = 12;
    public static final double ZONE_NM = 200;

    private static final PreparedGeometryFactory PREPARED = new PreparedGeometryFactory();

    /**
     * Tuning: coast simplification for the territorial sea and the median line, the simplification of the
     * territorial-sea outline before it is grown into the 200-nm zone (the zone's error stays under it), the
     * median-line sampling spacing, and the extent to clip to (lon/lat; null = the land layer's bounds). Immutable.
     */
    public record Settings(double coastToleranceMetres, double zoneToleranceMetres, double medianSpacingMetres,
            Envelope extent) {

        public static final Settings DEFAULT = new Settings(200, 1000, 1000, null);

        public Settings withExtent(Envelope lonLat) {
            return new Settings(coastToleranceMetres, zoneToleranceMetres, medianSpacingMetres, lonLat);
        }
    }

    private final Layer land;
    private final Claims claims;
    private final Settings settings;
    private final EqualAreaProjection frame = EqualAreaProjection.region();
    private volatile PreparedLand prepared;

    public MaritimeZonesOp(Layer landLayer, Layer claimsLayer) {
        this(landLayer, Claims.of(claimsLayer), Settings.DEFAULT);
    }

    public MaritimeZonesOp(Layer landLayer, Claims claims, Settings settings) {
        this.land = Objects.requireNonNull(landLayer);
        this.claims = Objects.requireNonNull(claims);
        this.settings = Objects.requireNonNull(settings);
    }

    /** The zones under one claim at a date (null = every claim feature regardless of dates). */
    public MaritimeZones zones(String claimId, LocalDate date) {
        return zones(claimId, date, () -> false);
    }

    /**
     * The zones under one claim, checking {@code cancelled} between steps.
     *
     * @throws UnknownClaimException when the claim id is unknown
     * @throws CancellationException when cancelled
     */
    public MaritimeZones zones(String claimId, LocalDate date, BooleanSupplier cancelled) {
        return toResult(compute(claimId, date, cancelled));
    }

    /** The sea that changes hands between claim A and claim B at a date. */
    public MaritimeChange change(String claimA, String claimB, LocalDate date) {
        return change(claimA, claimB, date, () -> false);
    }

    /**
     * The sea that changes hands between two claims, checking {@code cancelled} between steps.
     *
     * @throws UnknownClaimException when a claim id is unknown
     * @throws CancellationException when cancelled
     */
    public MaritimeChange change(String claimA, String claimB, LocalDate date, BooleanSupplier cancelled) {
        claims.features(claimA);
        claims.features(claimB);
        preparedLand();
        /* The two claims are independent: work out A on another core while this thread does B. */
        CompletableFuture<Computed> futureA = CompletableFuture.supplyAsync(() -> compute(claimA, date, cancelled));
        Computed b;
        Computed a;
        try {
            b = compute(claimB, date, cancelled);
        } finally {
            a = join(futureA);
        }
        checkCancelled(cancelled);
        Geometry zoneToJapan = changed(a.zone.get(Side.RUSSIA), b.zone.get(Side.JAPAN));
        Geometry zoneToRussia = changed(a.zone.get(Side.JAPAN), b.zone.get(Side.RUSSIA));
        Geometry tsToJapan = changed(a.territorial.get(Side.RUSSIA), b.territorial.get(Side.JAPAN));
        Geometry tsToRussia = changed(a.territorial.get(Side.JAPAN), b.territorial.get(Side.RUSSIA));
        return new MaritimeChange(claimA, claimB, date, toResult(a), toResult(b), frame.toLonLat(zoneToJapan),
                frame.toLonLat(zoneToRussia), km2(zoneToJapan), km2(zoneToRussia), km2(tsToJapan), km2(tsToRussia),
                NOTICE);
    }

    /*
     * Sea in one side's zone under A and the other's under B. The simplified outlines of the two computations
     * differ by up to zoneToleranceMetres even where nothing changed, so slivers narrower than twice that are
     * removed (a morphological opening) before measuring.
     */
    private Geometry changed(Geometry underA, Geometry underB) {
        Geometry raw = intersection(underA, underB);
        if (raw.isEmpty()) {
            return raw;
        }
        double w = settings.zoneToleranceMetres();
        Geometry opened = Geodesy.polygonalParts(raw.buffer(-w, 4).buffer(w, 4));
        return intersection(opened, raw);
    }

    private Computed compute(String claimId, LocalDate date, BooleanSupplier cancelled) {
        PreparedLand pl = preparedLand();
        checkCancelled(cancelled);

        /* A country's land inside the claim's area for the other side changes side; the rest stays de facto. */
        Map<Side, List<Geometry>> sideLand = new EnumMap<>(Side.class);
        for (Side s : Side.values()) {
            sideLand.put(s, new ArrayList<>());
        }
        for (Side country : Side.values()) {
            Side gains = country.other();
            Geometry area = grownClaimArea(frame.toMetres(claims.areaAt(claimId, date, gains)));
            PreparedGeometry prepared = PREPARED.create(area);
            for (Geometry polygon : pl.land.get(country)) {
                split(polygon, country, gains, area, prepared, sideLand);
            }
        }
        checkCancelled(cancelled);

        Map<Side, Geometry> region = medianRegions(sideLand, pl.extent, cancelled);
        Map<Side, Geometry> territorial = new EnumMap<>(Side.class);
        Map<Side, Geometry> zone = new EnumMap<>(Side.class);
        for (Side s : Side.values()) {
            checkCancelled(cancelled);
            double tsMetres = TERRITORIAL_SEA_NM * Geodesy.NAUTICAL_MILE_METRES;
            Geometry ts = buffer(sideLand.get(s), tsMetres, 16);
            Geometry outline = TopologyPreservingSimplifier.simplify(ts, settings.zoneToleranceMetres());
            Geometry z = buffer(List.of(outline), ZONE_NM * Geodesy.NAUTICAL_MILE_METRES - tsMetres, 32);
            territorial.put(s, sea(ts, region.get(s), pl));
            checkCancelled(cancelled);
            zone.put(s, sea(z, region.get(s), pl));
        }
        return new Computed(claimId, date, territorial, zone);
    }

    /*
     * Claim areas in the data are unions of the full-resolution land polygons, while the land here is simplified
     * by up to coastToleranceMetres: grown by twice that, a claim covers the simplified islands it names instead
     * of cutting slivers off their coasts. The growth stays far below the narrowest strait (3.7 km).
     */
    private Geometry grownClaimArea(Geometry area) {
        if (area.isEmpty()) {
            return area;
        }
        double tol = settings.coastToleranceMetres();
        Geometry simplified = TopologyPreservingSimplifier.simplify(area, tol / 2);
        return simplified.buffer(2 * tol, 4);
    }

    private static void split(Geometry polygon, Side country, Side gains, Geometry claimArea,
            PreparedGeometry pClaim, Map<Side, List<Geometry>> out) {
        if (claimArea.isEmpty() || !pClaim.intersects(polygon)) {
            out.get(country).add(polygon);
        } else if (pClaim.covers(polygon)) {
            out.get(gains).add(polygon);
        } else {
            addPolygons(OverlayNGRobust.overlay(polygon, claimArea, OverlayNG.INTERSECTION), out.get(gains));
            addPolygons(OverlayNGRobust.overlay(polygon, claimArea, OverlayNG.DIFFERENCE), out.get(country));
        }
    }

    /* The sea part of a side's buffer: inside its median region and the extent, outside all land. */
    private Geometry sea(Geometry buffer, Geometry region, PreparedLand pl) {
        Geometry g = intersection(buffer, region);
        g = intersection(g, pl.extent);
        return Geodesy.polygonalParts(OverlayNGRobust.overlay(g, pl.allLand, OverlayNG.DIFFERENCE));
    }

    /**
     * Splits the extent between the sides along the median line: a Voronoi diagram of points sampled along both
     * sides' coasts, each cell belonging to the side of its point, dissolved by side.
     */
    private Map<Side, Geometry> medianRegions(Map<Side, List<Geometry>> sideLand, Geometry extent,
            BooleanSupplier cancelled) {
        Map<Side, Geometry> out = new EnumMap<>(Side.class);
        GeometryFactory gf = extent.getFactory();
        Map<Coordinate, Side> siteSide = new HashMap<>();
        for (Side s : Side.values()) {
            for (Geometry g : sideLand.get(s)) {
                sampleCoast(g, settings.medianSpacingMetres(), s, siteSide);
            }
        }
        boolean hasJapan = siteSide.containsValue(Side.JAPAN);
        boolean hasRussia = siteSide.containsValue(Side.RUSSIA);
        if (!hasJapan || !hasRussia) {
            out.put(Side.JAPAN, hasJapan ? extent : gf.createPolygon());
            out.put(Side.RUSSIA, hasRussia ? extent : gf.createPolygon());
            return out;
        }
        checkCancelled(cancelled);
        VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
        vb.setSites(siteSide.keySet());
        Envelope clip = extent.getEnvelopeInternal();
        clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()) * 0.05);
        vb.setClipEnvelope(clip);
        Geometry cells = vb.getDiagram(gf);
        checkCancelled(cancelled);
        Map<Side, List<Geometry>> bySide = new EnumMap<>(Side.class);
        for (Side s : Side.values()) {
            bySide.put(s, new ArrayList<>());
        }
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry cell = cells.getGeometryN(i);
            Side s = siteSide.get((Coordinate) cell.getUserData());
            bySide.get(s == null ? Side.RUSSIA : s).add(cell);
        }
        for (Side s : Side.values()) {
            checkCancelled(cancelled);
            out.put(s, dissolve(gf.buildGeometry(bySide.get(s))));
        }
        return out;
    }

    /* Voronoi cells form a clean coverage, which CoverageUnion dissolves fast; fall back to a full union. */
    private static Geometry dissolve(Geometry cells) {
        try {
            return CoverageUnion.union(cells);
        } catch (RuntimeException e) {
            return UnaryUnionOp.union(cells);
        }
    }

    /** Points every {@code spacing} metres along every ring of a polygonal geometry, plus each ring's start. */
    private static void sampleCoast(Geometry g, double spacing, Side side, Map<Coordinate, Side> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            sampleRing(p.getExteriorRing(), spacing, side, out);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                sampleRing(p.getInteriorRingN(h), spacing, side, out);
            }
        }
    }

    private static void sampleRing(LineString ring, double spacing, Side side, Map<Coordinate, Side> out) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        if (seq.size() == 0) {
            return;
        }
        out.putIfAbsent(new Coordinate(seq.getX(0), seq.getY(0)), side);
        double carried = 0;
        for (int k = 1; k < seq.size(); k++) {
            double x0 = seq.getX(k - 1);
            double y0 = seq.getY(k - 1);
            double len = Math.hypot(seq.getX(k) - x0, seq.getY(k) - y0);
            double t = spacing - carried;
            while (t <= len) {
                double f = t / len;
                out.putIfAbsent(new Coordinate(x0 + f * (seq.getX(k) - x0), y0 + f * (seq.getY(k) - y0)), side);
                t += spacing;
            }
            carried = len - (t - spacing);
        }
    }

    /*
     * Buffering each polygon alone and merging the results with a cascaded union is several times faster than one
     * buffer of the whole MultiPolygon, whose noding has to intersect every offset curve with every other.
     */
    private static Geometry buffer(List<Geometry> parts, double metres, int quadrantSegments) {
        if (parts.isEmpty()) {
            return new GeometryFactory().createPolygon();
        }
        List<Geometry> buffers = new ArrayList<>(parts.size());
        for (Geometry p : parts) {
            buffers.add(p.buffer(metres, quadrantSegments, BufferParameters.CAP_ROUND));
        }
        return buffers.size() == 1 ? buffers.get(0) : UnaryUnionOp.union(buffers);
    }

    private static Geometry intersection(Geometry a, Geometry b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.getFactory().createPolygon();
        }
        return Geodesy.polygonalParts(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
    }

    private static void addPolygons(Geometry g, List<Geometry> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon && !part.isEmpty()) {
                out.add(part);
            }
        }
    }

    private static double km2(Geometry metres) {
        return metres.getArea() / 1e6;
    }

    private static Computed join(CompletableFuture<Computed> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("maritime zones cancelled");
        }
    }

    private MaritimeZones toResult(Computed c) {
        return new MaritimeZones(c.claimId, c.date, side(c, Side.JAPAN), side(c, Side.RUSSIA), NOTICE);
    }

    private MaritimeZones.SideZones side(Computed c, Side s) {
        Geometry ts = c.territorial.get(s);
        Geometry z = c.zone.get(s);
        return new MaritimeZones.SideZones(s, frame.toLonLat(ts), frame.toLonLat(z), km2(ts), km2(z));
    }

    private PreparedLand preparedLand() {
        PreparedLand pl = prepared;
        if (pl == null) {
            synchronized (this) {
                pl = prepared;
                if (pl == null) {
                    pl = prepareLand();
                    prepared = pl;
                }
            }
        }
        return pl;
    }

    /*
     * Projects and simplifies the land once per country. TopologyPreservingSimplifier keeps every ring, so islets
     * survive, and keeps the polygons of one side apart.
     */
    private PreparedLand prepareLand() {
        Map<Side, List<Geometry>> raw = new EnumMap<>(Side.class);
        for (Side s : Side.values()) {
            raw.put(s, new ArrayList<>());
        }
        for (Feature f : land.features()) {
            if (f.geometry() == null) {
                continue;
            }
            Side country = Side.parse(f.string("country")).orElse(null);
            if (country == null) {
                continue;
            }
            Geometry polygonal = Geodesy.polygonalParts(f.geometry());
            for (int i = 0; i < polygonal.getNumGeometries(); i++) {
                raw.get(country).add(polygonal.getGeometryN(i));
            }
        }
        GeometryFactory gf = new GeometryFactory();
        Map<Side, List<Geometry>> simplified = new EnumMap<>(Side.class);
        List<Geometry> all = new ArrayList<>();
        for (Side s : Side.values()) {
            Geometry projected = frame.toMetres(gf.buildGeometry(raw.get(s)));
            simplified.put(s, simplifiedParts(projected, settings.coastToleranceMetres()));
            all.addAll(simplified.get(s));
        }
        Envelope e = settings.extent() != null ? settings.extent() : land.bounds();
        Geometry extent = frame.toMetres(gf.toGeometry(e));
        /* Land polygons are disjoint, so a plain MultiPolygon is their union; union only if that fails. */
        Geometry allLand = gf.buildGeometry(all);
        if (!allLand.isValid()) {
            allLand = UnaryUnionOp.union(all);
        }
        return new PreparedLand(simplified, allLand, extent);
    }

    private static List<Geometry> simplifiedParts(Geometry projected, double tolerance) {
        Geometry simplified = TopologyPreservingSimplifier.simplify(projected, tolerance);
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < simplified.getNumGeometries(); i++) {
            Geometry p = simplified.getGeometryN(i);
            if (!p.isEmpty()) {
                out.add(p.isValid() ? p : GeometryFixer.fix(p));
            }
        }
        return out;
    }

    private record PreparedLand(Map<Side, List<Geometry>> land, Geometry allLand, Geometry extent) {
    }

    private record Computed(String claimId, LocalDate date, Map<Side, Geometry> territorial,
            Map<Side, Geometry> zone) {
    }
}
