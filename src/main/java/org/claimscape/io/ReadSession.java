package org.claimscape.io;

import static org.claimscape.io.GeoJsonProblem.quote;
import static org.claimscape.io.GeoJsonMembers.BBOX;
import static org.claimscape.io.GeoJsonMembers.COORDINATES;
import static org.claimscape.io.GeoJsonMembers.FEATURES;
import static org.claimscape.io.GeoJsonMembers.GEOMETRIES;
import static org.claimscape.io.GeoJsonMembers.GEOMETRY;
import static org.claimscape.io.GeoJsonMembers.ID;
import static org.claimscape.io.GeoJsonMembers.PROPERTIES;
import static org.claimscape.io.GeoJsonMembers.TYPE;
import static org.claimscape.io.GeoJsonMembers.duplicated;
import static org.claimscape.io.GeoJsonMembers.memberBit;
import static org.claimscape.io.GeoJsonMembers.misplaced;
import static org.claimscape.io.JsonValues.describe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.claimscape.io.GeoJsonGeometryReader.Member;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;
import org.claimscape.io.IoText.Message;
import org.claimscape.model.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * One read of a GeoJSON stream: the streaming walk through the document and its features, whose geometries
 * {@link GeoJsonGeometryReader} reads and {@link GeoJsonGeometryBuilder} builds, whose ids and properties
 * {@link FeatureValues} reads, and the problems found ({@link ProblemLog}), each with file, line, column and, when
 * inside a feature, the feature's index. Every problem of a feature is reported, not only the first. Used once, on
 * one thread.
 */
final class ReadSession {

    /** How to read: see {@link GeoJsonLayerReader}'s {@code with} methods. */
    record Options(boolean repair, boolean validate, LongConsumer progress, BooleanSupplier cancelled,
                   Consumer<Feature> sink) {
    }

    /** An error found while reading, reported once it is known to matter (see {@link GeoJsonGeometryReader}). */
    record Issue(Kind kind, JsonLocation at, Message message) {
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(GeoJsonLayerReader.MAX_DEPTH)
                    .maxNumberLength(400).build())
            .build();

    private final String name;
    private final Options options;
    private final List<Feature> features = new ArrayList<>();
    private final ProblemLog problems;
    /** The ids of the features kept, to find one used twice (see {@link FeatureIds}). */
    private final FeatureIds ids = new FeatureIds();
    private FeatureValues values;
    private final PolygonValidity validity = new PolygonValidity();
    private JsonParser parser;
    private GeoJsonGeometryReader geometries;
    private final GeoJsonGeometryBuilder builder = new GeoJsonGeometryBuilder(this);
    private boolean complete;
    /**
     * Whether a sound feature goes to the sink at once: only once the top-level "type" says FeatureCollection, since
     * features read before it are dropped if it says Feature (RFC 7946 §7.1).
     */
    private boolean streaming;
    private int featuresSeen;
    private boolean featureFailed;
    /** The GeoJSON members of the feature being read, as member bits. */
    private int featureMembers;
    private long lastProgress;
    /** What the FeatureCollection's geometries are, for its bbox: whether any has a position, any a height. */
    private boolean collectionHasPosition;
    private boolean collectionHasZ;
    /** The name in an old-style (GeoJSON 2008) "crs" member, to explain projected coordinates; null if none. */
    private String crsName;
    /** Where the feature whose properties {@link FeatureConventions} checks starts: its warnings' place. */
    private JsonLocation conventionsAt;
    /** One consumer for every feature's convention warnings, instead of a lambda made per feature. */
    private final Consumer<Message> conventionWarning = message -> warning(Kind.BAD_PROPERTY, conventionsAt, message);

