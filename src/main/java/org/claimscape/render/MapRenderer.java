package org.claimscape.render;

import java.awt.Graphics2D;
import java.util.function.BooleanSupplier;

/**
 * Draws a {@link RenderRequest} onto any Java2D surface: a tile image, the on-screen overlay image, a PDF page
 * (PDFBox Graphics2D), an SVG (JFreeSVG) or a PNG, so that what is printed is what is on screen.
 *
 * <p>Thread-safe: one instance may draw several requests at once on different threads.
 */
public final class MapRenderer {

    /**
     * Draws the request. Returns early, leaving a partial drawing, when {@code cancelled} turns true.
     */
    public void render(Graphics2D g, RenderRequest request, BooleanSupplier cancelled) {
        // implemented by the render package work (issue 3)
    }
}
