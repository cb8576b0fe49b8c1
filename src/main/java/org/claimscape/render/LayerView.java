package org.claimscape.render;

import org.claimscape.model.Layer;

/**
 * A layer as the user has set it up for drawing: visibility and opacity (0..1). Immutable.
 *
 * @param layer   the data
 * @param group   panel heading (Claims, Military, Projects, Places, Events, Basemap)
 * @param visible drawn at all
 * @param opacity 0 (invisible) to 1 (opaque), applied on top of the style's own alpha
 */
public record LayerView(Layer layer, String group, boolean visible, double opacity) {
    public LayerView {
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be in 0..1: " + opacity);
        }
    }

    public LayerView withVisible(boolean v) {
        return new LayerView(layer, group, v, opacity);
    }

    public LayerView withOpacity(double o) {
        return new LayerView(layer, group, visible, o);
    }
}
