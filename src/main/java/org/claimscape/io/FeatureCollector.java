package org.claimscape.io;

import static org.claimscape.io.GeoJsonProblem.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;
import org.claimscape.model.Feature;
import org.claimscape.model.PropertyMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The features and problems of one read of a layer file in a format other than GeoJSON, with the checks the GeoJSON
 * reader makes: coordinates within ±180° and ±90°, polygon validity (with optional repair), Claimscape's property
 * conventions and duplicate ids. A reader announces each feature with {@link #begin}, reports what is wrong with it,
 * and hands it over with {@link #add}; the result has the same form as a GeoJSON read.
 *
 * <p>Kinds: the problem kinds are GeoJSON's. {@link Kind#NOT_GEOJSON} here means "not a file of the format its name
 * says" and {@link Kind#MALFORMED_JSON} "the file's structure is broken" (bad XML, a truncated record); both are
 * worded in the message. Used once, on one thread.
 */
public final class FeatureCollector {

    /** A place in the file: 1-based line and column, or -1 when the format has none. */
    public record Place(long line, long column) {
        public static final Place NONE = new Place(-1, -1);
    }

    private final String file;
    private final LayerReadOptions options;
    private final List<Feature> features = new ArrayList<>();
    private final List<GeoJsonProblem> problems = new ArrayList<>();
    private final FeatureIds ids = new FeatureIds();
    /** The property names, shared by the features that have the same (see {@link PropertyMap.Keys}). */
    private final PropertyMap.Keys propertyKeys = new PropertyMap.Keys();
    private final PolygonValidity validity = new PolygonValidity();
    private boolean complete = true;
    private int index = -1;
    private Object rawId;
    private String id;
    private boolean failed;
    private long lastProgress = -1;
    private Object section;

    public FeatureCollector(String file, LayerReadOptions options) {
        this.file = file;
        this.options = options;
    }

    public String file() {
        return file;
    }

    /**
     * Starts the next feature (problems reported until the next call carry its index and id), after checking for
     * cancellation. The id is a String or a Number as in the file, or null.
     *
     * @throws CancellationException when cancelled
     */
    public void begin(Object featureId) {
        if (options.cancelled().getAsBoolean()) {
            throw new CancellationException(IoText.of("io.read.cancelled", file).toString());
        }
        index++;
        failed = false;
        setId(featureId);
    }

    /**
     * Names the part of the file the next features come from (a GeoPackage table, a Shapefile inside a zip):
     * every message starts with it until the next call. Null or empty for none.
     */
    public void section(IoText.Message name) {
        section = name;
    }

    /** Index of the current feature, 0-based; -1 before the first. */
    public int index() {
        return index;
    }

    /** Reports the bytes read so far: after every 256 kB, or 4096 features, whichever comes first. */
    public void progress(long bytes) {
        if (lastProgress < 0 || bytes - lastProgress >= (1 << 18) || (index & 0xFFF) == 0 && bytes > lastProgress) {
            lastProgress = bytes;
            options.progress().accept(bytes);
        }
    }

    /**
     * Keeps the current feature (or hands it to the options' sink) unless an error was reported for it or its
     * geometry fails the checks. Coordinates must be lon/lat degrees (x = longitude) by now.
     *
     * @return whether it was kept
     */
    public boolean add(Geometry geometry, Map<String, Object> properties, Place at) {
        if (failed) {
            return false;
        }
        Geometry g = geometry;
        if (g != null && g.isEmpty()) {
            warning(Kind.EMPTY_GEOMETRY, at, IoText.of("io.read.empty-geometry", g.getGeometryType()));
            g = null;
        }
        if (g != null && !inRange(g, at)) {
            return false;
        }
        if (g != null && options.validate()) {
            IoText.Message what = validity.problem(g);
            if (what != null) {
                if (!options.repair()) {
                    error(Kind.INVALID_GEOMETRY, at, IoText.of("io.json.invalid", what));
                    return false;
                }
                g = GeometryFixer.fix(g);
                warning(Kind.REPAIRED, at, IoText.of("io.json.repaired", what));
            }
        }
        FeatureConventions.check(properties, message -> warning(Kind.BAD_PROPERTY, at, message));
        if (rawId != null && !ids.add(rawId)) {
            warning(Kind.DUPLICATE, at, IoText.of("io.json.duplicate-id", quote(id)));
        }
        Feature f = new Feature(rawId, g, PropertyMap.copyOf(properties, propertyKeys));
        if (options.sink() != null) {
            options.sink().accept(f);
        } else {
            features.add(f);
        }
        return true;
    }

    /** Gives the current feature its id when it is found after {@link #begin} (a String or a Number, or null). */
    public void setId(Object featureId) {
        rawId = featureId instanceof String || featureId instanceof Number ? featureId : null;
        id = rawId == null ? null : rawId.toString();
    }

    private boolean inRange(Geometry g, Place at) {
        if (g instanceof Point p) {
            // its position, not its envelope, which the point would keep (48 bytes each of a million points)
            double x = p.getCoordinateSequence().getX(0);
            double y = p.getCoordinateSequence().getY(0);
            if (y >= -90 && y <= 90 && x >= -180 && x <= 180) {
                return true;
            }
        } else {
            Envelope e = g.getEnvelopeInternal();
            if (e.getMinY() >= -90 && e.getMaxY() <= 90 && e.getMinX() >= -180 && e.getMaxX() <= 180) {
                return true;
            }
        }
        for (Coordinate c : g.getCoordinates()) {
            if (!(Math.abs(c.y) <= 90)) {
                error(Kind.LATITUDE_OUT_OF_RANGE, at, IoText.of("io.read.latitude", IoText.decimal(c.y)));
                return false;
            }
            if (!(Math.abs(c.x) <= 180)) {
                error(Kind.LONGITUDE_OUT_OF_RANGE, at, IoText.of("io.read.longitude", IoText.decimal(c.x)));
                return false;
            }
        }
        return true;
    }

    /** An error that drops the current feature. */
    public void error(Kind kind, Place at, IoText.Message message) {
        failed = true;
        record(kind, Severity.ERROR, at, message, index);
    }

    /** A warning; the feature is kept. */
    public void warning(Kind kind, Place at, IoText.Message message) {
        record(kind, Severity.WARNING, at, message, index);
    }

    /** A warning about the whole file, not one feature. */
    public void fileWarning(Kind kind, IoText.Message message) {
        record(kind, Severity.WARNING, Place.NONE, message, -1);
    }

    /** An error that ends the read: what was read before it is kept, the read is incomplete. */
    public void fatal(Kind kind, Place at, IoText.Message message) {
        complete = false;
        record(kind, Severity.ERROR, at, message, -1);
    }

    /** Ends the read because the features do not fit into memory: they are dropped so the program lives on. */
    public void outOfMemory() {
        int seen = index + 1;
        features.clear();
        fatal(Kind.TOO_LARGE, Place.NONE, IoText.of("io.read.too-large", seen, Runtime.getRuntime().maxMemory() >> 20));
    }

    private void record(Kind kind, Severity severity, Place at, IoText.Message message, int featureIndex) {
        problems.add(new GeoJsonProblem(file, at.line(), at.column(), featureIndex, featureIndex < 0 ? null : id,
                kind, severity, section == null ? message : IoText.of("io.read.section", section, message)));
    }

    /** What the read gave. */
    public GeoJsonReadResult result() {
        return new GeoJsonReadResult(file, features, problems, complete, index + 1);
    }

    /** An error in another program's words (a library's or a server's message), shown as they are. */
    public void error(Kind kind, Place at, String message) {
        error(kind, at, IoText.literal(message));
    }

    /** An error that ends the read, in another program's words, shown as they are. */
    public void fatal(Kind kind, Place at, String message) {
        fatal(kind, at, IoText.literal(message));
    }

    /** A result for a file that could not be read at all. */
    public static GeoJsonReadResult failed(String file, Kind kind, IoText.Message message) {
        FeatureCollector c = new FeatureCollector(file, LayerReadOptions.defaults());
        c.fatal(kind, Place.NONE, message);
        return c.result();
    }
}
