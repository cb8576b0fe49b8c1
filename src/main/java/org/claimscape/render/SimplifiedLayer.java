package org.claimscape.render;

import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.algorithm.InteriorPoint;
import org.locationtech.jts.geom.Coordinate;
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
 * <p>With a {@link Store} set ({@link #useStore}), the prepared levels are kept between runs: a level is read
 * from the store the first time it is needed, and {@link #saveChanges()} writes the levels that gained shapes.
 * Entries are keyed by checksums of the layer's geometry, so changed data is not drawn from an old entry.
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
    private static final Logger LOG = Logger.getLogger(
            SimplifiedLayer.class.getName());
    /** Geometries with fewer vertices are simplified faster than they are read, so they are not stored. */
    static final int STORED_MIN_VERTICES = 32;
    private static final int FORMAT = 1;
    private static volatile Store store;
    private static final AtomicLong SIMPLIFIED = new AtomicLong();

    /**
     * Keeps prepared levels between runs (a disk cache). Keys are made of letters, digits, {@code -}, {@code _}
     * and one {@code /}: {@code <layer>-<digest>/<level>}. Implementations must be thread-safe; failures are
     * theirs to report, a cache that cannot be read or written only costs time.
     */
    public interface Store {
        /** The bytes stored under the key, or null when there are none or they cannot be read. */
        byte[] read(String key);

        /** Stores the bytes under the key, replacing what was there. */
        void write(String key, byte[] data);
    }

    /** Keeps prepared levels in the store from now on (null for none). Layers already prepared keep theirs. */
    public static void useStore(Store s) {
        store = s;
    }

    /** Number of geometries simplified in this JVM (shapes read from the store are not counted). */
    static long simplifications() {
        return SIMPLIFIED.get();
    }

    /* The features, not the layer: the cache's weak key must not be reachable from its value. */
    private final List<Feature> features;
    private final String layerId;
    /* Levels that gained stored-size shapes since they were last saved. */
    private final AtomicIntegerArray unsaved =
            new AtomicIntegerArray(MAX_LEVEL + 1);
    private volatile String storeKey;
    private final Map<Feature, Integer> index;
    private final AtomicReferenceArray<Geometry> projected;
    private final AtomicReferenceArray<Point2D> labelPoints;
    private final AtomicReferenceArray<AtomicReferenceArray<ProjectedShape>> levels;

    private SimplifiedLayer(Layer layer) {
        this.features = layer.features();
        this.layerId = layer.id();
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
    public void prepare(List<Feature> toPrepare, int level, BooleanSupplier cancelled) {
        AtomicReferenceArray<ProjectedShape> shapes = levels.get(level);
        List<Feature> missing = new ArrayList<>();
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
            levels.compareAndSet(level, null, stored(level));
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
            SIMPLIFIED.incrementAndGet();
            if (unit.getNumPoints() >= STORED_MIN_VERTICES) {
                unsaved.set(level, 1);
            }
        }
        return ProjectedShape.of(g, labelPoint(i));
    }

    /**
     * Writes the levels that gained shapes since they were read or last saved to the store, if one is set.
     * Cheap when nothing changed; call it after drawing, off the FX thread.
     */
    public static void saveChanges() {
        Store s = store;
        if (s == null) {
            return;
        }
        List<SimplifiedLayer> all;
        synchronized (CACHE) {
            all = List.copyOf(CACHE.values());
        }
        for (SimplifiedLayer l : all) {
            for (int level = 0; level <= MAX_LEVEL; level++) {
                if (l.unsaved.getAndSet(level, 0) == 1) {
                    l.save(s, level);
                }
            }
        }
    }

    /* A level's array, filled with what the store holds for it. */
    private AtomicReferenceArray<ProjectedShape> stored(int level) {
        AtomicReferenceArray<ProjectedShape> shapes = new AtomicReferenceArray<>(features.size());
        Store s = store;
        byte[] data = s == null ? null : s.read(storeKey() + "/" + level);
        if (data == null) {
            return shapes;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != FORMAT || in.readInt() != features.size()) {
                return shapes;
            }
            for (int n = in.readInt(); n > 0; n--) {
                int i = in.readInt();
                if (i < 0 || i >= features.size()) {
                    throw new IOException("feature index " + i + " out of range");
                }
                shapes.set(i, ProjectedShape.read(in));
            }
            return shapes;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "stored shapes of " + layerId + " level " + level
                    + " unreadable; simplifying again", e);
            return new AtomicReferenceArray<>(features.size());
        }
    }

    private void save(Store s, int level) {
        AtomicReferenceArray<ProjectedShape> shapes = levels.get(level);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                Geometry g = features.get(i).geometry();
                if (shapes.get(i) != null && g != null && g.getNumPoints() >= STORED_MIN_VERTICES) {
                    kept.add(i);
                }
            }
            out.writeInt(FORMAT);
            out.writeInt(features.size());
            out.writeInt(kept.size());
            for (int i : kept) {
                out.writeInt(i);
                shapes.get(i).write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            s.write(storeKey() + "/" + level, bytes.toByteArray());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot store the shapes of " + layerId, e);
        }
    }

    /*
     * The layer's id (file-name safe) and checksums of its geometry, the tolerance and the format: CRC-32C and
     * Adler-32 (both intrinsic, a millisecond for the bundled claims where SHA-256 took 25 ms at start-up) plus
     * the vertex count.
     */
    private String storeKey() {
        String k = storeKey;
        if (k == null) {
            Digest d = new Digest();
            d.room(16).putInt(FORMAT).putDouble(TOLERANCE_PX).putInt(features.size());
            CoordinateSequenceFilter coordinates = new CoordinateSequenceFilter() {
                @Override
                public void filter(CoordinateSequence seq, int i) {
                    if (i == 0) {
                        d.room(4).putInt(seq.size());
                    }
                    d.room(16).putDouble(seq.getX(i)).putDouble(seq.getY(i));
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return false;
                }
            };
            for (Feature f : features) {
                Geometry g = f.geometry();
                d.room(8).putInt(g == null ? -1 : g.getNumGeometries()).putInt(g == null ? -1 : g.getDimension());
                if (g != null) {
                    g.apply(coordinates);
                }
            }
            k = layerId.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + d.hex();
            storeKey = k;
        }
        return k;
    }

    /* Two checksums and a byte count (20 hex digits) of what is written to its buffer. */
    private static final class Digest {
        private final CRC32C crc = new CRC32C();
        private final Adler32 adler = new Adler32();
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 14);
        private long bytes;

        /* The buffer, with at least n bytes free. */
        ByteBuffer room(int n) {
            if (buf.remaining() < n) {
                flush();
            }
            return buf;
        }

        private void flush() {
            buf.flip();
            bytes += buf.remaining();
            crc.update(buf.duplicate());
            adler.update(buf);
            buf.clear();
        }

        String hex() {
            flush();
            return String.format(Locale.ROOT, "%08x%08x%04x", crc.getValue(), adler.getValue(),
                    (bytes >>> 4) & 0xffff);
        }
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
            Coordinate c = main instanceof Point ? main.getCoordinate()
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
