package org.claimscape.analysis;

import java.util.Arrays;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * A quick proof that a Polygon or MultiPolygon is valid, for the common case, before the full JTS
 * {@link IsValidOp}: {@link #provesValid} returns true only for geometries that IsValidOp finds valid, and
 * false when it cannot tell (the caller then runs IsValidOp, which also words the error). So the geometries
 * flagged invalid are exactly those IsValidOp flags; this class only saves time on the valid ones.
 *
 * <p>What it proves, on the x, y of every ring (z ignored, as IsValidOp does):
 * <ul>
 *   <li>every coordinate is finite, every ring is closed, has no repeated consecutive point and at least 4
 *       points (IsValidOp: invalid coordinate, ring not closed, too few points);</li>
 *   <li>no two segments of all the rings touch or cross, except consecutive segments of one ring at their
 *       shared vertex, and those do not fold back onto each other: the rings are simple and pairwise
 *       disjoint (IsValidOp: self-intersection, ring self-intersection, and no touch between rings, so no
 *       disconnected interior);</li>
 *   <li>a vertex of each hole lies in the interior of its shell and outside every other hole of its polygon,
 *       and a vertex of each shell lies outside every other shell (IsValidOp: hole outside shell, nested
 *       holes, nested shells). As the rings are disjoint, one vertex decides for its whole ring.</li>
 * </ul>
 * Anything else (touching rings, which IsValidOp allows in some configurations; a shell inside another's
 * hole; repeated points; geometry collections) is left to IsValidOp.
 *
 * <p>The segment test uses the same exact predicates as IsValidOp (JTS's double-double orientation index,
 * envelope tests in plain comparisons), so it cannot miss an intersection that IsValidOp would see. It
 * sweeps monotone chains (runs of segments in one quadrant, whose non-adjacent segments cannot meet) sorted
 * by their smallest x, and compares two chains by halving them on their envelopes, as JTS's noder does, but on
 * plain arrays without an R-tree, objects per segment or per vertex. Work is capped: past the cap (a
 * pathological shape) it gives up and IsValidOp decides.
 *
 * <p>Not thread-safe: it reuses its arrays from one geometry to the next. One per read.
 */
public final class FastValidityCheck {

    /** x, y of the vertices of every ring, ring after ring, each ring's closing vertex included. */
    private double[] xy = new double[1024];
    /** First vertex of ring r; ring r's closing vertex is ringStart[r + 1] - 1. */
    private int[] ringStart = new int[17];
    /** Envelope of ring r: min x, max x, min y, max y. */
    private double[] ringEnv = new double[17 * 4];
    /** First chain of ring r; its chains are ringChain[r] .. ringChain[r + 1] - 1. */
    private int[] ringChain = new int[17];
    /** Ring number of each polygon's shell; its holes follow it. One more entry: the number of rings. */
    private int[] shellRing = new int[17];
    private int rings;
    /** Per chain: first and last vertex (its segments are first .. last - 1), ring, envelope. */
    private int[] chainFirst = new int[256];
    private int[] chainLast = new int[256];
    private int[] chainRing = new int[256];
    private double[] chainEnv = new double[256 * 4];
    private int chains;
    private long[] order = new long[256];
    /** Envelopes of the chains in sweep order, and the chain at each place in that order. */
    private double[] sorted = new double[256 * 4];
    private int[] sortedChain = new int[256];
    private int[] active = new int[64];
    /** Work left before giving up; reset per geometry. */
    private long budget;
    private boolean crossing;

    /**
     * True when {@code g} is a Polygon or MultiPolygon that is certainly valid in the sense of JTS
     * {@link IsValidOp} (default settings); false when it may be invalid or the check does not apply.
     */
    public boolean provesValid(Geometry g) {
        Polygon[] polygons;
        if (g instanceof Polygon polygon) {
            polygons = new Polygon[] {polygon};
        } else if (g instanceof MultiPolygon) {
            polygons = new Polygon[g.getNumGeometries()];
            for (int i = 0; i < polygons.length; i++) {
                polygons[i] = (Polygon) g.getGeometryN(i);
            }
        } else {
            return false;
        }
        rings = 0;
        int vertices = 0;
        if (shellRing.length < polygons.length + 1) {
            shellRing = new int[polygons.length + 1];
        }
        for (int i = 0; i < polygons.length; i++) {
            Polygon p = polygons[i];
            if (p.isEmpty()) {
                return false;
            }
            shellRing[i] = rings;
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                LinearRing ring = r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r);
                vertices = addRing(ring.getCoordinateSequence(), vertices);
                if (vertices < 0) {
                    return false;
                }
            }
        }
        shellRing[polygons.length] = rings;
        budget = 64L * vertices + 4096;
        crossing = false;
        buildChains();
        if (!sweep()) {
            return false;
        }
        return holesInside(polygons.length) && shellsApart(polygons.length);
    }

    /** Copies a ring's x, y after the others; returns the new vertex count, or -1 if the ring is not plain. */
    private int addRing(CoordinateSequence seq, int at) {
        int n = seq.size();
        if (n < 4) {
            return -1;
        }
        if (rings + 2 > ringStart.length) {
            int size = ringStart.length * 2;
            ringStart = Arrays.copyOf(ringStart, size);
            ringChain = Arrays.copyOf(ringChain, size);
            ringEnv = Arrays.copyOf(ringEnv, size * 4);
        }
        if ((at + n) * 2 > xy.length) {
            xy = Arrays.copyOf(xy, Math.max(xy.length * 2, (at + n) * 2));
        }
        double[] c = xy;
        double px = Double.NaN;
        double py = Double.NaN;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = seq.getX(i);
            double y = seq.getY(i);
            if (!Double.isFinite(x) || !Double.isFinite(y) || (x == px && y == py)) {
                return -1;
            }
            c[(at + i) * 2] = x;
            c[(at + i) * 2 + 1] = y;
            px = x;
            py = y;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (c[at * 2] != px || c[at * 2 + 1] != py) {
            return -1;
        }
        ringEnv[rings * 4] = minX;
        ringEnv[rings * 4 + 1] = maxX;
        ringEnv[rings * 4 + 2] = minY;
        ringEnv[rings * 4 + 3] = maxY;
        ringStart[rings] = at;
        rings++;
        ringStart[rings] = at + n;
        return at + n;
    }

    /** Splits every ring into monotone chains: maximal runs of segments whose dx and dy keep their signs. */
    private void buildChains() {
        chains = 0;
        double[] c = xy;
        for (int r = 0; r < rings; r++) {
            ringChain[r] = chains;
            int last = ringStart[r + 1] - 1;
            int first = ringStart[r];
            int quadrant = quadrant(first);
            for (int v = first + 1; v < last; v++) {
                int q = quadrant(v);
                if (q != quadrant) {
                    addChain(first, v, r);
                    first = v;
                    quadrant = q;
                }
            }
            addChain(first, last, r);
        }
        ringChain[rings] = chains;
    }

    /** The quadrant of segment v .. v + 1 (the sign of dx and of dy, a zero counting as positive). */
    private int quadrant(int v) {
        double[] c = xy;
        return (c[v * 2 + 2] >= c[v * 2] ? 0 : 1) | (c[v * 2 + 3] >= c[v * 2 + 1] ? 0 : 2);
    }

    private void addChain(int first, int last, int ring) {
        if (chains == chainFirst.length) {
            int n = chains * 2;
            chainFirst = Arrays.copyOf(chainFirst, n);
            chainLast = Arrays.copyOf(chainLast, n);
            chainRing = Arrays.copyOf(chainRing, n);
            chainEnv = Arrays.copyOf(chainEnv, n * 4);
        }
        double[] c = xy;
        chainFirst[chains] = first;
        chainLast[chains] = last;
        chainRing[chains] = ring;
        // A monotone chain's envelope is that of its end points.
        chainEnv[chains * 4] = Math.min(c[first * 2], c[last * 2]);
        chainEnv[chains * 4 + 1] = Math.max(c[first * 2], c[last * 2]);
        chainEnv[chains * 4 + 2] = Math.min(c[first * 2 + 1], c[last * 2 + 1]);
        chainEnv[chains * 4 + 3] = Math.max(c[first * 2 + 1], c[last * 2 + 1]);
        chains++;
    }

    /**
     * Compares every two chains whose envelopes meet, in order of their smallest x (rounded down to a float,
     * so that chain number and key fit in one long for a primitive sort). False when two segments meet where
     * they must not, or the work cap is reached.
     */
    private boolean sweep() {
        if (order.length < chains) {
            order = new long[Math.max(chains, order.length * 2)];
        }
        double[] env = chainEnv;
        for (int i = 0; i < chains; i++) {
            order[i] = ((long) sortableFloorKey(env[i * 4]) << 32) | i;
        }
        Arrays.sort(order, 0, chains);
        // The chains in sweep order, copied so that the sweep reads memory in order.
        if (sorted.length < chains * 4) {
            sorted = new double[Math.max(chains * 4, sorted.length * 2)];
            sortedChain = new int[sorted.length / 4];
        }
        double[] e = sorted;
        for (int k = 0; k < chains; k++) {
            int ch = (int) order[k];
            sortedChain[k] = ch;
            System.arraycopy(env, ch * 4, e, k * 4, 4);
        }
        int activeCount = 0;
        for (int k = 0; k < chains; k++) {
            double sweepX = keyValue((int) (order[k] >> 32));
            double minX = e[k * 4];
            double maxX = e[k * 4 + 1];
            double minY = e[k * 4 + 2];
            double maxY = e[k * 4 + 3];
            int kept = 0;
            budget -= activeCount;
            for (int i = 0; i < activeCount; i++) {
                int a = active[i];
                // Every chain still to come starts at sweepX or later: one ending before it is done with.
                if (e[a * 4 + 1] < sweepX) {
                    continue;
                }
                active[kept++] = a;
                if (e[a * 4] <= maxX && minX <= e[a * 4 + 1] && e[a * 4 + 2] <= maxY && minY <= e[a * 4 + 3]) {
                    int ca = sortedChain[a];
                    int ch = sortedChain[k];
                    compare(chainFirst[ca], chainLast[ca], chainRing[ca], chainFirst[ch], chainLast[ch], chainRing[ch]);
                    if (crossing || budget < 0) {
                        return false;
                    }
                }
            }
            if (budget < 0) {
                return false;
            }
            activeCount = kept;
            if (activeCount == active.length) {
                active = Arrays.copyOf(active, activeCount * 2);
            }
            active[activeCount++] = k;
        }
        return true;
    }

    /** A float at most {@code x}, as an int that sorts as the floats do. */
    static int sortableFloorKey(double x) {
        float f = (float) x;
        if (f > x) {
            f = Math.nextDown(f);
        }
        int bits = Float.floatToRawIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    static double keyValue(int key) {
        return Float.intBitsToFloat(key ^ ((key >> 31) & 0x7fffffff));
    }

    /**
     * Compares the segments of two monotone vertex ranges (a0 .. a1 of ring ra, b0 .. b1 of ring rb), halving
     * the longer one while their envelopes (those of their end points) meet. Sets {@link #crossing}.
     */
    private void compare(int a0, int a1, int ra, int b0, int b1, int rb) {
        if (--budget < 0) {
            return;
        }
        double[] c = xy;
        double ax0 = c[a0 * 2];
        double ax1 = c[a1 * 2];
        double bx0 = c[b0 * 2];
        double bx1 = c[b1 * 2];
        if (Math.max(ax0, ax1) < Math.min(bx0, bx1) || Math.max(bx0, bx1) < Math.min(ax0, ax1)) {
            return;
        }
        double ay0 = c[a0 * 2 + 1];
        double ay1 = c[a1 * 2 + 1];
        double by0 = c[b0 * 2 + 1];
        double by1 = c[b1 * 2 + 1];
        if (Math.max(ay0, ay1) < Math.min(by0, by1) || Math.max(by0, by1) < Math.min(ay0, ay1)) {
            return;
        }
        if (a1 - a0 == 1 && b1 - b0 == 1) {
            if (segmentsMeetWrongly(a0, ra, b0, rb)) {
                crossing = true;
            }
            return;
        }
        if (a1 - a0 >= b1 - b0) {
            int mid = (a0 + a1) >>> 1;
            compare(a0, mid, ra, b0, b1, rb);
            if (!crossing) {
                compare(mid, a1, ra, b0, b1, rb);
            }
        } else {
            int mid = (b0 + b1) >>> 1;
            compare(a0, a1, ra, b0, mid, rb);
            if (!crossing) {
                compare(a0, a1, ra, mid, b1, rb);
            }
        }
    }

    /**
     * Whether segments i (vertex i to i + 1) and j, from different chains, meet in a way that may make the
     * geometry invalid: any contact, except for two consecutive segments of one ring, whose shared vertex is
     * their only allowed contact (they must not fold back onto each other). Their envelopes meet (checked by
     * the caller).
     */
    private boolean segmentsMeetWrongly(int i, int ri, int j, int rj) {
        double[] c = xy;
        if (ri == rj) {
            int lo = Math.min(i, j);
            int hi = Math.max(i, j);
            int before;
            int shared;
            int after;
            if (hi == lo + 1) {
                before = lo;
                shared = hi;
                after = hi + 1;
            } else if (lo == ringStart[ri] && hi == ringStart[ri + 1] - 2) {
                before = hi;
                shared = hi + 1;
                after = lo + 1;
            } else {
                return segmentsMeet(i, j);
            }
            /*
             * Consecutive segments meet at their shared vertex, and nowhere else unless they are collinear
             * with the far ends on the same side of it (a fold back: IsValidOp's self-intersection).
             */
            if (orientation(before, shared, after) != 0) {
                return false;
            }
            double sx = c[shared * 2];
            double sy = c[shared * 2 + 1];
            if (c[before * 2] != sx) {
                return (c[before * 2] < sx) == (c[after * 2] < sx);
            }
            return (c[before * 2 + 1] < sy) == (c[after * 2 + 1] < sy);
        }
        return segmentsMeet(i, j);
    }

    /**
     * Whether segments i and j (whose envelopes meet) have a point in common, as RobustLineIntersector
     * decides it: not when both ends of one lie strictly on the same side of the other's line.
     */
    private boolean segmentsMeet(int i, int j) {
        int o1 = orientation(i, i + 1, j);
        int o2 = orientation(i, i + 1, j + 1);
        if (o1 != 0 && o1 == o2) {
            return false;
        }
        int o3 = orientation(j, j + 1, i);
        int o4 = orientation(j, j + 1, i + 1);
        return o3 == 0 || o3 != o4;
    }

    /** JTS's exact orientation index of vertex q relative to the directed line p1 p2. */
    private int orientation(int p1, int p2, int q) {
        double[] c = xy;
        return CGAlgorithmsDD.orientationIndex(c[p1 * 2], c[p1 * 2 + 1], c[p2 * 2], c[p2 * 2 + 1], c[q * 2],
                c[q * 2 + 1]);
    }

    /**
     * With the rings known to be simple and pairwise disjoint, so that one vertex tells where a whole ring
     * lies: each hole inside its shell, and outside the other holes of its polygon whose envelope covers it.
     */
    private boolean holesInside(int polygons) {
        for (int i = 0; i < polygons; i++) {
            int shell = shellRing[i];
            int end = shellRing[i + 1];
            for (int h = shell + 1; h < end; h++) {
                int v = ringStart[h];
                if (locate(v, shell) != Location.INTERIOR) {
                    return false;
                }
                for (int k = shell + 1; k < end; k++) {
                    if (--budget < 0) {
                        return false;
                    }
                    if (k != h && covers(k, h) && locate(v, k) != Location.EXTERIOR) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Each shell outside the other shells whose envelope covers it (a shell inside another polygon's hole is
     * valid, but is left to IsValidOp). The pairs of shells whose envelopes meet come from a sweep on x.
     */
    private boolean shellsApart(int polygons) {
        if (polygons < 2) {
            return true;
        }
        long[] byMinX = new long[polygons];
        for (int i = 0; i < polygons; i++) {
            byMinX[i] = ((long) sortableFloorKey(ringEnv[shellRing[i] * 4]) << 32) | i;
        }
        Arrays.sort(byMinX);
        int[] open = new int[Math.min(polygons, 64)];
        int openCount = 0;
        for (int k = 0; k < polygons; k++) {
            int a = shellRing[(int) byMinX[k]];
            double sweepX = keyValue((int) (byMinX[k] >> 32));
            int kept = 0;
            budget -= openCount;
            if (budget < 0) {
                return false;
            }
            for (int m = 0; m < openCount; m++) {
                int b = open[m];
                if (ringEnv[b * 4 + 1] < sweepX) {
                    continue;
                }
                open[kept++] = b;
                if (covers(b, a) && locate(ringStart[a], b) != Location.EXTERIOR
                        || covers(a, b) && locate(ringStart[b], a) != Location.EXTERIOR) {
                    return false;
                }
            }
            openCount = kept;
            if (openCount == open.length) {
                open = Arrays.copyOf(open, openCount * 2);
            }
            open[openCount++] = a;
        }
        return true;
    }

    /** Whether the envelope of ring a covers that of ring b. */
    private boolean covers(int a, int b) {
        double[] e = ringEnv;
        return e[a * 4] <= e[b * 4] && e[b * 4 + 1] <= e[a * 4 + 1] && e[a * 4 + 2] <= e[b * 4 + 2]
                && e[b * 4 + 3] <= e[a * 4 + 3];
    }

    /**
     * Where vertex v lies relative to ring r: {@link Location#INTERIOR}, {@link Location#EXTERIOR} or
     * {@link Location#BOUNDARY}, by counting the crossings of the ring with the ray from v towards +x, with
     * the exact orientation index (so exact, as JTS's {@link RayCrossingCounter}). A segment counts when one
     * end is above the ray and the other on or below it, and it passes right of v. Only the chains whose
     * envelope reaches the ray are looked at: the others cannot cross it or hold v.
     */
    private int locate(int v, int r) {
        double[] c = xy;
        double[] env = chainEnv;
        double px = c[v * 2];
        double py = c[v * 2 + 1];
        int crossings = 0;
        int end = ringChain[r + 1];
        budget -= (end - ringChain[r]) / 8 + 1;
        for (int ch = ringChain[r]; ch < end; ch++) {
            if (env[ch * 4 + 1] < px || env[ch * 4 + 2] > py || env[ch * 4 + 3] < py) {
                continue;
            }
            int last = chainLast[ch];
            budget -= last - chainFirst[ch];
            for (int s = chainFirst[ch]; s < last; s++) {
                double x1 = c[s * 2];
                double y1 = c[s * 2 + 1];
                double x2 = c[s * 2 + 2];
                double y2 = c[s * 2 + 3];
                if (x1 < px && x2 < px) {
                    continue;
                }
                if (x1 == px && y1 == py || x2 == px && y2 == py) {
                    return Location.BOUNDARY;
                }
                if (y1 == py && y2 == py) {
                    if (Math.min(x1, x2) <= px && px <= Math.max(x1, x2)) {
                        return Location.BOUNDARY;
                    }
                    continue;
                }
                if ((y1 > py) != (y2 > py)) {
                    int o = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, px, py);
                    if (o == 0) {
                        return Location.BOUNDARY;
                    }
                    // Counted when v is left of the segment directed upwards: the crossing is right of v.
                    if ((y2 > y1 ? o : -o) > 0) {
                        crossings++;
                    }
                }
            }
        }
        if (budget < 0) {
            return Location.BOUNDARY; // gave up: undecided
        }
        return (crossings & 1) == 1 ? Location.INTERIOR : Location.EXTERIOR;
    }
}
