package org.claimscape.io.postgis;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a PostGIS layer lives: host, port, database, user, and optionally a table ({@code schema.name}) and its
 * geometry column. Never holds a password, so it may be shown, logged and kept in a workspace as it is. Written
 * and read as a URI, as libpq and the command line take it: {@code postgresql://user@host:port/db?table=t}
 * ({@code postgres://} too; {@code geometry=col} picks one of several geometry columns).
 *
 * <p>Immutable.
 *
 * @param host           host name or address
 * @param port           TCP port (5432 by default)
 * @param database       database name
 * @param user           user name (null: the system user, as libpq does)
 * @param table          table or view, {@code name} or {@code schema.name}, or null for the database alone
 * @param geometryColumn the geometry column when the table has several, or null
 */
public record PostgisSpec(String host, int port, String database, String user, String table, String geometryColumn) {

    /** PostgreSQL's port. */
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern URI = Pattern.compile(
            "(?i)(?:postgresql|postgres)://(?:([^@/]*)@)?(\\[[^\\]]+\\]|[^:/?#]*)(?::(\\d+))?(?:/([^?#]*))?(?:\\?([^#]*))?");

    public PostgisSpec {
        if (host == null || host.isBlank()) {
            host = "localhost";
        }
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, not " + port);
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("no database given");
        }
        table = blankToNull(table);
        geometryColumn = blankToNull(geometryColumn);
        user = blankToNull(user);
    }

    /** True when the text is a {@code postgresql://} or {@code postgres://} URI (and not a file name). */
    public static boolean isUri(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /**
     * Reads {@code postgresql://[user[:password]@]host[:port]/database[?table=t&geometry=g]}; a password in the
     * URI is dropped here (see {@link #passwordIn}).
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static PostgisSpec parse(String uri) {
        Matcher m = URI.matcher(uri == null ? "" : uri.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL URI: " + uri
                    + " (expected postgresql://user@host:port/database?table=name)");
        }
        String user = m.group(1) == null ? null : decode(m.group(1).replaceFirst(":.*", ""));
        String host = m.group(2);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = DEFAULT_PORT;
        if (m.group(3) != null) {
            try {
                port = Integer.parseInt(m.group(3));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in " + redact(uri));
            }
        }
        String db = m.group(4) == null ? "" : decode(m.group(4));
        if (db.isBlank()) {
            throw new IllegalArgumentException("no database in " + redact(uri)
                    + " (expected postgresql://user@host:port/database)");
        }
        Map<String, String> query = query(m.group(5));
        return new PostgisSpec(host, port, db, user, query.get("table"), query.get("geometry"));
    }

    /** The password written in a URI ({@code user:password@}), if any. */
    public static Optional<char[]> passwordIn(String uri) {
        Matcher m = URI.matcher(uri == null ? "" : uri.strip());
        if (!m.matches() || m.group(1) == null || !m.group(1).contains(":")) {
            return Optional.empty();
        }
        return Optional.of(decode(m.group(1).substring(m.group(1).indexOf(':') + 1)).toCharArray());
    }

    /** The URI with any password replaced by {@code ***}, for messages. */
    public static String redact(String uri) {
        return uri == null ? "" : uri.replaceFirst("(?i)((?:postgresql|postgres)://[^:@/]*):[^@/]*@", "$1:***@");
    }

    /** The same connection with another table. */
    public PostgisSpec withTable(String newTable, String newGeometryColumn) {
        return new PostgisSpec(host, port, database, user, newTable, newGeometryColumn);
    }

    /** The same connection without a table. */
    public PostgisSpec withoutTable() {
        return withTable(null, null);
    }

    /** The schema of the table ({@code public} when unqualified), or null without a table. */
    public String schema() {
        if (table == null) {
            return null;
        }
        int dot = table.indexOf('.');
        return dot < 0 ? "public" : table.substring(0, dot);
    }

    /** The table's name without its schema, or null. */
    public String tableName() {
        if (table == null) {
            return null;
        }
        int dot = table.indexOf('.');
        return dot < 0 ? table : table.substring(dot + 1);
    }

    /** The JDBC URL (no user, no password: they go in the connection properties). */
    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** {@code postgresql://user@host:port/db?table=t}: never a password. */
    public String toUri() {
        StringBuilder sb = new StringBuilder("postgresql://");
        if (user != null) {
            sb.append(encode(user)).append('@');
        }
        sb.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/')
                .append(encode(database));
        String sep = "?";
        if (table != null) {
            sb.append(sep).append("table=").append(encode(table));
            sep = "&";
        }
        if (geometryColumn != null) {
            sb.append(sep).append("geometry=").append(encode(geometryColumn));
        }
        return sb.toString();
    }

    /** "user@host:port/db" (and "/table"): for titles and messages. */
    public String label() {
        return (user == null ? "" : user + "@") + host + ":" + port + "/" + database
                + (table == null ? "" : "/" + table);
    }

    @Override
    public String toString() {
        return toUri();
    }

    private static Map<String, String> query(String q) {
        Map<String, String> out = new LinkedHashMap<>();
        if (q == null || q.isEmpty()) {
            return out;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(decode(pair.substring(0, eq)).toLowerCase(Locale.ROOT), decode(pair.substring(eq + 1)));
            }
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2E", ".")
                .replace("%2D", "-").replace("%5F", "_");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
