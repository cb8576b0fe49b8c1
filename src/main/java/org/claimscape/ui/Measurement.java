package org.claimscape.ui;

import java.util.ArrayList;
import java.util.List;
import org.claimscape.analysis.Geodesy;
import org.claimscape.ui.text.UiText;
import org.locationtech.jts.geom.Coordinate;

/**
 * What the measure tool reports for the clicked points (lon/lat): the geodesic length of the path (closed back to
 * the first point when the shape is closed) and, for a closed shape, its geodesic area. Immutable.
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

    /** Area in km² of a closed shape of three or more points; 0 otherwise. */
    public double areaKm2() {
        return closed && points.size() >= 3 ? Geodesy.areaKm2(points) : 0;
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
