// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonLayerWriter;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.gpkg.GeoPackageLayerReader;
import org.claimscape.io.gpkg.GeoPackageLayerWriter;
import org.claimscape.io.postgis.PostgisConnection;
import org.claimscape.io.postgis.PostgisLayerReader;
import org.claimscape.io.postgis.PostgisLayerWriter;
import org.claimscape.io.postgis.PostgisSource;
import org.claimscape.io.postgis.PostgisSpec;
import org.claimscape.io.postgis.PostgisTable;
import org.claimscape.io.postgis.ReadWindow;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.AutomaticStyle;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.claimscape.ui.data.PostgisLayers;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A table of N point features (1,000,000 by default) in PostGIS beside the same features in a GeoJSON file and a
 * GeoPackage, each in a JVM of its own ({@code src/bench/postgis.sh} runs the parts):
 * <ul>
 *   <li>{@code prepare}: writes the file, the GeoPackage and the table;</li>
 *   <li>{@code file geojson|gpkg}: the app's way with a file: the whole file read, then drawn (the script on
 *       the GeoJSON file's layer only: the GeoPackage's is the same layer);</li>
 *   <li>{@code table}: the app's way with a table ({@code PostgisLayers}): for each view, {@link ReadWindow#plan}
 *       and a read when what was read no longer serves the view (a box twice the view; a large table's points
 *       thinned by the server at small scales), then drawn.</li>
 * </ul>
 * Each part reports the first view (from nothing to the first frame: read and draw), then a scripted pan/zoom
 * (zooms 6, 8, 10, 12 and 14, 1600 × 1000, five views each: the zoom step and four pans), the step time (read when
 * needed, plus the frame, drawn by {@link MapRenderer} into an image) p50/p95 at each zoom, the rows a view's read
 * fetched, the peak resident set of the process and the live heap of what is held. In the app the reads run on a
 * background lane while the last frame stays up; here they are timed in line, so a step is read plus draw.
 * Prints result rows ({@code measure \t what \t value \t unit \t note}): tool {@code claimscape} is the table,
 * {@code file-geojson} and {@code file-gpkg} the files.
 *
 * <p>{@code java -cp target/benchmarks.jar org.claimscape.bench.PostgisBench prepare|file|table
 * postgresql://user@host:port/db OUTDIR N [geojson|gpkg]}, the password in {@code PGPASSWORD}.
 */
public final class PostgisBench {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    static final double[] ZOOMS = {6, 8, 10, 12, 14};
    static final int VIEWS_PER_ZOOM = 5;
    /* The middle of the data (lon 139-157, lat 41-52). */
    static final double LAT = 46.5;
    static final double LON = 148;
    /* A zoom's views stop after this much time in a round: a frame of a million symbols takes many seconds. */
    static final double ZOOM_BUDGET_MS = 20_000;

    private PostgisBench() {
    }

    public static void main(String[] args) throws Exception {
        String part = args[0];
        PostgisSpec spec = PostgisSpec.parse(args[1]);
        Path out = Path.of(args[2]);
        int n = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        char[] password = PostgisSource.password(args[1]);
        List<String> rows = switch (part) {
            case "prepare" -> prepare(spec, password, out, n);
            case "file" -> file(out, n, args[4]);
            case "table" -> table(spec, password, n);
            default -> throw new IllegalArgumentException("prepare, file or table: " + part);
        };
        rows.forEach(System.out::println);
    }

    static String tableName(int n) {
        return "points_" + n;
    }

    static Path path(Path out, int n, String format) {
        return out.resolve("pg-points-" + n + "." + format);
    }

    // ------------------------------------------------------------------ parts

    static List<String> prepare(PostgisSpec spec, char[] password, Path out, int n) throws Exception {
        List<String> rows = new ArrayList<>();
        List<Feature> features = points(n);
        Layer layer = new Layer("points", "points", features);
        new GeoJsonLayerWriter().write(layer, path(out, n, "geojson"));
        Files.deleteIfExists(path(out, n, "gpkg"));
        new GeoPackageLayerWriter().write(layer, path(out, n, "gpkg"));
        try (PostgisConnection c = PostgisConnection.open(spec, password)) {
            long t0 = System.nanoTime();
            new PostgisLayerWriter().write(c, "public", tableName(n), features, PostgisLayerWriter.Mode.REPLACE);
            rows.add(row("postgis/write", "claimscape", ms(t0), "ms", String.format(Locale.ROOT,
                    "%,d points to a new table in one transaction (COPY, GiST index, ANALYZE)", n)));
        }
        rows.add(row("postgis/data", "file-geojson", Files.size(path(out, n, "geojson")) / 1048576.0, "MB",
                String.format(Locale.ROOT, "the same %,d points as GeoJSON", n)));
        rows.add(row("postgis/data", "file-gpkg", Files.size(path(out, n, "gpkg")) / 1048576.0, "MB",
                String.format(Locale.ROOT, "the same %,d points as GeoPackage", n)));
        return rows;
    }

    /** The app's way with a file: read it whole, then every view draws from memory. */
    static List<String> file(Path out, int n, String format) throws IOException {
        Path path = path(out, n, format);
        String tool = "file-" + format;
        List<String> rows = new ArrayList<>();
        MapRenderer renderer = new MapRenderer();
        long t0 = System.nanoTime();
        Layer layer = readFile(path, format);
        double read = ms(t0);
        renderer.styles().setLayerStyle("points", AutomaticStyle.forLayer(layer, List.of()));
        double first = frame(renderer, layer, script().get(0));
        rows.add(row("postgis/first-view", tool, read + first, "ms", String.format(Locale.ROOT,
                "zoom 6, from nothing to the first frame: the whole file read (%.0f ms), %,d features, drawn", read,
                layer.size())));
        Script s = new Script();
        /* The frames draw the same layer whichever file it came from: the script runs on the GeoJSON one only. */
        int rounds = format.equals("geojson") ? 2 : 0;
        for (int round = 0; round < rounds; round++) { // the first round warms the JIT and the caches
            Budget budget = new Budget();
            for (MapViewport v : script()) {
                if (budget.spent(v.zoom())) {
                    continue;
                }
                double f = frame(renderer, layer, v);
                budget.add(v.zoom(), f);
                if (round == 1) {
                    s.add(v.zoom(), f, layer.size(), false);
                }
            }
        }
        rows.addAll(s.rows(tool, "all of the file held in memory, drawn"));
        rows.add(row("postgis/rss-peak", tool, peakRssMegabytes(), "MB", "the process's peak resident set (VmHWM)"
                + " after the first view (and the script, for GeoJSON), -Xmx4g"));
        rows.add(row("postgis/heap", tool, HeapProbe.loadedMegabytes(() -> readFile(path, format)), "MB",
                "live heap of what is held: the whole file's layer"));
        return rows;
    }

    /** The app's way with a table, as {@link PostgisLayers} reads it. */
    static List<String> table(PostgisSpec spec, char[] password, int n) throws Exception {
        List<String> rows = new ArrayList<>();
        MapRenderer renderer = new MapRenderer();
        PostgisSpec at = spec.withTable(tableName(n), null);
        MapViewport start = script().get(0);
        long t0 = System.nanoTime();
        try (PostgisConnection c = PostgisConnection.open(at, password.clone())) {
            PostgisTable t = c.table(at);
            Envelope extent = c.extent(t);
            ReadWindow w = ReadWindow.plan(c, t, start.bounds(), start.zoom(), extent);
            GeoJsonReadResult r = reader(w).read(c, t);
            Layer layer = r.toPartialLayer("points", "points");
            double read = ms(t0);
            renderer.styles().setLayerStyle("points", AutomaticStyle.forLayer(layer, List.of()));
            double first = frame(renderer, layer, start);
            rows.add(row("postgis/first-view", "claimscape", read + first, "ms", String.format(Locale.ROOT,
                    "zoom 6, from nothing to the first frame: connect, plan, read (%.0f ms) %,d rows standing for "
                            + "%,d (thinned: %s), drawn", read, layer.size(), r.featuresSeen(), w.isThinned())));

            Script s = new Script();
            ReadWindow largest = null;
            int largestRows = -1;
            for (int round = 0; round < 2; round++) {
                ReadWindow window = null;
                Layer shown = null;
                Budget budget = new Budget();
                for (MapViewport v : script()) {
                    if (budget.spent(v.zoom()) && window != null && window.serves(v.bounds(), v.zoom())) {
                        continue; // skipped only while no read is due, so the reads stay those of the script
                    }
                    long s0 = System.nanoTime();
                    int fetched = 0;
                    boolean read2 = false;
                    if (window == null || !window.serves(v.bounds(), v.zoom())) {
                        ReadWindow want = ReadWindow.plan(c, t, v.bounds(), v.zoom(), extent);
                        if (!want.readsTheSameAs(window)) {
                            shown = reader(want).read(c, t).toPartialLayer("points", "points");
                            fetched = shown.size();
                            read2 = true;
                            if (fetched > largestRows) {
                                largestRows = fetched;
                                largest = want;
                            }
                        }
                        window = want;
                    }
                    double fetchMs = ms(s0);
                    double f = frame(renderer, shown, v);
                    budget.add(v.zoom(), fetchMs + f);
                    if (round == 1) {
                        s.add(v.zoom(), fetchMs + f, fetched, read2);
                    }
                }
            }
            rows.addAll(s.rows("claimscape", "read when the view leaves what was read (ReadWindow.plan), "
                    + "plus the frame"));
            rows.add(row("postgis/rss-peak", "claimscape", peakRssMegabytes(), "MB", "the process's peak resident "
                    + "set (VmHWM) after the first view and the script, -Xmx4g"));
            ReadWindow big = largest;
            rows.add(row("postgis/heap", "claimscape", HeapProbe.loadedMegabytes(
                    () -> reader(big).read(c, t).toPartialLayer("p", "p")), "MB", String.format(Locale.ROOT,
                    "live heap of what is held: the script's largest read, %,d rows", largestRows)));
            /* What a read of the whole table costs: what a view over all of it read before thinning. */
            t0 = System.nanoTime();
            int all = new PostgisLayerReader().read(c, t).features().size();
            rows.add(row("postgis/read-whole-table", "claimscape", ms(t0), "ms", String.format(Locale.ROOT,
                    "every row unthinned, %,d rows, WKB through JDBC into features: what a zoom-6 view read "
                            + "before thinning", all)));
        }
        return rows;
    }

    private static PostgisLayerReader reader(ReadWindow w) {
        return w.reader(new PostgisLayerReader()).withRowKeys(true).withRepair(true)
                .withLimit(PostgisLayers.ROW_LIMIT);
    }

    private static Layer readFile(Path path, String format) {
        GeoJsonReadResult r = format.equals("gpkg") ? new GeoPackageLayerReader(LayerReadOptions.defaults()).read(path)
                : new GeoJsonLayerReader().read(path);
        return r.toPartialLayer("points", "points");
    }

    // ------------------------------------------------------------------ the script

    /* At each zoom: the zoom step (from the last view) and four pans of a quarter view, back and forth. */
    static List<MapViewport> script() {
        List<MapViewport> steps = new ArrayList<>();
        MapViewport v = new MapViewport(LAT, LON, ZOOMS[0], WIDTH, HEIGHT);
        for (double z : ZOOMS) {
            v = v.withZoom(z);
            steps.add(v);
            int[][] pans = {{400, 250}, {400, -250}, {-400, 250}, {-400, -250}};
            for (int[] p : pans) {
                v = v.panBy(p[0], p[1]);
                steps.add(v);
            }
        }
        return steps;
    }

    /** Time spent at each zoom in a round. */
    private static final class Budget {
        private final Map<Double, Double> spent = new LinkedHashMap<>();

        void add(double zoom, double ms) {
            spent.merge(zoom, ms, Double::sum);
        }

        boolean spent(double zoom) {
            return spent.getOrDefault(zoom, 0.0) > ZOOM_BUDGET_MS;
        }
    }

    /** Step times and rows fetched, by zoom. */
    private static final class Script {
        private final Map<Double, List<Double>> steps = new LinkedHashMap<>();
        private final Map<Double, List<Integer>> fetched = new LinkedHashMap<>();

        void add(double zoom, double ms, int rows, boolean read) {
            steps.computeIfAbsent(zoom, z -> new ArrayList<>()).add(ms);
            List<Integer> f = fetched.computeIfAbsent(zoom, z -> new ArrayList<>());
            if (read) {
                f.add(rows);
            }
        }

        List<String> rows(String tool, String what) {
            List<String> out = new ArrayList<>();
            for (Map.Entry<Double, List<Double>> e : steps.entrySet()) {
                String z = String.format(Locale.ROOT, "z%.0f", e.getKey());
                String note = String.format(Locale.ROOT, "%d of %d views at zoom %.0f (%.0f s a zoom at most), "
                        + "%dx%d: %s", e.getValue().size(), VIEWS_PER_ZOOM, e.getKey(), ZOOM_BUDGET_MS / 1000, WIDTH,
                        HEIGHT, what);
                out.add(row("postgis/step-" + z + "-p50", tool, pct(e.getValue(), 50), "ms", note));
                out.add(row("postgis/step-" + z + "-p95", tool, pct(e.getValue(), 95), "ms", note));
                List<Integer> reads = fetched.get(e.getKey());
                if (!tool.startsWith("file")) {
                    out.add(row("postgis/rows-per-read-" + z, tool, reads.isEmpty() ? 0
                            : reads.stream().mapToInt(Integer::intValue).max().getAsInt(), "rows",
                            String.format(Locale.ROOT, "largest read at zoom %.0f; %d reads in %d views", e.getKey(),
                                    reads.size(), e.getValue().size())));
                }
            }
            return out;
        }
    }

    private static double frame(MapRenderer renderer, Layer layer, MapViewport v) {
        RenderRequest r = new RenderRequest(v, List.of(new LayerView(layer, "Your layers", true, 1.0)), null,
                Viewpoint.NEUTRAL, Set.of(), true);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        long t0 = System.nanoTime();
        try {
            renderer.render(g, r, () -> false);
        } finally {
            g.dispose();
        }
        return ms(t0);
    }

    /** N points over the Kurils and around (lon 139-157, lat 41-52), seeded: named, typed, dated. */
    static List<Feature> points(int n) {
        Random r = new Random(7);
        GeometryFactory gf = new GeometryFactory();
        String[] types = {"site", "port", "airfield", "settlement"};
        List<Feature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = 139 + r.nextDouble() * 18;
            double lat = 41 + r.nextDouble() * 11;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", "site " + i);
            p.put("type", types[i % types.length]);
            p.put("valid_from", String.format(Locale.ROOT, "%04d-01-01", 1900 + i % 120));
            p.put("height", (long) (i % 500));
            out.add(new Feature((long) i + 1,
                    gf.createPoint(new Coordinate(Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6)), p));
        }
        return out;
    }

    /** The peak resident set of this process in MB (Linux {@code VmHWM}), NaN elsewhere. */
    static double peakRssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return Double.NaN;
    }

    private static double pct(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String row(String measure, String what, double value, String unit, String note) {
        return String.format(Locale.ROOT, "%s\t%s\t%.1f\t%s\t%s", measure, what, value, unit, note);
    }
}
