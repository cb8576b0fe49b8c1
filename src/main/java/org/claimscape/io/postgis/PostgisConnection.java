package org.claimscape.io.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.locationtech.jts.geom.Envelope;

/**
 * An open connection to a PostGIS database: lists its spatial tables and views, describes one, gives its extent.
 * The password is used to connect and then forgotten; without one the driver looks in {@code ~/.pgpass} (or the
 * file named by {@code PGPASSFILE}). TLS is used when the server offers it ({@code sslmode=prefer}), or as the
 * {@code sslmode} system property {@code claimscape.pg.sslmode} asks.
 *
 * <p>Not thread-safe: one thread at a time (a reader, a writer); the window opens one per task.
 */
public final class PostgisConnection implements AutoCloseable {

    /** Seconds to wait for the server before "no server answers". */
    public static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final PostgisSpec spec;
    private final Connection jdbc;
    private final String postgisVersion;
    private final boolean encrypted;

    private PostgisConnection(PostgisSpec spec, Connection jdbc, String postgisVersion, boolean encrypted) {
        this.spec = spec;
        this.jdbc = jdbc;
        this.postgisVersion = postgisVersion;
        this.encrypted = encrypted;
    }

    /**
     * Connects.
     *
     * @param password the password, or null to use ~/.pgpass (the array is cleared afterwards)
     * @throws PostgisException with a plain message: wrong password, no server, no database, no PostGIS
     */
    public static PostgisConnection open(PostgisSpec spec, char[] password) throws PostgisException {
        String where = spec.withoutTable().label();
        Properties p = new Properties();
        p.setProperty("user", spec.user() != null ? spec.user() : System.getProperty("user.name", "postgres"));
        if (password != null) {
            p.setProperty("password", new String(password));
            Arrays.fill(password, '\0');
        }
        p.setProperty("ApplicationName", "Claimscape");
        p.setProperty("sslmode", System.getProperty("claimscape.pg.sslmode", "prefer"));
        p.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("socketFactory", DirectSocketFactory.class.getName());
        Connection c;
        try {
            c = DriverManager.getConnection(spec.jdbcUrl(), p);
        } catch (SQLException e) {
            throw PostgisException.of(e, where, "connect to");
        }
        try {
            String version = null;
            boolean ssl = false;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT (SELECT extversion FROM pg_extension WHERE extname = 'postgis'),"
                         + " coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)")) {
                r.next();
                version = r.getString(1);
                ssl = r.getBoolean(2);
            }
            if (version == null) {
                c.close();
                throw new PostgisException(PostgisException.Kind.NO_POSTGIS, "Cannot use " + where
                        + ": the database has no PostGIS extension (CREATE EXTENSION postgis)");
            }
            return new PostgisConnection(spec.withoutTable(), c, version, ssl);
        } catch (SQLException e) {
            closeQuietly(c);
            throw PostgisException.of(e, where, "connect to");
        }
    }

    /** The connection as given, without a table. */
    public PostgisSpec spec() {
        return spec;
    }

    /** The PostGIS extension's version. */
    public String postgisVersion() {
        return postgisVersion;
    }

    /** Whether the connection is encrypted (TLS). */
    public boolean isEncrypted() {
        return encrypted;
    }

    /** The JDBC connection, for the readers and writers of this package. */
    Connection jdbc() {
        return jdbc;
    }

    /** The server process's id (as {@code pg_backend_pid()} and notifications give it). */
    public int backendPid() throws PostgisException {
        try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw PostgisException.of(e, spec.label(), "query");
        }
    }

    /** The spatial tables and views (every row of {@code geometry_columns}), by schema and name. */
    public List<PostgisTable> tables() throws PostgisException {
        try {
            return describe(null, null);
        } catch (SQLException e) {
            throw PostgisException.of(e, spec.label(), "list the tables of");
        }
    }

    /**
     * The table a spec names ({@code name} is looked for in {@code public} first, then in any schema), with the
     * spec's geometry column or its first one.
     *
     * @throws PostgisException NO_SUCH_TABLE when there is no such table or view, or it has no geometry column
     */
    public PostgisTable table(PostgisSpec tableSpec) throws PostgisException {
        if (tableSpec.table() == null) {
            throw new PostgisException(PostgisException.Kind.NO_SUCH_TABLE, spec.label()
                    + ": no table given (add ?table=name to the URI)");
        }
        String name = tableSpec.tableName();
        boolean qualified = tableSpec.table().contains(".");
        try {
            List<PostgisTable> found = describe(qualified ? tableSpec.schema() : null, name);
            found.sort((a, b) -> Boolean.compare(!"public".equals(a.schema()), !"public".equals(b.schema())));
            for (PostgisTable t : found) {
                if (tableSpec.geometryColumn() == null || t.geometryColumn().equals(tableSpec.geometryColumn())) {
                    return t;
                }
            }
            if (!found.isEmpty()) {
                throw new PostgisException(PostgisException.Kind.NO_SUCH_TABLE, spec.label() + ": "
                        + tableSpec.table() + " has no geometry column " + tableSpec.geometryColumn());
            }
            try (PreparedStatement s = jdbc.prepareStatement("SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE c.relname = ? AND (? IS NULL OR n.nspname = ?)")) {
                s.setString(1, name);
                s.setString(2, qualified ? tableSpec.schema() : null);
                s.setString(3, qualified ? tableSpec.schema() : null);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        throw new PostgisException(PostgisException.Kind.NO_SUCH_TABLE, spec.label() + ": "
                                + tableSpec.table() + " has no geometry column, so it cannot be shown on the map");
                    }
                }
            }
            throw new PostgisException(PostgisException.Kind.NO_SUCH_TABLE, spec.label() + ": there is no table or "
                    + "view " + tableSpec.table() + " in the database");
        } catch (SQLException e) {
            throw PostgisException.of(e, spec.label(), "describe " + tableSpec.table() + " in");
        }
    }

    /** The table again, as it is now (its columns may have changed). */
    public PostgisTable refresh(PostgisTable table) throws PostgisException {
        return table(spec.withTable(table.schema() + "." + table.name(), table.geometryColumn()));
    }

    /** Whether the database has a table or view of this name (spatial or not). */
    public boolean exists(String schema, String name) throws PostgisException {
        try (PreparedStatement s = jdbc.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            s.setString(1, PostgisTable.quote(schema) + "." + PostgisTable.quote(name));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        } catch (SQLException e) {
            throw PostgisException.of(e, spec.label(), "query");
        }
    }

    /**
     * The table's extent in degrees (x = longitude): the planner's estimate when the table was analysed, else
     * computed; a null envelope for an empty table.
     */
    public Envelope extent(PostgisTable t) throws PostgisException {
        String srid = String.valueOf(t.srid() == 0 ? 4326 : t.srid());
        String box = null;
        if (!t.view()) {
            box = "ST_EstimatedExtent(" + literal(t.schema()) + ", " + literal(t.name()) + ", "
                    + literal(t.geometryColumn()) + ")";
        }
        String exact = "(SELECT ST_Extent(" + PostgisTable.quote(t.geometryColumn()) + ") FROM " + t.sqlName() + ")";
        String b = box == null ? exact : "coalesce(" + box + ", " + exact + ")";
        String sql = "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Transform(ST_SetSRID("
                + b + "::geometry, " + srid + "), 4326) AS e) x";
        try (Statement s = jdbc.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (!r.next() || r.getObject(1) == null) {
                return new Envelope();
            }
            return new Envelope(r.getDouble(1), r.getDouble(3), r.getDouble(2), r.getDouble(4));
        } catch (SQLException e) {
            throw PostgisException.of(e, spec.label() + "/" + t.qualifiedName(), "measure");
        }
    }

    @Override
    public void close() {
        closeQuietly(jdbc);
    }

    /** Whether the connection still works (a round trip, at most two seconds). */
    public boolean isAlive() {
        try {
            return jdbc.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ catalog

    private List<PostgisTable> describe(String schema, String name) throws SQLException {
        String sql = "SELECT g.f_table_schema, g.f_table_name, g.f_geometry_column, g.srid, g.type, c.relkind, "
                + "c.reltuples::bigint, c.oid, ("
                + "  SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                + "  AND a.attnum = i.indkey[0] WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1)"
                + " FROM geometry_columns g"
                + " JOIN pg_namespace n ON n.nspname = g.f_table_schema"
                + " JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = g.f_table_name"
                + " WHERE (? IS NULL OR g.f_table_schema = ?) AND (? IS NULL OR g.f_table_name = ?)"
                + " AND has_table_privilege(c.oid, 'SELECT')"
                + " ORDER BY 1, 2, 3";
        record Row(String schema, String name, String geom, int srid, String type, boolean view, long rows, long oid,
                   String pk) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = jdbc.prepareStatement(sql)) {
            s.setString(1, schema);
            s.setString(2, schema);
            s.setString(3, name);
            s.setString(4, name);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String kind = r.getString(6);
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                            !"r".equals(kind) && !"p".equals(kind), r.getLong(7), r.getLong(8), r.getString(9)));
                }
            }
        }
        Map<Long, List<PostgisTable.Column>> columns = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            try (PreparedStatement s = jdbc.prepareStatement("SELECT a.attrelid, a.attname, "
                    + "format_type(a.atttypid, a.atttypmod), t.typname FROM pg_attribute a JOIN pg_type t ON "
                    + "t.oid = a.atttypid WHERE a.attrelid::bigint = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped "
                    + "ORDER BY a.attrelid, a.attnum")) {
                s.setArray(1, jdbc.createArrayOf("int8", rows.stream().map(Row::oid).distinct().toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String typ = r.getString(4);
                        if (!"geometry".equals(typ) && !"geography".equals(typ)) {
                            columns.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                                    .add(new PostgisTable.Column(r.getString(2), r.getString(3)));
                        }
                    }
                }
            }
        }
        List<PostgisTable> out = new ArrayList<>();
        for (Row row : rows) {
            List<PostgisTable.Column> cols = new ArrayList<>(columns.getOrDefault(row.oid(), List.of()));
            cols.removeIf(c -> c.name().equals(row.pk()));
            out.add(new PostgisTable(row.schema(), row.name(), row.geom(), row.srid(), row.type(), row.view(),
                    row.pk(), cols, row.rows()));
        }
        return out;
    }

    /** An SQL string literal. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to do
        }
    }
}
