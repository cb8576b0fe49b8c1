package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import org.claimscape.render.ColourScience.Vision;
import org.junit.jupiter.api.Test;

/** The colour science the palette tests rely on, against its specifications. */
class ColourScienceTest {

    /**
     * Pairs from the supplementary test data of Sharma, Wu and Dalal (2005), Table 1, chosen to exercise the
     * hue wrap-around, the achromatic case and the G factor; ΔE00 to the four decimals published.
     */
    @Test
    void ciede2000MatchesSharmasTestData() {
        double[][][] pairs = {
            {{50, 2.6772, -79.7751}, {50, 0, -82.7485}, {2.0425}},
            {{50, 3.1571, -77.2803}, {50, 0, -82.7485}, {2.8615}},
            {{50, -1.3802, -84.2814}, {50, 0, -82.7485}, {1.0000}},
            {{50, 0, 0}, {50, -1, 2}, {2.3669}},
            {{50, 2.49, -0.001}, {50, -2.49, 0.0009}, {7.1792}},
            {{50, 2.49, -0.001}, {50, -2.49, 0.0011}, {7.2195}},
            {{50, -0.001, 2.49}, {50, 0.0009, -2.49}, {4.8045}},
            {{50, -0.001, 2.49}, {50, 0.0011, -2.49}, {4.7461}},
            {{50, 2.5, 0}, {73, 25, -18}, {27.1492}},
            {{50, 2.5, 0}, {61, -5, 29}, {22.8977}},
            {{50, 2.5, 0}, {56, -27, -3}, {31.9030}},
            {{50, 2.5, 0}, {58, 24, 15}, {19.4535}},
            {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, {1.2644}},
            {{90.8027, -2.0831, 1.4410}, {91.1528, -1.6435, 0.0447}, {1.4441}},
            {{2.0776, 0.0795, -1.1350}, {0.9033, -0.0636, -0.5514}, {0.9082}},
        };
        for (double[][] p : pairs) {
            assertThat(ColourScience.deltaE2000(p[0], p[1])).as("ΔE00 of %s", (Object) p).isCloseTo(p[2][0],
                    within(1e-4));
            assertThat(ColourScience.deltaE2000(p[1], p[0])).isCloseTo(p[2][0], within(1e-4));
        }
    }

    /** sRGB white is the D65 white (L* 100, neutral); a mid grey is neutral; sRGB red as IEC 61966-2-1 defines it. */
    @Test
    void srgbToCielab() {
        assertThat(ColourScience.lab(Color.WHITE)).containsExactly(new double[] {100, 0, 0}, within(1e-3));
        double[] grey = ColourScience.lab(new Color(0x777777));
        assertThat(grey[1]).isCloseTo(0, within(1e-3));
        assertThat(grey[2]).isCloseTo(0, within(1e-3));
        // Red primary: Y = 0.2126729, so L* = 116 Y^(1/3) - 16.
        assertThat(ColourScience.lab(Color.RED)[0]).isCloseTo(116 * Math.cbrt(0.2126729) - 16, within(1e-6));
        assertThat(ColourScience.lab(Color.RED)[1]).isPositive();
        assertThat(ColourScience.lab(Color.BLUE)[2]).isNegative();
    }

    /** Machado's matrices keep white and greys (each row sums to one) and the blue–yellow axis of deutans. */
    @Test
    void simulatedDichromatsKeepGreysAndLoseTheirConfusionAxis() {
        for (Vision v : Vision.values()) {
            assertThat(ColourScience.deltaE2000(Color.WHITE, Color.WHITE, v)).isZero();
            double[] grey = ColourScience.lab(new Color(0x808080), v);
            assertThat(grey[0]).as("%s grey", v).isCloseTo(ColourScience.lightness(new Color(0x808080)),
                    within(0.05));
        }
        // A red and a green of one lightness: far apart to normal vision, close to red-green dichromats, not to
        // tritanopes, whose confusion is blue-yellow.
        Color red = new Color(0xC62828);
        Color green = new Color(0x2E7D32);
        assertThat(ColourScience.deltaE2000(red, green, Vision.NORMAL)).isGreaterThan(40);
        assertThat(ColourScience.deltaE2000(red, green, Vision.DEUTERANOPIA)).isLessThan(10);
        assertThat(ColourScience.deltaE2000(red, green, Vision.PROTANOPIA)).isLessThan(15);
        assertThat(ColourScience.deltaE2000(red, green, Vision.TRITANOPIA)).isGreaterThan(40);
        Color blue = new Color(0x1F5FA6);
        Color yellow = new Color(0xC8B400);
        assertThat(ColourScience.deltaE2000(blue, yellow, Vision.TRITANOPIA))
                .isLessThan(ColourScience.deltaE2000(blue, yellow, Vision.DEUTERANOPIA));
    }

    @Test
    void overCompositesLikeSourceOver() {
        assertThat(ColourScience.over(new Color(0, 0, 0, 255), Color.WHITE)).isEqualTo(Color.BLACK);
        assertThat(ColourScience.over(new Color(0, 0, 0, 0), Color.WHITE)).isEqualTo(Color.WHITE);
        assertThat(ColourScience.over(new Color(0, 0, 0, 128), Color.WHITE).getRed()).isEqualTo(127);
    }
}
