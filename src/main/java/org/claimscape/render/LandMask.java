package org.claimscape.render;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;

/**
 * Whether a position lies on a land layer's polygons. Each polygon's point locator is built on first use and kept
 * with the layer, so the few tests a drawing makes (where to set an island's name) cost microseconds.
 */
final class LandMask {

    private static final Map<Layer, LandMask> MASKS = Collections.synchronizedMap(new WeakHashMap<>());

    private final Layer layer;
    private final Map<Feature, IndexedPointInAreaLocator> locators = new ConcurrentHashMap<>();

    private LandMask(Layer layer) {
        this.layer = layer;
    }

    static LandMask of(Layer layer) {
        return MASKS.computeIfAbsent(layer, LandMask::new);
    }

    /*
     * The land a request draws or knows of ({@link RenderRequest#land()}), as a test on the drawing's pixels; the
     * overview's simpler coast is enough to tell a name over land from one over the sea.
     */
    static LabelPlacer.LandTest test(RenderRequest request) {
        Layer land = request.land();
        for (int i = 0; land == null && i < request.layers().size(); i++) {
            Layer l = request.layers().get(i).layer();
            if (LayerIds.LAND_OVERVIEW.equals(l.id())) {
                land = l;
            }
        }
        if (land == null) {
            return (x, y) -> false;
        }
        LandMask mask = of(land);
        MapViewport vp = request.viewport();
        return (x, y) -> mask.isLand(vp.lon(x), vp.lat(y));
    }

    /** Whether (lon, lat) is on land (or on its coast). */
    boolean isLand(double lon, double lat) {
        Coordinate p = new Coordinate(lon, lat);
        for (Feature f : layer.query(new Envelope(p))) {
            Geometry g = f.geometry();
            if (g instanceof Polygonal && g.getEnvelopeInternal().contains(p)
                    && locators.computeIfAbsent(f, x -> new IndexedPointInAreaLocator(g)).locate(p)
                    != Location.EXTERIOR) {
                return true;
            }
        }
        return false;
    }
}
