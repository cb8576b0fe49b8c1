package org.claimscape.io.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.claimscape.io.AtomicFiles;
import org.claimscape.io.GeoJsonLayerWriter;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.LayerSummary;
import org.claimscape.io.WriteReport;
import org.claimscape.io.csv.CsvColumns;
import org.claimscape.io.csv.CsvLayerReader;
import org.claimscape.io.csv.CsvLayerWriter;
import org.claimscape.io.gpkg.GeoPackageLayerReader;
import org.claimscape.io.gpkg.GeoPackageLayerWriter;
import org.claimscape.io.kml.KmlLayerReader;
import org.claimscape.io.kml.KmlLayerWriter;
import org.claimscape.io.shp.ShapefileLayerReader;
import org.claimscape.io.shp.ShapefileLayerWriter;
import org.claimscape.model.Layer;

/**
 * The one entry point for reading and writing layer files in any {@link LayerFormat}: the command line and the
 * window both come here. The format is told by the file's name; a name that says nothing known is recognised by
 * its first bytes (an SQLite header, a zip, XML), else read as GeoJSON. Every reader gives a
 * {@link GeoJsonReadResult}: the sound features and every problem with its file and place. Stateless.
 */
public final class LayerFormats {

    private LayerFormats() {
    }

    /** The format a file name stands for, if any. */
    public static Optional<LayerFormat> forPath(Path file) {
        String n = file.getFileName().toString();
        return Arrays.stream(LayerFormat.values()).filter(f -> f.matches(n)).findFirst();
    }

    /**
     * The format of a file to read: by its name (a {@code .zip} holding KML but no Shapefile is a KMZ), else by its
     * first bytes, else GeoJSON.
     */
    public static LayerFormat detect(Path file) {
        Optional<LayerFormat> byName = forPath(file);
        if (byName.isPresent()) {
            if (byName.get() == LayerFormat.SHAPEFILE && file.getFileName().toString().toLowerCase(Locale.ROOT)
                    .endsWith(".zip") && zipHoldsKmlOnly(file)) {
                return LayerFormat.KMZ;
            }
            return byName.get();
        }
        byte[] head = new byte[256];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return LayerFormat.GEOJSON; // the GeoJSON reader reports the I/O problem
        }
        String text = new String(head, 0, Math.max(0, n), StandardCharsets.ISO_8859_1);
        if (text.startsWith("SQLite format 3\0")) {
            return LayerFormat.GEOPACKAGE;
        }
        if (text.startsWith("PK\3\4")) {
            return LayerFormat.KMZ;
        }
        String t = text.replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading();
        if (t.startsWith("<?xml") || t.startsWith("<kml")) {
            return LayerFormat.KML;
        }
        return LayerFormat.GEOJSON;
    }

    private static boolean zipHoldsKmlOnly(Path file) {
        boolean kml = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                String n = en.nextElement().getName().toLowerCase(Locale.ROOT);
                if (n.endsWith(".shp")) {
                    return false;
                }
                kml |= n.endsWith(".kml");
            }
        } catch (IOException e) {
            return false; // the Shapefile reader says what is wrong with it
        }
        return kml;
    }

    /** Reads a file in the format {@link #detect} finds; CSV geometry columns are found by their names. */
    public static GeoJsonReadResult read(Path file, LayerReadOptions options) {
        return read(file, detect(file), options, null);
    }

    /**
     * Reads a file in the format {@link #detect} finds with every check of {@code options}, summarising its sound
     * features as they are read instead of keeping them: the figures of a file of any size in little memory.
     *
     * @return the summary and the read's result (problems, counts; its features are empty)
     */
    public static LayerSummary.Read summarize(Path file, LayerReadOptions options) {
        LayerSummary summary = new LayerSummary();
        GeoJsonReadResult result = read(file, options.streamingTo(summary));
        return new LayerSummary.Read(summary, result);
    }

    /**
     * Reads a file in the given format.
     *
     * @param csvColumns the geometry columns of a CSV or TSV file, or null to find them by their names
     */
    public static GeoJsonReadResult read(Path file, LayerFormat format, LayerReadOptions options,
                                         CsvColumns csvColumns) {
        return switch (format) {
            case GEOJSON -> options.geoJsonReader().read(file);
            case KML, KMZ -> new KmlLayerReader(options).read(file);
            case GEOPACKAGE -> new GeoPackageLayerReader(options).read(file);
            case CSV, TSV -> new CsvLayerReader(options, csvColumns).read(file);
            case SHAPEFILE -> new ShapefileLayerReader(options).read(file);
        };
    }

    /** Writes a layer in the format its file name says (GeoJSON when it says none; gzipped for {@code .gz}). */
    public static WriteReport write(Layer layer, Path file) throws IOException {
        return write(List.of(layer), file, forPath(file).orElse(LayerFormat.GEOJSON));
    }

    /** Writes a layer in a format. */
    public static WriteReport write(Layer layer, Path file, LayerFormat format) throws IOException {
        return write(List.of(layer), file, format);
    }

    /**
     * Writes layers in a format; only a GeoPackage holds more than one (each a table).
     *
     * @throws IllegalArgumentException when several layers are given for a format that holds one
     */
    public static WriteReport write(List<Layer> layers, Path file, LayerFormat format) throws IOException {
        if (layers.size() != 1 && format != LayerFormat.GEOPACKAGE) {
            throw new IllegalArgumentException(format.title() + " holds one layer; write several layers to a "
                    + "GeoPackage (.gpkg), or one file each");
        }
        Layer layer = layers.get(0);
        return switch (format) {
            case GEOJSON -> {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                    AtomicFiles.write(file, out -> {
                        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                        new GeoJsonLayerWriter().write(layer.features(), gz);
                        gz.finish();
                    });
                } else {
                    new GeoJsonLayerWriter().write(layer, file);
                }
                yield WriteReport.of(file);
            }
            case KML -> new KmlLayerWriter().write(layer, file, false);
            case KMZ -> new KmlLayerWriter().write(layer, file, true);
            case GEOPACKAGE -> new GeoPackageLayerWriter().write(layers, file);
            case CSV -> new CsvLayerWriter().write(layer, file, false);
            case TSV -> new CsvLayerWriter().write(layer, file, true);
            case SHAPEFILE -> new ShapefileLayerWriter().write(layer, file);
        };
    }

    /** The file name with its format ending replaced by the ending of another format. */
    public static Path withExtension(Path file, LayerFormat format) {
        String n = file.getFileName().toString();
        String stem = n;
        for (LayerFormat f : LayerFormat.values()) {
            for (String e : f.endings()) {
                if (n.toLowerCase(java.util.Locale.ROOT).endsWith(e)) {
                    stem = n.substring(0, n.length() - e.length());
                    break;
                }
            }
            if (!stem.equals(n)) {
                break;
            }
        }
        return file.resolveSibling(stem + format.extension());
    }
}
