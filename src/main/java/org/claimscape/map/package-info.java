/**
 * The map widget over Gluon Maps: the offline basemap tile source (registered as Gluon's
 * {@code TileRetriever}, with a disk cache and the optional OpenStreetMap download), the overlay layer that shows
 * the renderer's image of the thematic layers, the measure layer, and the input handling. The only package that
 * touches Gluon's API and its lat-first coordinates ({@link org.claimscape.map.MapNavigator}).
 */
package org.claimscape.map;
