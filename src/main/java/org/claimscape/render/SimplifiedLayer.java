package org.claimscape.render;

import java.awt.geom.Point2D;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * A layer's geometry prepared for drawing at each integer zoom level: projected once to unit Web Mercator,
 * then simplified per level with JTS {@link TopologyPreservingSimplifier} at a tolerance of half a pixel, and
 * cached. Each feature is prepared lazily, the first time a viewport shows it at that level, so a
 * million-vertex layer costs only what is on screen.
 *
 * <p>Thread-safe without locks: two threads preparing the same entry at once both compute the same
 * immutable result and one of them wins.
 */
public final class SimplifiedLayer {

    /** Highest level with its own simplification; deeper zooms reuse it (half a pixel at z18 is 0.3 m). */
    public static final int MAX_LEVEL = 18;
    /** Tolerance in pixels at the level's zoom. */
    public static final double TOLERANCE_PX = 0.5;

    private static final Map<Layer, SimplifiedLayer> CACHE = new WeakHashMap<>();

    /* The features, not the layer: the cache's weak key must not be reachable from its value. */
    private final List<Feature> features;
    private final Map<Feature, Integer> index;
    private final AtomicReferenceArray<Geometry> projected;
    private final AtomicReferenceArray<Point2D> labelPoints;
    private final AtomicReferenceArray<AtomicReferenceArray<ProjectedShape>> levels;

    private SimplifiedLayer(Layer layer) {
        this.features = layer.features();
        Map<Feature, Integer> idx = new IdentityHashMap<>(features.size() * 2);
        for (int i = 0; i < features.size(); i++) {
            idx.put(features.get(i), i);
        }
        this.index = idx;
        this.projected = new AtomicReferenceArray<>(features.size());
        this.labelPoints = new AtomicReferenceArray<>(features.size());
        this.levels = new AtomicReferenceArray<>(MAX_LEVEL + 1);
    }

    /** The shared prepared geometry of a layer (one per layer instance, released with the layer). */
    public static SimplifiedLayer of(Layer layer) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(layer, SimplifiedLayer::new);
        }
    }

    /** The level whose tolerance is at most half a pixel at the zoom: the zoom rounded up, within 0..18. */
    public static int level(double zoom) {
        return (int) Math.max(0, Math.min(MAX_LEVEL, Math.ceil(zoom - 1e-9)));
    }

    /** Tolerance of a level in unit Web Mercator. */
    public static double tolerance(int level) {
        return TOLERANCE_PX / (256.0 * Math.pow(2, level));
    }

    /** Position of the feature in its layer's list (the drawing order), or -1 if it is not in the layer. */
    public int indexOf(Feature f) {
        Integer i = index.get(f);
        return i == null ? -1 : i;
    }

    /** Vertex count of the feature's geometry prepared for a level (for measuring the savings). */
    public int vertices(Feature f, int level) {
        return shape(f, level).vertices;
    }

    /**
     * Prepares the features' geometry for a level ahead of drawing, in parallel (the common fork-join pool)
     * when many are missing: simplifying a zoom level of the bundled layers takes about a second of CPU.
     * Stops early when {@code cancelled} turns true.
     */
    public void prepare(List<Feature> toPrepare, int level, java.util.function.BooleanSupplier cancelled) {
        AtomicReferenceArray<ProjectedShape> shapes = levels.get(level);
        List<Feature> missing = new java.util.ArrayList<>();
        for (Feature f : toPrepare) {
            int i = indexOf(f);
            if (i >= 0 && (shapes == null || shapes.get(i) == null)) {
                missing.add(f);
            }
        }
        if (missing.size() < PARALLEL_THRESHOLD) {
            for (Feature f : missing) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                shape(f, level);
            }
            return;
        }
        missing.parallelStream().forEach(f -> {
            if (!cancelled.getAsBoolean()) {
                shape(f, level);
            }
        });
    }

    /** Below this many unprepared features, preparing in parallel costs more than it saves. */
    private static final int PARALLEL_THRESHOLD = 16;

    /** The feature's geometry for a level, preparing and caching it on first use. */
    ProjectedShape shape(Feature f, int level) {
        int i = indexOf(f);
        if (i < 0) {
            return ProjectedShape.of(project(f.geometry()), null);
        }
        AtomicReferenceArray<ProjectedShape> shapes = levels.get(level);
        if (shapes == null) {
            levels.compareAndSet(level, null, new AtomicReferenceArray<>(features.size()));
            shapes = levels.get(level);
        }
        ProjectedShape s = shapes.get(i);
        if (s == null) {
            s = build(i, level);
            shapes.compareAndSet(i, null, s);
            s = shapes.get(i);
        }
        return s;
    }

    private ProjectedShape build(int i, int level) {
        Geometry unit = projected(i);
        if (unit == null || unit.isEmpty()) {
            return ProjectedShape.EMPTY;
        }
        double tol = tolerance(level);
        Geometry g = unit;
        if (unit.getDimension() > 0 && unit.getNumPoints() > 4) {
            Envelope e = unit.getEnvelopeInternal();
            /*
             * Below a pixel on both axes the shape would draw as a speck; an area keeps a marker so small
             * islands stay visible, lines vanish.
             */
            if (e.getWidth() < 2 * tol && e.getHeight() < 2 * tol && !(unit instanceof Polygonal)) {
                return ProjectedShape.EMPTY;
            }
            g = TopologyPreservingSimplifier.simplify(unit, tol);
        }
        return ProjectedShape.of(g, labelPoint(i));
    }

    private Geometry projected(int i) {
        Geometry p = projected.get(i);
        if (p == null) {
            p = project(features.get(i).geometry());
            projected.compareAndSet(i, null, p);
            p = projected.get(i);
        }
        return p;
    }

    private Point2D labelPoint(int i) {
        Point2D lp = labelPoints.get(i);
        if (lp == null) {
            Geometry unit = projected(i);
            if (unit == null || unit.isEmpty()) {
                return null;
            }
            Geometry main = largestPart(unit);
            org.locationtech.jts.geom.Coordinate c = main instanceof Point ? main.getCoordinate()
                    : InteriorPoint.getInteriorPoint(main);
            if (c == null) {
                return null;
            }
            labelPoints.compareAndSet(i, null, new Point2D.Double(c.x, c.y));
            lp = labelPoints.get(i);
        }
        return lp;
    }

    /* The label goes on the biggest island of a multipolygon, not on whichever part InteriorPoint prefers. */
    private static Geometry largestPart(Geometry g) {
        if (g.getNumGeometries() <= 1) {
            return g;
        }
        Geometry best = g.getGeometryN(0);
        double bestArea = best.getArea();
        for (int k = 1; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            double a = part.getDimension() == 2 ? part.getArea() : part.getLength() * 1e-9;
            if (a > bestArea) {
                best = part;
                bestArea = a;
            }
        }
        return best;
    }

    /** A copy of a lon/lat geometry in unit Web Mercator coordinates. */
    static Geometry project(Geometry lonLat) {
        if (lonLat == null) {
            return null;
        }
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, MapViewport.unitX(lon));
                seq.setOrdinate(i, 1, MapViewport.unitY(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
