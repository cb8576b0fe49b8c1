package org.claimscape.ui.explorer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.LayerIds;
import org.claimscape.render.LayerView;

/**
 * One row of the layer panel: a catalog entry, its loaded layer (null when it failed to load) and the user's
 * visibility and opacity. FX thread only.
 */
public final class LayerState {

    /** The group drawn as basemap tiles rather than in the overlay. */
    public static final String BASEMAP = "Basemap";

    private final LayerCatalog.Entry entry;
    private Layer layer;
    private final BooleanProperty visible;
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);

    public LayerState(LayerCatalog.Entry entry, Layer layer, boolean visible) {
        this.entry = entry;
        this.layer = layer;
        this.visible = new SimpleBooleanProperty(this, "visible", visible);
    }

    public String id() {
        return entry.id();
    }

    public String title() {
        return entry.title();
    }

    public String group() {
        return entry.group();
    }

    public LayerCatalog.Entry entry() {
        return entry;
    }

    /** The data, or null when the layer could not be loaded. */
    public Layer layer() {
        return layer;
    }

    /**
     * Replaces the data of a live layer (a database table read anew as the view moves), keeping the row, its
     * visibility and opacity; the caller redraws.
     */
    public void replaceLayer(Layer newLayer) {
        if (newLayer == null || !newLayer.id().equals(entry.id())) {
            throw new IllegalArgumentException("the new data must keep the layer's id " + entry.id());
        }
        this.layer = newLayer;
    }

    public boolean isBasemap() {
        return BASEMAP.equalsIgnoreCase(entry.group());
    }

    /**
     * Whether the layer is drawn into the map's tiles: the basemap's land and water. The reference layer's names
     * are placed with the other labels over the whole view instead, so that tiles never cut or hide them.
     */
    public boolean isDrawnAsTiles() {
        return isBasemap() && !LayerIds.REFERENCE.equals(entry.id());
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    /** Whether the layer is drawn at this zoom (visible, loaded, inside its catalog zoom range). */
    public boolean drawnAt(double zoom) {
        return layer != null && visible.get() && zoom >= entry.minZoom() - 1e-9 && zoom < entry.maxZoom() + 1;
    }

    /** The renderer's view of this layer at a zoom. */
    public LayerView view(double zoom) {
        return new LayerView(layer, entry.group(), drawnAt(zoom), Math.max(0, Math.min(1, opacity.get())));
    }

    @Override
    public String toString() {
        return title();
    }
}
