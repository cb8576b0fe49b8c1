package org.claimscape.analysis;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * Where two claims differ on the disputed islands' land at a date, as lon/lat geometries for drawing: the land
 * in claim A only, in claim B only, and in both. The same overlays as {@link ClaimComparison}, kept as shapes.
 *
 * <p>Immutable (treat the geometries as read-only).
 */
public record ClaimDifference(String claimA, String claimB, LocalDate date, Geometry aOnly, Geometry bOnly,
        Geometry both) {
}
