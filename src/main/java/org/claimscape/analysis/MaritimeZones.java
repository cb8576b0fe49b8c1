package org.claimscape.analysis;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * The territorial sea (12 nautical miles) and the 200-nautical-mile zone that each side's coasts generate under
 * one claim, split between the sides by the equidistance (median) line and clipped to the data extent.
 * Geometries are lon/lat; areas are km² of sea (land excluded); the 200-nm zone includes the territorial sea.
 * A computed illustration, not a legal boundary: see {@link #notice()}.
 *
 * <p>Immutable (treat the geometries as read-only).
 */
public record MaritimeZones(String claimId, LocalDate date, SideZones japan, SideZones russia, String notice) {

    /** One side's zones. Immutable (treat the geometries as read-only). */
    public record SideZones(Side side, Geometry territorialSea, Geometry zone200, double territorialSeaKm2,
            double zone200Km2) {
    }

    public SideZones of(Side side) {
        return side == Side.JAPAN ? japan : russia;
    }
}
