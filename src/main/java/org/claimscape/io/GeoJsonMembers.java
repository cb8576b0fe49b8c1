package org.claimscape.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.claimscape.io.IoText.Message;

/**
 * The members GeoJSON defines (RFC 7946), as bits, to find one given twice in an object or on the wrong type of
 * object (§7.1), and the messages for either. Stateless.
 */
final class GeoJsonMembers {

    /** The GeoJSON members, as bits, to find one given twice or on the wrong type of object (RFC 7946 §7.1). */
    static final int TYPE = 1;
    static final int COORDINATES = 1 << 1;
    static final int GEOMETRIES = 1 << 2;
    static final int GEOMETRY = 1 << 3;
    static final int PROPERTIES = 1 << 4;
    static final int FEATURES = 1 << 5;
    static final int ID = 1 << 6;
    static final int BBOX = 1 << 7;

    /** The GeoJSON type names: a "type" value that is one of them is given as this very String. */
    private static final String[] TYPE_NAMES = {"Feature", "Point", "Polygon", "MultiPolygon", "LineString",
        "MultiPoint", "MultiLineString", "GeometryCollection", "FeatureCollection"};

    private GeoJsonMembers() {
    }

    /**
     * The current string token's text; one of the GeoJSON type names is the constant itself, so that a million
     * features make no String for their "type" values and switch on them with a cached hash.
     */
    static String typeName(JsonParser p) throws IOException {
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        names:
        for (String name : TYPE_NAMES) {
            if (name.length() != length) {
                continue;
            }
            for (int i = 0; i < length; i++) {
                if (name.charAt(i) != chars[offset + i]) {
                    continue names;
                }
            }
            return name;
        }
        return p.getText();
    }

    /** The bit of a GeoJSON member name; 0 for any other (a foreign member, RFC 7946 §6.1). */
    static int memberBit(String field) {
        return switch (field) {
            case "type" -> TYPE;
            case "coordinates" -> COORDINATES;
            case "geometries" -> GEOMETRIES;
            case "geometry" -> GEOMETRY;
            case "properties" -> PROPERTIES;
            case "features" -> FEATURES;
            case "id" -> ID;
            case "bbox" -> BBOX;
            default -> 0;
        };
    }

    /** The message for a GeoJSON member given twice in one object, its kind a key: {@code io.json.object.*}. */
    static Message duplicated(String field, String object) {
        return IoText.of("io.json.duplicate-member", field, IoText.of(object));
    }

    /** The message for a member of another GeoJSON type found on an object, a key {@code io.json.on.*} (§7.1). */
    static Message misplaced(String field, String object) {
        String owner = switch (field) {
            case "coordinates", "geometries" -> "io.json.owner.geometry";
            case "geometry", "properties" -> "io.json.owner.feature";
            default -> "io.json.owner.feature-collection";
        };
        return IoText.of("io.json.misplaced", field, IoText.of(object), IoText.of(owner));
    }
}
