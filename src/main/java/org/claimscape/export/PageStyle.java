package org.claimscape.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** The briefing page's inks and its one kind of boxed panel, shared by its parts so that they print as one design. */
final class PageStyle {

    static final Color INK = new Color(0x1E, 0x1E, 0x1E);
    static final Color GREY = new Color(0x5A, 0x5A, 0x5A);
    /** Handling line and the locator's extent box. */
    static final Color HANDLING = new Color(0xA3, 0x1F, 0x1F);
    /** Behind the scale bar and north arrow, so the map shows through a little. */
    static final Color VEIL = new Color(255, 255, 255, 225);

    private PageStyle() {
    }

    /** A panel on the map: white with the given opacity (0–255), in a grey hairline frame. */
    static void panel(Graphics2D g, Rectangle2D box, int whiteAlpha) {
        g.setColor(new Color(255, 255, 255, whiteAlpha));
        g.fill(box);
        g.setColor(GREY);
        g.setStroke(new BasicStroke(0.4f));
        g.draw(box);
    }
}
