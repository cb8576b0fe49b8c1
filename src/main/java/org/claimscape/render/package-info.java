/**
 * Styles and symbols drawn onto a Java2D surface: one renderer for the screen, tiles and every export.
 * No JavaFX here; the {@code map} package shows the renderer's images in the window.
 *
 * <p>Entry points: {@link org.claimscape.render.MapRenderer} draws a {@link org.claimscape.render.RenderRequest}
 * (viewport, {@link org.claimscape.render.LayerView}s, date, viewpoint, selection);
 * {@link org.claimscape.render.FeaturePicker} finds what is under a screen point exactly as drawn;
 * {@link org.claimscape.render.StyleCatalog} holds the cartography and builds the legend
 * ({@link org.claimscape.render.LegendEntry} draws its own swatch); {@link org.claimscape.render.ScaleBar} and
 * {@link org.claimscape.render.Graticule} are the shared map furniture maths; {@link org.claimscape.render.Fonts}
 * and {@link org.claimscape.render.IconLibrary} load the bundled fonts and icons;
 * {@link org.claimscape.render.SimplifiedLayer} caches per-zoom simplified geometry.
 */
package org.claimscape.render;
