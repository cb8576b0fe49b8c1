package org.claimscape.render;

import java.awt.Color;

/**
 * The colour science the palette tests need: sRGB to CIELAB (D65), the CIEDE2000 colour difference, and
 * colour-vision deficiency simulated with the matrices of Machado, Oliveira and Fernandes (2009), "A
 * Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), severity 1.0, applied to
 * linear RGB as the paper defines them. Stateless.
 */
final class ColourScience {

    /** How a reader sees colour: normal trichromacy, or one of the three dichromacies. */
    enum Vision {
        NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        DEUTERANOPIA(new double[][] {
            {0.367322, 0.860646, -0.227968},
            {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
        PROTANOPIA(new double[][] {
            {0.152286, 1.052583, -0.204868},
            {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
        TRITANOPIA(new double[][] {
            {1.255528, -0.076749, -0.178779},
            {-0.078411, 0.930809, 0.147602},
            {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }

        /** Linear RGB as this reader sees it, clipped to the display's range. */
        double[] see(double[] rgb) {
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                double v = matrix[i][0] * rgb[0] + matrix[i][1] * rgb[1] + matrix[i][2] * rgb[2];
                out[i] = Math.min(1, Math.max(0, v));
            }
            return out;
        }
    }

    /* IEC 61966-2-1 (sRGB) primaries to XYZ, and the D65 white point. */
    private static final double[][] RGB_TO_XYZ = {
        {0.4124564, 0.3575761, 0.1804375},
        {0.2126729, 0.7151522, 0.0721750},
        {0.0193339, 0.1191920, 0.9503041}};
    private static final double[] D65 = {0.95047, 1.0, 1.08883};

    private ColourScience() {
    }

    /** The sRGB colour's linear RGB (IEC 61966-2-1 transfer function), alpha ignored. */
    static double[] linear(Color c) {
        return new double[] {decode(c.getRed()), decode(c.getGreen()), decode(c.getBlue())};
    }

    private static double decode(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** CIELAB (D65) of the colour as the reader sees it: {L*, a*, b*}. */
    static double[] lab(Color c, Vision vision) {
        return labOfLinear(vision.see(linear(c)));
    }

    static double[] lab(Color c) {
        return lab(c, Vision.NORMAL);
    }

    /** CIE L*: the tone the colour prints as in greyscale. */
    static double lightness(Color c) {
        return lab(c)[0];
    }

    private static double[] labOfLinear(double[] rgb) {
        double[] xyz = new double[3];
        for (int i = 0; i < 3; i++) {
            xyz[i] = RGB_TO_XYZ[i][0] * rgb[0] + RGB_TO_XYZ[i][1] * rgb[1] + RGB_TO_XYZ[i][2] * rgb[2];
        }
        double fx = f(xyz[0] / D65[0]);
        double fy = f(xyz[1] / D65[1]);
        double fz = f(xyz[2] / D65[2]);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        double e = 216.0 / 24389;
        return t > e ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIEDE2000 difference of the two colours as the reader sees them (kL = kC = kH = 1). */
    static double deltaE2000(Color a, Color b, Vision vision) {
        return deltaE2000(lab(a, vision), lab(b, vision));
    }

    /**
     * CIEDE2000 (CIE 142-2001), as written out by Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference
     * formula: implementation notes, supplementary test data, and mathematical observations", Color Res. Appl. 30(1).
     */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0];
        double l2 = lab2[0];
        double cBar = (Math.hypot(lab1[1], lab1[2]) + Math.hypot(lab2[1], lab2[2])) / 2;
        double c7 = Math.pow(cBar, 7);
        double g = 0.5 * (1 - Math.sqrt(c7 / (c7 + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1 = Math.hypot(a1, lab1[2]);
        double c2 = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);

        double dL = l2 - l1;
        double dC = c2 - c1;
        double dh = 0;
        if (c1 * c2 != 0) {
            dh = h2 - h1;
            if (dh > 180) {
                dh -= 360;
            } else if (dh < -180) {
                dh += 360;
            }
        }
        double dH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(dh / 2));

        double lBar = (l1 + l2) / 2;
        double cBarP = (c1 + c2) / 2;
        double hBar;
        if (c1 * c2 == 0) {
            hBar = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            hBar = (h1 + h2) / 2;
        } else {
            hBar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        }
        double t = 1 - 0.17 * cos(hBar - 30) + 0.24 * cos(2 * hBar) + 0.32 * cos(3 * hBar + 6)
                - 0.20 * cos(4 * hBar - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
        double cp7 = Math.pow(cBarP, 7);
        double rC = 2 * Math.sqrt(cp7 / (cp7 + Math.pow(25, 7)));
        double sL = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sC = 1 + 0.045 * cBarP;
        double sH = 1 + 0.015 * cBarP * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;
        double l = dL / sL;
        double c = dC / sC;
        double h = dH / sH;
        return Math.sqrt(l * l + c * c + h * h + rT * c * h);
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    /**
     * A translucent colour over an opaque ground, composited as Java2D's default source-over does it (on the
     * sRGB values): the colour a hatch line or tint shows on the map.
     */
    static Color over(Color top, Color ground) {
        double a = top.getAlpha() / 255.0;
        return new Color((int) Math.round(top.getRed() * a + ground.getRed() * (1 - a)),
                (int) Math.round(top.getGreen() * a + ground.getGreen() * (1 - a)),
                (int) Math.round(top.getBlue() * a + ground.getBlue() * (1 - a)));
    }
}
