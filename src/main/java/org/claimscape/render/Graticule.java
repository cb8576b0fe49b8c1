package org.claimscape.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Graticule intervals and lines for a viewport: a round step in degrees (from 1′ to 30°) giving a few lines
 * across the view, the meridians and parallels at multiples of it, and their labels (45°N, 145°30′E).
 * Immutable.
 *
 * @param step       interval between lines, degrees
 * @param meridians  longitudes of the meridians in view, west to east
 * @param parallels  latitudes of the parallels in view, south to north
 */
public record Graticule(double step, List<Double> meridians, List<Double> parallels) {

    private static final double[] STEPS = {1 / 60.0, 2 / 60.0, 5 / 60.0, 10 / 60.0, 15 / 60.0, 0.5, 1, 2, 5, 10,
        15, 30};

    public Graticule {
        meridians = List.copyOf(meridians);
        parallels = List.copyOf(parallels);
    }

    /** The graticule for a viewport, aiming at about {@code targetLines} lines along its longer side. */
    public static Graticule of(MapViewport vp, int targetLines) {
        double west = vp.lon(0);
        double east = vp.lon(vp.width());
        double south = vp.lat(vp.height());
        double north = vp.lat(0);
        double span = Math.max(east - west, north - south);
        double step = interval(span, targetLines);
        return new Graticule(step, multiples(west, east, step), multiples(south, north, step));
    }

    /** The smallest round step that gives at most {@code targetLines} lines across the span. */
    public static double interval(double spanDegrees, int targetLines) {
        for (double s : STEPS) {
            if (spanDegrees / s <= targetLines) {
                return s;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    private static List<Double> multiples(double from, double to, double step) {
        List<Double> out = new ArrayList<>();
        long first = (long) Math.ceil(from / step - 1e-9);
        for (long k = first; k * step <= to + 1e-9; k++) {
            out.add(Math.round(k * step * 3600.0) / 3600.0);
        }
        return out;
    }

    /** "145°E", "145°30′E". */
    public static String lonLabel(double lon) {
        return angle(Math.abs(lon)) + (lon < 0 ? "W" : lon > 0 ? "E" : "");
    }

    /** "45°N", "43°20′N". */
    public static String latLabel(double lat) {
        return angle(Math.abs(lat)) + (lat < 0 ? "S" : lat > 0 ? "N" : "");
    }

    private static String angle(double deg) {
        long minutes = Math.round(deg * 60);
        long d = minutes / 60;
        long m = minutes % 60;
        return m == 0 ? d + "°" : String.format(Locale.ROOT, "%d°%02d′", d, m);
    }
}
