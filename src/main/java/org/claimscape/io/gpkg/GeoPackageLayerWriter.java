package org.claimscape.io.gpkg;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.claimscape.io.AtomicFiles;
import org.claimscape.io.PropertyValues;
import org.claimscape.io.WriteReport;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes layers as the feature tables of a new GeoPackage (OGC 12-128r) with NGA's library, in WGS84
 * (EPSG:4326): one table per layer, named after the layer's title (letters, digits and underscores), the title
 * itself as the table's identifier. Columns: the
 * integer primary key {@code fid}, the geometry {@code geom} (the layer's one geometry type, else GEOMETRY), an
 * {@code id} column when features have ids (and no property is called id), then one column per property, typed
 * INTEGER, DOUBLE or BOOLEAN when every value is, else TEXT (lists and maps as JSON). Written into a temporary
 * file in one transaction per table, which then replaces the target. Stateless.
 */
public final class GeoPackageLayerWriter {

    private static final String GEOMETRY_COLUMN = "geom";
    private static final String FID = "fid";

    public WriteReport write(Layer layer, Path file) throws IOException {
        return write(List.of(layer), file);
    }

    /** Writes each layer as a table of one new GeoPackage. */
    public WriteReport write(List<Layer> layers, Path file) throws IOException {
        List<String> warnings = new ArrayList<>();
        AtomicFiles.writeFile(file, tmp -> {
            try {
                GeoPackageManager.create(tmp.toFile(), true);
                GeoPackage gp = GeoPackageManager.open(tmp.getFileName().toString(), true, tmp.toFile(), false);
                try {
                    SpatialReferenceSystem wgs84 = gp.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
                    Set<String> tables = new HashSet<>();
                    for (Layer layer : layers) {
                        writeTable(gp, wgs84, layer, tableName(layer.title() != null && !layer.title().isBlank()
                                ? layer.title() : layer.id(), tables), warnings);
                    }
                } finally {
                    gp.close();
                }
            } catch (SQLException | GeoPackageException e) {
                throw new IOException("cannot write the GeoPackage: " + e.getMessage(), e);
            }
        });
        return new WriteReport(List.of(file), warnings);
    }

    private void writeTable(GeoPackage gp, SpatialReferenceSystem wgs84, Layer layer, String table,
                            List<String> warnings) throws IOException {
        Map<String, GeoPackageDataType> types = new LinkedHashMap<>();
        boolean ids = false;
        boolean z = false;
        String geometryType = null;
        for (Feature f : layer.features()) {
            ids |= f.rawId() != null;
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                GeoPackageDataType t = type(e.getValue());
                if (t == null) {
                    types.putIfAbsent(e.getKey(), null); // a null value says nothing of the type (merge refuses it)
                } else {
                    types.merge(e.getKey(), t, GeoPackageLayerWriter::wider);
                }
            }
            Geometry g = f.geometry();
            if (g != null && !g.isEmpty()) {
                String t = g.getGeometryType();
                geometryType = geometryType == null || geometryType.equals(t) ? t : "Geometry";
                z |= !Double.isNaN(g.getCoordinate().getZ());
            }
        }
        boolean idColumn = ids && !types.containsKey(PropertyValues.ID);
        Map<String, String> columnOf = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(List.of(FID, GEOMETRY_COLUMN));
        List<FeatureColumn> columns = new ArrayList<>();
        if (idColumn) {
            columns.add(FeatureColumn.createColumn(PropertyValues.ID, GeoPackageDataType.TEXT));
            taken.add(PropertyValues.ID);
        }
        for (Map.Entry<String, GeoPackageDataType> e : types.entrySet()) {
            String column = e.getKey();
            for (int i = 1; !taken.add(column.toLowerCase(Locale.ROOT)); i++) {
                column = e.getKey() + "_" + i;
            }
            if (!column.equals(e.getKey())) {
                warnings.add(table + ": property " + e.getKey() + " is written as column " + column);
            }
            columnOf.put(e.getKey(), column);
            GeoPackageDataType type = e.getValue() == null ? GeoPackageDataType.TEXT : e.getValue();
            columns.add(FeatureColumn.createColumn(column, type));
            e.setValue(type);
        }
        GeometryColumns gc = new GeometryColumns();
        gc.setId(new TableColumnKey(table, GEOMETRY_COLUMN));
        gc.setGeometryType(geometryType == null ? GeometryType.GEOMETRY
                : GeometryType.findName(geometryType.toUpperCase(Locale.ROOT)));
        gc.setZ((byte) (z ? 2 : 0));
        gc.setM((byte) 0);
        gc.setSrs(wgs84);
        Envelope b = layer.bounds();
        BoundingBox box = b.isNull() ? null : new BoundingBox(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
        FeatureTableMetadata meta = FeatureTableMetadata.create(gc, FID, columns, box);
        meta.setIdentifier(layer.title());
        gp.createFeatureTable(meta);
        FeatureDao dao = gp.getFeatureDao(table);
        WKBWriter wkb = new WKBWriter(z ? 3 : 2);
        dao.beginTransaction();
        boolean ok = false;
        try {
            for (Feature f : layer.features()) {
                FeatureRow row = dao.newRow();
                Geometry g = f.geometry();
                if (g != null && !g.isEmpty()) {
                    row.setGeometry(GeoPackageGeometryData.createFromWkbAndBuildEnvelope(wgs84.getSrsId(),
                            wkb.write(g)));
                }
                if (idColumn && f.rawId() != null) {
                    row.setValue(PropertyValues.ID, f.rawId().toString());
                }
                for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                    Object v = e.getValue();
                    if (v == null) {
                        continue;
                    }
                    GeoPackageDataType t = types.get(e.getKey());
                    row.setValue(columnOf.get(e.getKey()), t == GeoPackageDataType.TEXT ? PropertyValues.text(v)
                            : t == GeoPackageDataType.DOUBLE ? (Object) ((Number) v).doubleValue()
                            : t == GeoPackageDataType.INTEGER ? (Object) ((Number) v).longValue() : v);
                }
                dao.insert(row);
            }
            ok = true;
        } finally {
            dao.endTransaction(ok);
        }
    }

    /* The column type a value needs; null for null (any type holds it). */
    private static GeoPackageDataType type(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean) {
            return GeoPackageDataType.BOOLEAN;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return GeoPackageDataType.INTEGER;
        }
        if (v instanceof Double || v instanceof Float || v instanceof java.math.BigDecimal) {
            return GeoPackageDataType.DOUBLE;
        }
        return GeoPackageDataType.TEXT;
    }

    private static GeoPackageDataType wider(GeoPackageDataType a, GeoPackageDataType b) {
        if (a == null || a == b) {
            return b == null ? a : b;
        }
        if (b == null) {
            return a;
        }
        boolean numbers = (a == GeoPackageDataType.INTEGER || a == GeoPackageDataType.DOUBLE)
                && (b == GeoPackageDataType.INTEGER || b == GeoPackageDataType.DOUBLE);
        return numbers ? GeoPackageDataType.DOUBLE : GeoPackageDataType.TEXT;
    }

    /** A table name from a layer id: letters, digits and underscores, not starting with a digit or gpkg_. */
    static String tableName(String id, Set<String> taken) {
        String base = id == null ? "" : id.replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("(^_+|_+$)", "");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))
                || base.toLowerCase(Locale.ROOT).startsWith("gpkg_") || base.toLowerCase(Locale.ROOT).startsWith("rtree_")
                || base.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
            base = "layer_" + base;
        }
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "_" + i;
        }
        return name;
    }
}
