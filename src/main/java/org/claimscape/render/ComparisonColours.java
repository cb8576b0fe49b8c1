package org.claimscape.render;

import java.awt.Color;

/**
 * The colours of a claim comparison, one set for the window and the page (what is printed is what is on screen).
 * Land in A only, in B only and in both are told apart by lightness as well as hue, so that they stay apart in
 * greyscale and for red–green and blue–yellow colour-blind readers (checked by {@code ComparisonColoursTest}
 * with the simulations of Machado et al. 2009); the sea parts are paler tints of the land parts' hues.
 */
public final class ComparisonColours {

    /** Land in claim A only: dark vermillion (CIELAB L* about 38). */
    public static final Color A_ONLY = new Color(0xA2, 0x3C, 0x00);
    /** Land in claim B only: light sky blue (L* about 74). */
    public static final Color B_ONLY = new Color(0x67, 0xBD, 0xED);
    /** Land in both claims: dark blue-violet (L* about 20). */
    public static final Color BOTH = new Color(0x2A, 0x24, 0x7A);
    /** Sea that would fall to Japan: orange tint. */
    public static final Color SEA_TO_JAPAN = new Color(0xE6, 0x9F, 0x00);
    /** Sea that would fall to Russia: blue tint. */
    public static final Color SEA_TO_RUSSIA = new Color(0x00, 0x72, 0xB2);
    /** How opaque the land parts are drawn: nearly opaque, so that the land colour beneath (which differs by
        viewpoint) cannot bring two classes together. */
    public static final double LAND_ALPHA = 0.9;
    /** How opaque the sea parts are drawn. */
    public static final double SEA_ALPHA = 0.33;

    private ComparisonColours() {
    }

    /** The colour as seen where it is drawn with {@code alpha} over {@code ground}. */
    public static Color over(Color c, double alpha, Color ground) {
        return new Color(mix(c.getRed(), ground.getRed(), alpha), mix(c.getGreen(), ground.getGreen(), alpha),
                mix(c.getBlue(), ground.getBlue(), alpha));
    }

    private static int mix(int top, int bottom, double alpha) {
        return (int) Math.round(top * alpha + bottom * (1 - alpha));
    }
}
