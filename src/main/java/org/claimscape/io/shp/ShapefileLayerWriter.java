package org.claimscape.io.shp;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.claimscape.io.AtomicFiles;
import org.claimscape.io.PropertyValues;
import org.claimscape.io.Reprojection;
import org.claimscape.io.WriteReport;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.h2gis.functions.io.shp.internal.ShapeType;
import org.h2gis.functions.io.shp.internal.ShapeHandler;
import org.h2gis.functions.io.shp.internal.ShapefileException;
import org.h2gis.functions.io.shp.internal.ShapefileHeader;
import org.h2gis.functions.io.utility.WriteBufferManager;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a layer as an ESRI Shapefile in WGS84: {@code .shp} and {@code .shx} with H2GIS's writer, {@code .dbf}
 * with JavaDBF in UTF-8, {@code .cpg} saying so and a {@code .prj} with WGS84's ESRI WKT; or all of them in one
 * {@code .zip} when the name ends so. A Shapefile holds one kind of shape, so a layer with points, lines and
 * polygons is written as one Shapefile per kind ({@code name_points.shp}, {@code name_lines.shp},
 * {@code name_polygons.shp}); features without geometry are null shapes. What the format cannot keep is reported
 * as warnings: field names longer than ten characters (cut), texts over 254 bytes (cut), geometry collections
 * (left out). Each file is written under a temporary name and then renamed. Stateless.
 */
public final class ShapefileLayerWriter {

    /** Longest text a dBASE character field holds, in bytes. */
    public static final int MAX_TEXT_BYTES = 254;

    private enum Kind {
        POINTS(ShapeType.POINT), MULTIPOINTS(ShapeType.MULTIPOINT), LINES(ShapeType.ARC), POLYGONS(ShapeType.POLYGON);

        final ShapeType type;

        Kind(ShapeType type) {
            this.type = type;
        }

        static Kind of(Geometry g) {
            if (g instanceof Point) {
                return POINTS;
            }
            if (g instanceof MultiPoint) {
                return MULTIPOINTS;
            }
            if (g instanceof LineString || g instanceof MultiLineString) {
                return LINES;
            }
            if (g instanceof Polygon || g instanceof MultiPolygon) {
                return POLYGONS;
            }
            return null;
        }
    }

