package org.claimscape.io.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimscape.io.AtomicFiles;
import org.claimscape.io.PropertyValues;
import org.claimscape.io.WriteReport;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes a layer as CSV (RFC 4180: comma, CRLF, quotes where needed) or, for a {@code .tsv} name, tab-separated,
 * in UTF-8 without a byte-order mark. A layer of points only gets {@code latitude} and {@code longitude} columns
 * (WGS84 degrees, for spreadsheets); any other layer a {@code WKT} column first, as GDAL writes it. Then an
 * {@code id} column when features have ids (and no property is called id), then every property in order of first
 * appearance; lists and maps as JSON. Atomic. Stateless.
 */
public final class CsvLayerWriter {

    /** Writes CSV, or tab-separated values when the name ends in .tsv or .tab. */
    public WriteReport write(Layer layer, Path file) throws IOException {
        return write(layer, file, file.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .matches(".*\\.(tsv|tab)"));
    }

    /** Writes CSV, or tab-separated values. */
    public WriteReport write(Layer layer, Path file, boolean tsv) throws IOException {
        List<Feature> features = layer.features();
        boolean points = !features.isEmpty() && features.stream().allMatch(f -> f.geometry() == null
                || f.geometry() instanceof Point);
        Set<String> keys = new LinkedHashSet<>();
        boolean ids = false;
        for (Feature f : features) {
            keys.addAll(f.properties().keySet());
            ids |= f.rawId() != null;
        }
        boolean idColumn = ids && !keys.contains(PropertyValues.ID);
        List<String> header = new ArrayList<>();
        if (points) {
            header.add("latitude");
            header.add("longitude");
        } else {
            header.add("WKT");
        }
        if (idColumn) {
            header.add(PropertyValues.ID);
        }
        header.addAll(keys);
        CSVFormat format = (tsv ? CSVFormat.TDF : CSVFormat.RFC4180).builder()
                .setHeader(header.toArray(String[]::new)).get();
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, format);
            WKTWriter wkt = new WKTWriter(3);
            List<String> row = new ArrayList<>(header.size());
            for (Feature f : features) {
                row.clear();
                Geometry g = f.geometry();
                if (points) {
                    Point p = (Point) g;
                    row.add(p == null || p.isEmpty() ? "" : PropertyValues.text(p.getY()));
                    row.add(p == null || p.isEmpty() ? "" : PropertyValues.text(p.getX()));
                } else {
                    row.add(g == null ? "" : wkt.write(g));
                }
                if (idColumn) {
                    row.add(f.rawId() == null ? "" : f.rawId().toString());
                }
                for (String k : keys) {
                    String v = PropertyValues.text(f.properties().get(k));
                    row.add(v == null ? "" : v);
                }
                printer.printRecord(row);
            }
            printer.flush();
        });
        return WriteReport.of(file);
    }
}
