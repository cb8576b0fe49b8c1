package org.claimscape.io.gpkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.db.DateConverter;
import mil.nga.geopackage.db.GeoPackageDataType;
import org.claimscape.io.FeatureCollector;
import org.claimscape.io.FeatureCollector.Place;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.IoText;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.PropertyValues;
import org.claimscape.io.Reprojection;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * Reads every feature table of a GeoPackage (OGC 12-128r, version 1.0 to 1.4) with plain JDBC (sqlite-jdbc), row
 * by row through a cursor: the tables from {@code gpkg_contents} and {@code gpkg_geometry_columns}, geometries
 * from their GeoPackageBinary blobs (decoded here, OGC GeoPackage 1.3 §2.1.3: header, then standard WKB read with
 * JTS, points directly), moved from the table's spatial reference system to WGS84 with Apache SIS
 * ({@link Reprojection}, from the SRS's WKT definition, else its EPSG code), the other columns as properties
 * (BLOBs left out), a column named {@code id} as the feature id, else the row's fid. Column values keep the types
 * NGA's GeoPackage library gives them (which this reader used before): BOOLEAN as Boolean, FLOAT as a 4-byte
 * float, DATE and DATETIME text as dates. When the file has several feature tables their features come together,
 * each with the property {@value #TABLE} naming its table. A file that is not SQLite, or SQLite that is not a
 * GeoPackage, is refused with a message. Stateless apart from its options.
 */
public final class GeoPackageLayerReader {

    /** The property naming a feature's table, when a file has more than one. */
    public static final String TABLE = "table";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** A column's declared type, as far as the value's type depends on it. */
    private enum ColumnKind { PLAIN, BOOLEAN, FLOAT, DATE, DATETIME }

    /** What gpkg_spatial_ref_sys says of a table's SRS. */
    record Srs(String name, int id, String organization, int organizationId, String definition,
               String definition12063) {
    }

    private final LayerReadOptions options;

    public GeoPackageLayerReader(LayerReadOptions options) {
        this.options = options;
    }

    public GeoJsonReadResult read(Path file) {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
            if (!isSqlite(file)) {
                return FeatureCollector.failed(name, Kind.NOT_GEOJSON, IoText.of("io.gpkg.not-sqlite"));
            }
        } catch (NoSuchFileException e) {
            return FeatureCollector.failed(name, Kind.IO_ERROR, IoText.of("io.read.not-found"));
        } catch (IOException e) {
            return FeatureCollector.failed(name, Kind.IO_ERROR, IoText.of("io.read.cannot-read-file",
                    String.valueOf(e.getMessage())));
        }
        Connection db;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            // sqlite-jdbc's driver directly: DriverManager would load every JDBC driver on the class path first
            db = JDBC.createConnection(JDBC.PREFIX + file.toAbsolutePath(), config.toProperties());
            if (db == null) {
                throw new SQLException("no SQLite connection");
            }
        } catch (SQLException | RuntimeException e) {
            return FeatureCollector.failed(name, Kind.NOT_GEOJSON, IoText.of("io.gpkg.unreadable", message(e)));
        }
        FeatureCollector out = new FeatureCollector(name, options);
        try {
            List<String> tables;
            try {
                tables = featureTables(db);
            } catch (SQLException e) {
                out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.gpkg.no-tables", message(e)));
                return out.result();
            }
            if (tables.isEmpty()) {
                out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.gpkg.no-features"));
                return out.result();
            }
            long total = 0;
            for (String t : tables) {
                total += rowsAbout(db, t);
            }
            long[] done = {0};
            for (String t : tables) {
                out.section(tables.size() > 1 ? IoText.of("io.gpkg.table", t) : null);
                readTable(db, t, tables.size() > 1, out, done, total, size);
            }
            out.section(null);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof java.util.concurrent.CancellationException) {
                throw (RuntimeException) e;
            }
            out.fatal(Kind.IO_ERROR, Place.NONE, IoText.of("io.gpkg.cannot-read", message(e)));
        } catch (OutOfMemoryError e) {
            out.outOfMemory();
        } finally {
            try {
                db.close();
            } catch (SQLException e) {
                // read-only: nothing is lost
            }
        }
        return out.result();
    }

    /* The feature tables in gpkg_contents' order (as NGA's library listed them). */
    private static List<String> featureTables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /*
     * About how many rows a table has, for the progress only: its largest rowid (a lookup, where COUNT(*) reads
     * every page of the table), else its count (a view).
     */
    private static long rowsAbout(Connection db, String table) throws SQLException {
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT max(rowid) FROM " + quoted(table))) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                // a view has no rowid
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quoted(table))) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private void readTable(Connection db, String table, boolean tagTable, FeatureCollector out, long[] done,
                           long total, long size) throws SQLException {
        String geomColumn = null;
        int srsId = 0;
        try (PreparedStatement s = db.prepareStatement(
                "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    geomColumn = rs.getString(1);
                    srsId = rs.getInt(2);
                }
            }
        }
        if (geomColumn == null) {
            out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.gpkg.cannot-read",
                    "table " + table + " has no row in gpkg_geometry_columns"));
            return;
        }
        Reprojection crs = reprojection(srs(db, srsId), out);
        if (crs == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        List<ColumnKind> kinds = new ArrayList<>();
        String idColumn = null;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(" + quoted(table) + ")")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
                kinds.add(kind(rs.getString("type")));
                if (rs.getInt("pk") == 1 && idColumn == null) {
                    idColumn = rs.getString("name");
                }
            }
        }
        String[] columns = names.toArray(new String[0]);
        ColumnKind[] kind = kinds.toArray(new ColumnKind[0]);
        int idAt = -1;
        int pkAt = -1;
        int geomAt = -1;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(PropertyValues.ID) && !columns[i].equals(idColumn)) {
                idAt = i;
            }
            if (columns[i].equals(idColumn)) {
                pkAt = i;
            }
            if (columns[i].equalsIgnoreCase(geomColumn)) {
                geomAt = i;
            }
        }
        Set<String> blobWarned = new HashSet<>();
        // packed sequences, as the GeoJSON reader makes: a point is 2 small objects, not a Coordinate array
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 0,
                PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
        WKBReader wkb = new WKBReader(factory);
        Object[] values = new Object[columns.length];
        // one map for every row: the collector copies it into the feature's own (PropertyMap.copyOf)
        Map<String, Object> props = new LinkedHashMap<>();
        long row = 0;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + quoted(table))) {
            if (rs.getMetaData().getColumnCount() != columns.length) {
                throw new SQLException("table " + table + ": " + rs.getMetaData().getColumnCount()
                        + " columns read, " + columns.length + " described");
            }
            while (rs.next()) {
                row++;
                byte[] blob = null;
                for (int i = 0; i < values.length; i++) {
                    if (i == geomAt) {
                        blob = rs.getBytes(i + 1);
                        values[i] = null;
                    } else {
                        values[i] = value(rs.getObject(i + 1), kind[i]);
                    }
                }
                long fid = pkAt >= 0 && values[pkAt] instanceof Number n ? n.longValue() : row;
                Object idValue = idAt >= 0 ? values[idAt] : null;
                Object id = PropertyValues.isId(idValue) ? idValue : (Object) fid;
                out.begin(id);
                done[0]++;
                out.progress(total > 0 ? size * Math.min(done[0], total) / total : 0);
                Place at = Place.NONE;
                props.clear();
                for (int i = 0; i < columns.length; i++) {
                    if (i == pkAt || i == geomAt || i == idAt && PropertyValues.isId(idValue)) {
                        continue;
                    }
                    Object v = values[i];
                    if (v instanceof byte[]) {
                        if (blobWarned.add(columns[i])) {
                            out.fileWarning(Kind.WRONG_TYPE, IoText.of("io.gpkg.blob", columns[i], table));
                        }
                        continue;
                    }
                    if (v != null) {
                        props.put(columns[i], v);
                    }
                }
                if (tagTable) {
                    props.put(TABLE, table);
                }
                Geometry g = null;
                if (blob != null) {
                    try {
                        g = crs.toLonLat(geometry(blob, factory, wkb));
                    } catch (ParseException | RuntimeException e) {
                        out.error(Kind.WRONG_TYPE, at, IoText.of("io.gpkg.bad-geometry", Long.toString(fid),
                                message(e)));
                    } catch (TransformException e) {
                        out.error(Kind.WRONG_TYPE, at, IoText.of("io.gpkg.cannot-move", Long.toString(fid),
                                message(e)));
                    }
                }
                out.add(g, props, at);
            }
        }
    }

    /*
     * A column's declared type (PRAGMA table_info: "TEXT", "TEXT(20)", "DATETIME", ...), as far as it decides the
     * Java type of its values. Geometry, INTEGER, TEXT and other types leave the value as stored.
     */
    private static ColumnKind kind(String declared) {
        if (declared == null) {
            return ColumnKind.PLAIN;
        }
        String t = declared.strip().toUpperCase(Locale.ROOT);
        int paren = t.indexOf('(');
        if (paren >= 0) {
            t = t.substring(0, paren).strip();
        }
        return switch (t) {
            case "BOOLEAN" -> ColumnKind.BOOLEAN;
            case "FLOAT" -> ColumnKind.FLOAT;
            case "DATE" -> ColumnKind.DATE;
            case "DATETIME" -> ColumnKind.DATETIME;
            default -> ColumnKind.PLAIN;
        };
    }

    /*
     * A cell as stored (sqlite-jdbc gives Integer or Long, Double, String, byte[] or null by the value's storage
     * class) in the model's types: integers as Long (a BOOLEAN column's as Boolean), reals as Double (a FLOAT
     * column's through a 4-byte float, as the GeoPackage's FLOAT is), DATE text as YYYY-MM-DD and DATETIME text as
     * an ISO instant when it reads as one, other text as itself or the list or map its JSON says.
     */
    private static Object value(Object v, ColumnKind kind) {
        if (v instanceof Integer || v instanceof Long) {
            long n = ((Number) v).longValue();
            return kind == ColumnKind.BOOLEAN ? (Object) (n != 0) : (Object) n;
        }
        if (v instanceof Double d) {
            return kind == ColumnKind.FLOAT ? (Object) (double) d.floatValue() : d;
        }
        if (v instanceof String text) {
            if (kind == ColumnKind.DATE || kind == ColumnKind.DATETIME) {
                GeoPackageDataType type = kind == ColumnKind.DATE ? GeoPackageDataType.DATE
                        : GeoPackageDataType.DATETIME;
                try {
                    return date(DateConverter.converter(type).dateValue(text), type);
                } catch (RuntimeException e) {
                    return PropertyValues.fromText(text); // not a date after all: the text as it is
                }
            }
            return PropertyValues.fromText(text);
        }
        return v;
    }

    /**
     * The geometry of a GeoPackageBinary blob (OGC GeoPackage 1.3, §2.1.3), or null when its header flags it empty:
     * "GP", a version (0 for version 1), flags (bit 5 extended, bit 4 empty, bits 3-1 the envelope's contents, bit 0
     * the header's byte order), the SRS id, the envelope (0, 4, 6 or 8 doubles), then standard WKB. A
     * two-dimensional point is read directly, anything else by JTS's WKBReader.
     *
     * @throws ParseException naming what is wrong: the magic, the version, the envelope indicator, a short blob,
     *                        or the WKB
     */
    static Geometry geometry(byte[] blob, GeometryFactory factory, WKBReader wkb) throws ParseException {
        if (blob.length < 8) {
            throw new ParseException("a GeoPackageBinary header is 8 bytes at least; the blob has " + blob.length);
        }
        if (blob[0] != 'G' || blob[1] != 'P') {
            throw new ParseException(String.format(Locale.ROOT,
                    "not GeoPackageBinary: it starts with 0x%02X 0x%02X, not \"GP\"", blob[0] & 0xFF, blob[1] & 0xFF));
        }
        if (blob[2] != 0) {
            throw new ParseException("GeoPackageBinary version " + (blob[2] & 0xFF) + " is not supported (0, for"
                    + " version 1, is)");
        }
        int flags = blob[3] & 0xFF;
        int envelope = (flags >> 1) & 0x07;
        int doubles = switch (envelope) {
            case 0 -> 0;
            case 1 -> 4;
            case 2, 3 -> 6;
            case 4 -> 8;
            default -> throw new ParseException("invalid envelope contents indicator " + envelope
                    + " in the GeoPackageBinary flags (0 to 4 are defined)");
        };
        if ((flags & 0x10) != 0) {
            return null;
        }
        int start = 8 + 8 * doubles;
        if (blob.length <= start) {
            throw new ParseException("the GeoPackageBinary blob ends in its header: " + blob.length + " bytes, the"
                    + " header " + start);
        }
        Geometry point = point(blob, start, factory);
        if (point != null) {
            return point;
        }
        return wkb.read(Arrays.copyOfRange(blob, start, blob.length));
    }

    /* A WKB point with x and y only (type 1) at the offset, when that is all the blob holds; else null. */
    private static Geometry point(byte[] b, int at, GeometryFactory factory) {
        if (b.length - at != 21) {
            return null;
        }
        boolean little = b[at] == 1;
        if (!little && b[at] != 0 || readInt(b, at + 1, little) != 1) {
            return null;
        }
        double x = Double.longBitsToDouble(readLong(b, at + 5, little));
        double y = Double.longBitsToDouble(readLong(b, at + 13, little));
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return null; // the empty point, as WKBReader reads it
        }
        return factory.createPoint(PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(new double[] {x, y}, 2));
    }

    private static int readInt(byte[] b, int at, boolean little) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int byteAt = little ? at + 3 - i : at + i;
            v = v << 8 | b[byteAt] & 0xFF;
        }
        return v;
    }

    private static long readLong(byte[] b, int at, boolean little) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int byteAt = little ? at + 7 - i : at + i;
            v = v << 8 | b[byteAt] & 0xFFL;
        }
        return v;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /* The SRS row, or null when the table's srs_id has none. */
    private static Srs srs(Connection db, int srsId) throws SQLException {
        boolean wkt2 = false;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(gpkg_spatial_ref_sys)")) {
            while (rs.next()) {
                wkt2 |= "definition_12_063".equalsIgnoreCase(rs.getString("name"));
            }
        }
        try (PreparedStatement s = db.prepareStatement("SELECT srs_name, srs_id, organization,"
                + " organization_coordsys_id, definition" + (wkt2 ? ", definition_12_063" : "")
                + " FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            s.setInt(1, srsId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Srs(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        wkt2 ? rs.getString(6) : null);
            }
        }
    }

    /* The SRS as a transformation to WGS84, or null (recorded as an error) when SIS cannot make one. */
    private static Reprojection reprojection(Srs srs, FeatureCollector out) {
        if (srs == null || srs.id() == 0 || srs.id() == -1) {
            out.fileWarning(Kind.WRONG_TYPE, IoText.of("io.gpkg.srs-undefined"));
            return Reprojection.none();
        }
        if ("EPSG".equalsIgnoreCase(srs.organization()) && srs.organizationId() == 4326) {
            return Reprojection.none();
        }
        List<String> tried = new ArrayList<>();
        for (String wkt : Arrays.asList(srs.definition12063(), srs.definition())) {
            if (wkt == null || wkt.isBlank() || wkt.strip().equalsIgnoreCase("undefined")) {
                continue;
            }
            try {
                return warned(Reprojection.fromWkt(wkt), out);
            } catch (FactoryException | RuntimeException e) {
                tried.add(message(e));
            }
        }
        if (srs.organization() != null) {
            try {
                return warned(Reprojection.fromCode(srs.organization().toUpperCase(Locale.ROOT) + ":"
                        + srs.organizationId()), out);
            } catch (FactoryException | RuntimeException e) {
                tried.add(message(e));
            }
        }
        out.fatal(Kind.WRONG_TYPE, Place.NONE, IoText.of("io.crs.cannot-move", srs.name() + " ("
                + srs.organization() + ":" + srs.organizationId() + ")", String.join("; ", tried)));
        return null;
    }

    private static Reprojection warned(Reprojection r, FeatureCollector out) {
        if (r.accuracyWarning() != null) {
            out.fileWarning(Kind.WRONG_TYPE, r.accuracyWarning());
        }
        return r;
    }

    /* A DATE column's value as YYYY-MM-DD (GeoPackage dates are UTC), a DATETIME's as an ISO instant. */
    private static String date(Date d, GeoPackageDataType type) {
        return type == GeoPackageDataType.DATE ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()
                : d.toInstant().toString();
    }

    static boolean isSqlite(Path file) throws IOException {
        byte[] head = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_HEADER);
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
