// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonLayerWriter;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The benchmark inputs: the bundled data folder, and the large files made from it reproducibly into
 * {@code target/bench-data} (never checked in). Run as a program to make them:
 * {@code BenchData <out-dir> [--smoke]}.
 *
 * <p>{@code land-dense.geojson} is the bundled GSHHG full-resolution land layer with vertices added along its
 * edges (JTS {@link Densifier}) until it has at least {@value #DENSE_VERTICES} vertices: real coastline shapes,
 * valid polygons, the same properties. The smoke mode makes a small one instead.
 */
public final class BenchData {

    /** System property naming the bundled data folder (default {@code data}, relative to the repository). */
    public static final String DATA_DIR = "claimscape.bench.data";
    /** System property naming the generated data folder (default {@code target/bench-data}). */
    public static final String OUT_DIR = "claimscape.bench.out";

    /** Vertices of the large dataset in a real run. */
    public static final long DENSE_VERTICES = 1_000_000;
    /** Vertices of the large dataset in smoke mode, made from the small lakes layer. */
    public static final long SMOKE_VERTICES = 20_000;

    public static final String DENSE_FILE = "land-dense.geojson";

    private BenchData() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-data");
        boolean smoke = List.of(args).contains("--smoke");
        Path dense = smoke ? makeDense(dataDir(), "lakes.geojson", out, SMOKE_VERTICES)
                : makeDense(dataDir(), "land.geojson", out, DENSE_VERTICES);
        Layer layer = read(dense, "land-dense");
        System.out.printf(Locale.ROOT, "%s: %d features, %,d vertices, %,d bytes%n", dense, layer.size(),
                layer.vertexCount(), Files.size(dense));
        Path scenes = MapScenes.writePeerScenes(MapScenes.load(dataDir()), dataDir(), dense, out.resolve("scenes.json"));
        System.out.println(scenes);
    }

    /** The bundled data folder (holding catalog.json). */
    public static Path dataDir() {
        return Path.of(System.getProperty(DATA_DIR, "data")).toAbsolutePath();
    }

    /** The generated data folder. */
    public static Path outDir() {
        return Path.of(System.getProperty(OUT_DIR, "target/bench-data")).toAbsolutePath();
    }

    /** A benchmark input by file name: the generated folder first, then the bundled data. */
    public static Path resolve(String file) {
        Path generated = outDir().resolve(file);
        return Files.exists(generated) ? generated : dataDir().resolve(file);
    }

    /**
     * Writes {@value #DENSE_FILE}, the bundled layer {@code base} densified, into {@code outDir} unless an
     * up-to-date one (same base and target, newer than the base) is there already.
     */
    public static Path makeDense(Path dataDir, String base, Path outDir, long targetVertices) throws IOException {
        Files.createDirectories(outDir);
        Path land = dataDir.resolve(base);
        Path dense = outDir.resolve(DENSE_FILE);
        Path stamp = outDir.resolve(DENSE_FILE + ".target");
        String want = base + " to " + targetVertices + " vertices, recipe 3";
        if (Files.exists(dense) && Files.exists(stamp) && Files.readString(stamp).equals(want)
                && Files.getLastModifiedTime(dense).compareTo(Files.getLastModifiedTime(land)) > 0) {
            return dense;
        }
        Layer layer = densified(read(land, "land"), targetVertices);
        new GeoJsonLayerWriter().write(layer, dense);
        Files.writeString(stamp, want);
        return dense;
    }

    /** The layer with vertices added along its edges until it has at least {@code target} vertices. */
    public static Layer densified(Layer layer, long target) {
        double length = 0;
        for (Feature f : layer.features()) {
            length += f.geometry().getLength();
        }
        double spacing = length / Math.max(1, target - layer.vertexCount());
        Layer out = layer;
        // Densifier rounds the segments per edge, so the count lands a little short: tighten and retry.
        for (int attempt = 0; attempt < 5 && out.vertexCount() < target; attempt++) {
            List<Feature> features = new ArrayList<>(layer.size());
            for (Feature f : layer.features()) {
                features.add(f.withGeometry(roundedToMicrodegrees(Densifier.densify(f.geometry(), spacing))));
            }
            out = new Layer(layer.id(), layer.title(), features);
            spacing *= 0.98 * (double) (out.vertexCount() - layer.vertexCount()) / Math.max(1, target - layer.vertexCount());
        }
        return out;
    }

    /**
     * The geometry with coordinates rounded to 6 decimals (about 0.1 m), as the bundled files and most published
     * GeoJSON are written: without it the new vertices would carry 17 significant digits, which no real file has
     * and which makes every parser's number conversion several times slower.
     */
    static Geometry roundedToMicrodegrees(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, Math.round(seq.getOrdinate(i, 0) * 1e6) / 1e6);
                seq.setOrdinate(i, 1, Math.round(seq.getOrdinate(i, 1) * 1e6) / 1e6);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /**
     * {@code n} named point features spread over the region (lon 139–157, lat 41–52), seeded so every run gets
     * the same: names cycle through the bundled places' and islands' names with a number, so a search has real
     * words to find and many near-misses.
     */
    public static Layer namedPoints(int n, List<Layer> nameSources, long seed) {
        List<Feature> named = new ArrayList<>();
        for (Layer l : nameSources) {
            for (Feature f : l.features()) {
                if (f.string("name_en") != null) {
                    named.add(f);
                }
            }
        }
        GeometryFactory gf = new GeometryFactory(new PrecisionModel(), 4326);
        Random random = new Random(seed);
        List<Feature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Feature model = named.isEmpty() ? null : named.get(i % named.size());
            String suffix = " " + (i / Math.max(1, named.size()));
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name_en", (model == null ? "Place" : model.string("name_en")) + suffix);
            if (model != null) {
                putIfPresent(props, "name_ja", model.string("name_ja"), suffix);
                putIfPresent(props, "name_ja_latn", model.string("name_ja_latn"), suffix);
                putIfPresent(props, "name_ru", model.string("name_ru"), suffix);
            }
            props.put("type", "settlement");
            double lon = 139 + random.nextDouble() * 18;
            double lat = 41 + random.nextDouble() * 11;
            out.add(new Feature("p" + i, gf.createPoint(new Coordinate(lon, lat)), props));
        }
        return new Layer("points", "Synthetic named points", out);
    }

    private static void putIfPresent(Map<String, Object> props, String key, String value, String suffix) {
        if (value != null) {
            props.put(key, value + suffix);
        }
    }

    /** Reads a benchmark input without the validity check (inputs are bundled or made valid). */
    static Layer read(Path file, String id) throws IOException {
        return read(file, id, id);
    }

    static Layer read(Path file, String id, String title) throws IOException {
        GeoJsonReadResult r = new GeoJsonLayerReader().withValidation(false).read(file);
        if (!r.errors().isEmpty()) {
            throw new IOException(file + ": " + r.errors().get(0));
        }
        return new Layer(id, title, r.features());
    }
}
