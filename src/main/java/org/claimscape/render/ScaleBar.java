package org.claimscape.render;

import java.math.BigDecimal;

/**
 * A scale bar for a viewport at its centre latitude: the longest round length (1, 2 or 5 × 10ⁿ) in kilometres
 * and in nautical miles that fits a maximum bar length. Web Mercator's scale changes with latitude, so the bar
 * is true only near the centre latitude; the map says so. Immutable.
 *
 * @param latitude  latitude the bar is true at, degrees
 * @param km        bar length in kilometres (a round number)
 * @param kmLength  that length in surface units
 * @param nm        bar length in nautical miles (a round number)
 * @param nmLength  that length in surface units
 */
public record ScaleBar(double latitude, double km, double kmLength, double nm, double nmLength) {

    /** Metres in a nautical mile. */
    public static final double METRES_PER_NM = 1852.0;

    /**
     * The bar for the viewport's centre latitude.
     *
     * @param maxLength longest bar allowed, in the viewport's pixels
     */
    public static ScaleBar of(MapViewport viewport, double maxLength) {
        return at(viewport.centerLat(), viewport.metresPerPixel(viewport.centerLat()), maxLength);
    }

    /**
     * The bar for a known ground resolution.
     *
     * @param latitude       latitude the resolution holds at
     * @param metresPerUnit  ground metres per surface unit at that latitude
     * @param maxLength      longest bar allowed, surface units
     */
    public static ScaleBar at(double latitude, double metresPerUnit, double maxLength) {
        double maxMetres = metresPerUnit * maxLength;
        double km = niceFloor(maxMetres / 1000.0);
        double nm = niceFloor(maxMetres / METRES_PER_NM);
        return new ScaleBar(latitude, km, km * 1000.0 / metresPerUnit, nm, nm * METRES_PER_NM / metresPerUnit);
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above the value. */
    public static double niceFloor(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("scale length must be positive and finite: " + value);
        }
        double p = Math.pow(10, Math.floor(Math.log10(value)));
        double m = value / p;
        double nice = m >= 5 ? 5 : m >= 2 ? 2 : 1;
        // Guard against log10 rounding (value = 1000 giving p = 100 and m = 9.999...).
        if (m >= 9.9999999) {
            nice = 10;
        }
        return nice * p;
    }

    /** "50 km", "0.5 km", "200 m" below one kilometre. */
    public String kmText() {
        return km < 1 ? format(km * 1000) + " m" : format(km) + " km";
    }

    /** "20 nm". */
    public String nmText() {
        return format(nm) + " nm";
    }

    private static String format(double v) {
        if (v == Math.rint(v)) {
            return String.valueOf((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
