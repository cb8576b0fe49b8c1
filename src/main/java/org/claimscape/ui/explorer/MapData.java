package org.claimscape.ui.explorer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;

/**
 * The layers the explorer shows: the catalog (panel order, groups, zoom ranges) and the loaded layer of each
 * entry. Entries whose layer failed to load are left out of {@code layers}. Immutable.
 *
 * @param catalog the catalog
 * @param layers  loaded layers by catalog id
 */
public record MapData(LayerCatalog catalog, Map<String, Layer> layers) {
    public MapData {
        layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
    }

    /** The loaded bundled layers, keyed by catalog id in catalog order. */
    public static MapData of(BundledLayers bundled) {
        Map<String, Layer> layers = new LinkedHashMap<>();
        for (LayerCatalog.Entry e : bundled.catalog().entries()) {
            Layer l = bundled.layer(e.id());
            if (l != null) {
                layers.put(e.id(), l);
            }
        }
        return new MapData(bundled.catalog(), layers);
    }
}
