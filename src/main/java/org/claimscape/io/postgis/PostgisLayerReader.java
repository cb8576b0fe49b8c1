package org.claimscape.io.postgis;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscape.analysis.FastValidityCheck;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.postgresql.util.PGobject;

/**
 * Reads a PostGIS table or view into {@link Feature}s, as {@link org.claimscape.io.GeoJsonLayerReader} reads a
 * file: the same result type, the same problems (a row is a "feature #n", its key the id), the same time span from
 * {@code valid_from} / {@code valid_to} columns. Only what is asked is fetched:
 * <ul>
 *   <li>{@link #withBounds}: the rows whose geometry's box meets a lon/lat box, with the {@code &&} operator on
 *       the box transformed to the table's SRID, so the table's spatial (GiST) index answers;</li>
 *   <li>{@link #withTolerance}: lines and areas simplified by the server
 *       ({@code ST_SimplifyPreserveTopology}) for small scales;</li>
 *   <li>{@link #withThinning}: points thinned by the server to one row per grid cell, for small scales over
 *       large tables ({@link ReadWindow} decides when).</li>
 * </ul>
 * Geometries come as WKB ({@code ST_AsBinary}) in lon/lat ({@code ST_Transform} to 4326 by the server), curves
 * as lines, without Z or M. Rows stream from a cursor: memory holds the features, not the result set.
 *
 * <p>Immutable; each {@code read} uses the connection it is given.
 */
