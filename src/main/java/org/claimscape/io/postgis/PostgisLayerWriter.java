package org.claimscape.io.postgis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimscape.model.Feature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes features to a PostGIS table in one transaction: all of them are there afterwards, or, when anything fails
 * (a value that does not fit, the connection lost), none are and the table is as it was. Rows go through
 * {@code COPY} into a temporary table (geometries as WKB from JTS), then one {@code INSERT ... SELECT} puts them in
 * place, transformed to the table's SRID.
 *
 * <p>A new table gets: a primary key {@code fid} (the features' ids when they are all there, unique; else numbers
 * made by the server, the ids kept in {@code feature_id}), a {@code geom} column of SRID 4326 (of the features'
 * one geometry type, or any), a column per property with a type read from the values ({@code bigint},
 * {@code double precision}, {@code numeric}, {@code boolean}, {@code date} for ISO dates in {@code valid_from} /
 * {@code valid_to}, {@code jsonb} for lists and objects, else {@code text}), and a GiST index.
 *
 * <p>Stateless.
 */
public final class PostgisLayerWriter {

    /** What to do with the table. */
    public enum Mode {
        /** Make a new table; refused when it exists. */
        CREATE,
        /** Drop the table if it exists, then make it anew. */
        REPLACE,
        /** Add the features to an existing table (its missing columns are added). */
        APPEND
    }

