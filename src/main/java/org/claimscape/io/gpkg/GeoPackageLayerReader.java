package org.claimscape.io.gpkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
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

/**
 * Reads every feature table of a GeoPackage (OGC 12-128r, version 1.0 to 1.4) with NGA's GeoPackage library, row
 * by row through a cursor: geometries from their standard WKB (JTS), moved from the table's spatial reference
 * system to WGS84 with Apache SIS ({@link Reprojection}, from the SRS's WKT definition, else its EPSG code), the
 * other columns as properties (BLOBs left out), a column named {@code id} as the feature id, else the row's fid.
 * When the file has several feature tables their features come together, each with the property
 * {@value #TABLE} naming its table. A file that is not SQLite, or SQLite that is not a GeoPackage, is refused
 * with a message. Stateless apart from its options.
 */
public final class GeoPackageLayerReader {

    /** The property naming a feature's table, when a file has more than one. */
    public static final String TABLE = "table";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

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
        GeoPackage gp;
        try {
            gp = GeoPackageManager.open(file.getFileName().toString(), false, file.toFile(), false);
        } catch (RuntimeException e) {
            return FeatureCollector.failed(name, Kind.NOT_GEOJSON, IoText.of("io.gpkg.unreadable", message(e)));
        }
        FeatureCollector out = new FeatureCollector(name, options);
        try {
            List<String> tables;
            try {
                tables = gp.getFeatureTables();
            } catch (RuntimeException e) {
                out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.gpkg.no-tables", message(e)));
                return out.result();
            }
            if (tables.isEmpty()) {
                out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.gpkg.no-features"));
                return out.result();
            }
            long total = 0;
            for (String t : tables) {
                total += gp.getFeatureDao(t).count();
            }
            long[] done = {0};
            for (String t : tables) {
                out.section(tables.size() > 1 ? IoText.of("io.gpkg.table", t) : null);
                readTable(gp, t, tables.size() > 1, out, done, total, size);
            }
            out.section(null);
        } catch (RuntimeException e) {
            if (e instanceof java.util.concurrent.CancellationException) {
                throw e;
            }
            out.fatal(Kind.IO_ERROR, Place.NONE, IoText.of("io.gpkg.cannot-read", message(e)));
        } catch (OutOfMemoryError e) {
            out.outOfMemory();
        } finally {
            gp.close();
        }
        return out.result();
    }

    private void readTable(GeoPackage gp, String table, boolean tagTable, FeatureCollector out, long[] done,
                           long total, long size) {
        FeatureDao dao = gp.getFeatureDao(table);
        Reprojection crs = reprojection(dao.getSrs(), out);
        if (crs == null) {
            return;
        }
        String[] columns = dao.getColumnNames();
        String idColumn = dao.getPkColumnName();
        String geomColumn = dao.getGeometryColumnName();
        int idAt = -1;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(PropertyValues.ID) && !columns[i].equals(idColumn)) {
                idAt = i;
            }
        }
        Set<String> blobWarned = new HashSet<>();
        // packed sequences, as the GeoJSON reader makes: a point is 2 small objects, not a Coordinate array
        WKBReader wkb = new WKBReader(new GeometryFactory(new PrecisionModel(), 0,
                PackedCoordinateSequenceFactory.DOUBLE_FACTORY));
        FeatureTable ft = dao.getTable();
        Object[] values = new Object[columns.length];
        FeatureResultSet rs = dao.queryForAll();
        try {
            while (rs.moveToNext()) {
                /*
                 * The cells read one by one, as FeatureResultSet.getRow() reads them, but without the column types it
                 * also asks the driver for on every row (a regex over each declared type: most of a read's time).
                 */
                for (int i = 0; i < values.length; i++) {
                    values[i] = columns[i].equals(geomColumn) ? null : rs.getValue(ft.getColumn(i));
                }
                Object idValue = idAt >= 0 ? value(values[idAt]) : null;
                Object id = PropertyValues.isId(idValue) ? idValue : (Object) rs.getId();
                out.begin(id);
                done[0]++;
                out.progress(total > 0 ? size * done[0] / total : 0);
                Place at = Place.NONE;
                Map<String, Object> props = new LinkedHashMap<>();
                for (int i = 0; i < columns.length; i++) {
                    String c = columns[i];
                    if (c.equals(idColumn) || c.equals(geomColumn) || i == idAt && PropertyValues.isId(idValue)) {
                        continue;
                    }
                    Object raw = values[i];
                    if (raw instanceof byte[]) {
                        if (blobWarned.add(c)) {
                            out.fileWarning(Kind.WRONG_TYPE, IoText.of("io.gpkg.blob", c, table));
                        }
                        continue;
                    }
                    Object v = raw instanceof Date ? date((Date) raw, dao.getTable().getColumn(i).getDataType())
                            : value(raw);
                    if (v != null) {
                        props.put(c, v);
                    }
                }
                if (tagTable) {
                    props.put(TABLE, table);
                }
                Geometry g = null;
                GeoPackageGeometryData data = rs.getGeometry();
                if (data != null && !data.isEmpty()) {
                    try {
                        g = crs.toLonLat(wkb.read(data.getWkb()));
                    } catch (ParseException | IOException | RuntimeException e) {
                        out.error(Kind.WRONG_TYPE, at, IoText.of("io.gpkg.bad-geometry", Long.toString(rs.getId()),
                                message(e)));
                    } catch (TransformException e) {
                        out.error(Kind.WRONG_TYPE, at, IoText.of("io.gpkg.cannot-move", Long.toString(rs.getId()),
                                message(e)));
                    }
                }
                out.add(g, props, at);
            }
        } finally {
            rs.close();
        }
    }

    /* The SRS as a transformation to WGS84, or null (recorded as an error) when SIS cannot make one. */
    private static Reprojection reprojection(SpatialReferenceSystem srs, FeatureCollector out) {
        if (srs == null || srs.getSrsId() == 0 || srs.getSrsId() == -1) {
            out.fileWarning(Kind.WRONG_TYPE, IoText.of("io.gpkg.srs-undefined"));
            return Reprojection.none();
        }
        if ("EPSG".equalsIgnoreCase(srs.getOrganization()) && srs.getOrganizationCoordsysId() == 4326) {
            return Reprojection.none();
        }
        List<String> tried = new ArrayList<>();
        for (String wkt : Arrays.asList(srs.getDefinition_12_063(), srs.getDefinition())) {
            if (wkt == null || wkt.isBlank() || wkt.strip().equalsIgnoreCase("undefined")) {
                continue;
            }
            try {
                return warned(Reprojection.fromWkt(wkt), out);
            } catch (FactoryException | RuntimeException e) {
                tried.add(message(e));
            }
        }
        if (srs.getOrganization() != null) {
            try {
                return warned(Reprojection.fromCode(srs.getOrganization().toUpperCase(Locale.ROOT) + ":"
                        + srs.getOrganizationCoordsysId()), out);
            } catch (FactoryException | RuntimeException e) {
                tried.add(message(e));
            }
        }
        out.fatal(Kind.WRONG_TYPE, Place.NONE, IoText.of("io.crs.cannot-move", srs.getSrsName() + " ("
                + srs.getOrganization() + ":" + srs.getOrganizationCoordsysId() + ")", String.join("; ", tried)));
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

    /** A column value in the model's types: integers as Long, reals as Double, dates as ISO text. */
    private static Object value(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            return ((Float) v).doubleValue();
        }
        if (v instanceof Date) {
            return ((Date) v).toInstant().toString();
        }
        if (v instanceof String) {
            return PropertyValues.fromText((String) v);
        }
        return v;
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
