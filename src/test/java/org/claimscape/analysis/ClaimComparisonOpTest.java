package org.claimscape.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.claimscape.analysis.TestLayers.box;
import static org.claimscape.analysis.TestLayers.feature;
import static org.claimscape.analysis.TestLayers.layer;
import static org.claimscape.analysis.TestLayers.wkt;

import java.time.LocalDate;
import org.claimscape.analysis.ClaimComparison.Row;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class ClaimComparisonOpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    /* Three "islands" and a two-islet group, arranged west to east along 44°–45° N. */
    private static final Layer ISLANDS = layer("islands",
            feature("west", box(145.0, 44.0, 146.0, 44.5), "name_en", "West"),
            feature("east", box(147.0, 44.0, 148.0, 45.0), "name_en", "East"),
            feature("islet-1", box(146.2, 43.5, 146.3, 43.6), "group", "smalls"),
            feature("islet-2", box(146.4, 43.5, 146.45, 43.55), "group", "smalls"));

    /* A: everything east of 146.1°; B: everything west of 147.5° (splits East); F (1956 formula): the islets. */
    private static final Layer CLAIMS = layer("claims",
            feature("a", box(146.1, 43.0, 149.0, 46.0), "claim", "a", "party", "JP"),
            feature("b", box(144.0, 43.0, 147.5, 46.0), "claim", "b", "party", "RU"),
            feature("f", box(146.1, 43.4, 146.6, 43.7), "claim", Claims.FORMULA_1956, "party", "JP-RU"),
            feature("old", box(144.0, 43.0, 149.0, 46.0), "claim", "old", "valid_to", "1945-09-05"),
            feature("line", "LINESTRING (146 43, 146 46)", "claim", "old"));

    private final ClaimComparisonOp op = new ClaimComparisonOp(CLAIMS, ISLANDS);

    @Test
    void compareSplitsEachIslandIntoExclusiveAndSharedLand() {
        ClaimComparison c = op.compare("a", "b", TODAY);

        Row east = row(c, "east");
        double eastKm2 = Geodesy.areaKm2(wkt(box(147.0, 44.0, 148.0, 45.0)));
        double eastWestHalf = Geodesy.areaKm2(wkt(box(147.0, 44.0, 147.5, 45.0)));
        assertThat(east.landKm2()).isCloseTo(eastKm2, within(eastKm2 * 1e-6));
        assertThat(east.inAKm2()).isCloseTo(eastKm2, within(eastKm2 * 1e-6));
        assertThat(east.bothKm2()).isCloseTo(eastWestHalf, within(eastKm2 * 1e-6));
        assertThat(east.aOnlyKm2()).isCloseTo(eastKm2 - eastWestHalf, within(eastKm2 * 1e-6));
        assertThat(east.bOnlyKm2()).isCloseTo(0, within(1e-9));

        Row west = row(c, "west");
        assertThat(west.bOnlyKm2()).isCloseTo(west.landKm2(), within(1e-9));
        assertThat(west.inAKm2()).isZero();
    }

    @Test
    void compareReportsRowsThatAddUp() {
        ClaimComparison c = op.compare("a", "b", TODAY);

        for (Row r : c.islands()) {
            assertThat(r.aOnlyKm2() + r.bothKm2()).isCloseTo(r.inAKm2(), within(1e-9));
            assertThat(r.bOnlyKm2() + r.bothKm2()).isCloseTo(r.inBKm2(), within(1e-9));
            assertThat(r.aOnlyKm2() + r.bOnlyKm2() + r.bothKm2() + r.neitherKm2()).isCloseTo(r.landKm2(), within(1e-9));
        }
        double land = c.islands().stream().mapToDouble(Row::landKm2).sum();
        double both = c.islands().stream().mapToDouble(Row::bothKm2).sum();
        assertThat(c.total().landKm2()).isCloseTo(land, within(1e-9));
        assertThat(c.total().bothKm2()).isCloseTo(both, within(1e-9));
        assertThat(c.shareOfIslands(c.total().landKm2())).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void compareGroupsIsletsIntoOneRow() {
        ClaimComparison c = op.compare("a", "b", TODAY);

        assertThat(c.islands()).extracting(Row::id).containsExactly("west", "east", "smalls");
        Row smalls = row(c, "smalls");
        double islets = Geodesy.areaKm2(wkt(box(146.2, 43.5, 146.3, 43.6)))
                + Geodesy.areaKm2(wkt(box(146.4, 43.5, 146.45, 43.55)));
        assertThat(smalls.landKm2()).isCloseTo(islets, within(islets * 1e-6));
        assertThat(smalls.names().en()).isEqualTo("Smalls");
    }

    @Test
    void compareMeasuresSharesOfTheFormula1956() {
        ClaimComparison c = op.compare("a", "b", TODAY);

        Row smalls = row(c, "smalls");
        assertThat(c.formula1956Km2()).isCloseTo(smalls.landKm2(), within(1e-6));
        assertThat(c.shareOfFormula1956(smalls.inAKm2())).isCloseTo(1.0, within(1e-9));
    }

    /** A feature valid to 1945-09-05 (inclusive) still counts on that day and no longer on the next. */
    @Test
    void compareHonoursValidityBoundaryDates() {
        ClaimComparison onLastDay = op.compare("old", "a", LocalDate.of(1945, 9, 5));
        ClaimComparison dayAfter = op.compare("old", "a", LocalDate.of(1945, 9, 6));

        assertThat(onLastDay.total().inAKm2()).isCloseTo(onLastDay.total().landKm2(), within(1e-9));
        assertThat(dayAfter.total().inAKm2()).isZero();
    }

    @Test
    void compareRejectsUnknownClaimListingKnownOnes() {
        assertThatThrownBy(() -> op.compare("a", "nope", TODAY))
                .isInstanceOf(UnknownClaimException.class)
                .hasMessageContaining("nope")
                .hasMessageContaining("a, b, declaration-1956, old");
    }

    @Test
    void claimsReadEachAreasSideFromPartyOrAreaTo() {
        Claims claims = Claims.of(layer("c",
                feature("x", box(0, 0, 1, 1), "claim", "x", "party", "USSR"),
                feature("y", box(0, 0, 1, 1), "claim", "y", "party", "JP-RU"),
                feature("z", box(0, 0, 1, 1), "claim", "z", "party", "JP-RU", "area_to", "RU"),
                feature("w", box(0, 0, 1, 1), "claim", "w", "party", "JP", "area_to", "none"),
                feature("v-jp", box(0, 0, 1, 1), "claim", "v", "party", "JP"),
                feature("v-ru", box(2, 0, 3, 1), "claim", "v", "party", "RU"),
                feature("v-line", "LINESTRING (1.5 0, 1.5 1)", "claim", "v", "party", "JP-RU")));

        assertThat(claims.sides("x")).containsExactly(Side.RUSSIA);
        assertThat(claims.sides("y")).containsExactly(Side.JAPAN);
        assertThat(claims.sides("z")).containsExactly(Side.RUSSIA);
        assertThat(claims.sides("w")).isEmpty();
        assertThat(claims.sides("v")).containsExactly(Side.JAPAN, Side.RUSSIA);
        assertThat(claims.areaAt("v", TODAY, Side.RUSSIA).getEnvelopeInternal().getMinX()).isEqualTo(2.0);
    }

    @Test
    void claimAreaIgnoresLinesAndUnionsOverlappingParts() {
        Claims claims = Claims.of(layer("c",
                feature("p1", box(0, 0, 2, 1), "claim", "x"),
                feature("p2", box(1, 0, 3, 1), "claim", "x"),
                feature("l", "LINESTRING (0 0, 5 5)", "claim", "x")));
        Geometry area = claims.areaAt("x", TODAY);

        assertThat(Geodesy.areaKm2(area)).isCloseTo(Geodesy.areaKm2(wkt(box(0, 0, 3, 1))), within(1e-6));
    }

    /** Claim areas in the data are copies of the islands; rounding noise in a copy must not shave the island. */
    @Test
    void claimThatCopiesAnIslandCoversAllOfIt() {
        Layer islands = layer("islands", feature("i", box(147.0, 44.0, 148.0, 45.0)));
        Layer claims = layer("claims",
                feature("copy", box(147.0 + 1e-9, 44.0 - 1e-9, 148.0 - 1e-9, 45.0), "claim", "copy"),
                feature("half", box(147.5, 43.0, 149.0, 46.0), "claim", "half"));

        ClaimComparison c = new ClaimComparisonOp(claims, islands).compare("copy", "half", TODAY);

        assertThat(c.total().inAKm2()).isEqualTo(c.total().landKm2());
        assertThat(c.total().inBKm2()).isCloseTo(Geodesy.areaKm2(wkt(box(147.5, 44.0, 148.0, 45.0))),
                within(1e-6));
    }

    @Test
    void claimTitleComesFromTheClaimFeatureOrTheSharedNamePrefix() {
        Claims claims = Claims.of(layer("c",
                feature("x", box(0, 0, 1, 1), "claim", "x", "name_en", "The X claim"),
                feature("y1", box(0, 0, 1, 1), "claim", "y", "name_en", "Occupation 1945: North"),
                feature("y2", box(2, 0, 3, 1), "claim", "y", "name_en", "Occupation 1945: South"),
                feature("z1", box(0, 0, 1, 1), "claim", "z", "name_en", "District A: one"),
                feature("z2", box(2, 0, 3, 1), "claim", "z", "name_en", "District B: two")));

        assertThat(claims.title("x")).isEqualTo("The X claim");
        assertThat(claims.title("y")).isEqualTo("Occupation 1945");
        assertThat(claims.title("z")).isEqualTo("z");
    }

    private static Row row(ClaimComparison c, String id) {
        return c.islands().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
