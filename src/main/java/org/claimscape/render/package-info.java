/**
 * Styles and symbols drawn onto a Java2D surface: one renderer for the screen, tiles and every export.
 * No JavaFX here; the {@code map} package shows the renderer's images in the window.
 */
package org.claimscape.render;
