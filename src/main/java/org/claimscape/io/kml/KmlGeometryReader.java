package org.claimscape.io.kml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.claimscape.io.FeatureCollector;
import org.claimscape.io.FeatureCollector.Place;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.IoText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Reads the KML geometries of a Placemark (KML 2.2 §10: Point, LineString, LinearRing, Polygon, MultiGeometry) into
 * JTS geometries in lon/lat, as {@link KmlLayerReader} meets them in the XML stream. A geometry that cannot be read
 * is thrown as a {@link BadGeometry} with its place; a ring left open is closed with a warning. Used once, on one
 * thread.
 */
final class KmlGeometryReader {

    private static final GeometryFactory FACTORY = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private final XMLStreamReader x;
    private final FeatureCollector out;
    /** Told of an element that is skipped because it is not a geometry of features (a Model, a Track). */
    private final Consumer<String> skipped;

    KmlGeometryReader(XMLStreamReader x, FeatureCollector out, Consumer<String> skipped) {
        this.x = x;
        this.out = out;
        this.skipped = skipped;
    }

    /* Current event: the geometry's START_ELEMENT; returns on its END_ELEMENT. */
    Geometry geometry(String type, int depth) throws XMLStreamException, BadGeometry {
        Place at = KmlLayerReader.place(x.getLocation());
        if (depth > KmlLayerReader.MAX_DEPTH) {
            throw new BadGeometry(Kind.TOO_DEEP, at, IoText.of("io.kml.too-deep", KmlLayerReader.MAX_DEPTH));
        }
        switch (type) {
            case "Point" -> {
                CoordinateSequence s = coordinatesChild("Point");
                if (s == null || s.size() == 0) {
                    throw new BadGeometry(Kind.EMPTY_GEOMETRY, at, IoText.of("io.kml.point-empty"));
                }
                if (s.size() > 1) {
                    throw new BadGeometry(Kind.WRONG_TYPE, at, IoText.of("io.kml.point-many", s.size()));
                }
                return FACTORY.createPoint(s);
            }
            case "LineString" -> {
                CoordinateSequence s = coordinatesChild("LineString");
                if (s == null || s.size() < 2) {
                    throw new BadGeometry(Kind.TOO_FEW_POSITIONS, at, IoText.of("io.kml.line-short",
                            s == null ? 0 : s.size()));
                }
                return FACTORY.createLineString(s);
            }
            case "LinearRing" -> {
                return ring(coordinatesChild("LinearRing"), at);
            }
            case "Polygon" -> {
                return polygon(at);
            }
            default -> {
                return multi(at, depth);
            }
        }
    }

    private Polygon polygon(Place at) throws XMLStreamException, BadGeometry {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        while (KmlXml.nextChild(x)) {
            String n = x.getLocalName();
            if (n.equals("outerBoundaryIs") || n.equals("innerBoundaryIs")) {
                LinearRing r = boundary();
                if (r == null) {
                    continue;
                }
                if (n.equals("outerBoundaryIs")) {
                    shell = r;
                } else {
                    holes.add(r);
                }
            } else {
                KmlXml.skip(x);
            }
        }
        if (shell == null) {
            throw new BadGeometry(Kind.EMPTY_GEOMETRY, at, IoText.of("io.kml.no-outer"));
        }
        return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    /* In outerBoundaryIs/innerBoundaryIs: the LinearRing (or null when missing). */
    private LinearRing boundary() throws XMLStreamException, BadGeometry {
        LinearRing r = null;
        while (KmlXml.nextChild(x)) {
            if (x.getLocalName().equals("LinearRing")) {
                Place at = KmlLayerReader.place(x.getLocation());
                r = ring(coordinatesChild("LinearRing"), at);
            } else {
                KmlXml.skip(x);
            }
        }
        return r;
    }

    private LinearRing ring(CoordinateSequence s, Place at) throws BadGeometry {
        if (s == null || s.size() == 0) {
            throw new BadGeometry(Kind.EMPTY_GEOMETRY, at, IoText.of("io.kml.ring-empty"));
        }
        if (s.size() < 3) {
            throw new BadGeometry(Kind.TOO_FEW_POSITIONS, at, IoText.of("io.kml.ring-short", s.size()));
        }
        if (!s.getCoordinate(0).equals2D(s.getCoordinate(s.size() - 1))) {
            Coordinate[] closed = new Coordinate[s.size() + 1];
            for (int i = 0; i < s.size(); i++) {
                closed[i] = s.getCoordinate(i);
            }
            closed[s.size()] = closed[0].copy();
            s = FACTORY.getCoordinateSequenceFactory().create(closed);
            out.warning(Kind.RING_NOT_CLOSED, at, IoText.of("io.kml.ring-closed"));
        }
        if (s.size() < 4) {
            throw new BadGeometry(Kind.TOO_FEW_POSITIONS, at, IoText.of("io.kml.ring-short", s.size()));
        }
        return FACTORY.createLinearRing(s);
    }

    private Geometry multi(Place at, int depth) throws XMLStreamException, BadGeometry {
        List<Geometry> parts = new ArrayList<>();
        while (KmlXml.nextChild(x)) {
            String n = x.getLocalName();
            switch (n) {
                case "Point", "LineString", "LinearRing", "Polygon", "MultiGeometry" ->
                        parts.add(geometry(n, depth + 1));
                case "Model", "Track", "MultiTrack" -> {
                    skipped.accept(n);
                    KmlXml.skip(x);
                }
                default -> KmlXml.skip(x);
            }
        }
        if (parts.isEmpty()) {
            throw new BadGeometry(Kind.EMPTY_GEOMETRY, at, IoText.of("io.kml.multi-empty"));
        }
        if (parts.stream().allMatch(g -> g instanceof Point)) {
            return FACTORY.createMultiPoint(parts.toArray(Point[]::new));
        }
        if (parts.stream().allMatch(g -> g instanceof LineString)) {
            return FACTORY.createMultiLineString(parts.stream().map(g -> FACTORY.createLineString(
                    ((LineString) g).getCoordinateSequence())).toArray(LineString[]::new));
        }
        if (parts.stream().allMatch(g -> g instanceof Polygon)) {
            return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        return FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new));
    }

