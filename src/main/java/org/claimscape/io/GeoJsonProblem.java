package org.claimscape.io;

import java.util.Locale;

/**
 * One problem found while reading a GeoJSON file, with the place it was found. Immutable.
 *
 * @param file         the file name as given to the reader
 * @param line         1-based line of the offending token, or -1 when unknown
 * @param column       1-based column, or -1 when unknown
 * @param featureIndex 0-based index of the feature in the collection, or -1 when not inside a feature
 * @param featureId    the feature's id when known, else null
 * @param kind         what kind of problem
 * @param severity     an ERROR drops the feature (or makes the file invalid, when it is not inside a feature); a
 *                     WARNING keeps it
 * @param text         what is wrong, in plain words, written in a language when shown ({@link IoText})
 */
public record GeoJsonProblem(String file, long line, long column, int featureIndex, String featureId, Kind kind,
                             Severity severity, IoText.Message text) {

    /** A problem whose words are another program's (a server's message): shown as they are in every language. */
    public GeoJsonProblem(String file, long line, long column, int featureIndex, String featureId, Kind kind,
                          Severity severity, String message) {
        this(file, line, column, featureIndex, featureId, kind, severity, IoText.literal(message));
    }

    /** Kinds of problem. */
    public enum Kind {
        /** The file cannot be opened or read. */
        IO_ERROR,
        /** The file is too large for the memory available. */
        TOO_LARGE,
        /** The text is not well-formed JSON (truncated, stray characters, NaN, ...). */
        MALFORMED_JSON,
        /** Valid JSON, but not GeoJSON at all. */
        NOT_GEOJSON,
        /** A member has the wrong JSON type or an unknown GeoJSON type name. */
        WRONG_TYPE,
        /** A member the object's type requires is absent: a Feature's "geometry" or "properties" (RFC 7946 §3.2). */
        MISSING_MEMBER,
        /** A member of one GeoJSON type on another, e.g. "coordinates" on a Feature (RFC 7946 §7.1: MUST NOT). */
        MISPLACED_MEMBER,
        /** A "bbox" that is not an array of 2*n numbers from the southwest to the northeast corner (§5). */
        BAD_BBOX,
        /** A coordinate is not a number. */
        NOT_A_NUMBER,
        /** A latitude outside ±90°. */
        LATITUDE_OUT_OF_RANGE,
        /** A longitude outside ±180°. */
        LONGITUDE_OUT_OF_RANGE,
        /** A polygon ring whose last position differs from its first. */
        RING_NOT_CLOSED,
        /** A ring with fewer than 4 positions, or a line with fewer than 2. */
        TOO_FEW_POSITIONS,
        /**
         * A geometry without any position: a warning when its "coordinates" or "geometries" are {@code []}
         * (read as an unlocated feature, RFC 7946 §3.1), an error for an empty ring or line inside one.
         */
        EMPTY_GEOMETRY,
        /** A polygon that is not valid (self-intersection, ring crossing, ...). */
        INVALID_GEOMETRY,
        /** An invalid polygon was repaired with JTS GeometryFixer. */
        REPAIRED,
        /** Nesting deeper than the reader accepts. */
        TOO_DEEP,
        /** A property that breaks a Claimscape convention (a date, confidence or precision that cannot be read). */
        BAD_PROPERTY,
        /**
         * The same key twice in one object, or the same feature id twice: a warning, except for a GeoJSON member
         * ("type", "geometry", ...) given twice, whose meaning is then ambiguous (an error).
         */
        DUPLICATE,
        /** A ring against the right-hand rule: an exterior clockwise or a hole counter-clockwise (§3.1.6). */
        RING_WINDING,
        /** A position with more than three numbers (RFC 7946 §3.1.1: SHOULD NOT). */
        LONG_POSITION,
        /** A nested GeometryCollection, or one a single geometry or one Multi* geometry could replace (§3.1.8). */
        AVOIDABLE_COLLECTION,
        /** Longitudes or latitudes with more decimal places than any position can mean (§11.2). */
        EXCESS_PRECISION
    }

    /** How bad a problem is. */
    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong, in the default locale's language (the window's interface language, the system's on the CLI). */
    public String message() {
        return text.toString();
    }

    /** What is wrong, in a language (English for one without its own words). */
    public String message(Locale language) {
        return text.in(language);
    }

    /** "file:line:column: error: feature #3 (id x): message" in the default locale's language: as the CLI prints. */
    @Override
    public String toString() {
        return toString(Locale.getDefault());
    }

    /** "file:line:column: error: feature #3 (id x): message", the words in a language; the place as it is. */
    public String toString(Locale language) {
        StringBuilder sb = new StringBuilder(file);
        if (line >= 0) {
            sb.append(':').append(line);
            if (column >= 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ").append(IoText.of("io.severity." + severity.name().toLowerCase(Locale.ROOT)).in(language))
                .append(": ");
        if (featureIndex >= 0) {
            sb.append(featureId == null ? IoText.of("io.feature", Long.toString(featureIndex)).in(language)
                    : IoText.of("io.feature-id", Long.toString(featureIndex), featureId).in(language)).append(": ");
        }
        return sb.append(text.in(language)).toString();
    }

    /** User text in a message: quoted, and cut to 60 characters. */
    static String quote(String s) {
        String t = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        return "\"" + t + "\"";
    }
}
