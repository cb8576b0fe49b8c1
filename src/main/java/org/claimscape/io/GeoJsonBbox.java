package org.claimscape.io;

import static org.claimscape.io.JsonValues.describe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * A {@code bbox} member as read (RFC 7946 §5): its numbers, or what is wrong with its form, and where it is. It
 * is judged once the dimensions of the geometries it bounds are known: "The value of the bbox member MUST be an
 * array of length 2*n where n is the number of dimensions represented in the contained geometries, with all axes
 * of the most southwesterly point followed by all axes of the more northeasterly point." Immutable.
 */
final class GeoJsonBbox {

    private final JsonLocation at;
    private final double[] values;
    private final IoText.Message formProblem;

    private GeoJsonBbox(JsonLocation at, double[] values, IoText.Message formProblem) {
        this.at = at;
        this.values = values;
        this.formProblem = formProblem;
    }

    JsonLocation location() {
        return at;
    }

    /** Reads the bbox whose first token {@code v} is current; the parser ends on its last token. */
    static GeoJsonBbox read(JsonParser p, JsonToken v) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return new GeoJsonBbox(at, null, IoText.of("io.bbox.not-array", describe(v)));
        }
        double[] values = new double[6];
        int n = 0;
        IoText.Message problem = null;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                if (problem == null) {
                    problem = IoText.of("io.bbox.not-a-number", n + 1, describe(t));
                }
                p.skipChildren();
            } else if (n < values.length) {
                values[n] = p.getDoubleValue();
            }
            n++;
        }
        if (problem == null && n != 4 && n != 6) {
            problem = IoText.of("io.bbox.length", n);
        }
        return new GeoJsonBbox(at, problem == null ? Arrays.copyOf(values, n) : null, problem);
    }

    /**
     * What is wrong with this bbox for geometries of {@code dimensions} dimensions (2 or 3; 0 when it bounds no
     * geometry, which allows either length), worded for the user; null when nothing is.
     */
    IoText.Message problem(int dimensions) {
        if (formProblem != null) {
            return formProblem;
        }
        int n = values.length / 2;
        if (dimensions != 0 && n != dimensions) {
            return IoText.of("io.bbox.dimensions", values.length, dimensions, 2 * dimensions);
        }
        for (double d : values) {
            if (Double.isInfinite(d)) {
                return IoText.of("io.bbox.too-large");
            }
        }
        double west = values[0];
        double south = values[1];
        double east = values[n];
        double north = values[n + 1];
        for (double lat : new double[] {south, north}) {
            if (lat < -90 || lat > 90) {
                return IoText.of("io.bbox.latitude", IoText.decimal(lat));
            }
        }
        for (double lon : new double[] {west, east}) {
            if (lon < -180 || lon > 180) {
                return IoText.of("io.bbox.longitude", IoText.decimal(lon));
            }
        }
        if (south > north) {
            return IoText.of("io.bbox.south-north", IoText.decimal(south), IoText.decimal(north));
        }
        if (n == 3 && values[2] > values[5]) {
            return IoText.of("io.bbox.heights", IoText.decimal(values[2]), IoText.decimal(values[5]));
        }
        return null;
    }
}
