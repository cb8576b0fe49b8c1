package org.claimscape.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small layers built in code from WKT, for the analysis tests. */
final class TestLayers {

    private TestLayers() {
    }

    static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A feature from WKT and alternating key/value property pairs. */
    static Feature feature(String id, String wkt, Object... keyValues) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Feature(id, wkt(wkt), props);
    }

    static Layer layer(String id, Feature... features) {
        return new Layer(id, id, new ArrayList<>(List.of(features)));
    }

    static String box(double lon1, double lat1, double lon2, double lat2) {
        return "POLYGON ((" + lon1 + " " + lat1 + ", " + lon2 + " " + lat1 + ", " + lon2 + " " + lat2 + ", "
                + lon1 + " " + lat2 + ", " + lon1 + " " + lat1 + "))";
    }
}
