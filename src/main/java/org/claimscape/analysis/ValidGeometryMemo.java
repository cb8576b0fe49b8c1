package org.claimscape.analysis;

import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The geometries of one read already found valid, so that a file repeating a geometry (claims that name the
 * same islands) does not have it checked again. Validity depends only on the structure and the x, y of the
 * coordinates, so a geometry with the same structure and exactly the same x, y is valid too. Lookups hash a
 * sample of the coordinates, then compare every coordinate of the one candidate.
 *
 * <p>Not thread-safe; one per read.
 */
public final class ValidGeometryMemo {

    /** Coordinates sampled per sequence for the hash. */
    private static final int SAMPLES = 8;

    private final Map<Long, Geometry> valid = new HashMap<>();

    /** Whether a geometry with the same structure and x, y was added before. */
    public boolean contains(Geometry g) {
        Geometry seen = valid.get(hash(g));
        return seen != null && sameXy(seen, g);
    }

    /** Records a geometry found valid (the first one kept for its hash). */
    public void add(Geometry g) {
        valid.putIfAbsent(hash(g), g);
    }

    static long hash(Geometry g) {
        long h = g.getClass().hashCode();
        if (g instanceof Polygon p) {
            h = mix(h, hash(p.getExteriorRing().getCoordinateSequence()));
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                h = mix(h, hash(p.getInteriorRingN(i).getCoordinateSequence()));
            }
        } else if (g instanceof LineString line) {
            h = mix(h, hash(line.getCoordinateSequence()));
        } else if (g instanceof Point point) {
            h = mix(h, hash(point.getCoordinateSequence()));
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                h = mix(h, hash(g.getGeometryN(i)));
            }
        }
        return h;
    }

    private static long hash(CoordinateSequence s) {
        int n = s.size();
        long h = n;
        int step = Math.max(1, n / SAMPLES);
        for (int i = 0; i < n; i += step) {
            h = mix(mix(h, Double.doubleToLongBits(s.getX(i))), Double.doubleToLongBits(s.getY(i)));
        }
        return h;
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    /** Same classes, same number of parts, rings and points, and the same x, y throughout. */
    static boolean sameXy(Geometry a, Geometry b) {
        if (a.getClass() != b.getClass() || a.getNumGeometries() != b.getNumGeometries()) {
            return false;
        }
        if (a instanceof Polygon p) {
            Polygon q = (Polygon) b;
            if (p.getNumInteriorRing() != q.getNumInteriorRing()
                    || !sameXy(p.getExteriorRing().getCoordinateSequence(), q.getExteriorRing().getCoordinateSequence())) {
                return false;
            }
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                if (!sameXy(p.getInteriorRingN(i).getCoordinateSequence(), q.getInteriorRingN(i).getCoordinateSequence())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof LineString line) {
            return sameXy(line.getCoordinateSequence(), ((LineString) b).getCoordinateSequence());
        }
        if (a instanceof Point point) {
            return sameXy(point.getCoordinateSequence(), ((Point) b).getCoordinateSequence());
        }
        for (int i = 0; i < a.getNumGeometries(); i++) {
            if (!sameXy(a.getGeometryN(i), b.getGeometryN(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameXy(CoordinateSequence s, CoordinateSequence t) {
        int n = s.size();
        if (n != t.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            // Compared as bits: NaN never reaches here (such a geometry is invalid), and -0.0 vs 0.0 is a miss.
            if (Double.doubleToLongBits(s.getX(i)) != Double.doubleToLongBits(t.getX(i))
                    || Double.doubleToLongBits(s.getY(i)) != Double.doubleToLongBits(t.getY(i))) {
                return false;
            }
        }
        return true;
    }
}
