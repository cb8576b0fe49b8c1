package org.claimscape.render;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Precision;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A layer's point positions packed for counting by map square: each point's position in the unit Web Mercator
 * square as a Z-order (Morton) code of {@value #BITS} bits per axis, the codes sorted. The points of any square of
 * the quadtree (level L, column i, row j) are then one run of the sorted codes, so a square's count is two binary
 * searches, whatever the number of points: a map of squares costs O(squares in view × log n), not O(points).
 *
 * <p>Counts only the points a symbol would stand for: point geometries (each member of a multi-point), not label
 * placements nor features known only by their island, which are drawn as they always are ({@link #isGridded}).
 * Built once per layer ({@link #of}) on the thread that first draws it, off the FX thread; a layer whose features
 * have validity dates gets a grid per date asked for ({@link #at}). Immutable, thread-safe.
 */
public final class PointGrid {

    /** Bits per axis of a code: squares down to 2^-30 of the world, far below a pixel at zoom 20. */
    static final int BITS = 30;
    private static final double SCALE = 1L << BITS;

    private static final Map<Layer, PointGrid> CACHE = new WeakHashMap<>();
    /* Grids of the same layer for dates: the time bar moves through a few at a time. */
    private static final int DATED_KEPT = 4;

    /* The layer's features (not the layer: the cache holds grids weakly by their layer). */
    private final List<Feature> all;
    /* Sorted Morton codes, and for each the index of its feature in the layer. */
    private final long[] codes;
    private final int[] features;
    /** Every feature with a geometry is gridded: the layer draws nothing else. */
    private final boolean allGridded;
    /** Some gridded feature is not valid at every date. */
    private final boolean dated;
    private final Map<LocalDate, PointGrid> byDate = new LinkedHashMap<>(8, 0.75f, true);

    private PointGrid(List<Feature> all, long[] codes, int[] features, boolean allGridded, boolean dated) {
        this.all = all;
        this.codes = codes;
        this.features = features;
        this.allGridded = allGridded;
        this.dated = dated;
    }

    /** The grid of a layer's points, built on the first call (one per layer instance, released with it). */
    public static PointGrid of(Layer layer) {
        synchronized (CACHE) {
            PointGrid g = CACHE.get(layer);
            if (g != null) {
                return g;
            }
        }
        /* Built outside the lock: a million points take a fraction of a second, other layers need not wait. */
        PointGrid built = build(layer);
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(layer, l -> built);
        }
    }

    /** Whether a feature is counted by the grid: a position of its own drawn as a symbol. */
    public static boolean isGridded(Feature f) {
        Geometry g = f.geometry();
        if (g == null || g.isEmpty() || g.getDimension() != 0) {
            return false;
        }
        Precision p = f.precision().orElse(null);
        return p != Precision.LABEL && p != Precision.ISLAND;
    }

    private static PointGrid build(Layer layer) {
        List<Feature> all = layer.features();
        long[] codes = new long[all.size()];
        int[] owners = new int[all.size()];
        int n = 0;
        boolean allGridded = true;
        boolean dated = false;
        for (int fi = 0; fi < all.size(); fi++) {
            Feature f = all.get(fi);
            if (!isGridded(f)) {
                allGridded &= f.geometry() == null || f.geometry().isEmpty();
                continue;
            }
            dated |= !f.validity().isAlways();
            Geometry g = f.geometry();
            int parts = g instanceof Point ? 1 : g.getNumGeometries();
            for (int k = 0; k < parts; k++) {
                Geometry part = parts == 1 ? g : g.getGeometryN(k);
                if (!(part instanceof Point p) || p.isEmpty()) {
                    continue;
                }
                CoordinateSequence cs = p.getCoordinateSequence();
                if (n == codes.length) {
                    codes = Arrays.copyOf(codes, n * 2 + 1);
                    owners = Arrays.copyOf(owners, n * 2 + 1);
                }
                codes[n] = code(MapViewport.unitX(cs.getX(0)), MapViewport.unitY(cs.getY(0)));
                owners[n] = fi;
                n++;
            }
        }
        long[] sorted = Arrays.copyOf(codes, n);
        int[] order = sortedOwners(sorted, Arrays.copyOf(owners, n));
        return new PointGrid(all, sorted, order, allGridded, dated);
    }

    /* Sorts codes in place; returns the owners in the same order. */
    private static int[] sortedOwners(long[] codes, int[] owners) {
        int n = codes.length;
        boolean ordered = true;
        for (int i = 1; i < n && ordered; i++) {
            ordered = codes[i - 1] <= codes[i];
        }
        if (ordered) {
            return owners;
        }
        /*
         * One primitive sort instead of a million boxed comparisons: each key is the code's high bits followed by
         * the point's rank. A code has 60 bits and a rank of a million 20, so the code's lowest bits are dropped for
         * the sort, and then the neighbours that only those bits tell apart (points within a millionth of the world)
         * are put in order, each run of them on its own.
         */
        int rankBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        long[] keyed = new long[n];
        int drop = Math.max(0, BITS * 2 + rankBits - 63);
        for (int i = 0; i < n; i++) {
            keyed[i] = ((codes[i] >>> drop) << rankBits) | i;
        }
        Arrays.sort(keyed);
        long mask = (1L << rankBits) - 1;
        long[] c = new long[n];
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            int from = (int) (keyed[i] & mask);
            c[i] = codes[from];
            o[i] = owners[from];
        }
        if (drop > 0) {
            sortRuns(c, o, drop, rankBits);
        }
        System.arraycopy(c, 0, codes, 0, n);
        return o;
    }

    /*
     * Codes equal in their high bits are in rank order: sorts each such run by the dropped low bits, with keys of
     * those bits and the position in the run (drop + rankBits <= 63 bits), so a thousand points at one place cost a
     * sort of a thousand, not a million comparisons.
     */
    private static void sortRuns(long[] c, int[] o, int drop, int rankBits) {
        long lowMask = (1L << drop) - 1;
        int n = c.length;
        for (int a = 0; a < n; ) {
            int b = a + 1;
            while (b < n && (c[b] >>> drop) == (c[a] >>> drop)) {
                b++;
            }
            if (b - a > 1) {
                long[] keys = new long[b - a];
                for (int k = a; k < b; k++) {
                    keys[k - a] = ((c[k] & lowMask) << rankBits) | (k - a);
                }
                Arrays.sort(keys);
                long[] runCodes = Arrays.copyOfRange(c, a, b);
                int[] runOwners = Arrays.copyOfRange(o, a, b);
                long rankMask = (1L << rankBits) - 1;
                for (int k = 0; k < keys.length; k++) {
                    int from = (int) (keys[k] & rankMask);
                    c[a + k] = runCodes[from];
                    o[a + k] = runOwners[from];
                }
            }
            a = b;
        }
    }

    /** The layer's points valid at the date (all of them when the date is null or none is dated). */
    public PointGrid at(LocalDate date) {
        if (date == null || !dated) {
            return this;
        }
        synchronized (byDate) {
            PointGrid g = byDate.get(date);
            if (g != null) {
                return g;
            }
        }
        long[] c = new long[codes.length];
        int[] o = new int[codes.length];
        int n = 0;
        for (int i = 0; i < codes.length; i++) {
            if (all.get(features[i]).isValidAt(date)) {
                c[n] = codes[i];
                o[n] = features[i];
                n++;
            }
        }
        PointGrid g = new PointGrid(all, Arrays.copyOf(c, n), Arrays.copyOf(o, n), allGridded, false);
        synchronized (byDate) {
            byDate.put(date, g);
            if (byDate.size() > DATED_KEPT) {
                LocalDate eldest = byDate.keySet().iterator().next();
                byDate.remove(eldest);
            }
        }
        return g;
    }

    /** Number of points counted. */
    public int size() {
        return codes.length;
    }

    /** Whether every feature of the layer that has a geometry is a counted point (the layer draws nothing else). */
    public boolean allGridded() {
        return allGridded;
    }

    /**
     * Number of points in the square (column i, row j) of quadtree level {@code level} (2^level squares across
     * the world), columns from 180° W, rows from the north limit; a square includes its west and north edges.
     */
    public int count(int level, long i, long j) {
        long[] range = range(level, i, j);
        return lowerBound(range[1]) - lowerBound(range[0]);
    }

    /** The layer's features with a point in the square, in the order of their codes (a feature once a point). */
    public List<Feature> features(int level, long i, long j) {
        long[] range = range(level, i, j);
        int from = lowerBound(range[0]);
        int to = lowerBound(range[1]);
        Feature[] out = new Feature[to - from];
        for (int k = from; k < to; k++) {
            out[k - from] = all.get(features[k]);
        }
        return List.of(out);
    }

    private static long[] range(int level, long i, long j) {
        if (level < 0 || level > BITS) {
            throw new IllegalArgumentException("level must be in 0.." + BITS + ": " + level);
        }
        int shift = BITS - level;
        long first = interleave(i << shift, j << shift);
        long span = 1L << (2 * shift);
        return new long[] {first, first + span};
    }

    /* First index whose code is >= key. */
    private int lowerBound(long key) {
        int lo = 0;
        int hi = codes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (codes[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The code of a position in the unit Web Mercator square. */
    static long code(double unitX, double unitY) {
        return interleave(cell(unitX), cell(unitY));
    }

    private static long cell(double unit) {
        long c = (long) Math.floor(unit * SCALE);
        return Math.max(0, Math.min((1L << BITS) - 1, c));
    }

    /* x bits to the even positions, y bits to the odd ones. */
    private static long interleave(long x, long y) {
        return spread(x) | (spread(y) << 1);
    }

    private static long spread(long v) {
        long x = v & 0xFFFFFFFFL;
        x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
        x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
        x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FL;
        x = (x | (x << 2)) & 0x3333333333333333L;
        x = (x | (x << 1)) & 0x5555555555555555L;
        return x;
    }
}
