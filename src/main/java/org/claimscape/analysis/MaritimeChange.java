package org.claimscape.analysis;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * The sea that changes hands between claim A and claim B: sea in Russia's zone under A and in Japan's under B
 * ({@code toJapan}), and the reverse ({@code toRussia}), for the 200-nautical-mile zone (which includes the
 * territorial sea) and for the 12-nautical-mile territorial sea alone. Areas in km², geometries lon/lat.
 * A computed illustration, not a legal boundary: see {@link #notice()}.
 *
 * <p>Immutable (treat the geometries as read-only).
 */
public record MaritimeChange(String claimA, String claimB, LocalDate date, MaritimeZones underA,
        MaritimeZones underB, Geometry zoneToJapan, Geometry zoneToRussia, double zoneToJapanKm2,
        double zoneToRussiaKm2, double territorialToJapanKm2, double territorialToRussiaKm2, String notice) {

    /** Sea of the 200-nm zones that changes side, in either direction, km². */
    public double zoneChangedKm2() {
        return zoneToJapanKm2 + zoneToRussiaKm2;
    }

    /** Territorial sea that changes side, in either direction, km². */
    public double territorialChangedKm2() {
        return territorialToJapanKm2 + territorialToRussiaKm2;
    }
}
