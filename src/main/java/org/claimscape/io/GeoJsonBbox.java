package org.claimscape.io;

import static org.claimscape.io.JsonValues.describe;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A {@code bbox} member as read (RFC 7946 §5): its numbers, or what is wrong with its form, and where it is. It
 * is judged once the dimensions of the geometries it bounds are known: "The value of the bbox member MUST be an
 * array of length 2*n where n is the number of dimensions represented in the contained geometries, with all axes
 * of the most southwesterly point followed by all axes of the more northeasterly point." Immutable.
 */
final class GeoJsonBbox {

    private final JsonLocation at;
    private final double[] values;
    private final String formProblem;

    private GeoJsonBbox(JsonLocation at, double[] values, String formProblem) {
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
            return new GeoJsonBbox(at, null, "\"bbox\" must be an array of numbers, found " + describe(v));
        }
        double[] values = new double[6];
        int n = 0;
        String problem = null;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                if (problem == null) {
                    problem = "\"bbox\" value " + (n + 1) + " is not a number: " + describe(t);
                }
                p.skipChildren();
            } else if (n < values.length) {
                values[n] = p.getDoubleValue();
            }
            n++;
        }
        if (problem == null && n != 4 && n != 6) {
            problem = "\"bbox\" must hold 4 numbers (west, south, east, north) or 6 (with the lowest and highest "
                    + "height), found " + n;
        }
        return new GeoJsonBbox(at, problem == null ? Arrays.copyOf(values, n) : null, problem);
    }

    /**
     * What is wrong with this bbox for geometries of {@code dimensions} dimensions (2 or 3; 0 when it bounds no
     * geometry, which allows either length), worded for the user; null when nothing is.
     */
    String problem(int dimensions) {
        if (formProblem != null) {
            return formProblem;
        }
        int n = values.length / 2;
        if (dimensions != 0 && n != dimensions) {
            return String.format(Locale.ROOT, "\"bbox\" has %d numbers but the geometries it bounds have %d "
                    + "dimensions: it must have %d (RFC 7946 §5: 2*n for n dimensions)", values.length, dimensions,
                    2 * dimensions);
        }
        for (double d : values) {
            if (Double.isInfinite(d)) {
                return "a \"bbox\" number is too large to be a coordinate";
            }
        }
        double west = values[0];
        double south = values[1];
        double east = values[n];
        double north = values[n + 1];
        for (double lat : new double[] {south, north}) {
            if (lat < -90 || lat > 90) {
                return "\"bbox\" latitude " + num(lat) + " is outside ±90° (RFC 7946 §5.3: latitudes beyond ±90 "
                        + "MUST NOT be used)";
            }
        }
        for (double lon : new double[] {west, east}) {
            if (lon < -180 || lon > 180) {
                return "\"bbox\" longitude " + num(lon) + " is outside ±180°";
            }
        }
        if (south > north) {
            return "\"bbox\" south " + num(south) + " is north of its north " + num(north) + ": the southwest corner "
                    + "comes first (RFC 7946 §5; only a box across the antimeridian has east < west)";
        }
        if (n == 3 && values[2] > values[5]) {
            return "\"bbox\" lowest height " + num(values[2]) + " is above its highest " + num(values[5]);
        }
        return null;
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
