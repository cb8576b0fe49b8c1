package org.claimscape.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.locationtech.jts.geom.Envelope;

/**
 * What the explorer remembers between runs: window bounds, the map view, which layers are visible (and in what
 * order), the viewpoint, the online-tiles switch and the interface language. Immutable.
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
 * @param language      the interface language chosen ({@code en}, {@code ja}, {@code ru}), null for the system's
 * @param layout        the side panels' widths and whether they are shown, and the theme
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          double centerLat, double centerLon, double zoom, List<String> visibleLayers,
                          List<String> layerOrder, Viewpoint viewpoint, boolean onlineTiles, String language,
                          Layout layout) {

    /**
     * How the window is laid out around the map. Immutable.
     *
     * @param leftWidth  the layer column's width, NaN for the default for the window's width
     * @param rightWidth the info panel's width, NaN for the default
     * @param leftShown  whether the layer column is shown
     * @param rightShown whether the info panel is shown
     * @param theme      {@link Theme#code()} of the window's theme
     */
    public record Layout(double leftWidth, double rightWidth, boolean leftShown, boolean rightShown, String theme) {
        /** Both panels at their default widths, the light theme. */
        public static final Layout DEFAULT = new Layout(Double.NaN, Double.NaN, true, true, Theme.LIGHT.code());

        public Layout {
            theme = Theme.parse(theme).code();
        }
    }

    /** Home view: Hokkaido to Urup (lon/lat envelope), fitted into the map whatever its size. */
    public static final Envelope HOME = new Envelope(140.0, 150.6, 41.6, 46.3);

    public WindowState {
        visibleLayers = visibleLayers == null ? null : List.copyOf(visibleLayers);
        layerOrder = layerOrder == null ? List.of() : List.copyOf(layerOrder);
        viewpoint = viewpoint == null ? Viewpoint.NEUTRAL : viewpoint;
        language = language == null || language.isBlank() ? null : language;
        layout = layout == null ? Layout.DEFAULT : layout;
    }

    /** A state with the default layout (both panels, light theme). */
    public WindowState(double x, double y, double width, double height, boolean maximized, double centerLat,
                       double centerLon, double zoom, List<String> visibleLayers, List<String> layerOrder,
                       Viewpoint viewpoint, boolean onlineTiles, String language) {
        this(x, y, width, height, maximized, centerLat, centerLon, zoom, visibleLayers, layerOrder, viewpoint,
                onlineTiles, language, Layout.DEFAULT);
    }

    /**
     * The state of a first run: no remembered view (NaN centre and zoom: the map shows {@link #HOME}) and null
     * visible layers (as the catalog says).
     */
    public static WindowState initial() {
        return new WindowState(Double.NaN, Double.NaN, 1280, 820, false, Double.NaN, Double.NaN, Double.NaN, null,
                List.of(), Viewpoint.NEUTRAL, false, null);
    }

    /**
     * The state to remember now: the window's bounds, the map's view, and the layers' order and visibility and the
     * viewpoint of the model, or while there is none yet, of the state the window started from.
     *
     * @param bounds  the window's x, y, width and height, NaN x and y when there is no window
     * @param model   the explorer's model, or null before the layers are loaded
     * @param shown   the viewpoint shown when there is no model
     * @param language the interface language chosen, null for the system's
     * @param layout   the side panels and theme
     */
    public static WindowState capture(Rectangle2D bounds, boolean maximized, MapViewport view, ExplorerModel model,
                                      WindowState started, Viewpoint shown, boolean onlineTiles, String language,
                                      Layout layout) {
        List<String> visible = started.visibleLayers();
        List<String> order = started.layerOrder();
        Viewpoint vp = shown;
        if (model != null) {
            visible = new ArrayList<>();
            order = new ArrayList<>();
            for (LayerState s : model.layers()) {
                order.add(s.id());
                if (s.isVisible()) {
                    visible.add(s.id());
                }
            }
            vp = model.viewpointProperty().get();
        }
        return new WindowState(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight(), maximized,
                view.centerLat(), view.centerLon(), view.zoom(), visible, order, vp, onlineTiles, language, layout);
    }

    /** The same state with the window no larger than the screen area given (a first run on a small screen). */
    public WindowState fittedTo(double screenWidth, double screenHeight) {
        double w = Math.min(width, screenWidth);
        double h = Math.min(height, screenHeight);
        return w == width && h == height ? this : new WindowState(x, y, w, h, maximized, centerLat, centerLon, zoom,
                visibleLayers, layerOrder, viewpoint, onlineTiles, language, layout);
    }

    /** Whether a map view was remembered. */
    public boolean hasView() {
        return Double.isFinite(centerLat) && Double.isFinite(centerLon) && Double.isFinite(zoom);
    }
}