    ReadSession(String name, Options options) {
        this.name = name;
        this.options = options;
        this.problems = new ProblemLog(name);
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
            values = new FeatureValues(this, p);
            readDocument();
            if (p.nextToken() != null) {
                fatal(Kind.MALFORMED_JSON, p.currentTokenLocation(), IoText.of("io.json.after-end"));
            }
        } catch (StreamConstraintsException e) {
            stop(Kind.TOO_DEEP, e.getLocation() != null ? e.getLocation() : location(), IoText.of("io.json.too-deep",
                    GeoJsonLayerReader.MAX_DEPTH, JsonValues.parserMessage(e.getOriginalMessage())));
        } catch (JsonParseException e) {
            stop(Kind.MALFORMED_JSON, e.getLocation(), IoText.of("io.json.malformed", JsonValues.parserMessage(e.getOriginalMessage())));
        } catch (UncheckedIOException e) {
            stop(Kind.IO_ERROR, null, IoText.of("io.read.cannot-read", e.getCause().getMessage()));
        } catch (IOException e) {
            stop(e.getMessage() != null && e.getMessage().contains("Unexpected end")
                    ? Kind.MALFORMED_JSON : Kind.IO_ERROR, null, IoText.of("io.read.cannot-read", e.getMessage()));
        } catch (StopReading e) {
            // the fatal problem is recorded already
        } catch (OutOfMemoryError e) {
            /*
             * Last resort when the size check in read(Path) could not know (a stream, a gzip file): dropping the
             * features read so far frees the heap, and the user gets a message instead of a dead program.
             */
            features.clear();
            problems.feature = -1;
            stop(Kind.TOO_LARGE, null, IoText.of("io.read.too-large", featuresSeen,
                    Runtime.getRuntime().maxMemory() >> 20));
        }
        problems.addUnlistedCounts();
        flushToSink();
        return new GeoJsonReadResult(name, features, problems.list(), complete, featuresSeen);
    }

    private JsonLocation location() {
        return parser == null ? null : parser.currentLocation();
    }

    private void readDocument() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            fatal(Kind.NOT_GEOJSON, parser.currentLocation(), IoText.of("io.json.empty"));
        }
        if (t != JsonToken.START_OBJECT) {
            fatal(Kind.NOT_GEOJSON, parser.currentTokenLocation(), IoText.of("io.json.not-object", describe(t)));
        }
        JsonLocation start = parser.currentTokenLocation();
        /*
         * Members may come in any order, so a FeatureCollection's features are read as they stream by while the
         * object's "type" may only arrive at its end. Until the type is known, the members of each possible type
         * are kept, and what was wrong with a Feature's "id" and "properties" is held back (pending): it counts
         * only if the object turns out to be a Feature.
         */
        String type = null;
        boolean typeConflict = false;
        int seen = 0;
        JsonLocation[] where = new JsonLocation[8];
        Member bare = new Member(start);
        Member featureGeometry = null;
        Map<String, Object> featureProps = Map.of();
        Object featureIdValue = null;
        List<GeoJsonProblem> pending = new ArrayList<>();
        GeoJsonBbox bbox = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken v = parser.nextToken();
            JsonLocation at = parser.currentTokenLocation();
            int bit = memberBit(field);
            if ((seen & bit) != 0) {
                if (bit == TYPE && v == JsonToken.VALUE_STRING && !parser.getText().equals(type)) {
                    typeConflict = true;
                    error(Kind.DUPLICATE, at, IoText.of("io.json.type-twice", quote(type), quote(parser.getText())));
                } else {
                    error(Kind.DUPLICATE, at, duplicated(field, "io.json.object.top"));
                }
                parser.skipChildren();
                continue;
            }
            seen |= bit;
            if (bit != 0) {
                where[Integer.numberOfTrailingZeros(bit)] = at;
            }
            switch (field) {
                case "type" -> {
                    if (v != JsonToken.VALUE_STRING) {
                        fatal(Kind.NOT_GEOJSON, at, IoText.of("io.json.type-not-string", describe(v)));
                    }
                    type = parser.getText();
                    bare.type = type;
                    if (type.equals("FeatureCollection")) {
                        flushToSink();
                        streaming = true;
                    }
                    bare.typeLocation = at;
                }
                case "features" -> {
                    if (type != null && !type.equals("FeatureCollection")) {
                        parser.skipChildren(); // reported below as a member of the wrong type
                    } else {
                        if (v != JsonToken.START_ARRAY) {
                            fatal(Kind.WRONG_TYPE, at, IoText.of("io.json.features-not-array", describe(v)));
                        }
                        readFeatures();
                    }
                }
                case "coordinates" -> {
                    if (type == null || GeoJsonGeometryReader.isGeometryType(type)) {
                        geometries.readCoordinatesMember(bare, v);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "geometries" -> {
                    if (type == null || GeoJsonGeometryReader.isGeometryType(type)) {
                        geometries.readGeometriesMember(bare, v);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "geometry" -> {
                    if (type == null || type.equals("Feature")) {
                        featureGeometry = geometries.readMember(v);
                    } else {
                        parser.skipChildren();
                    }
                }
                case "properties" -> {
                    if ((type == null && (seen & FEATURES) == 0) || "Feature".equals(type)) {
                        problems.feature = 0;
                        int before = problems.size();
                        featureProps = values.properties(v);
                        pending.addAll(problems.take(before));
                        problems.feature = -1;
                    } else {
                        parser.skipChildren();
                    }
                }
                case "id" -> {
                    if ((type == null && (seen & FEATURES) == 0) || "Feature".equals(type)) {
                        problems.feature = 0;
                        int before = problems.size();
                        featureIdValue = values.id(v);
                        pending.addAll(problems.take(before));
                        problems.feature = -1;
                    } else {
                        parser.skipChildren(); // a foreign member on any other type
                    }
                }
                case "bbox" -> bbox = GeoJsonBbox.read(parser, v);
                case "crs" -> crsName = JsonValues.crsName(JsonValues.read(parser));
                default -> parser.skipChildren();
            }
        }
        if (type == null) {
            fatal(Kind.NOT_GEOJSON, start, IoText.of("io.json.no-type"));
        }
        if (typeConflict) {
            complete = true; // reported: nothing more can be said of an object of two types
            return;
        }
        featureFailed = false;
        switch (type) {
            case "FeatureCollection" -> {
                if ((seen & FEATURES) == 0) {
                    fatal(Kind.NOT_GEOJSON, start, IoText.of("io.json.no-features"));
                }
                misplacedMembers(seen, where, COORDINATES | GEOMETRIES | GEOMETRY | PROPERTIES, "io.json.on.feature-collection");
                checkBbox(bbox, collectionHasPosition ? (collectionHasZ ? 3 : 2) : 0);
            }
            case "Feature" -> {
                dropStreamedFeatures();
                featuresSeen = 1;
                problems.feature = 0;
                problems.featureId = featureIdValue;
                int first = problems.size();
                for (GeoJsonProblem p : pending) {
                    problems.add(p);
                    featureFailed |= p.isError();
                }
                misplacedMembers(seen, where, COORDINATES | GEOMETRIES | FEATURES, "io.json.on.feature");
                readFeatureEnd(start, seen, featureIdValue, featureProps, featureGeometry, bbox);
                problems.sortFrom(first);
            }
            default -> {
                if (!GeoJsonGeometryReader.isGeometryType(type)) {
                    fatal(Kind.NOT_GEOJSON, where[0], IoText.of("io.json.unknown-type", type));
                }
                dropStreamedFeatures();
                featuresSeen = 1;
                misplacedMembers(seen, where, GEOMETRY | PROPERTIES | FEATURES, "io.json.on.geometry");
                bare.bbox = bbox;
                try {
                    Geometry g = builder.build(bare);
                    if (!featureFailed) {
                        addFeature(null, g, Map.of(), start);
                    }
                } catch (SkipFeature e) {
                    // recorded
                }
            }
        }
        problems.feature = -1;
        complete = true;
    }

    /**
     * Forgets features read from a "features" member that came before the top-level "type" said the object is a
     * Feature or a geometry: that member is reported as misplaced (RFC 7946 §7.1), and the object is one feature.
     */
    private void dropStreamedFeatures() {
        features.clear();
        ids.clear();
    }

    private void misplacedMembers(int seen, JsonLocation[] where, int forbidden, String object) {
        int bad = seen & forbidden;
        for (String field : new String[] {"coordinates", "geometries", "geometry", "properties", "features"}) {
            int bit = memberBit(field);
            if ((bad & bit) != 0) {
                error(Kind.MISPLACED_MEMBER, where[Integer.numberOfTrailingZeros(bit)], misplaced(field, object));
            }
        }
    }

    String crsName() {
        return crsName;
    }

    private void readFeatures() throws IOException {
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            int index = featuresSeen++;
            problems.feature = index;
            problems.featureId = null;
            featureFailed = false;
            checkCancelAndReport(index);
            if (t != JsonToken.START_OBJECT) {
                error(Kind.WRONG_TYPE, parser.currentTokenLocation(), IoText.of("io.json.feature-not-object",
                        describe(t)));
                parser.skipChildren();
            } else {
                int first = problems.size();
                readFeature();
                problems.sortFrom(first);
            }
            problems.feature = -1;
            problems.featureId = null;
        }
    }

    /** Reads one element of "features"; the parser is on its START_OBJECT and ends on its END_OBJECT. */
    private void readFeature() throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        String type = null;
        JsonLocation typeLocation = start;
        Object id = null;
        Map<String, Object> props = Map.of();
        Member geometry = null;
        GeoJsonBbox bbox = null;
        featureMembers = 0;
        List<Issue> misplaced = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken v = parser.nextToken();
            // one switch per member, on the hot path: each case checks its own member for a repeat
            switch (field) {
                case "type" -> {
                    if (repeated(TYPE, field)) {
                        break;
                    }
                    if (v == JsonToken.VALUE_STRING) {
                        type = GeoJsonMembers.typeName(parser);
                        if (!"Feature".equals(type)) {
                            // only a type other than Feature is reported at its place
                            typeLocation = parser.currentTokenLocation();
                        }
                    } else {
                        typeLocation = parser.currentTokenLocation();
                        type = describe(v).toString();
                        parser.skipChildren();
                    }
                }
                case "id" -> {
                    if (repeated(ID, field)) {
                        break;
                    }
                    id = values.id(v);
                    problems.featureId = id;
                }
                case "geometry" -> {
                    if (!repeated(GEOMETRY, field)) {
                        geometry = geometries.readMember(v);
                    }
                }
                case "properties" -> {
                    if (!repeated(PROPERTIES, field)) {
                        props = values.properties(v);
                    }
                }
                case "bbox" -> {
                    if (!repeated(BBOX, field)) {
                        bbox = GeoJsonBbox.read(parser, v);
                    }
                }
                case "coordinates", "geometries", "features" -> {
                    if (repeated(memberBit(field), field)) {
                        break;
                    }
                    if (misplaced == null) {
                        misplaced = new ArrayList<>(2);
                    }
                    misplaced.add(new Issue(Kind.MISPLACED_MEMBER, parser.currentTokenLocation(),
                            misplaced(field, "io.json.on.feature")));
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        if (!"Feature".equals(type)) {
            // not a Feature at all: its members cannot be judged as a Feature's
            error(Kind.WRONG_TYPE, typeLocation, type == null ? IoText.of("io.json.feature-no-type")
                    : IoText.of(GeoJsonGeometryReader.isGeometryType(type) ? "io.json.feature-is-geometry"
                    : "io.json.feature-wrong-type", quote(type)));
            return;
        }
        if (misplaced != null) {
            for (Issue i : misplaced) {
                error(i.kind(), i.at(), i.message());
            }
        }
        readFeatureEnd(start, featureMembers, id, props, geometry, bbox);
    }

    /** True, with an error recorded and the value skipped, when the feature being read had this member already. */
    private boolean repeated(int bit, String field) throws IOException {
        if ((featureMembers & bit) != 0) {
            error(Kind.DUPLICATE, parser.currentTokenLocation(), duplicated(field, "io.json.object.feature"));
            parser.skipChildren();
            return true;
        }
        featureMembers |= bit;
        return false;
    }

    /** Judges a Feature once all its members are read, and keeps it when it has no error. */
    private void readFeatureEnd(JsonLocation start, int seen, Object id, Map<String, Object> props, Member geometry,
                                GeoJsonBbox bbox) {
        if ((seen & GEOMETRY) == 0) {
            error(Kind.MISSING_MEMBER, start, IoText.of("io.json.no-geometry"));
        }
        if ((seen & PROPERTIES) == 0) {
            error(Kind.MISSING_MEMBER, start, IoText.of("io.json.no-properties"));
        }
        Geometry g = null;
        if (geometry != null) {
            try {
                g = builder.build(geometry);
                collectionHasPosition |= !geometry.empty;
                collectionHasZ |= geometry.hasZ;
            } catch (SkipFeature e) {
                // recorded
            }
        }
        checkBbox(bbox, geometry == null || featureFailed ? 0 : geometry.dimensions());
        if (!featureFailed) {
            addFeature(id, g, props, start);
        }
    }

    private void checkBbox(GeoJsonBbox bbox, int dimensions) {
        if (bbox != null) {
            Message problem = bbox.problem(dimensions);
            if (problem != null) {
                error(Kind.BAD_BBOX, bbox.location(), problem);
            }
        }
    }

    private void addFeature(Object id, Geometry g, Map<String, Object> props, JsonLocation start) {
        if (g != null && options.validate()) {
            g = checkValidity(g, start);
            if (featureFailed) {
                return;
            }
        }
        conventionsAt = start;
        FeatureConventions.check(props, conventionWarning);
        if (id != null && !ids.add(id)) {
            warning(Kind.DUPLICATE, start, IoText.of("io.json.duplicate-id", quote(id.toString())));
        }
        Feature f = new Feature(id, g, props);
        if (options.sink() != null && streaming) {
            options.sink().accept(f);
        } else {
            features.add(f);
        }
    }

    /**
     * Hands the features held back to the sink, if there is one: those of a single Feature or bare geometry, and
     * those read before the top-level "type" said the object is a FeatureCollection.
     */
    private void flushToSink() {
        if (options.sink() != null) {
            for (Feature f : features) {
                options.sink().accept(f);
            }
            features.clear();
        }
    }

    private Geometry checkValidity(Geometry g, JsonLocation start) {
        Message what = validity.problem(g);
        if (what == null) {
            return g;
        }
        if (options.repair()) {
            Geometry fixed = GeometryFixer.fix(g);
            warning(Kind.REPAIRED, start, IoText.of("io.json.repaired", what));
            return fixed;
        }
        error(Kind.INVALID_GEOMETRY, start, IoText.of("io.json.invalid", what));
        return g;
    }

    private void checkCancelAndReport(int index) {
        if (options.cancelled().getAsBoolean()) {
            throw new CancellationException("reading " + name + " was cancelled");
        }
        if ((index & 0xFF) == 0) {
            long bytes = parser.currentLocation().getByteOffset();
            if (bytes - lastProgress > (1 << 20) || index == 0) {
                lastProgress = bytes;
                options.progress().accept(bytes);
            }
        }
    }

    /** Records an error that abandons the current feature, and returns the exception to throw for it. */
    SkipFeature skip(Kind kind, JsonLocation at, Message message) {
        error(kind, at, message);
        return new SkipFeature();
    }

    /** Records an error: the current feature is left out (outside any feature, the file is invalid). True. */
    boolean error(Kind kind, JsonLocation at, Message message) {
        featureFailed = true;
        problems.add(kind, Severity.ERROR, at, message);
        return true;
    }

    void warning(Kind kind, JsonLocation at, Message message) {
        problems.add(kind, Severity.WARNING, at, message);
    }

    private void fatal(Kind kind, JsonLocation at, Message message) {
        stop(kind, at, message);
        throw new StopReading();
    }

    /** Records a problem that ends the read, without throwing (for use in exception handlers). */
    private void stop(Kind kind, JsonLocation at, Message message) {
        problems.add(kind, Severity.ERROR, at, message);
        complete = false;
    }

    /** A SHOULD-level warning: see {@link ProblemLog#should}. */
    void should(Kind kind, JsonLocation at, Message message) {
        problems.should(kind, at, message);
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
