/**
 * Briefing maps: a page laid out around the map (title, date, viewpoint, legend, scale, north arrow, locator,
 * graticule, sources) and written as PDF, PNG or SVG. The map itself is drawn by
 * {@link org.claimscape.render.MapRenderer}, so print matches the screen. No JavaFX here.
 */
package org.claimscape.export;
