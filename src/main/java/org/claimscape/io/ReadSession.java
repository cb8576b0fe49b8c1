package org.claimscape.io;

import static org.claimscape.io.GeoJsonProblem.quote;
import static org.claimscape.io.JsonValues.describe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.claimscape.io.GeoJsonGeometryReader.Member;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;
import org.claimscape.model.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * One read of a GeoJSON stream: the streaming walk through the document and its features, whose geometries
 * {@link GeoJsonGeometryReader} reads, and the problems found, each with file, line, column and feature index.
 * Used once, on one thread.
 */
final class ReadSession {

    /** How to read: see {@link GeoJsonLayerReader}'s {@code with} methods. */
    record Options(boolean repair, boolean validate, LongConsumer progress, BooleanSupplier cancelled) {
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(GeoJsonLayerReader.MAX_DEPTH)
                    .maxNumberLength(400).build())
            .build();

    private final String name;
    private final Options options;
    private final List<Feature> features = new ArrayList<>();
    private final List<GeoJsonProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final PolygonValidity validity = new PolygonValidity();
    private JsonParser parser;
    private GeoJsonGeometryReader geometries;
    private boolean complete;
    private int featureIndex = -1;
    private String featureId;
    private boolean featureFailed;
    private long lastProgress;

    ReadSession(String name, Options options) {
        this.name = name;
        this.options = options;
    }

    /**
     * Reads a stream (not closed here) to its end or to a fatal problem.
     *
     * @throws CancellationException when cancelled
     */
    GeoJsonReadResult read(InputStream in) {
        try (JsonParser p = JSON.createParser(in)) {
            parser = p;
            geometries = new GeoJsonGeometryReader(this, p);
            readDocument();
            if (p.nextToken() != null) {
                fatal(Kind.MALFORMED_JSON, p.currentTokenLocation(),
                        "unexpected content after the end of the GeoJSON object");
            }
        } catch (StreamConstraintsException e) {
            stop(Kind.TOO_DEEP, e.getLocation() != null ? e.getLocation() : location(), "nesting too deep or "
                    + "number too long (limit " + GeoJsonLayerReader.MAX_DEPTH + " levels): "
                    + firstLine(e.getOriginalMessage()));
        } catch (JsonParseException e) {
            stop(Kind.MALFORMED_JSON, e.getLocation(), "malformed JSON: " + firstLine(e.getOriginalMessage()));
        } catch (UncheckedIOException e) {
            stop(Kind.IO_ERROR, null, "cannot read: " + e.getCause().getMessage());
        } catch (IOException e) {
            stop(e.getMessage() != null && e.getMessage().contains("Unexpected end")
                    ? Kind.MALFORMED_JSON : Kind.IO_ERROR, null, "cannot read: " + e.getMessage());
        } catch (StopReading e) {
            // the fatal problem is recorded already
        } catch (OutOfMemoryError e) {
            /*
             * Last resort when the size check in read(Path) could not know (a stream, a gzip file): dropping the
             * features read so far frees the heap, and the user gets a message instead of a dead program.
             */
            int seen = featureIndex + 1;
            features.clear();
            stop(Kind.TOO_LARGE, null, "the file is too large for the memory this program has (stopped after "
                    + seen + " features; " + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap). "
                    + "Start Claimscape with a larger -Xmx, or split or simplify the file");
        }
        return new GeoJsonReadResult(name, features, problems, complete, featureIndex + 1);
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

    private JsonLocation location() {
        return parser == null ? null : parser.currentLocation();
    }