public final class PostgisLayerReader {

    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 2000;

    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);
    private static final Set<String> CURVED = Set.of("GEOMETRY", "GEOMETRYCOLLECTION", "CIRCULARSTRING",
            "COMPOUNDCURVE", "CURVEPOLYGON", "MULTICURVE", "MULTISURFACE");
    private static final Set<String> POINTS = Set.of("POINT", "MULTIPOINT");
    /* Names in the queries that a table's own columns are unlikely to have. */
    private static final String ROW = "claimscape_row";
    private static final String KEY = "claimscape_key";
    private static final String GEOM = "claimscape_geom";
    private static final Pattern PLAN_ROWS = Pattern.compile("rows=(\\d+)");

    /* Each with... copies the options with one changed. */
    private record Options(Envelope bounds, double tolerance, double cell, boolean rowKeys, boolean repair,
                           boolean validate, long limit, LongConsumer progress, BooleanSupplier cancelled) {
    }

    private final Options options;

    /** A reader of whole tables, without simplification, checking and not repairing polygons. */
    public PostgisLayerReader() {
        this(new Options(null, 0, 0, false, false, true, Long.MAX_VALUE, n -> { }, () -> false));
    }

    private PostgisLayerReader(Options options) {
        this.options = options;
    }

    /** Only the rows whose geometry's bounding box meets this box in degrees (x = longitude); null for all. */
    public PostgisLayerReader withBounds(Envelope lonLat) {
        Options o = options;
        return new PostgisLayerReader(new Options(lonLat == null ? null : new Envelope(lonLat), o.tolerance(),
                o.cell(), o.rowKeys(), o.repair(), o.validate(), o.limit(), o.progress(), o.cancelled()));
    }

    /** Lines and areas simplified by the server to this tolerance in degrees (0: as stored). */
    public PostgisLayerReader withTolerance(double degrees) {
        Options o = options;
        return new PostgisLayerReader(new Options(o.bounds(), Math.max(0, degrees), o.cell(), o.rowKeys(),
                o.repair(), o.validate(), o.limit(), o.progress(), o.cancelled()));
    }

    /**
     * Points thinned by the server to one row per cell of a lon/lat grid of this side in degrees (0: every row).
     * The grid is fixed to the origin, so a pan keeps the cells, and each cell keeps its row with the lowest key,
     * so a read again keeps the rows. The result's {@link GeoJsonReadResult#featuresSeen()} counts the rows the
     * cells stand for. Lines and areas are not thinned.
     */
    public PostgisLayerReader withThinning(double cellDegrees) {
        Options o = options;
        return new PostgisLayerReader(new Options(o.bounds(), o.tolerance(), Math.max(0, cellDegrees), o.rowKeys(),
                o.repair(), o.validate(), o.limit(), o.progress(), o.cancelled()));
    }

    /**
     * Rows of a table without a primary key get an id that stays the same from read to read while the row is
     * unchanged ({@code "row (page,item)"} from a table's {@code ctid}, {@code "row <hash>"} from a view row's
     * text), so that a layer read again as the view moves keeps its selection. Off by default: such ids mean
     * nothing outside the session, so a file converted from the table gets none.
     */
    public PostgisLayerReader withRowKeys(boolean on) {
        Options o = options;
        return new PostgisLayerReader(new Options(o.bounds(), o.tolerance(), o.cell(), on, o.repair(), o.validate(),
                o.limit(), o.progress(), o.cancelled()));
    }

    /** Invalid polygons repaired with {@link GeometryFixer} and kept, with a warning, instead of dropped. */
    public PostgisLayerReader withRepair(boolean on) {
        Options o = options;
        return new PostgisLayerReader(new Options(o.bounds(), o.tolerance(), o.cell(), o.rowKeys(), on, o.validate(),
                o.limit(), o.progress(), o.cancelled()));
    }

    /** Whether polygons are checked for validity (on by default). */
    public PostgisLayerReader withValidation(boolean on) {
        Options o = options;
        return new PostgisLayerReader(new Options(o.bounds(), o.tolerance(), o.cell(), o.rowKeys(), o.repair(), on,
                o.limit(), o.progress(), o.cancelled()));
    }

    /** At most this many rows; when there are more, the read says so with a warning. */
    public PostgisLayerReader withLimit(long rows) {
        Options o = options;
        return new PostgisLayerReader(new Options(o.bounds(), o.tolerance(), o.cell(), o.rowKeys(), o.repair(),
                o.validate(), Math.max(1, rows), o.progress(), o.cancelled()));
    }

    /** Receives the number of rows read so far, from time to time. */
    public PostgisLayerReader withProgress(LongConsumer rows) {
        Options o = options;
        return new PostgisLayerReader(new Options(o.bounds(), o.tolerance(), o.cell(), o.rowKeys(), o.repair(),
                o.validate(), o.limit(), rows, o.cancelled()));
    }

    /** Polled while reading; when it returns true the read stops with a {@link CancellationException}. */
    public PostgisLayerReader withCancellation(BooleanSupplier isCancelled) {
        Options o = options;
        return new PostgisLayerReader(new Options(o.bounds(), o.tolerance(), o.cell(), o.rowKeys(), o.repair(),
                o.validate(), o.limit(), o.progress(), isCancelled));
    }

    /**
     * Reads the table. A failure of the server or the connection is not thrown: it is an {@code IO_ERROR}
     * problem and the result is incomplete, holding the features read before it.
     *
     * @throws CancellationException when cancelled
     */
    public GeoJsonReadResult read(PostgisConnection connection, PostgisTable table) {
        String name = connection.spec().withTable(table.qualifiedName(), null).toUri();
        List<Feature> features = new ArrayList<>();
        List<GeoJsonProblem> problems = new ArrayList<>();
        Connection c = connection.jdbc();
        long row = 0;
        long represented = 0;
        int countColumn = table.columns().size() + 3;
        boolean autoCommit = true;
        try {
            autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // a cursor streams only inside a transaction
            try (PreparedStatement s = c.prepareStatement(sql(table, options.limit() == Long.MAX_VALUE ? -1
                    : options.limit() + 1), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet r = s.executeQuery()) {
                    ResultSetMetaData meta = r.getMetaData();
                    Validity validity = new Validity();
                    WKBReader wkb = new WKBReader(LON_LAT);
                    while (r.next()) {
                        if (row >= options.limit()) {
                            problems.add(problem(name, -1, null, Kind.TOO_LARGE, Severity.WARNING, String.format(
                                    Locale.ROOT, "more than %,d rows: only the first %,d are shown (zoom in)",
                                    options.limit(), options.limit())));
                            break;
                        }
                        if ((row & 255) == 0) {
                            if (options.cancelled().getAsBoolean()) {
                                s.cancel();
                                throw new CancellationException("reading " + name + " cancelled");
                            }
                            options.progress().accept(row);
                        }
                        Feature f = feature(r, meta, table, (int) row, name, wkb, validity, problems);
                        if (f != null) {
                            features.add(f);
                        }
                        represented += options.cell() > 0 ? r.getLong(countColumn) : 1;
                        row++;
                    }
                }
            } finally {
                try {
                    c.rollback();
                    c.setAutoCommit(autoCommit);
                } catch (SQLException e) {
                    // the connection is gone; the read's own failure is what the user needs to see
                }
            }
        } catch (SQLException e) {
            PostgisException p = PostgisException.of(e, connection.spec().label() + "/" + table.qualifiedName(),
                    "read");
            String message = p.kind() == PostgisException.Kind.CONNECTION_LOST
                    ? String.format(Locale.ROOT, "the connection to the server was lost after %,d rows: the layer "
                    + "is incomplete (%s)", row, firstLine(e.getMessage()))
                    : p.getMessage();
            problems.add(problem(name, -1, null, Kind.IO_ERROR, Severity.ERROR, message));
            return new GeoJsonReadResult(name, features, problems, false,
                    (int) Math.min(Integer.MAX_VALUE, represented));
        }
        options.progress().accept(row);
        return new GeoJsonReadResult(name, features, problems, true, (int) Math.min(Integer.MAX_VALUE, represented));
    }

    /** The server's plan for this read ({@code EXPLAIN}), to see that the spatial index answers. */
    public String explain(PostgisConnection connection, PostgisTable table) throws PostgisException {
        try (Statement s = connection.jdbc().createStatement();
             ResultSet r = s.executeQuery("EXPLAIN " + sql(table, -1))) {
            StringBuilder sb = new StringBuilder();
            while (r.next()) {
                sb.append(r.getString(1)).append('\n');
            }
            return sb.toString();
        } catch (SQLException e) {
            throw PostgisException.of(e, connection.spec().label(), "explain a read of");
        }
    }

    /**
     * The planner's estimate of the rows in this reader's box (before any thinning or limit), from an
     * {@code EXPLAIN}: with the table analysed, the spatial statistics make it close.
     */
    public long estimateRows(PostgisConnection connection, PostgisTable table) throws PostgisException {
        String box = boxFilter(table);
        String sql = "EXPLAIN SELECT 1 FROM " + table.sqlName()
                + (box == null ? "" : " WHERE " + PostgisTable.quote(table.geometryColumn()) + " && " + box);
        try (Statement s = connection.jdbc().createStatement(); ResultSet r = s.executeQuery(sql)) {
            Matcher m = r.next() ? PLAN_ROWS.matcher(r.getString(1)) : null;
            return m != null && m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (SQLException e) {
            throw PostgisException.of(e, connection.spec().label(), "estimate the rows of");
        }
    }

    // ------------------------------------------------------------------ SQL

    /**
     * The query; all values are numbers formatted here, identifiers quoted, so no parameters are needed. Its
     * columns: the key, the geometry's WKB, the table's columns, and for a thinned read the rows of the cell.
     */
    String sql(PostgisTable t, long limit) {
        String col = PostgisTable.quote(t.geometryColumn());
        String type = t.geometryType().toUpperCase(Locale.ROOT);
        if (options.cell() > 0 && POINTS.contains(type)) {
            return thinnedSql(t, type, limit);
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(key(t)).append(", ")
                .append(wkb(geometry(t, col, type)));
        for (PostgisTable.Column c : t.columns()) {
            sql.append(", ").append(PostgisTable.quote(c.name()));
        }
        sql.append(" FROM ").append(t.sqlName()).append(" AS ").append(ROW);
        String box = boxFilter(t);
        if (box != null) {
            sql.append(" WHERE ").append(col).append(" && ").append(box);
        }
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit);
        }
        return sql.toString();
    }

    /*
     * One row per cell: the rows of the box (their geometry in lon/lat) in an inner query, cells numbered by
     * floor(lon / cell) and floor(lat / cell), DISTINCT ON the cell keeping the lowest key, with the cell's count.
     */
    private String thinnedSql(PostgisTable t, String type, long limit) {
        String col = PostgisTable.quote(t.geometryColumn());
        StringBuilder inner = new StringBuilder("SELECT ").append(key(t)).append(" AS ").append(KEY).append(", ")
                .append(geometry(t, col, type)).append(" AS ").append(GEOM);
        StringBuilder outer = new StringBuilder();
        for (PostgisTable.Column c : t.columns()) {
            inner.append(", ").append(PostgisTable.quote(c.name()));
            outer.append(", ").append(PostgisTable.quote(c.name()));
        }
        inner.append(" FROM ").append(t.sqlName()).append(" AS ").append(ROW);
        String box = boxFilter(t);
        if (box != null) {
            inner.append(" WHERE ").append(col).append(" && ").append(box);
        }
        String cell = num(options.cell());
        String x = type.equals("POINT") ? "ST_X(" + GEOM + ")" : "ST_XMin(" + GEOM + ")";
        String y = type.equals("POINT") ? "ST_Y(" + GEOM + ")" : "ST_YMin(" + GEOM + ")";
        String cells = "floor(" + x + " / " + cell + "), floor(" + y + " / " + cell + ")";
        StringBuilder sql = new StringBuilder("SELECT DISTINCT ON (").append(cells).append(") ").append(KEY)
                .append(", ").append(wkb(GEOM)).append(outer)
                .append(", count(*) OVER (PARTITION BY ").append(cells).append(") FROM (").append(inner)
                .append(") AS ").append(ROW).append(" ORDER BY ").append(cells).append(", ").append(KEY);
        if (limit > 0) {
            sql.append(" LIMIT ").append(limit);
        }
        return sql.toString();
    }

    /*
     * The feature's id: the primary key; without one, a key that stays the same from read to read while the row
     * is unchanged, so a selection survives a read again: a table's row address (ctid), or a view row's hash.
     */
    private String key(PostgisTable t) {
        if (t.primaryKey() != null) {
            return PostgisTable.quote(t.primaryKey());
        }
        if (!options.rowKeys()) {
            return "NULL";
        }
        return t.view() ? "'row ' || left(md5(" + ROW + "::text), 16)" : "'row ' || " + ROW + ".ctid::text";
    }

    /* The geometry in lon/lat, curves as lines, simplified when asked. */
    private String geometry(PostgisTable t, String col, String type) {
        String g = col;
        if (CURVED.contains(type)) {
            g = "CASE WHEN ST_HasArc(" + g + ") THEN ST_CurveToLine(" + g + ") ELSE " + g + " END";
        }
        if (t.srid() != 4326 && t.srid() != 0) {
            g = "ST_Transform(" + g + ", 4326)";
        }
        if (options.tolerance() > 0 && !POINTS.contains(type)) {
            g = "ST_SimplifyPreserveTopology(" + g + ", " + num(options.tolerance()) + ")";
        }
        return g;
    }

    private static String wkb(String g) {
        return "ST_AsBinary(ST_Force2D(" + g + "))";
    }

    /* The view's box in the table's SRID; latitudes are kept inside what the projection can take. */
    private String boxFilter(PostgisTable t) {
        Envelope b = options.bounds();
        if (b == null || b.isNull()) {
            return null;
        }
        double maxLat = t.srid() == 3857 || t.srid() == 900913 ? 85.0511287798 : 90;
        double minX = Math.max(-180, b.getMinX());
        double maxX = Math.min(180, b.getMaxX());
        double minY = Math.max(-maxLat, b.getMinY());
        double maxY = Math.min(maxLat, b.getMaxY());
        if (minX <= -180 && maxX >= 180 && minY <= -maxLat && maxY >= maxLat) {
            return null; // the whole world: no filter
        }
        if (minX > maxX || minY > maxY) {
            minX = maxX = minY = maxY = 0;
        }
        String env = "ST_MakeEnvelope(" + num(minX) + ", " + num(minY) + ", " + num(maxX) + ", " + num(maxY)
                + ", 4326)";
        if (t.srid() == 4326) {
            return env;
        }
        if (t.srid() == 0) {
            return "ST_SetSRID(" + env + "::box2d::geometry, 0)";
        }
        /* Edges are densified before the transform, so a curved image of the box is still covered. */
        double step = Math.max(1e-6, Math.max(maxX - minX, maxY - minY) / 16);
        return "ST_Transform(ST_Segmentize(" + env + ", " + num(step) + "), " + t.srid() + ")";
    }

    private static String num(double d) {
        return BigDecimal.valueOf(d).toPlainString();
    }

    // ------------------------------------------------------------------ rows

    private Feature feature(ResultSet r, ResultSetMetaData meta, PostgisTable table, int row, String name,
                            WKBReader wkb, Validity validity, List<GeoJsonProblem> problems) throws SQLException {
        Object id = value(r.getObject(1), false);
        if (id != null && !(id instanceof String) && !(id instanceof Number)) {
            id = id.toString();
        }
        String idText = id == null ? null : id.toString();
        byte[] bytes = r.getBytes(2);
        Geometry g = null;
        if (bytes != null) {
            try {
                g = wkb.read(bytes);
            } catch (ParseException | RuntimeException e) {
                problems.add(problem(name, row, idText, Kind.WRONG_TYPE, Severity.ERROR,
                        "the geometry cannot be read: " + e.getMessage()));
                return null;
            }
            if (g.isEmpty()) {
                problems.add(problem(name, row, idText, Kind.EMPTY_GEOMETRY, Severity.ERROR,
                        "the geometry is empty"));
                return null;
            }
            if (options.validate()) {
                String wrong = validity.problem(g);
                if (wrong != null) {
                    if (!options.repair()) {
                        problems.add(problem(name, row, idText, Kind.INVALID_GEOMETRY, Severity.ERROR, wrong));
                        return null;
                    }
                    g = GeometryFixer.fix(g);
                    problems.add(problem(name, row, idText, Kind.REPAIRED, Severity.WARNING, wrong
                            + "; repaired for drawing (the table is unchanged)"));
                }
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<PostgisTable.Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i).name();
            Object v = value(r.getObject(i + 3), PostgisTable.TIME_COLUMNS.contains(column));
            properties.put(column, v);
            if (v != null && PostgisTable.TIME_COLUMNS.contains(column) && Feature.parseDate(v.toString()) == null) {
                problems.add(problem(name, row, idText, Kind.BAD_PROPERTY, Severity.WARNING, column + " \""
                        + v + "\" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)"));
            }
        }
        return new Feature(id, g, properties);
    }

    /** A column value as a feature property: text, Long, Double, BigDecimal, Boolean, ISO dates, lists. */
    static Object value(Object v, boolean dateOnly) throws SQLException {
        if (v == null || v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean
                || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            return Double.parseDouble(v.toString());
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof Timestamp t) {
            return dateOnly ? t.toLocalDateTime().toLocalDate().toString() : t.toLocalDateTime().toString();
        }
        if (v instanceof java.time.temporal.TemporalAccessor) {
            return v.toString();
        }
        if (v instanceof Array a) {
            Object[] items = (Object[]) a.getArray();
            List<Object> out = new ArrayList<>(items.length);
            for (Object item : items) {
                out.add(value(item, false));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof PGobject o) {
            return o.getValue();
        }
        if (v instanceof byte[] b) {
            StringBuilder sb = new StringBuilder("\\x");
            for (byte x : b) {
                sb.append(String.format(Locale.ROOT, "%02x", x));
            }
            return sb.toString();
        }
        return v.toString();
    }

    private static GeoJsonProblem problem(String name, int row, String id, Kind kind, Severity severity,
                                          String message) {
        return new GeoJsonProblem(name, -1, -1, row, id, kind, severity, message);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** The polygon check of one read, worded as the file reader words it. Not thread-safe. */
    private static final class Validity {
        private FastValidityCheck quick;

        String problem(Geometry g) {
            if (g.getDimension() < 2) {
                return null;
            }
            if (quick == null) {
                quick = new FastValidityCheck();
            }
            TopologyValidationError err = quick.provesValid(g) ? null : new IsValidOp(g).getValidationError();
            if (err == null) {
                return null;
            }
            Coordinate c = err.getCoordinate();
            String where = c == null ? "" : String.format(Locale.ROOT, " at lon %.6f, lat %.6f", c.x, c.y);
            return "invalid " + g.getGeometryType() + ": " + err.getMessage().toLowerCase(Locale.ROOT) + where;
        }
    }
}
