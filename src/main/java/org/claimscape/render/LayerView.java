package org.claimscape.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;

/**
 * A layer as the user has set it up for drawing: visibility, opacity (0..1) and the zoom range it is drawn in.
 * Immutable.
 *
 * @param layer   the data
 * @param group   panel heading (Claims, Military, Projects, Places, Events, Basemap)
 * @param visible drawn at all
 * @param opacity 0 (invisible) to 1 (opaque), applied on top of the style's own alpha
 * @param minZoom smallest map zoom at which it is drawn (0 = always)
 * @param maxZoom largest map zoom at which it is drawn (99 = no limit); a zoom z is in range when
 *                {@code minZoom <= z < maxZoom + 1}
 */
public record LayerView(Layer layer, String group, boolean visible, double opacity, int minZoom, int maxZoom) {

    /** No zoom limit. */
    public static final int NO_MAX_ZOOM = 99;

    public LayerView {
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be in 0..1: " + opacity);
        }
    }

    /** A view drawn at every zoom. */
    public LayerView(Layer layer, String group, boolean visible, double opacity) {
        this(layer, group, visible, opacity, 0, NO_MAX_ZOOM);
    }

    /**
     * Views of every catalog layer in drawing order (bottom first: the catalog lists the top layer first), with
     * the catalog's visibility and zoom range; layers {@code layers} does not know are left out.
     */
    public static List<LayerView> fromCatalog(LayerCatalog catalog, Function<String, Layer> layers) {
        List<LayerView> out = new ArrayList<>();
        List<LayerCatalog.Entry> entries = catalog.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            LayerCatalog.Entry e = entries.get(i);
            Layer l = layers.apply(e.id());
            if (l != null) {
                out.add(new LayerView(l, e.group(), e.visible(), 1.0, e.minZoom(), e.maxZoom()));
            }
        }
        return out;
    }

    /** Whether the layer is drawn at all at this zoom: visible, not transparent, zoom in range. */
    public boolean drawnAt(double zoom) {
        return visible && opacity > 0 && zoom >= minZoom && zoom < maxZoom + 1;
    }

    public LayerView withVisible(boolean v) {
        return new LayerView(layer, group, v, opacity, minZoom, maxZoom);
    }

    public LayerView withOpacity(double o) {
        return new LayerView(layer, group, visible, o, minZoom, maxZoom);
    }

    public LayerView withZoomRange(int min, int max) {
        return new LayerView(layer, group, visible, opacity, min, max);
    }
}
