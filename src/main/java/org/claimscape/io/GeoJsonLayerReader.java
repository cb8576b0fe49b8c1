package org.claimscape.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.claimscape.analysis.FastValidityCheck;
import org.claimscape.analysis.ValidGeometryMemo;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;
import org.claimscape.model.Confidence;
import org.claimscape.model.Feature;
import org.claimscape.model.Precision;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads GeoJSON (RFC 7946) into {@link Feature}s in one streaming pass with Jackson: the text is never held
 * in memory, so a file of any size reads in memory proportional to its features.
 *
 * <p>Accepts a FeatureCollection, a single Feature, or a bare geometry; members may come in any order;
 * foreign members are ignored. A UTF-8 BOM, UTF-16 and gzip ({@code .gz}) are handled. Every problem is
 * reported with file, line, column and feature index (see {@link GeoJsonProblem}); a feature with an error is
 * left out, the others are kept. Options: repair invalid polygons with JTS {@link GeometryFixer}, skip the
 * validity check, report progress in bytes, and cancel.
 *
 * <p>Instances are immutable and may be shared; each {@code read} call is independent.
 */
public final class GeoJsonLayerReader {

    /** Deepest JSON nesting accepted; GeoJSON needs 8 or so, properties rarely more than a few. */
    public static final int MAX_DEPTH = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(400).build())
            .build();

    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    private final boolean repair;
    private final boolean validate;
    private final LongConsumer progress;
    private final BooleanSupplier cancelled;

    /** A reader that checks polygon validity, does not repair, reports no progress and is never cancelled. */
    public GeoJsonLayerReader() {
        this(false, true, bytes -> { }, () -> false);
    }

    private GeoJsonLayerReader(boolean repair, boolean validate, LongConsumer progress, BooleanSupplier cancelled) {
        this.repair = repair;
        this.validate = validate;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Invalid polygons are repaired with {@link GeometryFixer} and kept, with a warning, instead of dropped. */
    public GeoJsonLayerReader withRepair(boolean on) {
        return new GeoJsonLayerReader(on, validate, progress, cancelled);
    }

    /** Whether to run the JTS validity check on polygons (on by default). */
    public GeoJsonLayerReader withValidation(boolean on) {
        return new GeoJsonLayerReader(repair, on, progress, cancelled);
    }

    /** Receives the number of bytes read so far, from time to time. */
    public GeoJsonLayerReader withProgress(LongConsumer bytesRead) {
        return new GeoJsonLayerReader(repair, validate, bytesRead, cancelled);
    }

    /** Polled while reading; when it returns true, the read stops with a {@link CancellationException}. */
    public GeoJsonLayerReader withCancellation(BooleanSupplier isCancelled) {
        return new GeoJsonLayerReader(repair, validate, progress, isCancelled);
    }

    /**
     * Reads a file; a name ending in {@code .gz} is decompressed. I/O failures (missing file, unreadable)
     * become an {@link Kind#IO_ERROR} problem, not an exception.
     *
     * @throws CancellationException when cancelled
     */
    public GeoJsonReadResult read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            long need = estimateHeapBytes(size, name.endsWith(".gz"));
            long available = availableHeapBytes();
            if (need > available) {
                GeoJsonProblem p = new GeoJsonProblem(name, -1, -1, -1, null, Kind.TOO_LARGE, Severity.ERROR,
                        String.format(java.util.Locale.ROOT, "the file is too large for the memory this program has: "
                                + "%,d MB of GeoJSON needs about %,d MB, %,d MB are free. Start Claimscape with a "
                                + "larger -Xmx, or split or simplify the file", size >> 20, need >> 20, available >> 20));
                return new GeoJsonReadResult(name, List.of(), List.of(p), false, 0);
            }
        } catch (IOException e) {
            // missing or unreadable: reported below when opening
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return failed(name, "file not found");
        } catch (IOException e) {
            return failed(name, "cannot open the file: " + e.getMessage());
        }
        try (InputStream stream = in) {
            InputStream body = new BufferedInputStream(stream, 1 << 16);
            if (name.endsWith(".gz")) {
                body = new GZIPInputStream(body, 1 << 16);
            }
            return read(body, name);
        } catch (IOException e) {
            return failed(name, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Reads a stream (not closed here). Detects UTF-8 (with or without BOM), UTF-16 and UTF-32.
     *
     * @param name the name to use in problem reports
     * @throws CancellationException when cancelled
     */
    public GeoJsonReadResult read(InputStream in, String name) {
        Session s = new Session(name);
        try (JsonParser p = JSON.createParser(in)) {
            s.parser = p;
            s.readDocument();
            if (p.nextToken() != null) {
                s.fatal(Kind.MALFORMED_JSON, p.currentTokenLocation(), "unexpected content after the end of the GeoJSON object");
            }
        } catch (StreamConstraintsException e) {
            s.stop(Kind.TOO_DEEP, e.getLocation() != null ? e.getLocation() : s.location(), "nesting too deep or number too long (limit " + MAX_DEPTH
                    + " levels): " + firstLine(e.getOriginalMessage()));
        } catch (JsonParseException e) {
            s.stop(Kind.MALFORMED_JSON, e.getLocation(), "malformed JSON: " + firstLine(e.getOriginalMessage()));
        } catch (UncheckedIOException e) {
            s.stop(Kind.IO_ERROR, null, "cannot read: " + e.getCause().getMessage());
        } catch (IOException e) {
            s.stop(e.getMessage() != null && e.getMessage().contains("Unexpected end")
                    ? Kind.MALFORMED_JSON : Kind.IO_ERROR, null, "cannot read: " + e.getMessage());
        } catch (StopReading e) {
            // the fatal problem is recorded already
        } catch (OutOfMemoryError e) {
            /*
             * Last resort when the size check in read(Path) could not know (a stream, a gzip file): dropping the
             * features read so far frees the heap, and the user gets a message instead of a dead program.
             */
            int seen = s.featureIndex + 1;
            s.features.clear();
            s.stop(Kind.TOO_LARGE, null, "the file is too large for the memory this program has (stopped after "
                    + seen + " features; " + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap). "
                    + "Start Claimscape with a larger -Xmx, or split or simplify the file");
        }
        return new GeoJsonReadResult(name, s.features, s.problems, s.complete, s.featureIndex + 1);
    }

    /**
     * Heap needed to hold the features of a GeoJSON file of this size: measured at 2.8 to 3.6 bytes of heap per
     * byte of text (the GSHHG coastline, 300,000 small point features, the claims layer), so 4 is used.
     * Gzip text is taken to be 8 times its compressed size.
     */
    static long estimateHeapBytes(long fileBytes, boolean gzip) {
        return (gzip ? 8 : 1) * fileBytes * 4;
    }

    private static long availableHeapBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static GeoJsonReadResult failed(String name, String message) {
        GeoJsonProblem p = new GeoJsonProblem(name, -1, -1, -1, null, Kind.IO_ERROR, Severity.ERROR, message);
        return new GeoJsonReadResult(name, List.of(), List.of(p), false, 0);
    }

    /** Jackson's message without its advice on parser features, which means nothing to our users. */
    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        if (line.startsWith("Non-standard token")) {
            return line.replaceFirst(":? *enable .*$", "") + " (NaN and Infinity are not JSON numbers)";
        }
        return line.replaceFirst(" *\\(from `StreamReadConstraints[^)]*\\)", "").replaceFirst(":? *enable `.*$", "");
    }

    /** Thrown to stop at a fatal problem, already recorded. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Thrown to abandon one feature whose problem is already recorded; reading goes on with the next. */
    private static final class SkipFeature extends Exception {
        private static final long serialVersionUID = 1L;

        SkipFeature() {
            super(null, null, false, false);
        }
    }

    /** A list of positions as read, flat x, y[, z], with where it started in the file. */
    private static final class Positions {
        final JsonLocation start;
        double[] values = new double[32];
        int size;
        int dimension = 2;

        Positions(JsonLocation start) {
            this.start = start;
        }

        int count() {
            return size / 3;
        }

        void add(double x, double y, double z) {
            if (size + 3 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = x;
            values[size++] = y;
            values[size++] = z;
            if (!Double.isNaN(z)) {
                dimension = 3;
            }
        }

        boolean closed() {
            int n = count();
            return n > 0 && values[0] == values[(n - 1) * 3] && values[1] == values[(n - 1) * 3 + 1];
        }

        CoordinateSequence toSequence() {
            int n = count();
            double[] packed = new double[n * dimension];
            for (int i = 0; i < n; i++) {
                packed[i * dimension] = values[i * 3];
                packed[i * dimension + 1] = values[i * 3 + 1];
                if (dimension == 3) {
                    packed[i * dimension + 2] = values[i * 3 + 2];
                }
            }
            return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(packed, dimension);
        }
    }

    /** The state of one read. */
    private final class Session {
        final String name;
        final List<Feature> features = new ArrayList<>();
        final List<GeoJsonProblem> problems = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        JsonParser parser;
        boolean complete;
        int featureIndex = -1;
        String featureId;
        boolean featureFailed;
        long lastProgress;
        /** Proves most valid polygons valid without IsValidOp; made on the first polygon. */
        FastValidityCheck quickValidity;
        /** The polygonal geometries found valid so far, so that a repeated one is not checked again. */
        ValidGeometryMemo validGeometries;

        Session(String name) {
            this.name = name;
        }

        JsonLocation location() {
            return parser == null ? null : parser.currentLocation();
        }

        void readDocument() throws IOException {
            JsonToken t = parser.nextToken();
            if (t == null) {
                fatal(Kind.NOT_GEOJSON, parser.currentLocation(), "the file is empty");
            }
            if (t != JsonToken.START_OBJECT) {
                fatal(Kind.NOT_GEOJSON, parser.currentTokenLocation(),
                        "not GeoJSON: the file must hold a JSON object, found " + describe(t));
            }
            JsonLocation start = parser.currentTokenLocation();
            /*
             * Members may come in any order, so a FeatureCollection's features are read as they stream by
             * while the object's "type" may only arrive at its end; the type is checked once it is known.
             */
            String type = null;
            boolean sawFeatures = false;
            RawGeometry bare = new RawGeometry(start);
            Map<String, Object> featureProps = null;
            Object featureIdValue = null;
            boolean sawGeometry = false;
            RawGeometry featureGeometry = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (field) {
                    case "type":
                        if (v != JsonToken.VALUE_STRING) {
                            fatal(Kind.NOT_GEOJSON, parser.currentTokenLocation(),
                                    "not GeoJSON: top-level \"type\" must be a string, found " + describe(v));
                        }
                        type = parser.getText();
                        bare.type = type;
                        bare.typeLocation = parser.currentTokenLocation();
                        break;
                    case "features":
                        if (v != JsonToken.START_ARRAY) {
                            fatal(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                                    "\"features\" must be an array, found " + describe(v));
                        }
                        sawFeatures = true;
                        readFeatures();
                        break;
                    case "coordinates":
                    case "geometries":
                        try {
                            bare.read(field, v);
                        } catch (SkipFeature e) {
                            skipRest();
                            complete = true;
                            return;
                        }
                        break;
                    case "geometry":
                        sawGeometry = true;
                        featureIndex = 0;
                        try {
                            featureGeometry = readGeometryMember(v);
                        } catch (SkipFeature e) {
                            skipRest();
                            complete = true;
                            return;
                        }
                        break;
                    case "properties":
                        featureIndex = 0;
                        featureProps = readProperties(v);
                        break;
                    case "id":
                        featureIdValue = readId(v);
                        break;
                    default:
                        parser.skipChildren();
                }
            }
            if (type == null) {
                fatal(Kind.NOT_GEOJSON, start, "not GeoJSON: the top-level object has no \"type\" "
                        + "(expected FeatureCollection, Feature or a geometry type)");
            }
            switch (type) {
                case "FeatureCollection":
                    if (!sawFeatures) {
                        fatal(Kind.NOT_GEOJSON, start, "FeatureCollection without a \"features\" array");
                    }
                    break;
                case "Feature":
                    if (!sawGeometry) {
                        fatal(Kind.NOT_GEOJSON, start, "Feature without a \"geometry\" member");
                    }
                    featureIndex = 0;
                    featureId = featureIdValue == null ? null : featureIdValue.toString();
                    try {
                        Geometry g = featureGeometry == null ? null : featureGeometry.build();
                        addFeature(featureIdValue, g, featureProps == null ? Map.of() : featureProps, start);
                    } catch (SkipFeature e) {
                        // recorded
                    }
                    break;
                default:
                    if (!RawGeometry.isGeometryType(type)) {
                        fatal(Kind.NOT_GEOJSON, bare.typeLocation, "not GeoJSON: unknown type \"" + type + "\"");
                    }
                    featureIndex = 0;
                    try {
                        addFeature(null, bare.build(), Map.of(), start);
                    } catch (SkipFeature e) {
                        // recorded
                    }
            }
            complete = true;
        }

        /** Skips to the end of the top-level object after a bare geometry failed. */
        void skipRest() throws IOException {
            while (parser.getParsingContext().getParent() != null && parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
        }

        void readFeatures() throws IOException {
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                featureIndex++;
                featureId = null;
                featureFailed = false;
                checkCancelAndReport();
                if (t != JsonToken.START_OBJECT) {
                    error(Kind.WRONG_TYPE, parser.currentTokenLocation(), "a feature must be a JSON object, found "
                            + describe(t));
                    parser.skipChildren();
                    continue;
                }
                JsonStreamContext outer = parser.getParsingContext().getParent();
                try {
                    readFeature();
                } catch (SkipFeature e) {
                    while (parser.getParsingContext() != outer) {
                        if (parser.nextToken() == null) {
                            fatal(Kind.MALFORMED_JSON, parser.currentLocation(), "unexpected end of file");
                        }
                    }
                }
            }
        }

        void readFeature() throws IOException, SkipFeature {
            JsonLocation start = parser.currentTokenLocation();
            String type = null;
            JsonLocation typeLocation = start;
            Object id = null;
            Map<String, Object> props = Map.of();
            RawGeometry geometry = null;
            boolean sawGeometry = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (field) {
                    case "type":
                        typeLocation = parser.currentTokenLocation();
                        type = v == JsonToken.VALUE_STRING ? parser.getText() : describe(v);
                        break;
                    case "id":
                        id = readId(v);
                        featureId = id == null ? null : id.toString();
                        break;
                    case "geometry":
                        sawGeometry = true;
                        geometry = readGeometryMember(v);
                        break;
                    case "properties":
                        props = readProperties(v);
                        break;
                    default:
                        parser.skipChildren();
                }
            }
            if (!"Feature".equals(type)) {
                error(Kind.WRONG_TYPE, typeLocation, type == null ? "a feature without \"type\": \"Feature\""
                        : "expected \"type\": \"Feature\", found " + quote(type));
                throw new SkipFeature();
            }
            if (!sawGeometry) {
                error(Kind.WRONG_TYPE, start, "a feature without a \"geometry\" member (use null for none)");
                throw new SkipFeature();
            }
            addFeature(id, geometry == null ? null : geometry.build(), props, start);
        }

        void addFeature(Object id, Geometry g, Map<String, Object> props, JsonLocation start) throws SkipFeature {
            if (featureFailed) {
                throw new SkipFeature();
            }
            if (g != null && validate) {
                g = checkValidity(g, start);
            }
            checkConventions(props, start);
            if (id != null && !ids.add(id.toString())) {
                warning(Kind.DUPLICATE, start, "feature id " + quote(id.toString()) + " is used more than once");
            }
            features.add(new Feature(id, g, props));
        }

        Geometry checkValidity(Geometry g, JsonLocation start) throws SkipFeature {
            if (g.getDimension() < 2) {
                return g;
            }
            if (quickValidity == null) {
                quickValidity = new FastValidityCheck();
                validGeometries = new ValidGeometryMemo();
            }
            if (validGeometries.contains(g)) {
                return g; // the same coordinates were found valid earlier in this file
            }
            // Most valid polygons are proved so quickly; IsValidOp decides the others and words the error.
            TopologyValidationError err = quickValidity.provesValid(g) ? null : new IsValidOp(g).getValidationError();
            if (err == null) {
                validGeometries.add(g);
                return g;
            }
            Coordinate c = err.getCoordinate();
            String where = c == null ? "" : String.format(java.util.Locale.ROOT, " at lon %.6f, lat %.6f", c.x, c.y);
            String what = "invalid " + g.getGeometryType() + ": " + err.getMessage().toLowerCase(java.util.Locale.ROOT)
                    + where;
            if (repair) {
                Geometry fixed = GeometryFixer.fix(g);
                warning(Kind.REPAIRED, start, what + " (repaired with GeometryFixer)");
                return fixed;
            }
            error(Kind.INVALID_GEOMETRY, start, what + " (it can be repaired: validate --repair)");
            throw new SkipFeature();
        }

        void checkConventions(Map<String, Object> props, JsonLocation start) {
            for (String key : new String[] {"valid_from", "valid_to"}) {
                Object v = props.get(key);
                if (v != null && Feature.parseDate(v.toString()) == null) {
                    warning(Kind.BAD_PROPERTY, start, key + " " + quote(v.toString())
                            + " is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)");
                }
            }
            Object from = props.get("valid_from");
            Object to = props.get("valid_to");
            if (from != null && to != null) {
                var f = Feature.parseDate(from.toString());
                var t = Feature.parseDate(to.toString());
                if (f != null && t != null && t.isBefore(f)) {
                    warning(Kind.BAD_PROPERTY, start, "valid_to " + t + " is before valid_from " + f
                            + "; the feature is treated as always valid");
                }
            }
            Object conf = props.get("confidence");
            if (conf != null && Confidence.parse(conf.toString()).isEmpty()) {
                warning(Kind.BAD_PROPERTY, start, "confidence " + quote(conf.toString())
                        + " is not one of high, medium, low");
            }
            Object prec = props.get("precision");
            if (prec != null && Precision.parse(prec.toString()).isEmpty()) {
                warning(Kind.BAD_PROPERTY, start, "precision " + quote(prec.toString())
                        + " is not one of exact, approximate, island");
            }
        }

        Object readId(JsonToken v) throws IOException {
            switch (v) {
                case VALUE_STRING:
                    return parser.getText();
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return JsonValues.number(parser);
                default:
                    warning(Kind.WRONG_TYPE, parser.currentTokenLocation(), "feature id must be a string or a number, found "
                            + describe(v) + "; ignored");
                    parser.skipChildren();
                    return null;
            }
        }

        Map<String, Object> readProperties(JsonToken v) throws IOException {
            if (v == JsonToken.VALUE_NULL) {
                return Map.of();
            }
            if (v != JsonToken.START_OBJECT) {
                warning(Kind.WRONG_TYPE, parser.currentTokenLocation(), "\"properties\" must be an object or null, found "
                        + describe(v) + "; ignored");
                parser.skipChildren();
                return Map.of();
            }
            return JsonValues.object(parser, (key, at) -> warning(Kind.DUPLICATE, at, "key " + quote(key)
                    + " appears twice in one object; the last value is kept"));
        }

        RawGeometry readGeometryMember(JsonToken v) throws IOException, SkipFeature {
            if (v == JsonToken.VALUE_NULL) {
                return null;
            }
            if (v != JsonToken.START_OBJECT) {
                error(Kind.WRONG_TYPE, parser.currentTokenLocation(), "\"geometry\" must be an object or null, found "
                        + describe(v));
                throw new SkipFeature();
            }
            return readGeometryObject();
        }

        /** Reads a geometry object; the parser is on its START_OBJECT. */
        RawGeometry readGeometryObject() throws IOException, SkipFeature {
            RawGeometry g = new RawGeometry(parser.currentTokenLocation());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (field) {
                    case "type":
                        g.typeLocation = parser.currentTokenLocation();
                        if (v != JsonToken.VALUE_STRING) {
                            error(Kind.WRONG_TYPE, g.typeLocation, "geometry \"type\" must be a string, found " + describe(v));
                            throw new SkipFeature();
                        }
                        g.type = parser.getText();
                        break;
                    case "coordinates":
                    case "geometries":
                        g.read(field, v);
                        break;
                    default:
                        parser.skipChildren();
                }
            }
            return g;
        }

        /** Reads nested coordinate arrays; the parser is on a START_ARRAY. Returns Positions, double[] or List. */
        Object readCoordinates(int depth) throws IOException, SkipFeature {
            JsonLocation start = parser.currentTokenLocation();
            if (depth > 4) {
                error(Kind.TOO_DEEP, start, "coordinates nested deeper than any GeoJSON geometry allows");
                throw new SkipFeature();
            }
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                return new Positions(start);
            }
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return readPosition(start, t);
            }
            if (t != JsonToken.START_ARRAY) {
                error(Kind.NOT_A_NUMBER, parser.currentTokenLocation(), "a coordinate must be a number or an array, found "
                        + describe(t));
                throw new SkipFeature();
            }
            Object first = readCoordinates(depth + 1);
            if (first instanceof double[]) {
                Positions list = new Positions(start);
                double[] p = (double[]) first;
                list.add(p[0], p[1], p[2]);
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.START_ARRAY) {
                        error(Kind.WRONG_TYPE, parser.currentTokenLocation(), "expected a position [lon, lat], found "
                                + describe(t));
                        throw new SkipFeature();
                    }
                    JsonLocation at = parser.currentTokenLocation();
                    JsonToken n = parser.nextToken();
                    double[] q = readPosition(at, n);
                    list.add(q[0], q[1], q[2]);
                }
                return list;
            }
            List<Object> children = new ArrayList<>();
            children.add(first);
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_ARRAY) {
                    error(Kind.WRONG_TYPE, parser.currentTokenLocation(), "expected an array of coordinates, found "
                            + describe(t));
                    throw new SkipFeature();
                }
                children.add(readCoordinates(depth + 1));
            }
            return children;
        }

        /** Reads one position whose first token {@code t} is current; consumes its END_ARRAY. */
        double[] readPosition(JsonLocation start, JsonToken t) throws IOException, SkipFeature {
            double[] xyz = {Double.NaN, Double.NaN, Double.NaN};
            int n = 0;
            while (t != JsonToken.END_ARRAY) {
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    error(Kind.NOT_A_NUMBER, parser.currentTokenLocation(), "coordinate " + (n + 1)
                            + " of a position is not a number: " + describe(t));
                    throw new SkipFeature();
                }
                if (n < 3) {
                    xyz[n] = parser.getDoubleValue();
                }
                n++;
                t = parser.nextToken();
            }
            if (n < 2) {
                error(Kind.TOO_FEW_POSITIONS, start, "a position needs at least longitude and latitude, found " + n
                        + (n == 1 ? " number" : " numbers"));
                throw new SkipFeature();
            }
            double lon = xyz[0];
            double lat = xyz[1];
            if (Double.isInfinite(lon) || Double.isInfinite(lat)) {
                error(Kind.NOT_A_NUMBER, start, "a coordinate is too large to be a number of degrees");
                throw new SkipFeature();
            }
            if (lat < -90 || lat > 90) {
                error(Kind.LATITUDE_OUT_OF_RANGE, start, String.format(java.util.Locale.ROOT,
                        "latitude %s is outside ±90°%s", num(lat), hint(lon, lat)));
                throw new SkipFeature();
            }
            if (lon < -180 || lon > 180) {
                error(Kind.LONGITUDE_OUT_OF_RANGE, start, String.format(java.util.Locale.ROOT,
                        "longitude %s is outside ±180°%s", num(lon), hint(lon, lat)));
                throw new SkipFeature();
            }
            return xyz;
        }

        void checkCancelAndReport() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("reading " + name + " was cancelled");
            }
            if ((featureIndex & 0xFF) == 0) {
                long bytes = parser.currentLocation().getByteOffset();
                if (bytes - lastProgress > (1 << 20) || featureIndex == 0) {
                    lastProgress = bytes;
                    progress.accept(bytes);
                }
            }
        }

        void error(Kind kind, JsonLocation at, String message) {
            featureFailed = true;
            add(kind, Severity.ERROR, at, message);
        }

        void warning(Kind kind, JsonLocation at, String message) {
            add(kind, Severity.WARNING, at, message);
        }

        void fatal(Kind kind, JsonLocation at, String message) {
            stop(kind, at, message);
            throw new StopReading();
        }

        /** Records a problem that ends the read, without throwing (for use in exception handlers). */
        void stop(Kind kind, JsonLocation at, String message) {
            add(kind, Severity.ERROR, at, message);
            complete = false;
        }

        void add(Kind kind, Severity severity, JsonLocation at, String message) {
            long line = at == null ? -1 : at.getLineNr();
            long col = at == null ? -1 : at.getColumnNr();
            problems.add(new GeoJsonProblem(name, line, col, featureIndex, featureId, kind, severity, message));
        }

        /** A geometry as read, built once its type is known (members may come in any order). */
        final class RawGeometry {
            final JsonLocation start;
            JsonLocation typeLocation;
            JsonLocation coordinatesLocation;
            String type;
            Object coordinates;
            List<RawGeometry> geometries;

            RawGeometry(JsonLocation start) {
                this.start = start;
                this.typeLocation = start;
            }

            static boolean isGeometryType(String t) {
                switch (t) {
                    case "Point": case "MultiPoint": case "LineString": case "MultiLineString":
                    case "Polygon": case "MultiPolygon": case "GeometryCollection":
                        return true;
                    default:
                        return false;
                }
            }

            void read(String field, JsonToken v) throws IOException, SkipFeature {
                if (v == JsonToken.VALUE_NULL) {
                    return;
                }
                if (v != JsonToken.START_ARRAY) {
                    error(Kind.WRONG_TYPE, parser.currentTokenLocation(), "\"" + field + "\" must be an array, found "
                            + describe(v));
                    throw new SkipFeature();
                }
                if (field.equals("coordinates")) {
                    coordinatesLocation = parser.currentTokenLocation();
                    coordinates = readCoordinates(1);
                } else {
                    geometries = new ArrayList<>();
                    JsonToken t;
                    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                        if (t != JsonToken.START_OBJECT) {
                            error(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                                    "a GeometryCollection member must be a geometry object, found " + describe(t));
                            throw new SkipFeature();
                        }
                        geometries.add(readGeometryObject());
                    }
                }
            }

            Geometry build() throws SkipFeature {
                if (type == null) {
                    error(Kind.WRONG_TYPE, start, "a geometry without \"type\"");
                    throw new SkipFeature();
                }
                if (!isGeometryType(type)) {
                    error(Kind.WRONG_TYPE, typeLocation, "unknown geometry type " + quote(type)
                            + " (expected Point, LineString, Polygon, their Multi forms or GeometryCollection)");
                    throw new SkipFeature();
                }
                if (type.equals("GeometryCollection")) {
                    if (geometries == null) {
                        error(Kind.WRONG_TYPE, start, "a GeometryCollection without \"geometries\"");
                        throw new SkipFeature();
                    }
                    if (geometries.isEmpty()) {
                        error(Kind.EMPTY_GEOMETRY, start, "empty GeometryCollection");
                        throw new SkipFeature();
                    }
                    Geometry[] parts = new Geometry[geometries.size()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = geometries.get(i).build();
                    }
                    return GEOMETRY.createGeometryCollection(parts);
                }
                if (coordinates == null) {
                    error(Kind.WRONG_TYPE, start, type + " without \"coordinates\"");
                    throw new SkipFeature();
                }
                switch (type) {
                    case "Point":
                        return point(coordinates);
                    case "MultiPoint": {
                        Positions ps = positions(coordinates, 2);
                        Point[] pts = new Point[ps.count()];
                        for (int i = 0; i < pts.length; i++) {
                            pts[i] = GEOMETRY.createPoint(new Coordinate(ps.values[i * 3], ps.values[i * 3 + 1]));
                        }
                        if (pts.length == 0) {
                            error(Kind.EMPTY_GEOMETRY, coordinatesLocation, "MultiPoint without points");
                            throw new SkipFeature();
                        }
                        return GEOMETRY.createMultiPoint(pts);
                    }
                    case "LineString":
                        return line(positions(coordinates, 2));
                    case "MultiLineString": {
                        List<Object> parts = list(coordinates, 3, "MultiLineString");
                        LineString[] lines = new LineString[parts.size()];
                        for (int i = 0; i < lines.length; i++) {
                            lines[i] = line(positions(parts.get(i), 2));
                        }
                        return GEOMETRY.createMultiLineString(lines);
                    }
                    case "Polygon":
                        return polygon(coordinates);
                    default: {
                        List<Object> parts = list(coordinates, 4, "MultiPolygon");
                        Polygon[] polys = new Polygon[parts.size()];
                        for (int i = 0; i < polys.length; i++) {
                            polys[i] = polygon(parts.get(i));
                        }
                        return GEOMETRY.createMultiPolygon(polys);
                    }
                }
            }

            Point point(Object c) throws SkipFeature {
                if (c instanceof Positions && ((Positions) c).count() == 0) {
                    error(Kind.EMPTY_GEOMETRY, coordinatesLocation, "Point with empty coordinates");
                    throw new SkipFeature();
                }
                if (!(c instanceof double[])) {
                    error(Kind.WRONG_TYPE, coordinatesLocation, "Point coordinates must be one position [lon, lat]");
                    throw new SkipFeature();
                }
                double[] p = (double[]) c;
                return GEOMETRY.createPoint(Double.isNaN(p[2]) ? new Coordinate(p[0], p[1])
                        : new Coordinate(p[0], p[1], p[2]));
            }

            Positions positions(Object c, int depth) throws SkipFeature {
                if (c instanceof Positions) {
                    return (Positions) c;
                }
                if (c instanceof List && ((List<?>) c).isEmpty()) {
                    return new Positions(coordinatesLocation);
                }
                error(Kind.WRONG_TYPE, coordinatesLocation, type + " coordinates must be nested " + depth
                        + " arrays deep");
                throw new SkipFeature();
            }

            @SuppressWarnings("unchecked")
            List<Object> list(Object c, int depth, String what) throws SkipFeature {
                if (c instanceof Positions && ((Positions) c).count() == 0) {
                    error(Kind.EMPTY_GEOMETRY, coordinatesLocation, what + " without parts");
                    throw new SkipFeature();
                }
                if (!(c instanceof List)) {
                    error(Kind.WRONG_TYPE, coordinatesLocation, what + " coordinates must be nested " + depth
                            + " arrays deep");
                    throw new SkipFeature();
                }
                return (List<Object>) c;
            }

            LineString line(Positions ps) throws SkipFeature {
                if (ps.count() == 0) {
                    error(Kind.EMPTY_GEOMETRY, ps.start, "line without positions");
                    throw new SkipFeature();
                }
                if (ps.count() < 2) {
                    error(Kind.TOO_FEW_POSITIONS, ps.start, "a line needs at least 2 positions, found " + ps.count());
                    throw new SkipFeature();
                }
                return GEOMETRY.createLineString(ps.toSequence());
            }

            Polygon polygon(Object c) throws SkipFeature {
                if (c instanceof Positions && ((Positions) c).count() == 0) {
                    error(Kind.EMPTY_GEOMETRY, ((Positions) c).start, "polygon without rings");
                    throw new SkipFeature();
                }
                if (!(c instanceof List)) {
                    error(Kind.WRONG_TYPE, c instanceof Positions ? ((Positions) c).start : coordinatesLocation,
                            "polygon coordinates must be a list of rings (3 arrays deep)");
                    throw new SkipFeature();
                }
                List<?> rings = (List<?>) c;
                LinearRing shell = ring(rings.get(0), "exterior ring");
                LinearRing[] holes = new LinearRing[rings.size() - 1];
                for (int i = 1; i < rings.size(); i++) {
                    holes[i - 1] = ring(rings.get(i), "hole " + i);
                }
                return GEOMETRY.createPolygon(shell, holes);
            }

            LinearRing ring(Object c, String what) throws SkipFeature {
                if (!(c instanceof Positions)) {
                    error(Kind.WRONG_TYPE, coordinatesLocation, "polygon " + what + " must be a list of positions");
                    throw new SkipFeature();
                }
                Positions ps = (Positions) c;
                if (ps.count() == 0) {
                    error(Kind.EMPTY_GEOMETRY, ps.start, "polygon " + what + " is empty");
                    throw new SkipFeature();
                }
                if (!ps.closed()) {
                    error(Kind.RING_NOT_CLOSED, ps.start, "polygon " + what + " is not closed: its last position "
                            + "differs from its first");
                    throw new SkipFeature();
                }
                if (ps.count() < 4) {
                    error(Kind.TOO_FEW_POSITIONS, ps.start, "polygon " + what + " needs at least 4 positions, found "
                            + ps.count());
                    throw new SkipFeature();
                }
                return GEOMETRY.createLinearRing(ps.toSequence());
            }
        }
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

    private static String quote(String s) {
        String t = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "\"" + t + "\"";
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        switch (t) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.asString() == null ? t.name() : t.asString();
        }
    }
}
