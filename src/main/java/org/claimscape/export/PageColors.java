package org.claimscape.export;

import java.awt.Color;

/** The briefing page's inks, shared by its parts so that they print as one design. */
final class PageColors {

    static final Color INK = new Color(0x1E, 0x1E, 0x1E);
    static final Color GREY = new Color(0x5A, 0x5A, 0x5A);
    /** Handling line and the locator's extent box. */
    static final Color HANDLING = new Color(0xA3, 0x1F, 0x1F);
    /** Behind the scale bar and north arrow, so the map shows through a little. */
    static final Color VEIL = new Color(255, 255, 255, 225);

    private PageColors() {
    }
}
