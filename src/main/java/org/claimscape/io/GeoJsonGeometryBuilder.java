package org.claimscape.io;

import static org.claimscape.io.GeoJsonProblem.quote;

import java.util.ArrayList;
import java.util.List;
import org.claimscape.io.Coordinates.Nested;
import org.claimscape.io.Coordinates.Position;
import org.claimscape.io.Coordinates.PositionList;
import org.claimscape.io.GeoJsonGeometryReader.Member;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.IoText.Message;
import org.claimscape.io.ReadSession.Issue;
import org.claimscape.io.ReadSession.SkipFeature;
import org.claimscape.model.PointSequence;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Judges the geometry objects {@link GeoJsonGeometryReader} read against their types, once each type is known, and
 * builds them into JTS geometries: every problem of a geometry and its parts, errors and warnings, is recorded in
 * the {@link ReadSession}, and the feature is abandoned ({@link SkipFeature}) on an error. Used once, on one thread.
 */
final class GeoJsonGeometryBuilder {

    private static final PackedCoordinateSequenceFactory PACKED = PackedCoordinateSequenceFactory.DOUBLE_FACTORY;
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326, PACKED);

    private final ReadSession session;

    GeoJsonGeometryBuilder(ReadSession session) {
        this.session = session;
    }

    /**
     * The JTS geometry of g, or null when it has no position (an empty geometry, read as an unlocated feature),
     * once g is judged against its type. Records every problem of g and of its parts, errors and warnings.
     *
     * @throws SkipFeature when g has an error (recorded)
     */
    Geometry build(Member g) throws SkipFeature {
        boolean failed = report(g.issues);
        if (g.notAnObject) {
            throw new SkipFeature();
        }
        if (g.type == null) {
            if (!failed) {
                session.error(Kind.MISSING_MEMBER, g.start, IoText.of("io.geom.no-type"));
            }
            throw new SkipFeature();
        }
        if (!GeoJsonGeometryReader.isGeometryType(g.type)) {
            session.error(Kind.WRONG_TYPE, g.typeLocation, IoText.of("io.geom.unknown-type", quote(g.type)));
            throw new SkipFeature();
        }
        if (g.type.equals("GeometryCollection")) {
            return collection(g, failed);
        }
        if (g.coordinatesIssue != null) {
            failed |= report(g.coordinatesIssue);
        } else if (g.coordinates == null) {
            failed |= session.error(Kind.MISSING_MEMBER, g.start, IoText.of("io.geom.no-coordinates", g.type));
        }
        if (g.coordinates instanceof PositionList ps && ps.isEmpty()) {
            g.empty = true;
        }
        failed |= checkBbox(g);
        if (failed) {
            throw new SkipFeature();
        }
        if (g.empty) {
            session.should(Kind.EMPTY_GEOMETRY, g.coordinatesLocation, IoText.of("io.geom.empty", g.type));
            return null;
        }
        Geometry result = switch (g.type) {
            case "Point" -> point(g);
            case "MultiPoint" -> multiPoint(g);
            case "LineString" -> line(positions(g, g.coordinates, 2));
            case "MultiLineString" -> multiLineString(g);
            case "Polygon" -> checkWinding(g, new Polygon[] {polygon(g, g.coordinates)});
            default -> checkWinding(g, multiPolygon(g));
        };
        if (g.longPosition != null) {
            session.should(Kind.LONG_POSITION, g.longPosition, IoText.of("io.geom.long-position"));
        }
        if (g.precisePosition != null) {
            session.should(Kind.EXCESS_PRECISION, g.precisePosition, IoText.of("io.geom.precision",
                    shorten(g.preciseNumber), g.preciseDecimals, GeoJsonGeometryReader.MAX_DECIMALS));
        }
        return result;
    }

    private Geometry collection(Member g, boolean failed) throws SkipFeature {
        if (g.geometriesIssue != null) {
            failed |= report(g.geometriesIssue);
        } else if (g.geometries == null) {
            boolean coords = g.coordinates != null || g.coordinatesIssue != null;
            failed |= session.error(Kind.MISSING_MEMBER, g.start, IoText.of(coords ? "io.geom.no-geometries-coordinates"
                    : "io.geom.no-geometries"));
        }
        List<Geometry> parts = new ArrayList<>();
        if (g.geometries != null) {
            for (Member m : g.geometries) {
                try {
                    Geometry part = build(m);
                    if (part != null) {
                        parts.add(part);
                    }
                    g.hasZ |= m.hasZ;
                } catch (SkipFeature e) {
                    failed = true; // recorded; the other parts are still judged
                }
            }
        }
        g.empty = parts.isEmpty();
        failed |= checkBbox(g);
        if (failed) {
            throw new SkipFeature();
        }
        if (g.empty) {
            session.should(Kind.EMPTY_GEOMETRY, g.start, IoText.of("io.geom.empty-collection"));
            return null;
        }
        checkCollectionShape(g);
        return GEOMETRY.createGeometryCollection(parts.toArray(new Geometry[0]));
    }

    /** RFC 7946 §3.1.8: nested collections, and collections a single or a Multi* geometry could replace. */
    private void checkCollectionShape(Member g) {
        for (Member m : g.geometries) {
            if ("GeometryCollection".equals(m.type)) {
                session.should(Kind.AVOIDABLE_COLLECTION, m.start, IoText.of("io.geom.nested-collection"));
                return;
            }
        }
        String single = g.geometries.get(0).type;
        if (g.geometries.size() == 1) {
            session.should(Kind.AVOIDABLE_COLLECTION, g.start, IoText.of("io.geom.single-collection", single));
            return;
        }
        for (Member m : g.geometries) {
            if (!single.equals(m.type)) {
                return;
            }
        }
        String multi = single.startsWith("Multi") ? single : "Multi" + single;
        session.should(Kind.AVOIDABLE_COLLECTION, g.start, IoText.of("io.geom.multi-collection", g.geometries.size(),
                single, multi));
    }

    private boolean checkBbox(Member g) {
        if (g.bbox == null) {
            return false;
        }
        Message problem = g.bbox.problem(g.dimensions());
        return problem != null && session.error(Kind.BAD_BBOX, g.bbox.location(), problem);
    }

    /** Records the issues as errors; true when there was any. */
    private boolean report(List<Issue> issues) {
        if (issues == null) {
            return false;
        }
        for (Issue i : issues) {
            report(i);
        }
        return !issues.isEmpty();
    }

    private boolean report(Issue i) {
        return session.error(i.kind(), i.at(), i.message());
    }

    private Geometry multiPoint(Member g) throws SkipFeature {
        PositionList ps = positions(g, g.coordinates, 2);
        Point[] pts = new Point[ps.count()];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = GEOMETRY.createPoint(new Coordinate(ps.x(i), ps.y(i)));
        }
        return GEOMETRY.createMultiPoint(pts);
    }

    private Geometry multiLineString(Member g) throws SkipFeature {
        List<Coordinates> parts = parts(g, 3);
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(positions(g, parts.get(i), 2));
        }
        return GEOMETRY.createMultiLineString(lines);
    }

    private Polygon[] multiPolygon(Member g) throws SkipFeature {
        List<Coordinates> parts = parts(g, 4);
        Polygon[] polys = new Polygon[parts.size()];
        for (int i = 0; i < polys.length; i++) {
            polys[i] = polygon(g, parts.get(i));
        }
        return polys;
    }

    private Point point(Member g) throws SkipFeature {
        if (!(g.coordinates instanceof Position p)) {
            throw session.skip(Kind.WRONG_TYPE, g.coordinatesLocation, IoText.of("io.geom.point"));
        }
        // no Coordinate and Coordinate[] per point on the way; a 2D point is one small object (PointSequence)
        return GEOMETRY.createPoint(Double.isNaN(p.z()) ? new PointSequence(p.x(), p.y())
                : PACKED.create(new double[] {p.x(), p.y(), p.z()}, 3));
    }

    private PositionList positions(Member g, Coordinates c, int depth) throws SkipFeature {
        if (c instanceof PositionList ps) {
            return ps;
        }
        throw session.skip(Kind.WRONG_TYPE, g.coordinatesLocation, IoText.of("io.geom.depth", g.type, depth));
    }

    /** The parts of a MultiLineString or MultiPolygon, whose coordinates are nested {@code depth} arrays deep. */
    private List<Coordinates> parts(Member g, int depth) throws SkipFeature {
        if (!(g.coordinates instanceof Nested nested)) {
            throw session.skip(Kind.WRONG_TYPE, g.coordinatesLocation, IoText.of("io.geom.depth", g.type, depth));
        }
        return nested.parts();
    }

    private LineString line(PositionList ps) throws SkipFeature {
        if (ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, ps.start(), IoText.of("io.geom.line-empty"));
        }
        if (ps.count() < 2) {
            throw session.skip(Kind.TOO_FEW_POSITIONS, ps.start(), IoText.of("io.geom.line-short", ps.count()));
        }
        return GEOMETRY.createLineString(ps.toSequence());
    }

    private Polygon polygon(Member g, Coordinates c) throws SkipFeature {
        if (c instanceof PositionList ps && ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, ps.start(), IoText.of("io.geom.polygon-empty"));
        }
        if (!(c instanceof Nested nested)) {
            throw session.skip(Kind.WRONG_TYPE, c instanceof PositionList ps ? ps.start() : g.coordinatesLocation,
                    IoText.of("io.geom.polygon-rings"));
        }
        List<Coordinates> rings = nested.parts();
        LinearRing shell = ring(g, rings.get(0), IoText.of("io.geom.exterior"));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(g, rings.get(i), IoText.of("io.geom.hole", i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private LinearRing ring(Member g, Coordinates c, Message what) throws SkipFeature {
        if (!(c instanceof PositionList ps)) {
            throw session.skip(Kind.WRONG_TYPE, g.coordinatesLocation, IoText.of("io.geom.ring-type", what));
        }
        if (ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, ps.start(), IoText.of("io.geom.ring-empty", what));
        }
        if (!ps.closed()) {
            throw session.skip(Kind.RING_NOT_CLOSED, ps.start(), IoText.of("io.geom.ring-open", what,
                    ps.show(ps.count() - 1, ps.lastArity()), ps.show(0, ps.firstArity())));
        }
        if (ps.count() < 4) {
            throw session.skip(Kind.TOO_FEW_POSITIONS, ps.start(), IoText.of("io.geom.ring-short", what, ps.count()));
        }
        return GEOMETRY.createLinearRing(ps.toSequence());
    }

    /**
     * Warns once for a geometry whose rings go against the right-hand rule (RFC 7946 §3.1.6: exterior rings
     * counter-clockwise, holes clockwise; parsers SHOULD NOT reject them). One pass over each ring's vertices.
     */
    private Geometry checkWinding(Member g, Polygon[] polygons) {
        int wrong = 0;
        int rings = 0;
        Message first = null;
        for (int i = 0; i < polygons.length; i++) {
            Polygon p = polygons[i];
            for (int r = 0; r <= p.getNumInteriorRing(); r++) {
                LinearRing ring = r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1);
                double signed = Area.ofRingSigned(ring.getCoordinateSequence()); // positive when clockwise
                rings++;
                if (r == 0 ? signed > 0 : signed < 0) {
                    wrong++;
                    if (first == null) {
                        first = polygons.length > 1
                                ? (r == 0 ? IoText.of("io.geom.winding.exterior-of", i + 1)
                                : IoText.of("io.geom.winding.hole-of", r, i + 1))
                                : r == 0 ? IoText.of("io.geom.winding.exterior") : IoText.of("io.geom.winding.hole", r);
                    }
                }
            }
        }
        if (wrong > 0) {
            session.should(Kind.RING_WINDING, g.coordinatesLocation, wrong == 1 ? IoText.of("io.geom.winding", first)
                    : IoText.of("io.geom.winding-many", wrong, rings, first));
        }
        return polygons.length == 1 && g.type.equals("Polygon") ? polygons[0] : GEOMETRY.createMultiPolygon(polygons);
    }


    private static String shorten(String number) {
        return number.length() > 30 ? number.substring(0, 27) + "..." : number;
    }

}
