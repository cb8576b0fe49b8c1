package org.claimscape.ui;

import javafx.scene.layout.Region;
import org.claimscape.render.MapViewport;

/**
 * The room kept for the panels and bars while the map comes first. They are built after the first complete map
 * (about 0.5 s of CSS and layout on the FX thread at start-up); empty regions of their size stand in for them, so
 * the map keeps its size when they arrive. The sizes are those of the panels and bars with the bundled fonts; if
 * one comes out otherwise, the map adjusts once.
 */
final class StartupRooms {

    /** Width of the layer and legend column, and of the feature info panel, in a window of 1200 pixels or more. */
    static final double LEFT_WIDTH = 290;
    static final double RIGHT_WIDTH = 300;
    /* In a narrower window the panels take these shares of its width (but not less than SidePanels.MIN_WIDTH). */
    private static final double LEFT_SHARE = 0.25;
    private static final double RIGHT_SHARE = 0.24;
    /** Heights of the time bar, of the menu bar and tool bar together, and of the status bar. */
    static final double TIME_BAR_HEIGHT = 45;
    static final double TOP_HEIGHT = 58;
    static final double STATUS_HEIGHT = 23;
    /** Margin around the home view, pixels. */
    static final double HOME_PADDING = 8;
    /* What the bars take from the window's height. */
    private static final double CHROME_HEIGHT = TOP_HEIGHT + TIME_BAR_HEIGHT + STATUS_HEIGHT;

    private StartupRooms() {
    }

    /** Empty room where a panel (of this width) or a bar (of this height) will be; the other side is computed. */
    static Region room(String styleClass, double width, double height) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setPrefSize(width, height);
        r.setMinSize(width, height);
        return r;
    }

    /** The layer column's width: as the user left it, else the default for the window's width. */
    static double leftWidth(WindowState s) {
        double w = s.layout().leftWidth();
        return Double.isFinite(w) ? clamp(w) : clamp(Math.min(LEFT_WIDTH, s.width() * LEFT_SHARE));
    }

    /** The info panel's width: as the user left it, else the default for the window's width. */
    static double rightWidth(WindowState s) {
        double w = s.layout().rightWidth();
        return Double.isFinite(w) ? clamp(w) : clamp(Math.min(RIGHT_WIDTH, s.width() * RIGHT_SHARE));
    }

    private static double clamp(double w) {
        return Math.max(SidePanels.MIN_WIDTH, Math.min(SidePanels.MAX_WIDTH, w));
    }

    /* The width the panels shown take from the window. */
    private static double panelsWidth(WindowState s) {
        // Each panel shown also brings its split-pane divider.
        return (s.layout().leftShown() ? leftWidth(s) + SidePanels.DIVIDER_WIDTH : 0)
                + (s.layout().rightShown() ? rightWidth(s) + SidePanels.DIVIDER_WIDTH : 0);
    }

    /** The map's width when the window opens (the window less the panels shown). */
    static double mapWidth(WindowState s) {
        return Math.max(100, s.width() - panelsWidth(s));
    }

    /** The map's height when the window opens (the window less the bars). */
    static double mapHeight(WindowState s) {
        return Math.max(100, s.height() - CHROME_HEIGHT);
    }

    /**
     * The view the window opens on: the remembered one, or on a first run the home view fitted to the window less
     * the panels' and bars' room, so its overlay can be drawn before the window is laid out.
     */
    static MapViewport openingView(WindowState initial) {
        return initial.hasView()
                ? new MapViewport(initial.centerLat(), initial.centerLon(), initial.zoom(), (int) initial.width(),
                        (int) initial.height())
                : MapViewport.fit(WindowState.HOME, (int) mapWidth(initial), (int) (initial.height() - CHROME_HEIGHT),
                        HOME_PADDING);
    }
}
