package org.claimscape.model;

import java.util.List;
import java.util.Optional;

/**
 * The bundled layers in the order and with the titles the map shows them, as listed in
 * {@code data/catalog.json}. Immutable.
 */
public record LayerCatalog(List<Entry> entries) {

    public LayerCatalog {
        entries = List.copyOf(entries);
    }

    /**
     * One layer of the catalog.
     *
     * @param id          stable id ("claims", "military", ...)
     * @param title       title shown in the layer panel and legend
     * @param group       heading in the layer panel: Claims, Military, Projects, Places, Events or Basemap
     * @param file        file name relative to the data folder
     * @param visible     whether the layer is visible at start
     * @param minZoom     smallest map zoom at which it is drawn (0 = always)
     * @param maxZoom     largest map zoom at which it is drawn (use 99 for no limit)
     * @param description one sentence on what the layer holds
     */
    public record Entry(String id, String title, String group, String file, boolean visible,
                        int minZoom, int maxZoom, String description) {
    }

    public Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }
}
