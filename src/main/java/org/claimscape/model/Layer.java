package org.claimscape.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.hprtree.HPRtree;

/**
 * A named list of features with their bounding box and a spatial index (a JTS {@link HPRtree}: a packed R-tree
 * held in arrays, which builds a million points in a fraction of the time and memory of an {@code STRtree}).
 * The index is built on the first {@link #query}: a layer only summarised or written (the command line's
 * {@code info}, {@code convert}) never pays for it. Immutable and thread-safe.
 */
public final class Layer {

    private final String id;
    private final String title;
    private final List<Feature> features;
    private final Envelope bounds;
    /** Built on the first query (double-checked: a built index is only read). */
    private volatile HPRtree index;

    public Layer(String id, String title, List<Feature> features) {
        this.id = id;
        this.title = title == null ? id : title;
        this.features = List.copyOf(features);
        this.bounds = new Envelope();
        for (Feature f : this.features) {
            Geometry g = f.geometry();
            if (g instanceof Point p) {
                // a point's envelope is its position: no Envelope kept in each of a million points
                if (!p.isEmpty()) {
                    bounds.expandToInclude(p.getCoordinateSequence().getX(0), p.getCoordinateSequence().getY(0));
                }
            } else if (g != null && !g.isEmpty()) {
                bounds.expandToInclude(g.getEnvelopeInternal());
            }
        }
    }

    private HPRtree index() {
        HPRtree built = index;
        if (built == null) {
            synchronized (this) {
                built = index;
                if (built == null) {
                    built = new HPRtree();
                    for (Feature f : features) {
                        Geometry g = f.geometry();
                        if (g instanceof Point p) {
                            if (!p.isEmpty()) {
                                double x = p.getCoordinateSequence().getX(0);
                                double y = p.getCoordinateSequence().getY(0);
                                built.insert(new Envelope(x, x, y, y), f);
                            }
                        } else if (g != null && !g.isEmpty()) {
                            built.insert(g.getEnvelopeInternal(), f);
                        }
                    }
                    built.build();
                    index = built;
                }
            }
        }
        return built;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public List<Feature> features() {
        return features;
    }

    public int size() {
        return features.size();
    }

    /** The bounding box in degrees (x = longitude); a null envelope when no feature has a geometry. */
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    /** Features whose bounding boxes intersect the envelope (candidates; test the geometry for exact hits). */
    @SuppressWarnings("unchecked")
    public List<Feature> query(Envelope envelope) {
        if (bounds.isNull() || !bounds.intersects(envelope)) {
            return Collections.emptyList();
        }
        return index().query(envelope);
    }

    /** Features valid at the date; all features when the date is null. */
    public List<Feature> featuresAt(LocalDate date) {
        if (date == null) {
            return features;
        }
        List<Feature> out = new ArrayList<>();
        for (Feature f : features) {
            if (f.isValidAt(date)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The feature with this id, or null. */
    public Feature feature(String featureId) {
        for (Feature f : features) {
            if (featureId.equals(f.id())) {
                return f;
            }
        }
        return null;
    }

    public long vertexCount() {
        long n = 0;
        for (Feature f : features) {
            if (f.geometry() != null) {
                n += f.geometry().getNumPoints();
            }
        }
        return n;
    }

    /** Geometry type names present, sorted. */
    public Set<String> geometryTypes() {
        Set<String> types = new TreeSet<>();
        for (Feature f : features) {
            types.add(f.geometry() == null ? "null" : f.geometry().getGeometryType());
        }
        return types;
    }

    /** Property names used by any feature, sorted. */
    public Set<String> propertyNames() {
        Set<String> names = new TreeSet<>();
        // features read from one file share their key sets: each distinct one is added once
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Feature f : features) {
            Map<String, Object> p = f.properties();
            Object keys = p instanceof PropertyMap m ? m.keys() : p;
            if (seen.put(keys, Boolean.TRUE) == null) {
                names.addAll(p.keySet());
            }
        }
        return names;
    }

    /** The span covering every feature's validity; open ends stay open. */
    public TimeSpan timeSpan() {
        TimeSpan span = null;
        for (Feature f : features) {
            span = span == null ? f.validity() : span.union(f.validity());
        }
        return span == null ? TimeSpan.ALWAYS : span;
    }

    /** A copy with another title (ids stay). */
    public Layer withTitle(String newTitle) {
        return new Layer(id, newTitle, features);
    }

    @Override
    public String toString() {
        return "Layer[" + id + ", " + features.size() + " features]";
    }
}
