package org.claimscape.io;

import static org.claimscape.io.GeoJsonProblem.quote;
import static org.claimscape.io.JsonValues.describe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimscape.io.Coordinates.Nested;
import org.claimscape.io.Coordinates.Position;
import org.claimscape.io.Coordinates.PositionList;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.IoText.Message;
import org.claimscape.io.ReadSession.Issue;

/**
 * Reads GeoJSON geometry objects for a {@link ReadSession}. Reading only collects: the coordinates into
 * {@link Coordinates}, and whatever is wrong into the {@link Member}, since its type, which says what is wrong, may
 * come last. {@link GeoJsonGeometryBuilder} then judges the member against its type and builds it.
 */
final class GeoJsonGeometryReader {

    /**
     * Decimal places of a longitude or latitude beyond which a warning is given: 7 places are about 1 cm, the
     * most that survey-grade positions mean; RFC 7946 §11.2 finds 6 (about 10 cm) well within GPS.
     */
    static final int MAX_DECIMALS = 7;


    private final ReadSession session;
    private final JsonParser parser;
    /** The geometry whose coordinates are being read: told of heights, long positions and excess precision. */
    private Member target;
    /** The numbers after the third of the position read last. */
    private double[] extra = new double[4];

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
        GeoJsonBbox bbox;
        /** The GeoJSON members seen, as {@link ReadSession} member bits. */
        int members;
        /** Whether any position has a height; set while reading, and by build for a GeometryCollection. */
        boolean hasZ;
        /** Set by build: the geometry has no position at all. */
        boolean empty;
        /** The first position with more than three numbers, or null. */
        JsonLocation longPosition;
        /** The first longitude or latitude with more than {@link #MAX_DECIMALS} places, its text and places. */
        JsonLocation precisePosition;
        String preciseNumber;
        int preciseDecimals;
        /** What was wrong with the "coordinates" or "geometries" value: it matters only if the type uses it. */
        Issue coordinatesIssue;
        Issue geometriesIssue;
        /** Errors that hold whatever the type (duplicate or misplaced members, a type that is not a string). */
        List<Issue> issues;
        /** Not a geometry object at all (the "geometry" member was a string, say): only its issue is reported. */
        boolean notAnObject;

        Member(JsonLocation start) {
            this.start = start;
            this.typeLocation = start;
        }

        void issue(Kind kind, JsonLocation at, Message message) {
            if (issues == null) {
                issues = new ArrayList<>(2);
            }
            issues.add(new Issue(kind, at, message));
        }

