package org.claimscape.ui;

import java.util.List;
import org.claimscape.model.Viewpoint;

/**
 * What the explorer remembers between runs: window bounds, the map view, which layers are visible (and in what
 * order), the viewpoint and the online-tiles switch. Immutable.
 *
 * @param x             window x, NaN when unknown
 * @param y             window y, NaN when unknown
 * @param width         window width
 * @param height        window height
 * @param maximized     whether the window was maximised
 * @param centerLat     map centre latitude
 * @param centerLon     map centre longitude
 * @param zoom          map zoom
 * @param visibleLayers ids of the visible layers
 * @param layerOrder    layer ids in panel order (top first); empty for the catalog order
 * @param viewpoint     naming viewpoint
 * @param onlineTiles   whether OpenStreetMap tiles are on
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          double centerLat, double centerLon, double zoom, List<String> visibleLayers,
                          List<String> layerOrder, Viewpoint viewpoint, boolean onlineTiles) {

    /** Home view: Hokkaido to Urup (lon/lat envelope), fitted into the map whatever its size. */
    public static final org.locationtech.jts.geom.Envelope HOME =
            new org.locationtech.jts.geom.Envelope(140.0, 150.6, 41.6, 46.3);

    public WindowState {
        visibleLayers = visibleLayers == null ? null : List.copyOf(visibleLayers);
        layerOrder = layerOrder == null ? List.of() : List.copyOf(layerOrder);
        viewpoint = viewpoint == null ? Viewpoint.NEUTRAL : viewpoint;
    }

    /**
     * The state of a first run: no remembered view (NaN centre and zoom: the map shows {@link #HOME}) and null
     * visible layers (as the catalog says).
     */
    public static WindowState initial() {
        return new WindowState(Double.NaN, Double.NaN, 1280, 820, false, Double.NaN, Double.NaN, Double.NaN, null,
                List.of(), Viewpoint.NEUTRAL, false);
    }

    /** Whether a map view was remembered. */
    public boolean hasView() {
        return Double.isFinite(centerLat) && Double.isFinite(centerLon) && Double.isFinite(zoom);
    }
}
