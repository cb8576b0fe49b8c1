package org.claimscape.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature: an id, a JTS geometry (x = longitude, y = latitude) and its properties, with the
 * Claimscape conventions read out of the properties: names ({@code name_en}, {@code name_ja}, {@code name_ru},
 * {@code name_ja_latn}), validity ({@code valid_from}, {@code valid_to}), {@code source} + {@code source_url},
 * {@code confidence}, {@code precision} and {@code type}.
 *
 * <p>Property values are {@link String}, {@link Long}, {@link Double}, {@link java.math.BigInteger},
 * {@link java.math.BigDecimal}, {@link Boolean}, {@code null}, unmodifiable {@link java.util.List}s and
 * {@link Map}s of these, in file order.
 *
 * <p>Immutable and thread-safe, on the condition that nobody mutates the geometry (JTS geometries are
 * mutable objects; treat them as read-only).
 */
public final class Feature {

    /**
     * First day of the present division of the Kurils (Soviet landing on Shumshu, 18 Aug 1945 [S105]). Undated
     * built places without former names are taken to be of this era (see {@link #shownDuring()}).
     */
    public static final LocalDate PRESENT_ERA_SINCE = LocalDate.of(1945, 8, 18);

    /** From the present era on, with no end: what most undated built places are shown during, held once. */
    private static final TimeSpan PRESENT_ERA = new TimeSpan(PRESENT_ERA_SINCE, null);

    /** Point types of built places: undated ones are present-day unless they carry {@code former_names}. */
    private static final Set<String> BUILT_PLACES = Set.of("settlement", "port", "airfield");


    private final Object id;
    private final Geometry geometry;
    private final Map<String, Object> properties;
    private final Names names;
    private final TimeSpan validity;
    private final TimeSpan shown;
    private final PeriodNames formerNames;
    private final Source source;

    /**
     * @param id         a {@link String} or {@link Number}, or null when the feature has no id
     * @param geometry   the geometry, or null for a feature without geometry
     * @param properties the properties in file order (copied, unless a {@link PropertyMap}, which is immutable)
     */
    public Feature(Object id, Geometry geometry, Map<String, Object> properties) {
        if (id != null && !(id instanceof String) && !(id instanceof Number)) {
            throw new IllegalArgumentException("feature id must be a string or a number: " + id);
        }
        this.id = id;
        this.geometry = geometry;
        this.properties = PropertyMap.copyOf(properties);
        this.names = readNames();
        this.validity = readValidity();
        this.formerNames = PeriodNames.parse(this.properties.get("former_names"));
        this.shown = readShown();
        String sourceText = string("source");
        String sourceUrl = string("source_url");
        this.source = sourceText == null && sourceUrl == null ? Source.NONE : new Source(sourceText, sourceUrl);
    }

    /** The id as text ({@code "12"} for a numeric id 12), or null. */
    public String id() {
        return id == null ? null : id.toString();
    }

    /** The id as it was in the file: a String, a Number, or null. */
    public Object rawId() {
        return id;
    }

