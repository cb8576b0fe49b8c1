package org.claimscape.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.locationtech.jts.geom.Envelope;

/**
 * Where an island is, for what is known only by the island: the label point of the island's area in the islands
 * layer (else the land layer) of a request, found by any of its names ("Iturup", "Etorofu", "択捉島", "Итуруп"; a
 * feature's {@code island} property names one; a group such as "Habomai" is found at its first, largest island).
 * Unit Web Mercator coordinates.
 */
public final class IslandAnchors {

    private final Map<String, double[]> byName = new HashMap<>();

    /* Layouts run on every drawing and every click: the last anchors are kept for the same layers. */
    private record Built(List<Layer> from, IslandAnchors anchors) {
    }

    private static volatile Built last;

    private IslandAnchors() {
    }

    static IslandAnchors of(RenderRequest request) {
        List<Layer> from = new ArrayList<>();
        /* The islands layer names the four islands best; the land layer adds the rest of the chain. */
        for (String id : new String[] {LayerIds.ISLANDS, LayerIds.LAND}) {
            for (LayerView view : request.layers()) {
                if (view.layer().id().equals(id)) {
                    from.add(view.layer());
                }
            }
        }
        Built b = last;
        if (b != null && sameLayers(b.from(), from)) {
            return b.anchors();
        }
        IslandAnchors a = new IslandAnchors();
        from.forEach(a::add);
        last = new Built(from, a);
        return a;
    }

    private static boolean sameLayers(List<Layer> a, List<Layer> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void add(Layer layer) {
        SimplifiedLayer prepared = SimplifiedLayer.of(layer);
        for (Feature f : layer.features()) {
            if (f.geometry() == null || f.geometry().getDimension() < 2 || f.names().isEmpty()) {
                continue;
            }
            ProjectedShape shape = prepared.shape(f, SimplifiedLayer.level(6));
            if (shape.labelPoint == null) {
                continue;
            }
            double[] at = {shape.labelPoint.getX(), shape.labelPoint.getY()};
            for (String name : names(f)) {
                byName.putIfAbsent(name, at);
            }
        }
    }

    /** Every name an island answers to, normalised: each part of its names in each script, its id and its group. */
    private static List<String> names(Feature f) {
        List<String> out = new ArrayList<>();
        for (String key : new String[] {f.string("name_en"), f.string("name_ja_latn"), f.string("name_ja"),
                f.string("name_ru"), f.id(), f.string("group")}) {
            if (key != null) {
                for (String part : key.split("/")) {
                    out.add(normal(part));
                }
            }
        }
        return out;
    }

    /**
     * The land of an island, or of a group such as Habomai, named by any of its names in a layer of islands (lon/lat);
     * null when the layer has none of that name.
     */
    public static Envelope land(Layer islands, String island) {
        Envelope out = new Envelope();
        if (island != null) {
            String wanted = normal(island);
            for (Feature f : islands.features()) {
                if (f.geometry() != null && names(f).contains(wanted)) {
                    out.expandToInclude(f.geometry().getEnvelopeInternal());
                }
            }
        }
        return out.isNull() ? null : out;
    }

    /** The island's point, or null when no layer of the request has it. */
    double[] anchor(String island) {
        return island == null ? null : byName.get(normal(island));
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