    private void readDocument() throws IOException {
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
        Member bare = new Member(start);
        Map<String, Object> featureProps = null;
        Object featureIdValue = null;
        boolean sawGeometry = false;
        Member featureGeometry = null;
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (field) {
                    case "type" -> {
                        if (v != JsonToken.VALUE_STRING) {
                            fatal(Kind.NOT_GEOJSON, parser.currentTokenLocation(),
                                    "not GeoJSON: top-level \"type\" must be a string, found " + describe(v));
                        }
                        type = parser.getText();
                        bare.type = type;
                        bare.typeLocation = parser.currentTokenLocation();
                    }
                    case "features" -> {
                        if (v != JsonToken.START_ARRAY) {
                            fatal(Kind.WRONG_TYPE, parser.currentTokenLocation(),
                                    "\"features\" must be an array, found " + describe(v));
                        }
                        sawFeatures = true;
                        readFeatures();
                    }
                    case "coordinates", "geometries" -> geometries.readArray(bare, field, v);
                    case "geometry" -> {
                        sawGeometry = true;
                        featureIndex = 0;
                        featureGeometry = geometries.readMember(v);
                    }
                    case "properties" -> {
                        featureIndex = 0;
                        featureProps = readProperties(v);
                    }
                    case "id" -> featureIdValue = readId(v);
                    default -> parser.skipChildren();
                }
            }
        } catch (SkipFeature e) {
            // a bare geometry, or a single Feature's geometry, failed (recorded): the rest of the object is skipped
            skipRest();
            complete = true;
            return;
        }
        if (type == null) {
            fatal(Kind.NOT_GEOJSON, start, "not GeoJSON: the top-level object has no \"type\" "
                    + "(expected FeatureCollection, Feature or a geometry type)");
        }
        switch (type) {
            case "FeatureCollection" -> {
                if (!sawFeatures) {
                    fatal(Kind.NOT_GEOJSON, start, "FeatureCollection without a \"features\" array");
                }
            }
            case "Feature" -> {
                if (!sawGeometry) {
                    fatal(Kind.NOT_GEOJSON, start, "Feature without a \"geometry\" member");
                }
                featureIndex = 0;
                featureId = featureIdValue == null ? null : featureIdValue.toString();
                try {
                    Geometry g = featureGeometry == null ? null : geometries.build(featureGeometry);
                    addFeature(featureIdValue, g, featureProps == null ? Map.of() : featureProps, start);
                } catch (SkipFeature e) {
                    // recorded
                }
            }
            default -> {
                if (!GeoJsonGeometryReader.isGeometryType(type)) {
                    fatal(Kind.NOT_GEOJSON, bare.typeLocation, "not GeoJSON: unknown type \"" + type + "\"");
                }
                featureIndex = 0;
                try {
                    addFeature(null, geometries.build(bare), Map.of(), start);
                } catch (SkipFeature e) {
                    // recorded
                }
            }
        }
        complete = true;
    }

    /** Skips to the end of the top-level object after a bare geometry failed. */
    private void skipRest() throws IOException {
        while (parser.getParsingContext().getParent() != null && parser.nextToken() != null) {
            if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
                parser.skipChildren();
            }
        }
    }

    private void readFeatures() throws IOException {
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

    private void readFeature() throws IOException, SkipFeature {
        JsonLocation start = parser.currentTokenLocation();
        String type = null;
        JsonLocation typeLocation = start;
        Object id = null;
        Map<String, Object> props = Map.of();
        Member geometry = null;
        boolean sawGeometry = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken v = parser.nextToken();
            switch (field) {
                case "type" -> {
                    typeLocation = parser.currentTokenLocation();
                    type = v == JsonToken.VALUE_STRING ? parser.getText() : describe(v);
                }
                case "id" -> {
                    id = readId(v);
                    featureId = id == null ? null : id.toString();
                }
                case "geometry" -> {
                    sawGeometry = true;
                    geometry = geometries.readMember(v);
                }
                case "properties" -> props = readProperties(v);
                default -> parser.skipChildren();
            }
        }
        if (!"Feature".equals(type)) {
            throw skip(Kind.WRONG_TYPE, typeLocation, type == null ? "a feature without \"type\": \"Feature\""
                    : "expected \"type\": \"Feature\", found " + quote(type));
        }
        if (!sawGeometry) {
            throw skip(Kind.WRONG_TYPE, start, "a feature without a \"geometry\" member (use null for none)");
        }
        addFeature(id, geometry == null ? null : geometries.build(geometry), props, start);
    }

    private void addFeature(Object id, Geometry g, Map<String, Object> props, JsonLocation start) throws SkipFeature {
        if (featureFailed) {
            throw new SkipFeature();
        }
        if (g != null && options.validate()) {
            g = checkValidity(g, start);
        }
        FeatureConventions.check(props, message -> warning(Kind.BAD_PROPERTY, start, message));
        if (id != null && !ids.add(id.toString())) {
            warning(Kind.DUPLICATE, start, "feature id " + quote(id.toString()) + " is used more than once");
        }
        features.add(new Feature(id, g, props));
    }

    private Geometry checkValidity(Geometry g, JsonLocation start) throws SkipFeature {
        String what = validity.problem(g);
        if (what == null) {
            return g;
        }
        if (options.repair()) {
            Geometry fixed = GeometryFixer.fix(g);
            warning(Kind.REPAIRED, start, what + " (repaired with GeometryFixer)");
            return fixed;
        }
        throw skip(Kind.INVALID_GEOMETRY, start, what + " (it can be repaired: validate --repair)");
    }

    private Object readId(JsonToken v) throws IOException {
        return switch (v) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonValues.number(parser);
            default -> {
                warning(Kind.WRONG_TYPE, parser.currentTokenLocation(), "feature id must be a string or a number, "
                        + "found " + describe(v) + "; ignored");
                parser.skipChildren();
                yield null;
            }
        };
    }

    private Map<String, Object> readProperties(JsonToken v) throws IOException {
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

    private void checkCancelAndReport() {
        if (options.cancelled().getAsBoolean()) {
            throw new CancellationException("reading " + name + " was cancelled");
        }
        if ((featureIndex & 0xFF) == 0) {
            long bytes = parser.currentLocation().getByteOffset();
            if (bytes - lastProgress > (1 << 20) || featureIndex == 0) {
                lastProgress = bytes;
                options.progress().accept(bytes);
            }
        }
    }

    /** Records an error that abandons the current feature, and returns the exception to throw for it. */
    SkipFeature skip(Kind kind, JsonLocation at, String message) {
        error(kind, at, message);
        return new SkipFeature();
    }

    private void error(Kind kind, JsonLocation at, String message) {
        featureFailed = true;
        add(kind, Severity.ERROR, at, message);
    }

    private void warning(Kind kind, JsonLocation at, String message) {
        add(kind, Severity.WARNING, at, message);
    }

    private void fatal(Kind kind, JsonLocation at, String message) {
        stop(kind, at, message);
        throw new StopReading();
    }

    /** Records a problem that ends the read, without throwing (for use in exception handlers). */
    private void stop(Kind kind, JsonLocation at, String message) {
        add(kind, Severity.ERROR, at, message);
        complete = false;
    }

    private void add(Kind kind, Severity severity, JsonLocation at, String message) {
        long line = at == null ? -1 : at.getLineNr();
        long col = at == null ? -1 : at.getColumnNr();
        problems.add(new GeoJsonProblem(name, line, col, featureIndex, featureId, kind, severity, message));
    }

    /** Thrown to stop at a fatal problem, already recorded. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Thrown to abandon one feature whose problem is already recorded; reading goes on with the next. */
    static final class SkipFeature extends Exception {
        private static final long serialVersionUID = 1L;

        SkipFeature() {
            super(null, null, false, false);
        }
    }
}