    /* In a Point, LineString or LinearRing: its <coordinates>, or null. */
    private CoordinateSequence coordinatesChild(String element) throws XMLStreamException, BadGeometry {
        CoordinateSequence s = null;
        while (KmlXml.nextChild(x)) {
            if (x.getLocalName().equals("coordinates")) {
                Place at = KmlLayerReader.place(x.getLocation());
                s = coordinates(KmlXml.text(x), at);
            } else {
                KmlXml.skip(x);
            }
        }
        return s;
    }

    /* "lon,lat[,alt] lon,lat[,alt] ..." — tuples split by white space, a space after a comma tolerated. */
    private static CoordinateSequence coordinates(String text, Place at) throws BadGeometry {
        String t = text.strip().replaceAll(",\\s+", ",");
        if (t.isEmpty()) {
            return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(new double[0], 2);
        }
        String[] tuples = t.split("\\s+");
        double[] xyz = new double[tuples.length * 3];
        boolean hasZ = false;
        for (int i = 0; i < tuples.length; i++) {
            String[] parts = tuples[i].split(",", -1);
            if (parts.length < 2 || parts.length > 3) {
                throw new BadGeometry(Kind.NOT_A_NUMBER, at, IoText.of("io.kml.tuple", i + 1, cut(tuples[i])));
            }
            for (int k = 0; k < parts.length; k++) {
                try {
                    double v = Double.parseDouble(parts[k]);
                    if (!Double.isFinite(v)) {
                        throw new NumberFormatException();
                    }
                    xyz[i * 3 + k] = v;
                } catch (NumberFormatException e) {
                    throw new BadGeometry(Kind.NOT_A_NUMBER, at, IoText.of("io.kml.number", i + 1,
                            cut(parts[k])));
                }
            }
            if (parts.length == 3) {
                hasZ = true;
            } else {
                xyz[i * 3 + 2] = Double.NaN;
            }
        }
        int dim = hasZ ? 3 : 2;
        double[] packed = new double[tuples.length * dim];
        for (int i = 0; i < tuples.length; i++) {
            packed[i * dim] = xyz[i * 3];
            packed[i * dim + 1] = xyz[i * 3 + 1];
            if (hasZ) {
                packed[i * dim + 2] = Double.isNaN(xyz[i * 3 + 2]) ? 0 : xyz[i * 3 + 2];
            }
        }
        return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(packed, dim);
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** A geometry that cannot be read; the feature is left out. */
    static final class BadGeometry extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Kind kind;
        private final transient Place at;
        private final transient IoText.Message message;

        BadGeometry(Kind kind, Place at, IoText.Message message) {
            super(null, null, false, false);
            this.kind = kind;
            this.at = at;
            this.message = message;
        }

        Kind kind() {
            return kind;
        }

        Place at() {
            return at;
        }

        IoText.Message message() {
            return message;
        }
    }
}
