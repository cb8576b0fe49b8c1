package org.claimscape.io.postgis;

import java.util.List;
import java.util.Locale;

/**
 * A spatial table or view of a PostGIS database, as {@code geometry_columns} and the catalog describe it.
 * Immutable.
 *
 * @param schema         schema name
 * @param name           table or view name
 * @param geometryColumn its geometry column
 * @param srid           the column's SRID (0 when unknown or mixed)
 * @param geometryType   {@code POINT}, {@code MULTIPOLYGON}, ..., {@code GEOMETRY} for any
 * @param view           true for a view (or materialized view), which is read only
 * @param primaryKey     the single-column primary key, or null (then the features have no ids and cannot be edited)
 * @param columns        the other columns, in table order (geometry columns left out)
 * @param estimatedRows  the planner's estimate of its rows (-1 when never analysed)
 */
public record PostgisTable(String schema, String name, String geometryColumn, int srid, String geometryType,
                           boolean view, String primaryKey, List<Column> columns, long estimatedRows) {

    /** The columns holding the validity dates, read as the features' time span. */
    public static final List<String> TIME_COLUMNS = List.of("valid_from", "valid_to");

    /** A column and its SQL type as {@code format_type} gives it ({@code text}, {@code date}, ...). */
    public record Column(String name, String type) {
    }

    public PostgisTable {
        columns = List.copyOf(columns);
    }

    /** {@code schema.name}, each part quoted only when it needs to be (for messages and URIs). */
    public String qualifiedName() {
        return ("public".equals(schema) ? "" : schema + ".") + name;
    }

    /** The quoted identifier for SQL: {@code "schema"."name"}. */
    public String sqlName() {
        return quote(schema) + "." + quote(name);
    }

    /** Whether it has a {@code valid_from} or {@code valid_to} column. */
    public boolean hasTimeColumns() {
        return columns.stream().anyMatch(c -> TIME_COLUMNS.contains(c.name()));
    }

    /** Whether edits can be saved to it: a table with a primary key. */
    public boolean isEditable() {
        return !view && primaryKey != null;
    }

    /** The column with this name, or null. */
    public Column column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return c;
            }
        }
        return null;
    }

    /** A line for a list: "public.sites (POINT, SRID 4326, ~1,000 rows, view, dated)". */
    public String summary() {
        StringBuilder sb = new StringBuilder(schema + "." + name);
        sb.append(" (").append(geometryType.toUpperCase(Locale.ROOT)).append(", SRID ").append(srid);
        if (estimatedRows >= 0) {
            sb.append(String.format(Locale.ROOT, ", ~%,d rows", estimatedRows));
        }
        if (view) {
            sb.append(", view");
        }
        if (hasTimeColumns()) {
            sb.append(", dated");
        }
        return sb.append(')').toString();
    }

    /** An SQL identifier in double quotes, inner quotes doubled. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
