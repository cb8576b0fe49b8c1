package org.claimscape.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
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

    /** The text broken into lines no wider than maxWidth (a single over-long word gets its own line). */
    static List<String> wrap(String text, float size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size, bold) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
