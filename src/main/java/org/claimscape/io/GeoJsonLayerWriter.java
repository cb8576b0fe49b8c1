package org.claimscape.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a layer as a GeoJSON FeatureCollection (RFC 7946), one feature per line, streaming with Jackson.
 * Coordinates are written with full double precision, so reading the output with {@link GeoJsonLayerReader}
 * gives back equal features; rings are written by the right-hand rule, which RFC 7946 §3.1.6 says they MUST
 * follow (exterior rings counter-clockwise, holes clockwise), so a ring stored the other way round comes back
 * reversed. Writing to a path is atomic.
 * Stateless and thread-safe.
 */
public final class GeoJsonLayerWriter {

    private static final JsonFactory JSON = new JsonFactory();

    /** Writes the layer to a file atomically: a temp file next to it, then a rename. */
    public void write(Layer layer, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(layer.features(), out));
    }

    /** Writes the features to a stream (not closed). */
    public void write(List<Feature> features, OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeFieldName("features");
        g.writeStartArray();
        for (Feature f : features) {
            g.writeRaw('\n');
            writeFeature(g, f);
        }
        g.writeRaw('\n');
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private void writeFeature(JsonGenerator g, Feature f) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        Object id = f.rawId();
        if (id != null) {
            g.writeFieldName("id");
            writeValue(g, id);
        }
        g.writeFieldName("properties");
        writeValue(g, f.properties());
        g.writeFieldName("geometry");
        if (f.geometry() == null) {
            g.writeNull();
        } else {
            writeGeometry(g, f.geometry());
        }
        g.writeEndObject();
    }

    private void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String) {
            g.writeString((String) v);
        } else if (v instanceof Boolean) {
            g.writeBoolean((Boolean) v);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigInteger) {
            g.writeNumber((BigInteger) v);
        } else if (v instanceof BigDecimal) {
            g.writeNumber((BigDecimal) v);
        } else if (v instanceof Number) {
            g.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                g.writeFieldName(e.getKey().toString());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List) {
            g.writeStartArray();
            for (Object o : (List<?>) v) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else {
            g.writeString(v.toString());
        }
    }

    private void writeGeometry(JsonGenerator g, Geometry geom) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", geom.getGeometryType());
        if (geom instanceof GeometryCollection && !(geom instanceof MultiPoint || geom instanceof MultiLineString
                || geom instanceof MultiPolygon)) {
            g.writeFieldName("geometries");
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                writeGeometry(g, geom.getGeometryN(i));
            }
            g.writeEndArray();
        } else {
            g.writeFieldName("coordinates");
            writeCoordinates(g, geom);
        }
        g.writeEndObject();
    }

    private void writeCoordinates(JsonGenerator g, Geometry geom) throws IOException {
        if (geom instanceof Point) {
            writePosition(g, ((Point) geom).getCoordinateSequence(), 0);
        } else if (geom instanceof LineString) {
            writeSequence(g, ((LineString) geom).getCoordinateSequence());
        } else if (geom instanceof Polygon) {
            Polygon p = (Polygon) geom;
            g.writeStartArray();
            writeRing(g, p.getExteriorRing().getCoordinateSequence(), true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                writeRing(g, p.getInteriorRingN(i).getCoordinateSequence(), false);
            }
            g.writeEndArray();
        } else {
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                writeCoordinates(g, geom.getGeometryN(i));
            }
            g.writeEndArray();
        }
    }

    private void writeSequence(JsonGenerator g, CoordinateSequence seq) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < seq.size(); i++) {
            writePosition(g, seq, i);
        }
        g.writeEndArray();
    }

    /** A ring by the right-hand rule: reversed when an exterior ring is clockwise or a hole counter-clockwise. */
    private void writeRing(JsonGenerator g, CoordinateSequence ring, boolean exterior) throws IOException {
        double signed = Area.ofRingSigned(ring); // positive when clockwise
        if (exterior ? signed <= 0 : signed >= 0) {
            writeSequence(g, ring);
            return;
        }
        g.writeStartArray();
        for (int i = ring.size() - 1; i >= 0; i--) {
            writePosition(g, ring, i);
        }
        g.writeEndArray();
    }

    private void writePosition(JsonGenerator g, CoordinateSequence seq, int i) throws IOException {
        g.writeStartArray();
        g.writeNumber(seq.getX(i));
        g.writeNumber(seq.getY(i));
        if (seq.hasZ()) {
            double z = seq.getZ(i);
            if (!Double.isNaN(z)) {
                g.writeNumber(z);
            }
        }
        g.writeEndArray();
    }
}
