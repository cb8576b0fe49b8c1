package org.claimscape.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimscape.render.Fonts;

/**
 * Text on the page: measured with the bundled fonts and drawn as real text (selectable in PDF and SVG),
 * with word wrapping. Stateless.
 */
final class PageText {

    private PageText() {
    }

    static double width(String text, float size, boolean bold) {
        return text.isEmpty() ? 0 : Fonts.layout(text, size, bold).getAdvance();
    }

    /** Draws the text with its baseline at y, starting at x. */
    static void draw(Graphics2D g, String text, double x, double y, float size, boolean bold, Color color) {
        if (text.isEmpty()) {
            return;
        }
        g.setColor(color);
        Fonts.draw(g, text, size, bold, x, y);
    }

    /** Draws the text right-aligned at x. */
    static void drawRight(Graphics2D g, String text, double x, double y, float size, boolean bold, Color color) {
        draw(g, text, x - width(text, size, bold), y, size, bold, color);
    }

    /** Draws the text centred on x. */
    static void drawCentred(Graphics2D g, String text, double x, double y, float size, boolean bold, Color c) {
        draw(g, text, x - width(text, size, bold) / 2, y, size, bold, c);
    }

    /** Draws the text rotated 90° counter-clockwise, centred on (x, y), reading upwards. */
    static void drawUp(Graphics2D g, String text, double x, double y, float size, Color color) {
        Graphics2D r = (Graphics2D) g.create();
        try {
            r.transform(AffineTransform.getRotateInstance(-Math.PI / 2, x, y));
            draw(r, text, x - width(text, size, false) / 2, y + size * 0.35, size, false, color);
        } finally {
            r.dispose();
        }
    }

    /**
     * The text broken into lines no wider than maxWidth, at the line-break opportunities of Unicode's line breaking
     * rules (between words, and between ideographs in Japanese, which has no spaces); a piece wider than the line is
     * broken between characters, so no line is ever wider than maxWidth.
     */
    static List<String> wrap(String text, float size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        String line = "";
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            String candidate = line + piece;
            if (width(candidate.stripTrailing(), size, bold) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
            line = piece.stripLeading();
            while (line.length() > 1 && width(line.stripTrailing(), size, bold) > maxWidth) {
                int cut = line.length() - 1;
                while (cut > 1 && width(line.substring(0, cut), size, bold) > maxWidth) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line = line.substring(cut);
            }
        }
        if (!line.isBlank()) {
            lines.add(line.strip());
        }
        return lines;
    }
}
