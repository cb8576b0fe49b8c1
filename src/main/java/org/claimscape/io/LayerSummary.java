package org.claimscape.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.PropertyMap;
import org.claimscape.model.TimeSpan;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * What a layer holds, gathered feature by feature as they are read, without keeping them: how many, of which
 * geometry types, their bounding box and vertices, the property names, the dates. The same figures as a
 * {@link Layer} of the same features gives; for a file of a million features it needs kilobytes instead of hundreds
 * of megabytes. Not thread-safe: feed it from one reader.
 */
public final class LayerSummary implements Consumer<Feature> {

    private int size;
    private final Map<String, int[]> typeCounters = new HashMap<>();
    private String lastType;
    private int[] lastTypeCount;
    private Object lastKeys;
    private final Envelope bounds = new Envelope();
    private long vertices;
    private final SortedSet<String> propertyNames = new TreeSet<>();
    /** The key sets seen: features read from one file share them, so each distinct one is looked at once. */
    private final Map<Object, Boolean> keySets = new IdentityHashMap<>();
    private TimeSpan span;
    private int undated;

    /** A summary of features held already (a PostGIS read, a layer). */
    public static LayerSummary of(Iterable<Feature> features) {
        LayerSummary summary = new LayerSummary();
        features.forEach(summary);
        return summary;
    }

    /** A summary and the read it came from (see {@code LayerFormats.summarize}). */
    public record Read(LayerSummary summary, GeoJsonReadResult result) {
    }

    @Override
    public void accept(Feature f) {
        size++;
        Geometry g = f.geometry();
        String type = g == null ? "null" : g.getGeometryType();
        if (type == lastType) {
            lastTypeCount[0]++; // a million points: one comparison each instead of a map lookup
        } else {
            lastType = type;
            lastTypeCount = typeCounters.computeIfAbsent(type, t -> new int[1]);
            lastTypeCount[0]++;
        }
        if (g instanceof Point p) {
            if (!p.isEmpty()) {
                bounds.expandToInclude(p.getCoordinateSequence().getX(0), p.getCoordinateSequence().getY(0));
            }
        } else if (g != null && !g.isEmpty()) {
            bounds.expandToInclude(g.getEnvelopeInternal());
        }
        if (g != null) {
            vertices += g.getNumPoints();
        }
        Map<String, Object> p = f.properties();
        Object keys = p instanceof PropertyMap m ? m.keys() : p;
        if (keys != lastKeys) {
            lastKeys = keys;
            if (keySets.put(keys, Boolean.TRUE) == null) {
                propertyNames.addAll(p.keySet());
            }
        }
        TimeSpan v = f.validity();
        if (span == null) {
            span = v;
        } else if (!span.isAlways()) {
            span = span.union(v); // once open at both ends, it stays so
        }
        if (v.isAlways()) {
            undated++;
        }
    }

    /** How many features. */
    public int size() {
        return size;
    }

    /** How many features of each geometry type ("null" for none), by type name. */
    public SortedMap<String, Integer> typeCounts() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        typeCounters.forEach((type, n) -> counts.put(type, n[0]));
        return Collections.unmodifiableSortedMap(counts);
    }

    /** The geometry type names present, sorted, as {@link Layer#geometryTypes()}. */
    public Set<String> geometryTypes() {
        return Collections.unmodifiableSet(new TreeSet<>(typeCounters.keySet()));
    }

    /** The bounding box in degrees (x = longitude); a null envelope when no feature has a geometry. */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    public long vertexCount() {
        return vertices;
    }

    /** Property names used by any feature, sorted. */
    public SortedSet<String> propertyNames() {
        return Collections.unmodifiableSortedSet(propertyNames);
    }

    /** The span covering every feature's validity, as {@link Layer#timeSpan()}; open ends stay open. */
    public TimeSpan timeSpan() {
        return span == null ? TimeSpan.ALWAYS : span;
    }

    /** How many features have neither {@code valid_from} nor {@code valid_to}. */
    public int undatedCount() {
        return undated;
    }
}
