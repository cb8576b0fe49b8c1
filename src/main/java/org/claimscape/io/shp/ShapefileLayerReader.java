package org.claimscape.io.shp;

import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.claimscape.io.FeatureCollector;
import org.claimscape.io.FeatureCollector.Place;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.IoText;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.PropertyValues;
import org.claimscape.io.Reprojection;
import org.claimscape.io.SafeZip;
import org.h2gis.functions.io.shp.internal.IndexFile;
import org.h2gis.functions.io.shp.internal.ShapefileReader;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * Reads an ESRI Shapefile (ESRI Shapefile Technical Description, 1998): the shapes from the {@code .shp} through
 * its {@code .shx} index with H2GIS's reader, the attributes from the {@code .dbf} with JavaDBF, in the encoding
 * the {@code .cpg} names (else the one the .dbf's header gives), and the coordinates moved from the {@code .prj}'s
 * CRS to WGS84 with Apache SIS. A field named {@code id} becomes the feature id. A {@code .zip} holding one or more
 * Shapefiles is unpacked (through {@link SafeZip}) into a temporary folder first; with several, each feature gets
 * the property {@value #SOURCE} naming its Shapefile. One record at a time. Stateless apart from its options.
 */
public final class ShapefileLayerReader {

    /** The property naming a feature's Shapefile, when a zip holds more than one. */
    public static final String SOURCE = "shapefile";

    private final LayerReadOptions options;

    public ShapefileLayerReader(LayerReadOptions options) {
        this.options = options;
    }

    /** Reads a .shp (its .shx, .dbf, .prj and .cpg beside it) or a .zip holding Shapefiles. */
    public GeoJsonReadResult read(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            return FeatureCollector.failed(name, Kind.IO_ERROR, IoText.of("io.read.not-found"));
        }
        FeatureCollector out = new FeatureCollector(name, options);
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                readZip(file, out);
            } else {
                readShapefile(file, out, false, Files.size(file), 0, Files.size(file));
            }
        } catch (NoSuchFileException e) {
            out.fatal(Kind.IO_ERROR, Place.NONE, IoText.of("io.read.not-found-file", e.getFile()));
        } catch (IOException e) {
            out.fatal(Kind.IO_ERROR, Place.NONE, IoText.of("io.read.cannot-read", String.valueOf(e.getMessage())));
        } catch (OutOfMemoryError e) {
            out.outOfMemory();
        }
        return out.result();
    }

    private void readZip(Path zipFile, FeatureCollector out) throws IOException {
        if (!SafeZip.looksLikeZip(zipFile)) {
            out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.shp.not-zip"));
            return;
        }
        Path dir = Files.createTempDirectory("claimscape-shp");
        try {
            List<Path> shps = new ArrayList<>();
            long total = 0;
            try (ZipFile zip = new ZipFile(zipFile.toFile())) {
                int entries = 0;
                for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    if (++entries > 10_000) {
                        out.fatal(Kind.TOO_LARGE, Place.NONE, IoText.of("io.shp.entries", 10_000));
                        return;
                    }
                    String n = e.getName();
                    String lower = n.toLowerCase(Locale.ROOT);
                    if (e.isDirectory() || !lower.matches(".*\\.(shp|shx|dbf|prj|cpg|dbt)") || lower.contains("__macosx")) {
                        continue;
                    }
                    if (!SafeZip.safeName(n)) {
                        out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.shp.outside", n));
                        return;
                    }
                    Path target = dir.resolve(n.replace('\\', '/')).normalize();
                    if (!target.startsWith(dir)) {
                        out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.shp.outside", n));
                        return;
                    }
                    Files.createDirectories(target.getParent());
                    /* Each entry within its own ratio, and all together within the ratio of the whole zip. */
                    long budget = SafeZip.limitFor(Files.size(zipFile)) - total;
                    try (InputStream in = SafeZip.limited(zip.getInputStream(e), zipFile + "!/" + n,
                            Math.max(0, Math.min(SafeZip.limitFor(e.getCompressedSize()), budget)));
                         OutputStream o = Files.newOutputStream(target)) {
                        total += in.transferTo(o);
                    }
                    if (options.cancelled().getAsBoolean()) {
                        throw new CancellationException(IoText.of("io.read.cancelled", zipFile).toString());
                    }
                    if (lower.endsWith(".shp")) {
                        shps.add(target);
                    }
                }
            } catch (ZipException e) {
                out.fatal(Kind.MALFORMED_JSON, Place.NONE, IoText.of("io.shp.bad-zip", String.valueOf(e.getMessage())));
                return;
            } catch (IOException e) {
                if (e.getMessage() != null && e.getMessage().contains("zip bomb")) {
                    out.fatal(Kind.TOO_LARGE, Place.NONE, IoText.literal(e.getMessage()));
                    return;
                }
                throw e;
            }
            if (shps.isEmpty()) {
                out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.shp.no-shp"));
                return;
            }
            shps.sort(Comparator.naturalOrder());
            long size = Files.size(zipFile);
            long before = 0;
            for (Path shp : shps) {
                String rel = dir.relativize(shp).toString();
                out.section(shps.size() > 1 ? IoText.literal(rel) : null);
                long shpSize = Files.size(shp);
                readShapefile(shp, out, shps.size() > 1, size, before, total);
                before += shpSize;
            }
            out.section(null);
        } finally {
            deleteTree(dir);
        }
    }

    /* Progress: bytes of this .shp scaled into the opened file's size, after {@code before} bytes of others. */
    private void readShapefile(Path shp, FeatureCollector out, boolean tagSource, long size, long before, long total)
            throws IOException {
        Path shx = sibling(shp, "shx");
        Path dbf = sibling(shp, "dbf");
        if (!Files.isRegularFile(shp)) {
            out.fatal(Kind.IO_ERROR, Place.NONE, IoText.of("io.read.not-found-file", shp.toString()));
            return;
        }
        if (dbf == null) {
            out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.shp.no-dbf", base(shp) + ".dbf"));
            return;
        }
        if (shx == null) {
            out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.shp.no-shx", base(shp) + ".shx"));
            return;
        }
        Reprojection crs = prj(shp, out);
        if (crs == null) {
            return;
        }
        Charset charset = cpg(shp, out);
        FileChannel shpChannel = FileChannel.open(shp, StandardOpenOption.READ);
        FileChannel shxChannel = FileChannel.open(shx, StandardOpenOption.READ);
        ShapefileReader shapes;
        IndexFile index;
        try {
            shapes = new ShapefileReader(shpChannel);
            index = new IndexFile(shxChannel);
        } catch (IOException | RuntimeException e) {
            shpChannel.close();
            shxChannel.close();
            out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.shp.not-shapefile", message(e)));
            return;
        }
        try (InputStream dbfIn = new BufferedInputStream(Files.newInputStream(dbf), 1 << 16)) {
            DBFReader attributes;
            try {
                attributes = charset == null ? new DBFReader(dbfIn) : new DBFReader(dbfIn, charset);
            } catch (DBFException e) {
                out.fatal(Kind.NOT_GEOJSON, Place.NONE, IoText.of("io.shp.not-dbase", base(shp) + ".dbf", message(e)));
                return;
            }
            Path dbt = sibling(shp, "dbt");
            if (dbt != null) {
                attributes.setMemoFile(dbt.toFile());
            }
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < attributes.getFieldCount(); i++) {
                DBFField f = attributes.getField(i);
                fields.add(f.getName());
            }
            int idAt = fields.indexOf(PropertyValues.ID);
            int records = index.getRecordCount();
            if (records != attributes.getRecordCount()) {
                out.fileWarning(Kind.WRONG_TYPE, IoText.of("io.shp.counts", records, attributes.getRecordCount(),
                        Math.min(records, attributes.getRecordCount())));
                records = Math.min(records, attributes.getRecordCount());
            }
            long shpSize = Math.max(1, Files.size(shp));
            String source = base(shp).getFileName().toString();
            for (int r = 0; r < records; r++) {
                Object[] row;
                try {
                    row = attributes.nextRecord();
                } catch (DBFException e) {
                    out.begin(null);
                    out.fatal(Kind.MALFORMED_JSON, new Place(r + 1, -1), IoText.of("io.shp.bad-record",
                            base(shp) + ".dbf", r + 1, message(e)));
                    return;
                }
                if (row == null) {
                    break;
                }
                Object idValue = idAt >= 0 && idAt < row.length ? value(row[idAt]) : null;
                out.begin(PropertyValues.isId(idValue) ? idValue : null);
                Place at = new Place(r + 1, -1);
                Map<String, Object> props = new LinkedHashMap<>();
                for (int i = 0; i < fields.size() && i < row.length; i++) {
                    if (i == idAt && PropertyValues.isId(idValue)) {
                        continue;
                    }
                    Object v = value(row[i]);
                    if (v != null) {
                        props.put(fields.get(i), v);
                    }
                }
                if (tagSource) {
                    props.put(SOURCE, source);
                }
                Geometry g = null;
                try {
                    int offset = index.getOffset(r); // bytes already (getOffsetInBytes doubles them again)
                    out.progress(total > 0 ? (long) ((before + (double) offset / shpSize * Files.size(shp))
                            / total * size) : offset);
                    g = crs.toLonLat(shapes.geomAt(offset));
                } catch (IOException | RuntimeException e) {
                    out.error(Kind.MALFORMED_JSON, at, IoText.of("io.shp.bad-shape", r + 1, message(e)));
                } catch (TransformException e) {
                    out.error(Kind.WRONG_TYPE, at, IoText.of("io.shp.cannot-move", r + 1, message(e)));
                }
                out.add(g, props, at);
            }
        } finally {
            shapes.close();
            index.close();
        }
    }

    /* The .prj's CRS, or WGS84 when there is none (warned); null when it cannot be used (recorded). */
    private static Reprojection prj(Path shp, FeatureCollector out) throws IOException {
        Path prj = sibling(shp, "prj");
        if (prj == null) {
            out.fileWarning(Kind.WRONG_TYPE, IoText.of("io.shp.no-prj"));
            return Reprojection.none();
        }
        String wkt = new String(Files.readAllBytes(prj), StandardCharsets.UTF_8).strip();
        try {
            Reprojection r = Reprojection.fromWkt(wkt);
            if (r.accuracyWarning() != null) {
                out.fileWarning(Kind.WRONG_TYPE, r.accuracyWarning());
            }
            return r;
        } catch (FactoryException | RuntimeException e) {
            out.fatal(Kind.WRONG_TYPE, Place.NONE, IoText.of("io.shp.bad-prj", base(shp) + ".prj", message(e)));
            return null;
        }
    }

    /* The encoding the .cpg names, or null to let the .dbf header's language driver decide. */
    private static Charset cpg(Path shp, FeatureCollector out) throws IOException {
        Path cpg = sibling(shp, "cpg");
        if (cpg == null) {
            return null;
        }
        String text = new String(Files.readAllBytes(cpg), StandardCharsets.US_ASCII).strip();
        Charset c = ShapefileEncodings.forCpg(text);
        if (c == null) {
            out.fileWarning(Kind.WRONG_TYPE, IoText.of("io.shp.bad-cpg", base(shp) + ".cpg", text));
        }
        return c;
    }

    /** A .dbf value in the model's types: whole numbers as Long, others as Double, dates as ISO text. */
    private static Object value(Object v) {
        if (v instanceof String) {
            String s = ((String) v).strip();
            return s.isEmpty() ? null : PropertyValues.fromText(s);
        }
        if (v instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) v;
            if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
                try {
                    return d.longValueExact();
                } catch (ArithmeticException e) {
                    return d.doubleValue();
                }
            }
            return d.doubleValue();
        }
        if (v instanceof Integer || v instanceof Short) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float) {
            return ((Float) v).doubleValue();
        }
        if (v instanceof Date) {
            return ((Date) v).toInstant().atZone(ZoneOffset.systemDefault()).toLocalDate().toString();
        }
        if (v instanceof byte[]) {
            return null;
        }
        return v;
    }

    /** The file beside a .shp with another extension, in either case, or null. */
    static Path sibling(Path shp, String ext) throws IOException {
        Path base = base(shp);
        String stem = base.getFileName().toString();
        Path dir = shp.toAbsolutePath().getParent();
        for (String e : List.of(ext, ext.toUpperCase(Locale.ROOT))) {
            Path p = dir.resolve(stem + "." + e);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, stem + ".*")) {
            for (Path p : ds) {
                if (p.getFileName().toString().equalsIgnoreCase(stem + "." + ext) && Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The .shp's path without its extension. */
    static Path base(Path shp) {
        String n = shp.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return shp.resolveSibling(dot > 0 ? n.substring(0, dot) : n);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover in the temp folder is harmless
                }
            });
        } catch (IOException e) {
            // as above
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