    public Geometry geometry() {
        return geometry;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public Object property(String key) {
        return properties.get(key);
    }

    /** A property as text (numbers and booleans converted), or null when missing or null. */
    public String string(String key) {
        Object v = properties.get(key);
        return v == null || v instanceof Map || v instanceof List ? null : v.toString();
    }

    /** A numeric property, or empty when missing or not a number. */
    public Optional<Double> number(String key) {
        Object v = properties.get(key);
        return v instanceof Number ? Optional.of(((Number) v).doubleValue()) : Optional.empty();
    }

    public Names names() {
        return names;
    }

    /** The feature's {@code type} property ("airfield", "claim", ...), or null. */
    public String type() {
        return string("type");
    }

    public TimeSpan validity() {
        return validity;
    }

    /** Whether the feature is drawn, listed and analysed at the date: see {@link #shownDuring()}. */
    public boolean isValidAt(LocalDate date) {
        return shown.contains(date);
    }

    /**
     * When the feature existed: its {@link #validity()}, except that an undated built place (settlement, port,
     * airfield) is not assumed to have existed forever. It starts with its earliest {@code former_names} entry
     * when it has any, else with the present era ({@link #PRESENT_ERA_SINCE}): a place known only by its
     * present name must not appear on an 1875 map. Natural features (capes, islets, islands) stay undated.
     */
    public TimeSpan shownDuring() {
        return shown;
    }

    /** The names a place carried before its present ones ({@code former_names}). */
    public PeriodNames formerNames() {
        return formerNames;
    }

    /** The names in use at the date (null = today): a former set when one covers the date, else the present. */
    public Names namesAt(LocalDate date) {
        Names former = formerNames.at(date);
        return former != null ? former : names;
    }

    public Source source() {
        return source;
    }

    public Optional<Confidence> confidence() {
        return Confidence.parse(string("confidence"));
    }

    public Optional<Precision> precision() {
        return Precision.parse(string("precision"));
    }

    /** The label under a viewpoint, falling back to the id. */
    public String label(Viewpoint viewpoint) {
        return label(viewpoint, null);
    }

    /** The label under a viewpoint with the names in use at the date (null = today), falling back to the id. */
    public String label(Viewpoint viewpoint, LocalDate date) {
        String l = namesAt(date).label(viewpoint);
        return l != null ? l : Objects.toString(id(), "");
    }

    /** Same feature with another geometry (used when repairing or simplifying). */
    public Feature withGeometry(Geometry newGeometry) {
        return new Feature(id, newGeometry, properties);
    }

    /* The shared empty values when a property is absent: a million plain points then hold none of their own. */
    private Names readNames() {
        String en = string("name_en");
        String ja = string("name_ja");
        String ru = string("name_ru");
        String jaLatin = string("name_ja_latn");
        return en == null && ja == null && ru == null && jaLatin == null ? Names.NONE : new Names(en, ja, ru, jaLatin);
    }

    private TimeSpan readValidity() {
        LocalDate from = parseDate(string("valid_from"));
        LocalDate to = parseDate(string("valid_to"));
        if (from == null && to == null) {
            return TimeSpan.ALWAYS;
        }
        if (from != null && to != null && to.isBefore(from)) {
            return TimeSpan.ALWAYS;
        }
        return new TimeSpan(from, to);
    }

    private TimeSpan readShown() {
        String type = type();
        if (validity.from() != null || type == null || !BUILT_PLACES.contains(type)
                || (geometry != null && geometry.getDimension() != 0)) {
            return validity;
        }
        LocalDate from = formerNames.isEmpty() ? PRESENT_ERA_SINCE : formerNames.earliest();
        if (from == null || (validity.to() != null && validity.to().isBefore(from))) {
            return validity;
        }
        return from == PRESENT_ERA_SINCE && validity.to() == null ? PRESENT_ERA : new TimeSpan(from, validity.to());
    }

    /**
     * Parses an ISO date; a year ("1855") or year-month ("1855-02") is read as its first day.
     * Returns null for blank or unreadable text; the reader reports unreadable dates as problems.
     */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            if (isYear(t)) {
                return LocalDate.of(Integer.parseInt(t), 1, 1);
            }
            if (isYearMonth(t)) {
                return LocalDate.parse(t + "-01");
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /* "-?dddd", "dddd-dd": by hand, as a regex costs a matcher for each of a million dated features */
    private static boolean isYear(String t) {
        int start = t.startsWith("-") ? 1 : 0;
        return t.length() == start + 4 && digits(t, start, t.length());
    }

    private static boolean isYearMonth(String t) {
        return t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7);
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Feature)) {
            return false;
        }
        Feature f = (Feature) o;
        return Objects.equals(id, f.id) && Objects.equals(properties, f.properties)
                && (geometry == null ? f.geometry == null
                        : f.geometry != null && geometry.equalsExact(f.geometry)
                                && geometry.getGeometryType().equals(f.geometry.getGeometryType()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, properties, geometry == null ? 0 : geometry.getNumPoints());
    }

    @Override
    public String toString() {
        return "Feature[" + id() + ", " + (geometry == null ? "no geometry" : geometry.getGeometryType()) + ", "
                + names.en() + "]";
    }
}
