package org.claimscape.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.claimscape.analysis.TestLayers.box;
import static org.claimscape.analysis.TestLayers.feature;
import static org.claimscape.analysis.TestLayers.layer;
import static org.claimscape.analysis.TestLayers.wkt;

import java.time.LocalDate;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;

class ClaimDifferenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static final Layer ISLANDS = layer("islands",
            feature("west", box(145.0, 44.0, 146.0, 44.5), "name_en", "West"),
            feature("east", box(147.0, 44.0, 148.0, 45.0), "name_en", "East"));

    /* A: east of 146.1°; B: west of 147.5° (splits East); old: everything, until 1945. */
    private static final Layer CLAIMS = layer("claims",
            feature("a", box(146.1, 43.0, 149.0, 46.0), "claim", "a", "party", "JP"),
            feature("b", box(144.0, 43.0, 147.5, 46.0), "claim", "b", "party", "RU"),
            feature("old", box(144.0, 43.0, 149.0, 46.0), "claim", "old", "valid_to", "1945-09-05"));

    private final ClaimComparisonOp op = new ClaimComparisonOp(CLAIMS, ISLANDS);

    @Test
    void differenceShapesCoverTheLandInEachPart() {
        ClaimDifference d = op.difference("a", "b", TODAY);

        double eastEastHalf = Geodesy.areaKm2(wkt(box(147.5, 44.0, 148.0, 45.0)));
        double eastWestHalf = Geodesy.areaKm2(wkt(box(147.0, 44.0, 147.5, 45.0)));
        double west = Geodesy.areaKm2(wkt(box(145.0, 44.0, 146.0, 44.5)));
        assertThat(Geodesy.areaKm2(d.aOnly())).isCloseTo(eastEastHalf, within(eastEastHalf * 1e-4));
        assertThat(Geodesy.areaKm2(d.both())).isCloseTo(eastWestHalf, within(eastWestHalf * 1e-4));
        assertThat(Geodesy.areaKm2(d.bOnly())).isCloseTo(west, within(west * 1e-4));
        assertThat(d.aOnly().getEnvelopeInternal().getMinX()).isCloseTo(147.5, within(1e-6));
    }

    @Test
    void differenceAgreesWithTheComparisonTable() {
        ClaimDifference d = op.difference("a", "b", TODAY);
        ClaimComparison c = op.compare("a", "b", TODAY);

        assertThat(Geodesy.areaKm2(d.aOnly())).isCloseTo(c.total().aOnlyKm2(), within(c.total().landKm2() * 1e-4));
        assertThat(Geodesy.areaKm2(d.bOnly())).isCloseTo(c.total().bOnlyKm2(), within(c.total().landKm2() * 1e-4));
        assertThat(Geodesy.areaKm2(d.both())).isCloseTo(c.total().bothKm2(), within(c.total().landKm2() * 1e-4));
    }

    @Test
    void differenceFollowsTheDate() {
        ClaimDifference before = op.difference("old", "a", LocalDate.of(1945, 9, 5));
        ClaimDifference after = op.difference("old", "a", LocalDate.of(1945, 9, 6));

        assertThat(before.aOnly().isEmpty()).isFalse();
        assertThat(after.aOnly().isEmpty()).isTrue();
        assertThat(after.both().isEmpty()).isTrue();
        assertThat(after.bOnly().isEmpty()).isFalse();
    }
}
