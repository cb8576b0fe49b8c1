package org.claimscape.io;

import static org.claimscape.io.GeoJsonProblem.quote;
import static org.claimscape.io.JsonValues.describe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimscape.io.Coordinates.Nested;
import org.claimscape.io.Coordinates.Position;
import org.claimscape.io.Coordinates.PositionList;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.ReadSession.SkipFeature;
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
 * Reads GeoJSON geometry objects for a {@link ReadSession} and builds them into JTS geometries: the
 * coordinates are read into {@link Coordinates}, then checked against the geometry's type. A problem is
 * recorded in the session and abandons the feature ({@link SkipFeature}).
 */
final class GeoJsonGeometryReader {

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private final ReadSession session;
    private final JsonParser parser;

    GeoJsonGeometryReader(ReadSession session, JsonParser parser) {
        this.session = session;
        this.parser = parser;
    }

    /** A geometry object as read, built once its type is known (members may come in any order). */
    static final class Member {
        final JsonLocation start;
        JsonLocation typeLocation;
        JsonLocation coordinatesLocation;
        String type;
        Coordinates coordinates;
        List<Member> geometries;

        Member(JsonLocation start) {
            this.start = start;
            this.typeLocation = start;
        }
    }

    static boolean isGeometryType(String t) {
        return switch (t) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                    "GeometryCollection" -> true;
            default -> false;
        };
    }

    /** Reads a feature's "geometry" member, whose first token {@code v} is current: null or a geometry object. */
    Member readMember(JsonToken v) throws IOException, SkipFeature {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.START_OBJECT) {
            throw session.skip(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                    "\"geometry\" must be an object or null, found " + describe(v));
        }
        return readObject();
    }

    /** Reads a geometry object; the parser is on its START_OBJECT. */
    private Member readObject() throws IOException, SkipFeature {
        Member g = new Member(parser.currentTokenLocation());
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken v = parser.nextToken();
            switch (field) {
                case "type" -> {
                    g.typeLocation = parser.currentTokenLocation();
                    if (v != JsonToken.VALUE_STRING) {
                        throw session.skip(Kind.WRONG_TYPE, g.typeLocation,
                                "geometry \"type\" must be a string, found " + describe(v));
                    }
                    g.type = parser.getText();
                }
                case "coordinates", "geometries" -> readArray(g, field, v);
                default -> parser.skipChildren();
            }
        }
        return g;
    }

    /** Reads the "coordinates" or "geometries" {@code field} of g, whose first token {@code v} is current. */
    void readArray(Member g, String field, JsonToken v) throws IOException, SkipFeature {
        if (v == JsonToken.VALUE_NULL) {
            return;
        }
        if (v != JsonToken.START_ARRAY) {
            throw session.skip(Kind.WRONG_TYPE, parser.currentTokenLocation(), "\"" + field
                    + "\" must be an array, found " + describe(v));
        }
        if (field.equals("coordinates")) {
            g.coordinatesLocation = parser.currentTokenLocation();
            g.coordinates = readCoordinates(1);
            return;
        }
        g.geometries = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw session.skip(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                        "a GeometryCollection member must be a geometry object, found " + describe(t));
            }
            g.geometries.add(readObject());
        }
    }

    /** Reads nested coordinate arrays; the parser is on a START_ARRAY. */
    private Coordinates readCoordinates(int depth) throws IOException, SkipFeature {
        JsonLocation start = parser.currentTokenLocation();
        if (depth > 4) {
            throw session.skip(Kind.TOO_DEEP, start, "coordinates nested deeper than any GeoJSON geometry allows");
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return PositionList.empty(start);
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return readPosition(start, t);
        }
        if (t != JsonToken.START_ARRAY) {
            throw session.skip(Kind.NOT_A_NUMBER, parser.currentTokenLocation(),
                    "a coordinate must be a number or an array, found " + describe(t));
        }
        Coordinates first = readCoordinates(depth + 1);
        if (first instanceof Position p) {
            return readPositions(start, p);
        }
        List<Coordinates> parts = new ArrayList<>();
        parts.add(first);
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_ARRAY) {
                throw session.skip(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                        "expected an array of coordinates, found " + describe(t));
            }
            parts.add(readCoordinates(depth + 1));
        }
        return new Nested(parts);
    }

    /** Reads the positions after {@code first} up to the END_ARRAY of their list, which starts at {@code start}. */
    private PositionList readPositions(JsonLocation start, Position first) throws IOException, SkipFeature {
        double[] xyz = new double[32];
        int count = 0;
        int dimension = 2;
        Position p = first;
        while (true) {
            if ((count + 1) * 3 > xyz.length) {
                xyz = Arrays.copyOf(xyz, xyz.length * 2);
            }
            xyz[count * 3] = p.x();
            xyz[count * 3 + 1] = p.y();
            xyz[count * 3 + 2] = p.z();
            count++;
            if (!Double.isNaN(p.z())) {
                dimension = 3;
            }
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                return new PositionList(xyz, count, dimension, start);
            }
            if (t != JsonToken.START_ARRAY) {
                throw session.skip(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                        "expected a position [lon, lat], found " + describe(t));
            }
            JsonLocation at = parser.currentTokenLocation();
            p = readPosition(at, parser.nextToken());
        }
    }

    /** Reads one position whose first token {@code t} is current; consumes its END_ARRAY. */
    private Position readPosition(JsonLocation start, JsonToken t) throws IOException, SkipFeature {
        double[] xyz = {Double.NaN, Double.NaN, Double.NaN};
        int n = 0;
        while (t != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw session.skip(Kind.NOT_A_NUMBER, parser.currentTokenLocation(), "coordinate " + (n + 1)
                        + " of a position is not a number: " + describe(t));
            }
            if (n < 3) {
                xyz[n] = parser.getDoubleValue();
            }
            n++;
            t = parser.nextToken();
        }
        if (n < 2) {
            throw session.skip(Kind.TOO_FEW_POSITIONS, start, "a position needs at least longitude and latitude, found "
                    + n + (n == 1 ? " number" : " numbers"));
        }
        double lon = xyz[0];
        double lat = xyz[1];
        if (Double.isInfinite(lon) || Double.isInfinite(lat)) {
            throw session.skip(Kind.NOT_A_NUMBER, start, "a coordinate is too large to be a number of degrees");
        }
        if (lat < -90 || lat > 90) {
            throw session.skip(Kind.LATITUDE_OUT_OF_RANGE, start, String.format(Locale.ROOT,
                    "latitude %s is outside ±90°%s", num(lat), hint(lon, lat)));
        }
        if (lon < -180 || lon > 180) {
            throw session.skip(Kind.LONGITUDE_OUT_OF_RANGE, start, String.format(Locale.ROOT,
                    "longitude %s is outside ±180°%s", num(lon), hint(lon, lat)));
        }
        return new Position(lon, lat, xyz[2]);
    }

    /** The JTS geometry of g, once its coordinates are checked against its type. */
    Geometry build(Member g) throws SkipFeature {
        if (g.type == null) {
            throw session.skip(Kind.WRONG_TYPE, g.start, "a geometry without \"type\"");
        }
        if (!isGeometryType(g.type)) {
            throw session.skip(Kind.WRONG_TYPE, g.typeLocation, "unknown geometry type " + quote(g.type)
                    + " (expected Point, LineString, Polygon, their Multi forms or GeometryCollection)");
        }
        if (g.type.equals("GeometryCollection")) {
            return collection(g);
        }
        if (g.coordinates == null) {
            throw session.skip(Kind.WRONG_TYPE, g.start, g.type + " without \"coordinates\"");
        }
        return switch (g.type) {
            case "Point" -> point(g);
            case "MultiPoint" -> multiPoint(g);
            case "LineString" -> line(positions(g, g.coordinates, 2));
            case "MultiLineString" -> multiLineString(g);
            case "Polygon" -> polygon(g, g.coordinates);
            default -> multiPolygon(g);
        };
    }

    private Geometry collection(Member g) throws SkipFeature {
        if (g.geometries == null) {
            throw session.skip(Kind.WRONG_TYPE, g.start, "a GeometryCollection without \"geometries\"");
        }
        if (g.geometries.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, g.start, "empty GeometryCollection");
        }
        Geometry[] parts = new Geometry[g.geometries.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = build(g.geometries.get(i));
        }
        return GEOMETRY.createGeometryCollection(parts);
    }

    private Geometry multiPoint(Member g) throws SkipFeature {
        PositionList ps = positions(g, g.coordinates, 2);
        if (ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, g.coordinatesLocation, "MultiPoint without points");
        }
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

    private Geometry multiPolygon(Member g) throws SkipFeature {
        List<Coordinates> parts = parts(g, 4);
        Polygon[] polys = new Polygon[parts.size()];
        for (int i = 0; i < polys.length; i++) {
            polys[i] = polygon(g, parts.get(i));
        }
        return GEOMETRY.createMultiPolygon(polys);
    }

    private Point point(Member g) throws SkipFeature {
        if (g.coordinates instanceof PositionList ps && ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, g.coordinatesLocation, "Point with empty coordinates");
        }
        if (!(g.coordinates instanceof Position p)) {
            throw session.skip(Kind.WRONG_TYPE, g.coordinatesLocation,
                    "Point coordinates must be one position [lon, lat]");
        }
        return GEOMETRY.createPoint(Double.isNaN(p.z()) ? new Coordinate(p.x(), p.y())
                : new Coordinate(p.x(), p.y(), p.z()));
    }

    private PositionList positions(Member g, Coordinates c, int depth) throws SkipFeature {
        if (c instanceof PositionList ps) {
            return ps;
        }
        throw session.skip(Kind.WRONG_TYPE, g.coordinatesLocation, g.type + " coordinates must be nested " + depth
                + " arrays deep");
    }

    /** The parts of a MultiLineString or MultiPolygon, whose coordinates are nested {@code depth} arrays deep. */
    private List<Coordinates> parts(Member g, int depth) throws SkipFeature {
        if (g.coordinates instanceof PositionList ps && ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, g.coordinatesLocation, g.type + " without parts");
        }
        if (!(g.coordinates instanceof Nested nested)) {
            throw session.skip(Kind.WRONG_TYPE, g.coordinatesLocation, g.type + " coordinates must be nested " + depth
                    + " arrays deep");
        }
        return nested.parts();
    }

    private LineString line(PositionList ps) throws SkipFeature {
        if (ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, ps.start(), "line without positions");
        }
        if (ps.count() < 2) {
            throw session.skip(Kind.TOO_FEW_POSITIONS, ps.start(), "a line needs at least 2 positions, found "
                    + ps.count());
        }
        return GEOMETRY.createLineString(ps.toSequence());
    }

    private Polygon polygon(Member g, Coordinates c) throws SkipFeature {
        if (c instanceof PositionList ps && ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, ps.start(), "polygon without rings");
        }
        if (!(c instanceof Nested nested)) {
            throw session.skip(Kind.WRONG_TYPE, c instanceof PositionList ps ? ps.start() : g.coordinatesLocation,
                    "polygon coordinates must be a list of rings (3 arrays deep)");
        }
        List<Coordinates> rings = nested.parts();
        LinearRing shell = ring(g, rings.get(0), "exterior ring");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(g, rings.get(i), "hole " + i);
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private LinearRing ring(Member g, Coordinates c, String what) throws SkipFeature {
        if (!(c instanceof PositionList ps)) {
            throw session.skip(Kind.WRONG_TYPE, g.coordinatesLocation,
                    "polygon " + what + " must be a list of positions");
        }
        if (ps.isEmpty()) {
            throw session.skip(Kind.EMPTY_GEOMETRY, ps.start(), "polygon " + what + " is empty");
        }
        if (!ps.closed()) {
            throw session.skip(Kind.RING_NOT_CLOSED, ps.start(), "polygon " + what + " is not closed: its last "
                    + "position differs from its first");
        }
        if (ps.count() < 4) {
            throw session.skip(Kind.TOO_FEW_POSITIONS, ps.start(), "polygon " + what + " needs at least 4 positions, "
                    + "found " + ps.count());
        }
        return GEOMETRY.createLinearRing(ps.toSequence());
    }

    private static String hint(double lon, double lat) {
        if (Math.abs(lon) > 1000 || Math.abs(lat) > 1000) {
            return " (these look like projected metres, not degrees: GeoJSON needs WGS84 longitude, latitude)";
        }
        if (Math.abs(lon) <= 90 && Math.abs(lat) <= 180) {
            return " (the position looks like [lat, lon]: GeoJSON order is [longitude, latitude])";
        }
        return "";
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
