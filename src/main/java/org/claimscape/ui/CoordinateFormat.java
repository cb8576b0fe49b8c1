package org.claimscape.ui;

import java.util.Locale;

/** Formats latitudes and longitudes for the status bar: degrees-minutes ("45°01.97′ N") and decimal degrees. */
public final class CoordinateFormat {

    private CoordinateFormat() {
    }

    /** "45°01.97′ N 147°45.64′ E". */
    public static String degreesMinutes(double lat, double lon) {
        return dm(lat, "N", "S") + "  " + dm(lon, "E", "W");
    }

    /** "45.03280, 147.76060" (lat, lon). */
    public static String decimal(double lat, double lon) {
        return String.format(Locale.ROOT, "%.5f, %.5f", lat, lon);
    }

    private static String dm(double v, String pos, String neg) {
        double a = Math.abs(v);
        int deg = (int) Math.floor(a);
        double min = (a - deg) * 60;
        if (min >= 59.995) {
            deg++;
            min = 0;
        }
        return String.format(Locale.ROOT, "%d°%05.2f′ %s", deg, min, v >= 0 ? pos : neg);
    }
}