        /** The n of the 2*n numbers a bbox of this geometry needs; 0 when it has no position (any length). */
        int dimensions() {
            return empty ? 0 : hasZ ? 3 : 2;
        }
    }

    static boolean isGeometryType(String t) {
        return switch (t) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                    "GeometryCollection" -> true;
            default -> false;
        };
    }

    /** Reads a feature's "geometry" member, whose first token {@code v} is current: null, or a member to build. */
    Member readMember(JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.START_OBJECT) {
            Member m = new Member(parser.currentTokenLocation());
            m.notAnObject = true;
            m.issue(Kind.WRONG_TYPE, m.start, IoText.of("io.geom.geometry-type", describe(v)));
            parser.skipChildren();
            return m;
        }
        return readObject();
    }

    /** Reads a geometry object; the parser is on its START_OBJECT and ends on its END_OBJECT. */
    private Member readObject() throws IOException {
        Member g = new Member(parser.currentTokenLocation());
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken v = parser.nextToken();
            switch (field) {
                case "type" -> {
                    if (repeated(g, GeoJsonMembers.TYPE, field)) {
                        break;
                    }
                    if (v == JsonToken.VALUE_STRING) {
                        g.type = GeoJsonMembers.typeName(parser);
                        if (!isGeometryType(g.type)) {
                            // only a type that is not a geometry's is reported at its place
                            g.typeLocation = parser.currentTokenLocation();
                        }
                    } else {
                        g.typeLocation = parser.currentTokenLocation();
                        g.issue(Kind.WRONG_TYPE, g.typeLocation, IoText.of("io.geom.type-not-string", describe(v)));
                        parser.skipChildren();
                    }
                }
                case "coordinates" -> {
                    if (!repeated(g, GeoJsonMembers.COORDINATES, field)) {
                        readCoordinatesMember(g, v);
                    }
                }
                case "geometries" -> {
                    if (!repeated(g, GeoJsonMembers.GEOMETRIES, field)) {
                        readGeometriesMember(g, v);
                    }
                }
                case "bbox" -> {
                    if (!repeated(g, GeoJsonMembers.BBOX, field)) {
                        g.bbox = GeoJsonBbox.read(parser, v);
                    }
                }
                case "geometry", "properties", "features" -> {
                    if (repeated(g, GeoJsonMembers.memberBit(field), field)) {
                        break;
                    }
                    g.issue(Kind.MISPLACED_MEMBER, parser.currentTokenLocation(), GeoJsonMembers.misplaced(field,
                            "io.json.on.geometry"));
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        return g;
    }

    /** True, with an issue kept in g and the value skipped, when g had this member already. */
    private boolean repeated(Member g, int bit, String field) throws IOException {
        if ((g.members & bit) != 0) {
            g.issue(Kind.DUPLICATE, parser.currentTokenLocation(), GeoJsonMembers.duplicated(field, "io.json.object.geometry"));
            parser.skipChildren();
            return true;
        }
        g.members |= bit;
        return false;
    }

    /** Reads the "coordinates" of g, whose first token {@code v} is current; a problem is kept in g. */
    void readCoordinatesMember(Member g, JsonToken v) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (v != JsonToken.START_ARRAY) {
            g.coordinatesIssue = new Issue(Kind.WRONG_TYPE, at, IoText.of("io.geom.coordinates-not-array",
                    describe(v)));
            parser.skipChildren();
            return;
        }
        g.coordinatesLocation = at;
        JsonStreamContext container = parser.getParsingContext().getParent();
        target = g;
        try {
            g.coordinates = readCoordinates(1, at);
        } catch (BadCoordinates e) {
            g.coordinatesIssue = e.issue;
            // the rest of the coordinates is skipped, so that the feature's other members are still read
            while (parser.getParsingContext() != container) {
                if (parser.nextToken() == null) {
                    throw new IOException("Unexpected end-of-input in coordinates");
                }
            }
        } finally {
            target = null;
        }
    }

    /** Reads the "geometries" of g, whose first token {@code v} is current; a problem is kept in g. */
    void readGeometriesMember(Member g, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            g.geometriesIssue = new Issue(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                    IoText.of("io.geom.geometries-not-array", describe(v)));
            parser.skipChildren();
            return;
        }
        g.geometries = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                if (g.geometriesIssue == null) {
                    g.geometriesIssue = new Issue(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                            IoText.of("io.geom.part-not-object", describe(t)));
                }
                parser.skipChildren();
                continue;
            }
            g.geometries.add(readObject());
        }
    }

    /** Reads nested coordinate arrays; the parser is on their START_ARRAY, which is at {@code start}. */
    private Coordinates readCoordinates(int depth, JsonLocation start) throws IOException, BadCoordinates {
        if (depth > 4) {
            throw new BadCoordinates(Kind.TOO_DEEP, start, IoText.of("io.geom.too-deep"));
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return PositionList.empty(start);
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return readPosition(start, t);
        }
        if (t != JsonToken.START_ARRAY) {
            throw new BadCoordinates(Kind.NOT_A_NUMBER, parser.currentTokenLocation(),
                    IoText.of("io.geom.coordinate-type", describe(t)));
        }
        Coordinates first = readCoordinates(depth + 1, parser.currentTokenLocation());
        if (first instanceof Position p) {
            return readPositions(start, p);
        }
        List<Coordinates> parts = new ArrayList<>();
        parts.add(first);
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_ARRAY) {
                throw new BadCoordinates(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                        IoText.of("io.geom.expected-array", describe(t)));
            }
            parts.add(readCoordinates(depth + 1, parser.currentTokenLocation()));
        }
        return new Nested(parts);
    }

    /** Reads the positions after {@code first} up to the END_ARRAY of their list, which starts at {@code start}. */
    private PositionList readPositions(JsonLocation start, Position first) throws IOException, BadCoordinates {
        double[] xyz = new double[32];
        int count = 0;
        int dimension = 2;
        // the numbers after the third of the first position, to compare with the last one's (rare: SHOULD NOT)
        double[] firstExtra = first.arity() > 3 ? Arrays.copyOf(extra, first.arity() - 3) : null;
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
                return new PositionList(xyz, count, dimension, sameNumbers(first, firstExtra, p), first.arity(),
                        p.arity(), start);
            }
            if (t != JsonToken.START_ARRAY) {
                throw new BadCoordinates(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                        IoText.of("io.geom.expected-position", describe(t)));
            }
            JsonLocation at = parser.currentTokenLocation();
            p = readPosition(at, parser.nextToken());
        }
    }

    /** Whether {@code last}, the position read last, repeats {@code first} in every number (RFC 7946 §3.1.6). */
    private boolean sameNumbers(Position first, double[] firstExtra, Position last) {
        if (first.arity() != last.arity() || first.x() != last.x() || first.y() != last.y()) {
            return false;
        }
        if (first.arity() > 2 && first.z() != last.z()) {
            return false;
        }
        for (int i = 0; firstExtra != null && i < firstExtra.length; i++) {
            if (firstExtra[i] != extra[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads one position whose first token {@code t} is current; consumes its END_ARRAY. */
    private Position readPosition(JsonLocation start, JsonToken t) throws IOException, BadCoordinates {
        double lon = Double.NaN;
        double lat = Double.NaN;
        double z = Double.NaN;
        int n = 0;
        while (t != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new BadCoordinates(Kind.NOT_A_NUMBER, parser.currentTokenLocation(),
                        IoText.of("io.geom.not-a-number", n + 1, describe(t)));
            }
            switch (n) {
                case 0 -> {
                    lon = parser.getDoubleValue();
                    if (t == JsonToken.VALUE_NUMBER_FLOAT && target.precisePosition == null) {
                        checkPrecision(lon);
                    }
                }
                case 1 -> {
                    lat = parser.getDoubleValue();
                    if (t == JsonToken.VALUE_NUMBER_FLOAT && target.precisePosition == null) {
                        checkPrecision(lat);
                    }
                }
                case 2 -> z = parser.getDoubleValue();
                default -> {
                    if (n - 3 >= extra.length) {
                        extra = Arrays.copyOf(extra, extra.length * 2);
                    }
                    extra[n - 3] = parser.getDoubleValue();
                }
            }
            n++;
            t = parser.nextToken();
        }
        if (n < 2) {
            throw new BadCoordinates(Kind.TOO_FEW_POSITIONS, start, IoText.of("io.geom.too-few-numbers", n));
        }
        if (n > 2) {
            target.hasZ = true;
            if (n > 3 && target.longPosition == null) {
                target.longPosition = start;
            }
        }
        if (Double.isInfinite(lon) || Double.isInfinite(lat)) {
            throw new BadCoordinates(Kind.NOT_A_NUMBER, start, IoText.of("io.geom.too-large"));
        }
        if (lat < -90 || lat > 90) {
            throw new BadCoordinates(Kind.LATITUDE_OUT_OF_RANGE, start, IoText.of("io.geom.latitude",
                    IoText.decimal(lat), hint(lon, lat)));
        }
        if (lon < -180 || lon > 180) {
            throw new BadCoordinates(Kind.LONGITUDE_OUT_OF_RANGE, start, IoText.of("io.geom.longitude",
                    IoText.decimal(lon), hint(lon, lat)));
        }
        return new Position(lon, lat, z, n);
    }

    /**
     * Notes the current number token, whose value is {@code value}, in the target when it has more than
     * {@link #MAX_DECIMALS} decimal places. Per coordinate this is arithmetic only: JSON numbers have no leading
     * zeros, so the token's length less its sign, integer digits and point bounds its places; only a token over
     * that bound (too precise, or with trailing zeros or an exponent) has its characters counted.
     */
    private void checkPrecision(double value) throws IOException {
        double a = Math.abs(value);
        int integerDigits = a < 10 ? 1 : a < 100 ? 2 : 3;
        if (parser.getTextLength() - integerDigits - (value < 0 ? 1 : 0) - 1 <= MAX_DECIMALS) {
            return;
        }
        countPlaces();
    }

    /** Counts the decimal places of the current number token on its own characters, without a String. */
    private void countPlaces() throws IOException {
        char[] text = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        int dot = -1;
        int exp = length;
        for (int i = 0; i < length; i++) {
            char c = text[offset + i];
            if (c == '.') {
                dot = i;
            } else if (c == 'e' || c == 'E') {
                exp = i;
                break;
            }
        }
        int last = exp - 1;
        while (dot >= 0 && last > dot && text[offset + last] == '0') {
            last--; // trailing zeros say nothing about the value
        }
        int places = dot < 0 ? 0 : last - dot;
        if (exp < length) {
            try {
                places -= Integer.parseInt(new String(text, offset + exp + 1, length - exp - 1).replace("+", ""));
            } catch (NumberFormatException e) {
                return; // an exponent beyond int: the range check refuses the number
            }
        }
        if (places > MAX_DECIMALS) {
            target.precisePosition = parser.currentTokenLocation();
            target.preciseNumber = parser.getText();
            target.preciseDecimals = places;
        }
    }

    private Object hint(double lon, double lat) {
        if (Math.abs(lon) > 1000 || Math.abs(lat) > 1000) {
            String crs = session.crsName();
            return crs == null ? IoText.of("io.geom.hint.projected") : IoText.of("io.geom.hint.projected-crs",
                    quote(crs));
        }
        if (lon > 180 && lon <= 360 && Math.abs(lat) <= 90) {
            return IoText.of("io.geom.hint.360");
        }
        if (Math.abs(lon) <= 90 && Math.abs(lat) <= 180) {
            return IoText.of("io.geom.hint.swapped");
        }
        return "";
    }

    /** A problem in coordinates, found while reading them; kept in the member, reported when it is built. */
    private static final class BadCoordinates extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Issue issue;

        BadCoordinates(Kind kind, JsonLocation at, Message message) {
            super(null, null, false, false);
            this.issue = new Issue(kind, at, message);
        }
    }
}