    public WriteReport write(Layer layer, Path file) throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<Kind, List<Feature>> byKind = new LinkedHashMap<>();
        int noGeometry = 0;
        int collections = 0;
        Kind first = layer.features().stream().map(f -> f.geometry() == null || f.geometry().isEmpty() ? null
                : Kind.of(f.geometry())).filter(k -> k != null).findFirst().orElse(null);
        for (Feature f : layer.features()) {
            Geometry g = f.geometry();
            if (g == null || g.isEmpty()) {
                noGeometry++;
                if (first != null) {
                    byKind.computeIfAbsent(first, x -> new ArrayList<>()).add(f); // as a null shape
                }
                continue;
            }
            Kind k = Kind.of(g);
            if (k == null) {
                collections++;
                continue;
            }
            byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
        if (noGeometry > 0 && byKind.size() > 1) {
            warnings.add(noGeometry + " features without geometry go into the " + first.name().toLowerCase(Locale.ROOT)
                    + " Shapefile, as null shapes");
        }
        if (collections > 0) {
            warnings.add(collections + " geometry collections are left out (a Shapefile holds one kind of shape)");
        }
        boolean zip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        String name = file.getFileName().toString();
        String stem = name.replaceFirst("(?i)(\\.shp)?(\\.zip)?$", "").replaceFirst("(?i)\\.shp$", "");
        Path dir = zip ? Files.createTempDirectory("claimscape-shp-out") : file.toAbsolutePath().getParent();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Kind, List<Feature>> e : byKind.entrySet()) {
                String s = byKind.size() == 1 ? stem : stem + "_" + e.getKey().name().toLowerCase(Locale.ROOT);
                written.addAll(writeOne(dir, s, e.getKey(), e.getValue(), warnings));
            }
            if (byKind.size() > 1) {
                warnings.add("the layer has " + byKind.size() + " kinds of shape; each is written as its own "
                        + "Shapefile");
            }
            if (byKind.isEmpty()) {
                throw new IOException("no feature of " + layer.title() + " has a shape a Shapefile can hold");
            }
            if (zip) {
                List<Path> inside = List.copyOf(written);
                AtomicFiles.write(file, out -> {
                    ZipOutputStream z = new ZipOutputStream(out);
                    for (Path p : inside) {
                        z.putNextEntry(new ZipEntry(p.getFileName().toString()));
                        Files.copy(p, z);
                        z.closeEntry();
                    }
                    z.finish();
                });
                return new WriteReport(List.of(file), warnings);
            }
            return new WriteReport(written, warnings);
        } finally {
            if (zip) {
                for (Path p : written) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    private List<Path> writeOne(Path dir, String stem, Kind kind, List<Feature> features, List<String> warnings)
            throws IOException {
        Files.createDirectories(dir);
        boolean z = features.stream().anyMatch(f -> f.geometry() != null && !f.geometry().isEmpty()
                && !Double.isNaN(f.geometry().getCoordinate().getZ()));
        ShapeType type = z ? switch (kind) {
            case POINTS -> ShapeType.POINTZ;
            case MULTIPOINTS -> ShapeType.MULTIPOINTZ;
            case LINES -> ShapeType.ARCZ;
            case POLYGONS -> ShapeType.POLYGONZ;
        } : kind.type;
        Fields fields = Fields.of(features, warnings, stem);
        Map<String, Path> tmp = new LinkedHashMap<>();
        try {
            for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                Path t = Files.createTempFile(dir, "." + stem + ".", "." + ext);
                tmp.put(ext, t);
            }
            List<Geometry> shapes = new ArrayList<>();
            for (Feature f : features) {
                shapes.add(f.geometry());
            }
            writeShapes(tmp.get("shp"), tmp.get("shx"), type, shapes);
            Files.delete(tmp.get("dbf"));
            DBFWriter dbf = new DBFWriter(tmp.get("dbf").toFile(), StandardCharsets.UTF_8);
            try {
                dbf.setFields(fields.dbf.toArray(DBFField[]::new));
                for (Feature f : features) {
                    dbf.addRecord(fields.record(f));
                }
            } finally {
                dbf.close();
            }
            if (fields.truncated[0] > 0) {
                warnings.add(stem + ": " + fields.truncated[0] + " texts longer than " + MAX_TEXT_BYTES
                        + " bytes are cut (a dBASE limit)");
            }
            Files.writeString(tmp.get("prj"), Reprojection.WGS84_ESRI_WKT, StandardCharsets.US_ASCII);
            Files.writeString(tmp.get("cpg"), "UTF-8", StandardCharsets.US_ASCII);
            List<Path> out = new ArrayList<>();
            // The .shp last: a reader that finds it finds the others.
            for (String ext : List.of("shx", "dbf", "prj", "cpg", "shp")) {
                Path target = dir.resolve(stem + "." + ext);
                Path t = tmp.get(ext);
                try (FileChannel ch = FileChannel.open(t, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                try {
                    Files.move(t, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(t, target, StandardCopyOption.REPLACE_EXISTING);
                }
                out.add(target);
            }
            return out;
        } finally {
            for (Path t : tmp.values()) {
                Files.deleteIfExists(t);
            }
        }
    }

    /*
     * The .shp and .shx: H2GIS's handlers encode each shape (and orient polygon rings as the format wants), the
     * framing is here because H2GIS's ShapefileWriter miscounts the rings of a multipolygon (its getLength adds
     * the running count to itself), which shifts every record after the first multipolygon, and cannot write a
     * null shape first.
     */
    static void writeShapes(Path shpPath, Path shxPath, ShapeType type, List<Geometry> shapes) throws IOException {
        ShapeHandler handler;
        try {
            handler = type.getShapeHandler();
        } catch (ShapefileException e) {
            throw new IOException("no writer for " + type, e);
        }
        Envelope bounds = new Envelope();
        long words = 50;
        int[] lengths = new int[shapes.size()];
        for (int i = 0; i < shapes.size(); i++) {
            Geometry g = shapes.get(i);
            if (g != null && !g.isEmpty()) {
                bounds.expandToInclude(g.getEnvelopeInternal());
            }
            lengths[i] = length(handler, type, g);
            words += 4 + lengths[i] / 2;
        }
        if (words > Integer.MAX_VALUE) {
            throw new IOException("the shapes need more than the 2 GB a .shp can hold");
        }
        if (bounds.isNull()) {
            bounds = new Envelope(0, 0, 0, 0);
        }
        try (FileChannel shp = FileChannel.open(shpPath, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             FileChannel shx = FileChannel.open(shxPath, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            WriteBufferManager sb = new WriteBufferManager(shp);
            WriteBufferManager xb = new WriteBufferManager(shx);
            int n = shapes.size();
            new ShapefileHeader().write(sb, type, n, (int) words, bounds.getMinX(), bounds.getMinY(),
                    bounds.getMaxX(), bounds.getMaxY());
            new ShapefileHeader().write(xb, type, n, 50 + 4 * n, bounds.getMinX(), bounds.getMinY(),
                    bounds.getMaxX(), bounds.getMaxY());
            int offset = 50;
            for (int i = 0; i < n; i++) {
                Geometry g = shapes.get(i);
                sb.order(ByteOrder.BIG_ENDIAN);
                sb.putInt(i + 1);
                sb.putInt(lengths[i] / 2);
                sb.order(ByteOrder.LITTLE_ENDIAN);
                if (g == null || g.isEmpty()) {
                    sb.putInt(0);
                } else {
                    sb.putInt(type.id);
                    handler.write(sb, g.copy()); // the handler normalises rings in place
                }
                xb.order(ByteOrder.BIG_ENDIAN);
                xb.putInt(offset);
                xb.putInt(lengths[i] / 2);
                offset += 4 + lengths[i] / 2;
            }
            sb.flush();
            xb.flush();
        }
    }

    /* A record's content length in bytes, shape type included. */
    private static int length(ShapeHandler handler, ShapeType type, Geometry g) {
        if (g == null || g.isEmpty()) {
            return 4;
        }
        if (type == ShapeType.POLYGON || type == ShapeType.POLYGONZ) {
            int rings = 0;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                rings += 1 + ((Polygon) g.getGeometryN(i)).getNumInteriorRing();
            }
            int points = g.getNumPoints();
            int length = 44 + 4 * rings + 16 * points;
            return type == ShapeType.POLYGONZ ? length + 2 * (16 + 8 * points) : length;
        }
        return handler.getLength(g);
    }

    /** The .dbf fields of a set of features: names cut to ten characters and made unique, types by their values. */
    private static final class Fields {
        final List<DBFField> dbf = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        final List<DBFDataType> types = new ArrayList<>();
        boolean idField;
        final int[] truncated = {0};

        static Fields of(List<Feature> features, List<String> warnings, String stem) {
            Fields fs = new Fields();
            Map<String, Object[]> seen = new LinkedHashMap<>(); // key -> {kind, max bytes}
            boolean ids = false;
            for (Feature f : features) {
                ids |= f.rawId() != null;
                for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                    Object[] s = seen.computeIfAbsent(e.getKey(), k -> new Object[] {null, 1});
                    Object v = e.getValue();
                    if (v == null) {
                        continue;
                    }
                    String kind = v instanceof Boolean ? "L" : v instanceof Long || v instanceof Integer
                            || v instanceof Short ? "I" : v instanceof Number ? "D" : "C";
                    s[0] = s[0] == null || s[0].equals(kind) ? kind
                            : ("I".equals(s[0]) || "D".equals(s[0])) && ("I".equals(kind) || "D".equals(kind)) ? "D" : "C";
                    int bytes = Math.min(MAX_TEXT_BYTES, PropertyValues.text(v).getBytes(StandardCharsets.UTF_8).length);
                    s[1] = Math.max((Integer) s[1], bytes);
                }
            }
            Set<String> taken = new HashSet<>();
            if (ids && !seen.containsKey(PropertyValues.ID)) {
                fs.idField = true;
                int len = 1;
                for (Feature f : features) {
                    if (f.rawId() != null) {
                        len = Math.max(len, Math.min(MAX_TEXT_BYTES, f.rawId().toString()
                                .getBytes(StandardCharsets.UTF_8).length));
                    }
                }
                fs.dbf.add(new DBFField(PropertyValues.ID, DBFDataType.CHARACTER, len));
                taken.add(PropertyValues.ID);
            }
            for (Map.Entry<String, Object[]> e : seen.entrySet()) {
                String name = fieldName(e.getKey(), taken);
                if (!name.equals(e.getKey())) {
                    warnings.add(stem + ": property " + e.getKey() + " is written as field " + name
                            + " (dBASE names have at most ten characters)");
                }
                String kind = e.getValue()[0] == null ? "C" : (String) e.getValue()[0];
                DBFField f = switch (kind) {
                    case "L" -> new DBFField(name, DBFDataType.LOGICAL);
                    case "I" -> new DBFField(name, DBFDataType.NUMERIC, 18, 0);
                    case "D" -> new DBFField(name, DBFDataType.NUMERIC, 24, 15);
                    default -> new DBFField(name, DBFDataType.CHARACTER, (Integer) e.getValue()[1]);
                };
                fs.dbf.add(f);
                fs.keys.add(e.getKey());
                fs.types.add(f.getType());
            }
            return fs;
        }

        Object[] record(Feature f) {
            Object[] row = new Object[dbf.size()];
            int i = 0;
            if (idField) {
                row[i++] = f.rawId() == null ? null : cut(f.rawId().toString());
            }
            for (int k = 0; k < keys.size(); k++, i++) {
                Object v = f.properties().get(keys.get(k));
                DBFField field = dbf.get(i);
                if (v == null) {
                    row[i] = null;
                } else if (field.getType() == DBFDataType.LOGICAL) {
                    row[i] = v;
                } else if (field.getType() == DBFDataType.NUMERIC) {
                    row[i] = field.getDecimalCount() == 0 ? (Object) ((Number) v).longValue()
                            : (Object) BigDecimal.valueOf(((Number) v).doubleValue());
                } else {
                    row[i] = cut(PropertyValues.text(v));
                }
            }
            return row;
        }

        /* Text cut to what a character field holds, at a character boundary. */
        private String cut(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length <= MAX_TEXT_BYTES) {
                return s;
            }
            truncated[0]++;
            int end = s.length();
            while (s.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
                end = Character.isLowSurrogate(s.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
            }
            return s.substring(0, end);
        }

        private static String fieldName(String key, Set<String> taken) {
            String base = key.replaceAll("[^A-Za-z0-9_]", "_");
            if (base.isEmpty()) {
                base = "field";
            }
            base = base.length() > 10 ? base.substring(0, 10) : base;
            String name = base;
            for (int i = 1; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                String suffix = "_" + i;
                name = base.substring(0, Math.min(base.length(), 10 - suffix.length())) + suffix;
            }
            return name;
        }
    }
}
