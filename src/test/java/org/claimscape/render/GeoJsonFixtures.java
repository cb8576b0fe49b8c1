package org.claimscape.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.claimscape.model.Feature;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Test fixtures: features built from WKT and property pairs. */
final class GeoJsonFixtures {

    static final GeometryFactory GF = new GeometryFactory();

    private GeoJsonFixtures() {
    }

    /** A feature with the geometry given as WKT and properties as key, value, key, value ... */
    static Feature wkt(String id, String wkt, Object... props) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < props.length; i += 2) {
            m.put((String) props[i], props[i + 1]);
        }
        try {
            return new Feature(id, new WKTReader(GF).read(wkt), m);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
