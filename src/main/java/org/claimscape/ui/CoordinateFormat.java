package org.claimscape.ui;

import java.util.Locale;
import org.claimscape.ui.text.UiText;

/**
 * Formats latitudes and longitudes for the status bar and the map's context menu: degrees-minutes (or seconds) with the hemisphere as the interface
 * language writes it ("45°01.97′ N", "北緯45°01.97′", "45°01.97′ с. ш.") and decimal degrees. The numbers keep
 * the decimal point in every language, so that a position can be copied into other tools.
 */
public final class CoordinateFormat {

    private CoordinateFormat() {
    }

    /** "45°01.97′ N  147°45.64′ E". */
    public static String degreesMinutes(double lat, double lon) {
        return dm(lat, "coord.n", "coord.s") + "  " + dm(lon, "coord.e", "coord.w");
    }

    /** "45°01′58.1″ N  147°45′38.2″ E": degrees, minutes and seconds. */
    public static String degreesMinutesSeconds(double lat, double lon) {
        return dms(lat, "coord.n", "coord.s") + "  " + dms(lon, "coord.e", "coord.w");
    }

    /** "45.03280, 147.76060" (lat, lon). */
    public static String decimal(double lat, double lon) {
        return String.format(Locale.ROOT, "%.5f, %.5f", lat, lon);
    }

    private static String dms(double v, String pos, String neg) {
        /* In tenths of a second, so that rounding never writes 60″. */
        long tenths = Math.round(Math.abs(v) * 36000);
        long deg = tenths / 36000;
        long min = tenths % 36000 / 600;
        double sec = tenths % 600 / 10.0;
        return UiText.get(v >= 0 ? pos : neg, String.format(Locale.ROOT, "%d°%02d′%04.1f″", deg, min, sec));
    }

    private static String dm(double v, String pos, String neg) {
        double a = Math.abs(v);
        int deg = (int) Math.floor(a);
        double min = (a - deg) * 60;
        if (min >= 59.995) {
            deg++;
            min = 0;
        }
        return UiText.get(v >= 0 ? pos : neg, String.format(Locale.ROOT, "%d°%05.2f′", deg, min));
    }
}
