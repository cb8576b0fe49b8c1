package org.claimscape.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimscape.analysis.Geodesy;
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

    /** "12.35 km (6.67 nmi)", with "· area 57.2 km²" for a closed shape; empty text for fewer than two points. */
    public String describe() {
        if (points.size() < 2) {
            return points.isEmpty() ? "" : "Click the next point";
        }
        double m = lengthMetres();
        String s = String.format(Locale.ROOT, "%s %,.2f km (%,.2f nmi)", closed ? "Perimeter" : "Distance",
                m / 1000, m / Geodesy.NAUTICAL_MILE_METRES);
        if (closed && points.size() >= 3) {
            s += String.format(Locale.ROOT, " · area %,.2f km²", areaKm2());
        }
        return s;
    }
}
