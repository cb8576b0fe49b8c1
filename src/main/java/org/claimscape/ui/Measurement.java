package org.claimscape.ui;

import java.util.ArrayList;
import java.util.List;
import org.claimscape.analysis.Geodesy;
import org.claimscape.ui.text.UiText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * What the measure tool reports for the clicked points (lon/lat): the geodesic length of the path (closed back to
 * the first point when the shape is closed) and, for a closed shape, its geodesic area; a shape whose outline
 * crosses itself has no area. Immutable.
 *
 * @param points the points, lon/lat
 * @param closed whether the shape is closed
 */
public record Measurement(List<Coordinate> points, boolean closed) {

    public Measurement {
        List<Coordinate> copy = new ArrayList<>();
        for (Coordinate c : points) {
            copy.add(new Coordinate(c));
        }
        points = List.copyOf(copy);
    }

    /** Length in metres along geodesics; includes the closing leg when closed. */
    public double lengthMetres() {
        List<Coordinate> path = new ArrayList<>(points);
        if (closed && points.size() >= 3) {
            path.add(points.get(0));
        }
        return Geodesy.pathLengthMetres(path);
    }

    /** Area in km² of a closed shape of three or more points whose outline does not cross itself; 0 otherwise. */
    public double areaKm2() {
        return closed && points.size() >= 3 && !crossesItself(points) ? Geodesy.areaKm2(points) : 0;
    }

    /**
     * Whether the outline through the points, closed back to the first, crosses or touches itself (then it
     * encloses no one area). Repeated points (a double-click) do not count; fewer than three distinct points
     * never cross.
     */
    public static boolean crossesItself(List<Coordinate> points) {
        List<Coordinate> ring = new ArrayList<>();
        for (Coordinate c : points) {
            if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(c)) {
                ring.add(new Coordinate(c));
            }
        }
        while (ring.size() > 1 && ring.get(ring.size() - 1).equals2D(ring.get(0))) {
            ring.remove(ring.size() - 1);
        }
        if (ring.size() < 3) {
            return false;
        }
        ring.add(new Coordinate(ring.get(0)));
        return !new GeometryFactory().createLinearRing(ring.toArray(new Coordinate[0])).isSimple();
    }

    /** A segment's length on the map: "12.35 km · 6.67 nmi". */
    public static String segmentText(Coordinate from, Coordinate to) {
        double m = Geodesy.pathLengthMetres(List.of(from, to));
        return UiText.get("measure.segment", UiText.number(m / 1000, 2),
                UiText.number(m / Geodesy.NAUTICAL_MILE_METRES, 2));
    }

    /** The total on the map: "Total 25.10 km · 13.55 nmi", or perimeter and area for a closed shape. */
    public String totalText() {
        double m = lengthMetres();
        String km = UiText.number(m / 1000, 2);
        String nm = UiText.number(m / Geodesy.NAUTICAL_MILE_METRES, 2);
        return closed && points.size() >= 3 ? UiText.get("measure.total-area", km, nm, UiText.number(areaKm2(), 2))
                : UiText.get("measure.total", km, nm);
    }

    /**
     * "Distance 12.35 km (6.67 nmi)", "Perimeter … · area 57.20 km²" for a closed shape, in the interface
     * language; empty text for no point.
     */
    public String describe() {
        if (points.size() < 2) {
            return points.isEmpty() ? "" : UiText.get("measure.next");
        }
        double m = lengthMetres();
        String s = UiText.get(closed ? "measure.perimeter" : "measure.distance", UiText.number(m / 1000, 2),
                UiText.number(m / Geodesy.NAUTICAL_MILE_METRES, 2));
        if (closed && points.size() >= 3) {
            s += UiText.get("measure.area", UiText.number(areaKm2(), 2));
        }
        return s;
    }
}
