package org.claimscape.analysis;

import java.time.LocalDate;
import java.util.List;
import org.claimscape.model.Names;

/**
 * How two claims divide the disputed islands' land on a date, per island (or island group) and in total, in km².
 * For every row: {@code aOnly + both = inA}, {@code bOnly + both = inB} and
 * {@code aOnly + bOnly + both + neither = land}; the total row is the sum of the island rows.
 *
 * <p>{@code formula1956Km2} is the islands' land covered by the 1956 Joint Declaration formula
 * (claim {@value Claims#FORMULA_1956}), NaN when the claims layer has no such claim.
 *
 * <p>Immutable.
 */
public record ClaimComparison(String claimA, String claimB, LocalDate date, List<Row> islands, Row total,
        double formula1956Km2) {

    public ClaimComparison {
        islands = List.copyOf(islands);
    }

    /** One island or island group (e.g. the Habomai islets under their {@code group}). Immutable. */
    public record Row(String id, Names names, double landKm2, double inAKm2, double inBKm2, double aOnlyKm2,
            double bOnlyKm2, double bothKm2, double neitherKm2) {

        /** Adds up two rows (for totals), keeping this row's id and names. */
        Row plus(Row o) {
            return new Row(id, names, landKm2 + o.landKm2, inAKm2 + o.inAKm2, inBKm2 + o.inBKm2,
                    aOnlyKm2 + o.aOnlyKm2, bOnlyKm2 + o.bOnlyKm2, bothKm2 + o.bothKm2, neitherKm2 + o.neitherKm2);
        }
    }

    /** A land area as a share (0..1) of the four islands' total land. */
    public double shareOfIslands(double km2) {
        return total.landKm2() > 0 ? km2 / total.landKm2() : Double.NaN;
    }

    /** A land area as a share (0..1) of the land the 1956 formula covers; NaN without the formula. */
    public double shareOfFormula1956(double km2) {
        return formula1956Km2 > 0 ? km2 / formula1956Km2 : Double.NaN;
    }
}
