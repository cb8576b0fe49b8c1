package org.claimscape.render;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/**
 * A label's text as {@link LabelPlacer} measures, outlines and draws it, with the letter-spacing and slant a
 * candidate asks for. Plain text is one {@link TextLayout}. Spaced text is drawn a character at a time (its
 * advance plus the tracking), each with {@link Fonts#draw} so every surface keeps it as text. The bundled fonts
 * have no italic face, so italic is synthesised: the text is sheared about its baseline. Stateless.
 */
final class LabelText {

    /** Horizontal shift per unit of height of the synthetic italic (about 11°, as oblique faces lean). */
    static final double SLANT = 0.2;

    /**
     * The text's extent.
     *
     * @param width   from the text's start to the right edge of its last glyph, slant included
     * @param ascent  above the baseline
     * @param descent below the baseline
     */
    record Metrics(double width, double ascent, double descent) {
        double height() {
            return ascent + descent;
        }
    }

    private LabelText() {
    }

    static Metrics measure(LabelPlacer.Candidate c) {
        TextLayout whole = Fonts.layout(c.text(), c.size(), c.bold());
        double width = isPlain(c) ? whole.getAdvance() : spacedAdvance(c);
        if (c.italic()) {
            width += SLANT * whole.getAscent();
        }
        return new Metrics(width, whole.getAscent(), whole.getDescent());
    }

    /** The glyph outlines with the text starting at x on the baseline (for the halo). */
    static Shape outline(LabelPlacer.Candidate c, double x, double baseline) {
        AffineTransform at = placement(c, x, baseline);
        if (isPlain(c)) {
            return Fonts.layout(c.text(), c.size(), c.bold()).getOutline(at);
        }
        Path2D.Double out = new Path2D.Double();
        double cx = 0;
        double gap = c.tracking() * c.size();
        for (String ch : characters(c.text())) {
            TextLayout l = Fonts.layout(ch, c.size(), c.bold());
            out.append(l.getOutline(AffineTransform.getTranslateInstance(cx, 0)), false);
            cx += l.getAdvance() + gap;
        }
        return at.createTransformedShape(out);
    }

    /** Draws the text, starting at x on the baseline, in the graphics' current paint. */
    static void draw(Graphics2D g, LabelPlacer.Candidate c, double x, double baseline) {
        if (isPlain(c)) {
            Fonts.draw(g, c.text(), c.size(), c.bold(), x, baseline);
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.transform(placement(c, x, baseline));
            double cx = 0;
            double gap = c.tracking() * c.size();
            for (String ch : characters(c.text())) {
                Fonts.draw(g2, ch, c.size(), c.bold(), cx, 0);
                cx += Fonts.layout(ch, c.size(), c.bold()).getAdvance() + gap;
            }
        } finally {
            g2.dispose();
        }
    }

    private static boolean isPlain(LabelPlacer.Candidate c) {
        return !c.italic() && c.tracking() == 0;
    }

    /* Text origin on the baseline, then the shear: y is negative above the baseline, so tops lean right. */
    private static AffineTransform placement(LabelPlacer.Candidate c, double x, double baseline) {
        AffineTransform at = AffineTransform.getTranslateInstance(x, baseline);
        if (c.italic()) {
            at.shear(-SLANT, 0);
        }
        return at;
    }

    private static double spacedAdvance(LabelPlacer.Candidate c) {
        double w = 0;
        int n = 0;
        for (String ch : characters(c.text())) {
            w += Fonts.layout(ch, c.size(), c.bold()).getAdvance();
            n++;
        }
        return w + Math.max(0, n - 1) * c.tracking() * c.size();
    }

    /* One string per code point; spaces are kept (they carry the tracking too). */
    private static String[] characters(String text) {
        return text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }
}
