package org.claimscape.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Test fixtures: small GeoJSON reading (until the io package lands) and layers built from WKT. */
final class GeoJsonFixtures {

    static final GeometryFactory GF = new GeometryFactory();
    static final Path BASEMAP = Path.of("/work/shared/data/basemap");

    private GeoJsonFixtures() {
    }

    static Layer layer(String id, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return layer(id, in);
        }
    }

    @SuppressWarnings("unchecked")
    static Layer layer(String id, InputStream in) throws IOException {
        JsonParser p = new JsonFactory().createParser(in);
        p.nextToken();
        Map<String, Object> root = (Map<String, Object>) value(p);
        List<Feature> out = new ArrayList<>();
        if ("FeatureCollection".equals(root.get("type"))) {
            for (Object o : (List<Object>) root.get("features")) {
                Map<String, Object> f = (Map<String, Object>) o;
                Map<String, Object> props = f.get("properties") == null ? Map.of()
                        : (Map<String, Object>) f.get("properties");
                out.add(new Feature(f.get("id"), geometry((Map<String, Object>) f.get("geometry")), props));
            }
        } else if ("GeometryCollection".equals(root.get("type"))) {
            int i = 0;
            for (Object o : (List<Object>) root.get("geometries")) {
                out.add(new Feature(id + "-" + i++, geometry((Map<String, Object>) o), Map.of()));
            }
        }
        return new Layer(id, id, out);
    }

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

    @SuppressWarnings("unchecked")
    static Geometry geometry(Map<String, Object> g) {
        if (g == null) {
            return null;
        }
        List<Object> c = (List<Object>) g.get("coordinates");
        switch ((String) g.get("type")) {
            case "Point":
                return GF.createPoint(coord(c));
            case "LineString":
                return GF.createLineString(coords(c));
            case "Polygon":
                return polygon(c);
            case "MultiLineString": {
                var lines = c.stream().map(l -> GF.createLineString(coords((List<Object>) l)))
                        .toArray(org.locationtech.jts.geom.LineString[]::new);
                return GF.createMultiLineString(lines);
            }
            case "MultiPolygon":
                return GF.createMultiPolygon(c.stream().map(p -> polygon((List<Object>) p)).toArray(Polygon[]::new));
            case "MultiPoint":
                return GF.createMultiPointFromCoords(coords(c));
            default:
                throw new IllegalArgumentException("geometry type " + g.get("type"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Polygon polygon(List<Object> rings) {
        LinearRing shell = GF.createLinearRing(coords((List<Object>) rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = GF.createLinearRing(coords((List<Object>) rings.get(i)));
        }
        return GF.createPolygon(shell, holes);
    }

    @SuppressWarnings("unchecked")
    private static Coordinate[] coords(List<Object> list) {
        Coordinate[] out = new Coordinate[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = coord((List<Object>) list.get(i));
        }
        return out;
    }

    private static Coordinate coord(List<Object> c) {
        return new Coordinate(((Number) c.get(0)).doubleValue(), ((Number) c.get(1)).doubleValue());
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }
}
