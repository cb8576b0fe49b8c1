package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.claimscape.render.ColourScience.Vision;
import org.junit.jupiter.api.Test;

/**
 * The comparison's land classes, as drawn over the disputed islands' ground: apart in lightness (greyscale print)
 * and in colour for every reader (Machado et al. 2009 dichromacies), with the same thresholds as the map's own
 * area classes ({@link PaletteAccessibilityTest}).
 */
class ComparisonColoursTest {

    private static final List<Color> GROUNDS = List.of(StyleCatalog.LAND_DISPUTED, StyleCatalog.LAND_RU,
            StyleCatalog.LAND_JP);

    private static Map<String, Color> landClassesOver(Color ground) {
        return Map.of("A only", ComparisonColours.over(ComparisonColours.A_ONLY, ComparisonColours.LAND_ALPHA, ground),
                "B only", ComparisonColours.over(ComparisonColours.B_ONLY, ComparisonColours.LAND_ALPHA, ground),
                "both", ComparisonColours.over(ComparisonColours.BOTH, ComparisonColours.LAND_ALPHA, ground),
                "ground", ground);
    }

    /* Every two of the land classes, over every ground. */
    private static void eachPair(TriConsumer check) {
        for (Color ground : GROUNDS) {
            Map<String, Color> c = landClassesOver(ground);
            for (String a : c.keySet()) {
                for (String b : c.keySet()) {
                    if (a.compareTo(b) < 0) {
                        check.accept(c.get(a), c.get(b), a + " and " + b + " over " + ground);
                    }
                }
            }
        }
    }

    private interface TriConsumer {
        void accept(Color a, Color b, String what);
    }

    @Test
    void landClassesDifferInLightnessOnEveryGround() {
        eachPair((a, b, what) -> assertThat(Math.abs(ColourScience.lightness(a) - ColourScience.lightness(b)))
                .as("ΔL* of " + what).isGreaterThanOrEqualTo(PaletteAccessibilityTest.AREA_LIGHTNESS));
    }

    @Test
    void landClassesStayApartForColourBlindReaders() {
        eachPair((a, b, what) -> {
            for (Vision v : Vision.values()) {
                assertThat(ColourScience.deltaE2000(a, b, v)).as("ΔE00 of %s, %s", what, v)
                        .isGreaterThanOrEqualTo(PaletteAccessibilityTest.AREA_DELTA_E);
            }
        });
    }

    @Test
    void theSeaPartsDifferFromEachOtherAndFromTheSea() {
        Color japan = ComparisonColours.over(ComparisonColours.SEA_TO_JAPAN, ComparisonColours.SEA_ALPHA,
                StyleCatalog.SEA);
        Color russia = ComparisonColours.over(ComparisonColours.SEA_TO_RUSSIA, ComparisonColours.SEA_ALPHA,
                StyleCatalog.SEA);
        for (Vision v : Vision.values()) {
            assertThat(ColourScience.deltaE2000(japan, russia, v)).as("Japan's and Russia's sea, %s", v)
                    .isGreaterThanOrEqualTo(PaletteAccessibilityTest.AREA_DELTA_E);
            assertThat(ColourScience.deltaE2000(japan, StyleCatalog.SEA, v)).as("Japan's sea and the sea, %s", v)
                    .isGreaterThanOrEqualTo(PaletteAccessibilityTest.AREA_DELTA_E);
            assertThat(ColourScience.deltaE2000(russia, StyleCatalog.SEA, v)).as("Russia's sea and the sea, %s", v)
                    .isGreaterThanOrEqualTo(PaletteAccessibilityTest.AREA_DELTA_E);
        }
    }
}
