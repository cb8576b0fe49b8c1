package org.claimscape.render;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.LayerIds;

/**
 * Where an island is, for what is known only by the island: the label point of the island's area in the islands
 * layer (else the land layer) of a request, found by any of its names ("Iturup", "Etorofu", "択捉島", "Итуруп"; a
 * feature's {@code island} property names one; a group such as "Habomai" is found at its first, largest island).
 * Unit Web Mercator coordinates.
 */
final class IslandAnchors {

    private final Map<String, double[]> byName = new HashMap<>();

    private IslandAnchors() {
    }

    static IslandAnchors of(RenderRequest request) {
        IslandAnchors a = new IslandAnchors();
        /* The islands layer names the four islands best; the land layer adds the rest of the chain. */
        for (String id : new String[] {LayerIds.ISLANDS, LayerIds.LAND}) {
            for (LayerView view : request.layers()) {
                if (view.layer().id().equals(id)) {
                    a.add(view);
                }
            }
        }
        return a;
    }

    private void add(LayerView view) {
        SimplifiedLayer prepared = SimplifiedLayer.of(view.layer());
        for (Feature f : view.layer().features()) {
            if (f.geometry() == null || f.geometry().getDimension() < 2 || f.names().isEmpty()) {
                continue;
            }
            ProjectedShape shape = prepared.shape(f, SimplifiedLayer.level(6));
            if (shape.labelPoint == null) {
                continue;
            }
            double[] at = {shape.labelPoint.getX(), shape.labelPoint.getY()};
            for (String key : new String[] {f.string("name_en"), f.string("name_ja_latn"), f.string("name_ja"),
                    f.string("name_ru"), f.id(), f.string("group")}) {
                if (key == null) {
                    continue;
                }
                for (String part : key.split("/")) {
                    byName.putIfAbsent(normal(part), at);
                }
            }
        }
    }

    /** The island's point, or null when no layer of the request has it. */
    double[] anchor(String island) {
        return island == null ? null : byName.get(normal(island));
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
