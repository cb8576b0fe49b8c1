package org.claimscape.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import org.claimscape.analysis.ClaimComparison.Row;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysis on the bundled layers: areas against the published figures, claims that add up. */
class BundledDataAnalysisTest {

    private static BundledLayers data;

    @BeforeAll
    static void load() throws IOException {
        data = BundledLayers.load();
    }

    /**
     * The main islands come within 4 % of the Japanese government's 2020 figures (GSHHG's coastline runs about
     * 2 % large), and the four islands within 3 % of 5,003 km² (MOFA, GSI 2020 [S01]).
     */
    @Test
    void islandAreasComeWithinAFewPercentOfThePublishedFigures() {
        double total = 0;
        for (Feature f : data.layer("islands").features()) {
            double km2 = Geodesy.areaKm2(f.geometry());
            total += km2;
            double published = f.number("area_km2_published").orElse(0.0);
            if (published >= 100) {
                assertThat(km2).as(f.id()).isCloseTo(published, within(published * 0.04));
            }
        }
        assertThat(total).isCloseTo(5003, within(5003 * 0.03));
    }

    /** The 1956 formula is Shikotan and the Habomai islets, all of them and nothing else. */
    @Test
    void formula1956CoversShikotanAndHabomaiOnly() {
        Layer islands = data.layer("islands");
        ClaimComparison c = new ClaimComparisonOp(data.layer("claims"), islands)
                .compare("jp-claim", Claims.FORMULA_1956, LocalDate.of(2026, 1, 1));

        double shikotanAndHabomai = c.islands().stream()
                .filter(r -> r.id().equals("shikotan") || r.id().equals("habomai")).mapToDouble(Row::landKm2).sum();
        assertThat(c.formula1956Km2()).isCloseTo(shikotanAndHabomai, within(1e-6));
        assertThat(c.total().inAKm2()).isCloseTo(c.total().landKm2(), within(1e-6));
        assertThat(c.total().bOnlyKm2()).isCloseTo(0, within(1e-6));
    }

    /** The claims layer dates the occupation of Habomai from 1945-09-03 and Japanese rule to 09-02, inclusive. */
    @Test
    void occupationFollowsTheDatesIslandByIsland() {
        ClaimComparisonOp op = new ClaimComparisonOp(data.layer("claims"), data.layer("islands"));

        ClaimComparison sep2 = op.compare("soviet-occupation-1945", "jp-sovereignty", LocalDate.of(1945, 9, 2));
        ClaimComparison sep3 = op.compare("soviet-occupation-1945", "jp-sovereignty", LocalDate.of(1945, 9, 3));

        Row habomai2 = sep2.islands().stream().filter(r -> r.id().equals("habomai")).findFirst().orElseThrow();
        Row habomai3 = sep3.islands().stream().filter(r -> r.id().equals("habomai")).findFirst().orElseThrow();
        assertThat(habomai2.bOnlyKm2()).isCloseTo(habomai2.landKm2(), within(1e-6));
        assertThat(habomai3.aOnlyKm2()).isCloseTo(habomai3.landKm2(), within(1e-6));
    }
}
