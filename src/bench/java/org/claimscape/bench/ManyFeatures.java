// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The user's-scale input of issue 17: a GeoJSON FeatureCollection of N point features (1,000,000 by default, about
 * 108 MB), seeded so every run writes the same bytes. Each feature is what a user's list of sites looks like: a
 * numeric id, a point over the Kurils and around (lon 139–157, lat 41–52, 6 decimals, as GDAL writes by default)
 * and four properties (a name, a type, a {@code valid_from} year for one in four, a whole number), one feature a
 * line. {@code run.sh} turns it into a GeoPackage and a CSV with {@code ogr2ogr}, so all three hold the same.
 *
 * <p>Run as {@code ManyFeatures <out.geojson> [N]}.
 */
public final class ManyFeatures {

    private static final String[] TYPES = {"site", "port", "airfield", "settlement", "cape"};

    private ManyFeatures() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        write(out, n);
        System.out.printf(Locale.ROOT, "%s: %,d point features, %,d bytes%n", out, n, Files.size(out));
    }

    /**
     * The same n features as {@link #write} writes (same seed, positions, ids and properties), made in memory as a
     * layer: for benchmarks of what is done with the layer once read.
     */
    public static Layer layer(String id, String title, int n) {
        Random random = new Random(17);
        GeometryFactory gf = new GeometryFactory();
        List<Feature> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = Math.round((139 + random.nextDouble() * 18) * 1e6) / 1e6;
            double lat = Math.round((41 + random.nextDouble() * 11) * 1e6) / 1e6;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", "site " + (i + 1));
            p.put("type", TYPES[i % TYPES.length]);
            if (i % 4 == 0) {
                p.put("valid_from", Integer.toString(1855 + i % 170));
            }
            p.put("rank", random.nextInt(1000));
            features.add(new Feature(i + 1, gf.createPoint(new Coordinate(lon, lat)), p));
        }
        return new Layer(id, title, features);
    }

    /** Writes the file (plain, not through Claimscape's writer, so the input does not depend on the code measured). */
    public static void write(Path file, int n) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Random random = new Random(17);
        JsonFactory json = new JsonFactory();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = json.createGenerator(os, JsonEncoding.UTF8)) {
            g.writeRaw("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < n; i++) {
                double lon = Math.round((139 + random.nextDouble() * 18) * 1e6) / 1e6;
                double lat = Math.round((41 + random.nextDouble() * 11) * 1e6) / 1e6;
                StringBuilder sb = new StringBuilder(128);
                sb.append(i == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"id\":").append(i + 1)
                        .append(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[").append(lon).append(',')
                        .append(lat).append("]},\"properties\":{\"name\":\"site ").append(i + 1)
                        .append("\",\"type\":\"").append(TYPES[i % TYPES.length]).append('"');
                if (i % 4 == 0) {
                    sb.append(",\"valid_from\":\"").append(1855 + i % 170).append('"');
                }
                sb.append(",\"rank\":").append(random.nextInt(1000)).append("}}");
                g.writeRaw(sb.toString());
            }
            g.writeRaw("\n]}\n");
        }
    }
}