    /**
     * A change of one row: new values of some columns (null values clear them) and, when not null, a new
     * geometry. Immutable.
     *
     * @param id       the row's primary key value
     * @param values   changed columns and their new values
     * @param geometry the new geometry in lon/lat, or null to keep it
     */
    public record Edit(Object id, Map<String, Object> values, Geometry geometry) {
        public Edit {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The rows a save changed. */
    public record Saved(long added, long changed, long deleted) {
    }

    private static final Pattern ISO_DATE = Pattern.compile("-?\\d{4}-\\d{2}-\\d{2}");
    private static final JsonFactory JSON = new JsonFactory();
    private static final String STAGE = "claimscape_stage";
    private static final int MAX_IDENTIFIER_BYTES = 63;

    /**
     * Writes features to {@code schema.name}, in one transaction.
     *
     * @return the number of rows written
     * @throws PostgisException WRITE_REFUSED when the table exists (CREATE), is missing or a view (APPEND), or a
     *                          value does not fit; CONNECTION_LOST, PERMISSION, ... as the server says
     */
    public long write(PostgisConnection connection, String schema, String name, List<Feature> features, Mode mode)
            throws PostgisException {
        String where = connection.spec().label() + "/" + schema + "." + name;
        check(schema, where);
        check(name, where);
        return inTransaction(connection, where, "write to", c -> {
            boolean exists = connection.exists(schema, name);
            if (mode == Mode.CREATE && exists) {
                throw new PostgisException(PostgisException.Kind.WRITE_REFUSED, "Cannot write to " + where
                        + ": the table exists already (choose another name, or replace or append to it)");
            }
            if (mode == Mode.APPEND && exists) {
                PostgisTable t = connection.table(connection.spec().withTable(schema + "." + name, null));
                return append(connection, c, t, features, where);
            }
            if (mode == Mode.APPEND) {
                throw new PostgisException(PostgisException.Kind.WRITE_REFUSED, "Cannot append to " + where
                        + ": there is no such table");
            }
            if (exists) {
                exec(c, "DROP TABLE " + PostgisTable.quote(schema) + "." + PostgisTable.quote(name));
            }
            return create(c, schema, name, features, where);
        });
    }

    /**
     * Saves edits made in the window to a table with a primary key, in one transaction: rows added, values and
     * geometries changed, rows deleted. A changed or deleted row that is no longer there (someone else deleted
     * it) fails the whole save.
     */
    public Saved save(PostgisConnection connection, PostgisTable table, List<Feature> added, List<Edit> edits,
                      List<Object> deleted) throws PostgisException {
        String where = connection.spec().label() + "/" + table.qualifiedName();
        if (!table.isEditable()) {
            throw new PostgisException(PostgisException.Kind.WRITE_REFUSED, "Cannot save to " + where + ": "
                    + (table.view() ? "it is a view" : "it has no single-column primary key to find rows by"));
        }
        long[] counts = new long[3];
        inTransaction(connection, where, "save to", c -> {
            PostgisTable t = connection.refresh(table);
            String key = PostgisTable.quote(t.primaryKey());
            String keyType = keyType(c, t);
            for (Edit e : edits) {
                Set<String> columns = new HashSet<>();
                t.columns().forEach(col -> columns.add(col.name()));
                List<String> sets = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                for (Map.Entry<String, Object> v : e.values().entrySet()) {
                    if (v.getKey().equals(t.primaryKey())) {
                        continue;
                    }
                    check(v.getKey(), where);
                    if (!columns.contains(v.getKey())) {
                        String type = columnType(v.getKey(), List.of(v.getValue() == null ? "" : v.getValue()));
                        exec(c, "ALTER TABLE " + t.sqlName() + " ADD COLUMN " + PostgisTable.quote(v.getKey()) + " "
                                + type);
                        t = connection.refresh(t);
                        t.columns().forEach(col -> columns.add(col.name()));
                    }
                    sets.add(PostgisTable.quote(v.getKey()) + " = CAST(? AS " + t.column(v.getKey()).type() + ")");
                    values.add(v.getValue());
                }
                if (e.geometry() != null) {
                    sets.add(PostgisTable.quote(t.geometryColumn()) + " = " + fromLonLat(t, "ST_GeomFromWKB(?, 4326)"));
                    values.add(e.geometry());
                }
                if (sets.isEmpty()) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE " + t.sqlName() + " SET " + String.join(", ",
                        sets) + " WHERE " + key + " = CAST(? AS " + keyType + ")")) {
                    int i = 1;
                    for (Object v : values) {
                        if (v instanceof Geometry g) {
                            s.setBytes(i++, new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g));
                        } else if (v == null) {
                            s.setNull(i++, Types.VARCHAR);
                        } else {
                            s.setString(i++, text(v));
                        }
                    }
                    s.setString(i, e.id().toString());
                    if (s.executeUpdate() == 0) {
                        throw new PostgisException(PostgisException.Kind.WRITE_REFUSED, "Cannot save to " + where
                                + ": feature " + e.id() + " is no longer in the table (deleted by someone else?); "
                                + "nothing was saved. Refresh the layer and edit again.");
                    }
                    counts[1]++;
                }
            }
            for (Object id : deleted) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + t.sqlName() + " WHERE " + key
                        + " = CAST(? AS " + keyType + ")")) {
                    s.setString(1, id.toString());
                    counts[2] += s.executeUpdate();
                }
            }
            if (!added.isEmpty()) {
                counts[0] = append(connection, c, t, added, where);
            }
            return counts[0];
        });
        return new Saved(counts[0], counts[1], counts[2]);
    }

    // ------------------------------------------------------------------ create and append

    private long create(Connection c, String schema, String name, List<Feature> features, String where)
            throws SQLException, PostgisException {
        Map<String, String> columns = columns(features, where);
        Ids ids = ids(features, columns.keySet());
        String geomType = geometryType(features);
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(PostgisTable.quote(schema)).append('.')
                .append(PostgisTable.quote(name)).append(" (").append(PostgisTable.quote(ids.column())).append(' ')
                .append(ids.type() == null ? "bigint GENERATED BY DEFAULT AS IDENTITY" : ids.type())
                .append(" PRIMARY KEY, geom geometry(").append(geomType).append(", 4326)");
        if (ids.keptAs() != null) {
            ddl.append(", ").append(PostgisTable.quote(ids.keptAs())).append(" text");
        }
        for (Map.Entry<String, String> col : columns.entrySet()) {
            ddl.append(", ").append(PostgisTable.quote(col.getKey())).append(' ').append(col.getValue());
        }
        exec(c, ddl.append(')').toString());
        List<String> stageColumns = stage(c, ids, columns, features);
        List<String> target = new ArrayList<>();
        List<String> source = new ArrayList<>();
        if (ids.type() != null) {
            target.add(PostgisTable.quote(ids.column()));
            source.add("CAST(fid AS " + ids.type() + ")");
        } else if (ids.keptAs() != null) {
            target.add(PostgisTable.quote(ids.keptAs()));
            source.add("fid");
        }
        target.add("geom");
        source.add(geomType.startsWith("Multi") ? "ST_Multi(ST_SetSRID(geom, 4326))" : "ST_SetSRID(geom, 4326)");
        for (String col : stageColumns) {
            target.add(PostgisTable.quote(col));
            source.add(PostgisTable.quote(col));
        }
        String table = PostgisTable.quote(schema) + "." + PostgisTable.quote(name);
        long n = insert(c, table, target, source);
        exec(c, "CREATE INDEX ON " + table + " USING GIST (geom)");
        exec(c, "ANALYZE " + table);
        return n;
    }

    private long append(PostgisConnection connection, Connection c, PostgisTable t, List<Feature> features,
                        String where) throws SQLException, PostgisException {
        if (t.view()) {
            throw new PostgisException(PostgisException.Kind.WRITE_REFUSED, "Cannot write to " + where
                    + ": it is a view");
        }
        Map<String, String> columns = columns(features, where);
        columns.remove(t.primaryKey());
        for (Map.Entry<String, String> col : columns.entrySet()) {
            if (t.column(col.getKey()) == null) {
                exec(c, "ALTER TABLE " + t.sqlName() + " ADD COLUMN " + PostgisTable.quote(col.getKey()) + " "
                        + col.getValue());
            }
        }
        PostgisTable now = connection.refresh(t);
        boolean keyMadeByServer = now.primaryKey() == null || keyHasDefault(c, now);
        boolean allIds = features.stream().allMatch(f -> f.rawId() != null);
        if (!keyMadeByServer && !allIds) {
            throw new PostgisException(PostgisException.Kind.WRITE_REFUSED, "Cannot write to " + where + ": its key "
                    + now.primaryKey() + " has no default value, and some features have no id");
        }
        Ids ids = keyMadeByServer ? new Ids(null, null, null) : new Ids(now.primaryKey(), "text", null);
        List<String> stageColumns = stage(c, ids, columns, features);
        List<String> target = new ArrayList<>();
        List<String> source = new ArrayList<>();
        if (ids.type() != null) {
            target.add(PostgisTable.quote(now.primaryKey()));
            source.add("CAST(fid AS " + keyType(c, now) + ")");
        }
        target.add(PostgisTable.quote(now.geometryColumn()));
        String g = fromLonLat(now, "ST_SetSRID(geom, 4326)");
        source.add(now.geometryType().toUpperCase().startsWith("MULTI") ? "ST_Multi(" + g + ")" : g);
        for (String col : stageColumns) {
            target.add(PostgisTable.quote(col));
            source.add("CAST(" + PostgisTable.quote(col) + " AS " + now.column(col).type() + ")");
        }
        return insert(c, now.sqlName(), target, source);
    }

    /* A lon/lat geometry expression in the table's SRID. */
    private static String fromLonLat(PostgisTable t, String lonLat) {
        return t.srid() == 4326 ? lonLat : t.srid() == 0 ? "ST_SetSRID(" + lonLat + ", 0)"
                : "ST_Transform(" + lonLat + ", " + t.srid() + ")";
    }

    private static long insert(Connection c, String table, List<String> target, List<String> source)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", target) + ") SELECT "
                    + String.join(", ", source) + " FROM " + STAGE);
        }
    }

    /**
     * Copies the features into a temporary table {@value #STAGE} (fid, geom, the columns) dropped at commit.
     *
     * @return the property columns staged, in order
     */
    private static List<String> stage(Connection c, Ids ids, Map<String, String> columns, List<Feature> features)
            throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TEMP TABLE " + STAGE + " (fid text, geom geometry");
        List<String> names = new ArrayList<>(columns.keySet());
        for (String n : names) {
            ddl.append(", ").append(PostgisTable.quote(n)).append(' ').append(columns.get(n));
        }
        exec(c, "DROP TABLE IF EXISTS pg_temp." + STAGE);
        exec(c, ddl.append(") ON COMMIT DROP").toString());
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + STAGE + " FROM STDIN (FORMAT csv)");
        try {
            WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
            StringBuilder sb = new StringBuilder(1 << 16);
            for (Feature f : features) {
                field(sb, f.rawId() == null ? null : f.rawId().toString());
                sb.append(',');
                field(sb, f.geometry() == null ? null : WKBWriter.toHex(wkb.write(f.geometry())));
                for (String n : names) {
                    sb.append(',');
                    Object v = f.property(n);
                    field(sb, v == null ? null : text(v));
                }
                sb.append('\n');
                if (sb.length() > 1 << 16) {
                    byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(b, 0, b.length);
                    sb.setLength(0);
                }
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(b, 0, b.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return names;
    }

    /* CSV: an unquoted empty field is NULL, a quoted one is the text (PostgreSQL refuses NUL characters). */
    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            return;
        }
        String v = value.indexOf('\0') >= 0 ? value.replace("\0", "") : value;
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }

    // ------------------------------------------------------------------ types

    /** The property columns and their SQL types, in first-seen order. */
    private static Map<String, String> columns(List<Feature> features, String where) throws PostgisException {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (Feature f : features) {
            for (Map.Entry<String, Object> p : f.properties().entrySet()) {
                List<Object> vs = values.computeIfAbsent(p.getKey(), k -> new ArrayList<>());
                if (p.getValue() != null) {
                    vs.add(p.getValue());
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Object>> e : values.entrySet()) {
            check(e.getKey(), where);
            out.put(e.getKey(), columnType(e.getKey(), e.getValue()));
        }
        return out;
    }

    static String columnType(String name, List<Object> values) {
        if (values.isEmpty()) {
            return "text";
        }
        boolean integral = true;
        boolean numeric = true;
        boolean big = false;
        boolean bool = true;
        boolean json = false;
        boolean dates = PostgisTable.TIME_COLUMNS.contains(name);
        for (Object v : values) {
            integral &= v instanceof Long || v instanceof Integer || v instanceof Short;
            big |= v instanceof BigDecimal || v instanceof BigInteger;
            numeric &= v instanceof Number;
            bool &= v instanceof Boolean;
            json |= v instanceof Map || v instanceof List;
            dates &= v instanceof String s && ISO_DATE.matcher(s).matches() && Feature.parseDate(s) != null;
        }
        if (json) {
            return "jsonb";
        }
        if (integral) {
            return "bigint";
        }
        if (numeric) {
            return big ? "numeric" : "double precision";
        }
        if (bool) {
            return "boolean";
        }
        return dates ? "date" : "text";
    }

    /** How the features' ids are kept: column name, its type (null: made by the server), a text column for them. */
    private record Ids(String column, String type, String keptAs) {
    }

    private static Ids ids(List<Feature> features, Set<String> propertyNames) {
        String column = propertyNames.contains("fid") ? "claimscape_fid" : "fid";
        Set<String> seen = new HashSet<>();
        boolean all = !features.isEmpty();
        boolean integral = true;
        boolean any = false;
        for (Feature f : features) {
            Object id = f.rawId();
            if (id == null) {
                all = false;
                continue;
            }
            any = true;
            all &= seen.add(id.toString());
            integral &= id instanceof Long || id instanceof Integer || id instanceof BigInteger
                    || id instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    && Math.abs(n.doubleValue()) < 9e15;
        }
        if (all) {
            return new Ids(column, integral ? "bigint" : "text", null);
        }
        String keptAs = any && !propertyNames.contains("feature_id") ? "feature_id" : null;
        return new Ids(column, null, keptAs);
    }

    private static String geometryType(List<Feature> features) {
        String type = null;
        for (Feature f : features) {
            if (f.geometry() == null) {
                continue;
            }
            String t = f.geometry().getGeometryType();
            if (type == null) {
                type = t;
            } else if (!type.equals(t)) {
                String single = type.replaceFirst("^Multi", "");
                if (single.equals(t.replaceFirst("^Multi", "")) && !"GeometryCollection".equals(t)) {
                    type = "Multi" + single;
                } else {
                    return "Geometry";
                }
            }
        }
        return type == null || "LinearRing".equals(type) ? "Geometry" : type;
    }

    /** A value as text for COPY or a cast: lists and objects as JSON. */
    static String text(Object v) {
        if (v instanceof Map || v instanceof List) {
            StringWriter w = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(w)) {
                json(g, v);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return w.toString();
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    private static void json(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                json(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                json(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Long || v instanceof Integer) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else {
            g.writeString(v.toString());
        }
    }

    private static String keyType(Connection c, PostgisTable t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                + " WHERE a.attrelid = to_regclass(?) AND a.attname = ?")) {
            s.setString(1, t.sqlName());
            s.setString(2, t.primaryKey());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "text";
            }
        }
    }

    private static boolean keyHasDefault(Connection c, PostgisTable t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT a.atthasdef OR a.attidentity <> '' FROM pg_attribute a"
                + " WHERE a.attrelid = to_regclass(?) AND a.attname = ?")) {
            s.setString(1, t.sqlName());
            s.setString(2, t.primaryKey());
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    private static void check(String identifier, String where) throws PostgisException {
        if (identifier == null || identifier.isBlank()
                || identifier.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
            throw new PostgisException(PostgisException.Kind.WRITE_REFUSED, "Cannot write to " + where + ": \""
                    + identifier + "\" cannot be a table or column name (1 to 63 bytes)");
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    // ------------------------------------------------------------------ transaction

    @FunctionalInterface
    private interface Work {
        long run(Connection c) throws SQLException, PostgisException;
    }

    /* Everything or nothing: a failure rolls the transaction back, the connection is left in autocommit. */
    private static long inTransaction(PostgisConnection connection, String where, String doing, Work work)
            throws PostgisException {
        Connection c = connection.jdbc();
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw PostgisException.of(e, where, doing);
        }
        try {
            long n = work.run(c);
            c.commit();
            return n;
        } catch (SQLException e) {
            rollback(c);
            throw PostgisException.of(e, where, doing);
        } catch (PostgisException | RuntimeException e) {
            rollback(c);
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                // a lost connection: the failure above says so
            }
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the server rolls back a transaction whose connection is gone
        }
    }
}
