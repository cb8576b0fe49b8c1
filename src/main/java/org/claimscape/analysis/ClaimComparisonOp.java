package org.claimscape.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Names;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Compares two claims against the islands layer: the land in claim A only, B only, both and neither, per island
 * and in total, in km² (overlays in the region's equal-area frame, so areas are ellipsoidal).
 *
 * <p>Islands are the polygonal features of the islands layer valid at the date; features sharing a
 * {@code group} property (the Habomai islets) form one row named after the group. Claims are read with
 * {@link Claims}. Each island part is first tested against the prepared claim areas so that only the parts the
 * claim border crosses are overlaid.
 *
 * <p>Thread-safe. Each island is projected once, and each claim area projected and prepared once per set of its
 * features valid at a date (memos, so that a second comparison sharing a claim costs only the overlays).
 */
public final class ClaimComparisonOp {

    private static final PreparedGeometryFactory PREPARED = new PreparedGeometryFactory();
    /** How far a part may stick out of a claim and still count as wholly inside (a copy's rounding noise). */
    static final double COVER_TOLERANCE_METRES = 0.5;

    private final Claims claims;
    private final Layer islands;
    private final EqualAreaProjection frame = EqualAreaProjection.region();
    /* Keyed by identity: the layer's features are immutable and few. */
    private final Map<Feature, Geometry> islandMetres = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<ClaimAt, Clip> clips = new ConcurrentHashMap<>();
    /* Where two claim areas overlap, per pair of memoized areas (Clip compares by identity). */
    private final Map<List<Clip>, Clip> intersections = new ConcurrentHashMap<>();

    public ClaimComparisonOp(Layer claimsLayer, Layer islandsLayer) {
        this(Claims.of(claimsLayer), islandsLayer);
    }

    public ClaimComparisonOp(Claims claims, Layer islandsLayer) {
        this.claims = Objects.requireNonNull(claims);
        this.islands = Objects.requireNonNull(islandsLayer);
    }

    public Claims claims() {
        return claims;
    }

    /**
     * Compares claim A with claim B on a date (null = every feature regardless of dates).
     *
     * @throws UnknownClaimException when either id is not a claim of the layer
     */
    public ClaimComparison compare(String claimA, String claimB, LocalDate date) {
        Clip clipA = clip(claimA, date);
        Clip clipB = clip(claimB, date);
        Clip clipBoth = intersections.computeIfAbsent(List.of(clipA, clipB),
                k -> new Clip(OverlayNGRobust.overlay(clipA.area, clipB.area, OverlayNG.INTERSECTION)));

        Clip formula = null;
        if (claims.contains(Claims.FORMULA_1956)) {
            /* The formula is a fixed reference: measure it even on dates before 1956. */
            LocalDate formulaDate = claims.isValidAt(Claims.FORMULA_1956, date) ? date : null;
            formula = clip(Claims.FORMULA_1956, formulaDate);
        }

        Map<String, Row> rows = new LinkedHashMap<>();
        double formulaKm2 = 0;
        for (Feature f : islands.featuresAt(date)) {
            if (f.geometry() == null) {
                continue;
            }
            Geometry land = islandMetres(f);
            if (land.isEmpty()) {
                continue;
            }
            double landKm2 = 0;
            double inA = 0;
            double inB = 0;
            double inBoth = 0;
            for (int i = 0; i < land.getNumGeometries(); i++) {
                Geometry part = land.getGeometryN(i);
                landKm2 += part.getArea() / 1e6;
                inA += clipA.km2(part);
                inB += clipB.km2(part);
                inBoth += clipBoth.km2(part);
                if (formula != null) {
                    formulaKm2 += formula.km2(part);
                }
            }
            String group = f.string("group");
            String key = group != null && !group.isBlank() ? group.trim() : f.id();
            Names names = group != null && !group.isBlank() ? groupNames(key) : f.names();
            rows.merge(key, new Row(key, names, landKm2, inA, inB, inBoth), Row::plus);
        }

        List<ClaimComparison.Row> out = new ArrayList<>();
        ClaimComparison.Row total = new ClaimComparison.Row("total", new Names("Total", null, null, null),
                0, 0, 0, 0, 0, 0, 0);
        for (Row r : rows.values()) {
            ClaimComparison.Row row = r.toRow();
            out.add(row);
            total = total.plus(row);
        }
        return new ClaimComparison(claimA, claimB, date, out, total, formula == null ? Double.NaN : formulaKm2);
    }

    /**
     * The islands' land in claim A only, in B only and in both on a date (null = every feature), as lon/lat
     * geometries (empty when none), for drawing a difference map.
     *
     * @throws UnknownClaimException when either id is not a claim of the layer
     */
    public ClaimDifference difference(String claimA, String claimB, LocalDate date) {
        /* On the caller's thread: the window runs this on its one executor's lane, which can drop a stale job. */
        Clip clipA = clip(claimA, date);
        Clip clipB = clip(claimB, date);
        List<Geometry> aOnly = new ArrayList<>();
        List<Geometry> bOnly = new ArrayList<>();
        List<Geometry> both = new ArrayList<>();
        for (Feature f : islands.featuresAt(date)) {
            if (f.geometry() == null) {
                continue;
            }
            Geometry land = islandMetres(f);
            for (int i = 0; i < land.getNumGeometries(); i++) {
                Geometry part = land.getGeometryN(i);
                /* Whole parts where a claim covers them or misses them; overlays only where a border crosses. */
                Geometry inA = clipA.clipped(part);
                Geometry inB = clipB.clipped(part);
                if (inA == part && inB == part) {
                    both.add(part);
                } else if (inB.isEmpty()) {
                    add(aOnly, inA);
                } else if (inA.isEmpty()) {
                    add(bOnly, inB);
                } else {
                    add(both, OverlayNGRobust.overlay(inA, inB, OverlayNG.INTERSECTION));
                    add(aOnly, OverlayNGRobust.overlay(inA, inB, OverlayNG.DIFFERENCE));
                    add(bOnly, OverlayNGRobust.overlay(inB, inA, OverlayNG.DIFFERENCE));
                }
            }
        }
        return new ClaimDifference(claimA, claimB, date, lonLat(aOnly), lonLat(bOnly), lonLat(both));
    }

    /* The part itself when the area covers it, an empty geometry when they do not meet, else the overlay. */
    private static Geometry clipped(Geometry part, PreparedGeometry prepared, Geometry area) {
        if (area.isEmpty() || !prepared.intersects(part)) {
            return part.getFactory().createPolygon();
        }
        if (prepared.covers(part)) {
            return part;
        }
        return OverlayNGRobust.overlay(part, area, OverlayNG.INTERSECTION);
    }

    private static void add(List<Geometry> out, Geometry g) {
        Geometry polygonal = Geodesy.polygonalParts(g);
        if (!polygonal.isEmpty()) {
            out.add(polygonal);
        }
    }

    /* The parts are disjoint pieces of the land: collected, not unioned (drawing and areas need no more). */
    private Geometry lonLat(List<Geometry> metres) {
        Geometry g = new GeometryFactory().buildGeometry(metres);
        return frame.toLonLat(Geodesy.polygonalParts(g));
    }


    /* A group row takes the names of a feature whose id is the group id, if the islands layer has one. */
    private Names groupNames(String group) {
        Feature f = islands.feature(group);
        if (f != null && !f.names().isEmpty()) {
            return f.names();
        }
        return new Names(Character.toUpperCase(group.charAt(0)) + group.substring(1), null, null, null);
    }

    /* The island in metres; callers only read it (JTS geometries are safe to share for reading). */
    private Geometry islandMetres(Feature f) {
        Geometry m = islandMetres.get(f);
        if (m == null) {
            m = toMetres(f.geometry());
            islandMetres.put(f, m);
        }
        return m;
    }

    /* A claim's area on a date depends only on which of its features are valid then: memo per that set. */
    private Clip clip(String claimId, LocalDate date) {
        List<Feature> features = claims.features(claimId);
        boolean[] valid = new boolean[features.size()];
        for (int i = 0; i < valid.length; i++) {
            valid[i] = features.get(i).isValidAt(date);
        }
        ClaimAt key = new ClaimAt(claimId, Arrays.toString(valid));
        Clip c = clips.get(key);
        if (c == null) {
            c = new Clip(toMetres(claims.areaAt(claimId, date)));
            clips.putIfAbsent(key, c);
        }
        return c;
    }

    private record ClaimAt(String claimId, String validFeatures) {
    }

    private Geometry toMetres(Geometry lonLat) {
        Geometry polygonal = Geodesy.polygonalParts(lonLat);
        Geometry m = frame.toMetres(polygonal);
        return m.isValid() ? m : GeometryFixer.fix(m);
    }

    /**
     * One claim area, prepared for clipping many island parts. The data's claim areas are copies of the island
     * polygons, and proving that a polygon covers its own copy means a full boundary-against-boundary test;
     * a copy grown by {@value #COVER_TOLERANCE_METRES} m contains the part properly instead, which the prepared
     * geometry decides quickly. Only parts the claim border really crosses are overlaid.
     */
    private static final class Clip {
        private final Geometry area;
        private final PreparedGeometry prepared;
        private final PreparedGeometry grown;

        Clip(Geometry area) {
            this.area = area;
            this.prepared = PREPARED.create(area);
            this.grown = area.isEmpty() ? prepared : PREPARED.create(area.buffer(COVER_TOLERANCE_METRES, 2));
        }

        /* Per island part (by identity: the parts are the memoized projected islands'). */
        private final Map<Geometry, Double> km2 = Collections.synchronizedMap(new IdentityHashMap<>());
        private final Map<Geometry, Geometry> clipped = Collections.synchronizedMap(new IdentityHashMap<>());

        double km2(Geometry part) {
            Double k = km2.get(part);
            if (k == null) {
                k = computeKm2(part);
                km2.put(part, k);
            }
            return k;
        }

        /* The part itself when the area covers it, an empty geometry when they do not meet, else the overlay. */
        Geometry clipped(Geometry part) {
            Geometry g = clipped.get(part);
            if (g == null) {
                g = ClaimComparisonOp.clipped(part, prepared, area);
                clipped.put(part, g);
            }
            return g;
        }

        private double computeKm2(Geometry part) {
            if (area.isEmpty() || !prepared.intersects(part)) {
                return 0;
            }
            if (grown.containsProperly(part)) {
                return part.getArea() / 1e6;
            }
            return OverlayNGRobust.overlay(part, area, OverlayNG.INTERSECTION).getArea() / 1e6;
        }
    }

    /** Raw sums per island; the exclusive parts are derived once, at the end, so that rows add up exactly. */
    private record Row(String id, Names names, double landKm2, double inAKm2, double inBKm2, double bothKm2) {
        Row plus(Row o) {
            return new Row(id, names, landKm2 + o.landKm2, inAKm2 + o.inAKm2, inBKm2 + o.inBKm2, bothKm2 + o.bothKm2);
        }

        ClaimComparison.Row toRow() {
            /* Overlay noise can make both a hair larger than A or B; clamp, then let neither absorb the rest. */
            double both = Math.min(bothKm2, Math.min(inAKm2, inBKm2));
            double aOnly = inAKm2 - both;
            double bOnly = inBKm2 - both;
            double neither = landKm2 - aOnly - bOnly - both;
            return new ClaimComparison.Row(id, names, landKm2, inAKm2, inBKm2, aOnly, bOnly, both, neither);
        }
    }
}
