// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A table of N point features (1,000,000 by default) in PostGIS beside the same features in a GeoJSON file:
 * load time and live heap of each, then one scripted pan/zoom (zoom 10 to 14 and back, 1600 × 1000) drawn by {@link MapRenderer} from each: the file layer holds everything, the database layer what
 * {@link ReadWindow} reads for the view, read again (timed, in the app on a background lane) when the view leaves
 * it. Prints result rows ({@code measure \t what \t value \t unit \t note}).
 *
 * <p>{@code java -cp target/benchmarks.jar org.claimscape.bench.PostgisBench postgresql://user@host:port/db OUTDIR
 * [N]}, the password in {@code PGPASSWORD}; {@code src/bench/postgis.sh} starts a throwaway server and runs it.
 */
public final class PostgisBench {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    private PostgisBench() {
    }

    public static void main(String[] args) throws Exception {
        PostgisSpec spec = PostgisSpec.parse(args[0]);
        Path out = Path.of(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Files.createDirectories(out);
        for (String row : run(spec, PostgisSource.password(args[0]), out, n)) {
            System.out.println(row);
        }
    }

    /** Runs the whole comparison; returns the result rows. */
    public static List<String> run(PostgisSpec spec, char[] password, Path out, int n) throws Exception {
        List<String> rows = new ArrayList<>();
        List<Feature> features = points(n);
        Path file = out.resolve("points-" + n + ".geojson");
        new GeoJsonLayerWriter().write(new Layer("points", "points", features), file);
        try (PostgisConnection c = PostgisConnection.open(spec, password.clone())) {
            long t0 = System.nanoTime();
            new PostgisLayerWriter().write(c, "public", "points_" + n, features, PostgisLayerWriter.Mode.REPLACE);
            rows.add(row("postgis/write", "claimscape", ms(t0), "ms", String.format(Locale.ROOT,
                    "%,d features to a new table in one transaction (COPY, GiST index, ANALYZE)", n)));
        }
        features = null; // only the file and the table from here on
        String table = "points_" + n;

        /* Loading: the file whole, the table whole (what the app reads when the view holds the whole table). */
        long t0 = System.nanoTime();
        Layer fileLayer = new GeoJsonLayerReader().read(file).toPartialLayer("points", "points");
        rows.add(row("postgis/load-file", "claimscape", ms(t0), "ms", String.format(Locale.ROOT,
                "GeoJSON %,d MB, %,d features", Files.size(file) >> 20, fileLayer.size())));
        try (PostgisConnection c = PostgisConnection.open(spec, password.clone())) {
            PostgisTable t = c.table(spec.withTable(table, null));
            t0 = System.nanoTime();
            GeoJsonReadResult whole = new PostgisLayerReader().read(c, t);
            Layer dbWhole = whole.toPartialLayer("points", "points");
            rows.add(row("postgis/load-table", "claimscape", ms(t0), "ms", String.format(Locale.ROOT,
                    "the whole table, %,d rows, WKB through JDBC into a Layer", dbWhole.size())));
            dbWhole = null;
            whole = null;
            rows.add(row("postgis/heap-file-layer", "claimscape", HeapProbe.loadedMegabytes(
                    () -> new GeoJsonLayerReader().read(file).toPartialLayer("p", "p")), "MB",
                    "live heap of the file's layer, all features"));
            Envelope detail = new MapViewport(44.0, 146.0, 10, WIDTH, HEIGHT).bounds();
            ReadWindow w = ReadWindow.forView(detail, 10, c.extent(t), true);
            rows.add(row("postgis/heap-table-layer-zoom10", "claimscape", HeapProbe.loadedMegabytes(
                    () -> w.reader(new PostgisLayerReader()).read(c, t).toPartialLayer("p", "p")), "MB",
                    "live heap of the table's layer as read for a zoom-10 view (box twice the view each way)"));
            rows.addAll(panZoom(fileLayer, c, t));
        }
        return rows;
    }

    /*
     * The script: zoom 10 (about 11,000 of a million points in view) in half steps to 14 with pans at each level,
     * pans at 14, and back out to 10. Wider views are left out: drawing tens of thousands of labelled symbols
     * takes seconds a frame from the file and from the table alike.
     */
    private static List<String> panZoom(Layer fileLayer, PostgisConnection c, PostgisTable t) throws Exception {
        List<MapViewport> steps = new ArrayList<>();
        MapViewport v = new MapViewport(44.0, 146.0, 10, WIDTH, HEIGHT);
        steps.add(v);
        for (double z = 10.5; z <= 14; z += 0.5) {
            v = v.withZoom(z);
            steps.add(v);
            for (int i = 0; i < 3; i++) {
                v = v.panBy(300, 150);
                steps.add(v);
            }
        }
        for (int i = 0; i < 12; i++) {
            v = v.panBy(i < 6 ? 400 : -400, i % 2 == 0 ? 200 : -200);
            steps.add(v);
        }
        for (double z = 13.5; z >= 10; z -= 0.5) {
            v = v.withZoom(z);
            steps.add(v);
        }
        MapRenderer renderer = new MapRenderer();
        renderer.styles().setLayerStyle("points", AutomaticStyle.forLayer(fileLayer, List.of()));
        Envelope extent = c.extent(t);
        List<Double> fileFrames = new ArrayList<>();
        List<Double> dbFrames = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        int maxHeld = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT and the caches
            ReadWindow window = null;
            Layer dbLayer = null;
            for (MapViewport step : steps) {
                double f = frame(renderer, fileLayer, step);
                if (window == null || !window.serves(step.bounds(), step.zoom())) {
                    window = ReadWindow.forView(step.bounds(), step.zoom(), extent, true);
                    long t0 = System.nanoTime();
                    dbLayer = window.reader(new PostgisLayerReader()).read(c, t).toPartialLayer("points", "points");
                    if (round == 1) {
                        reads.add(ms(t0));
                    }
                }
                double d = frame(renderer, dbLayer, step);
                if (round == 1) {
                    fileFrames.add(f);
                    dbFrames.add(d);
                    maxHeld = Math.max(maxHeld, dbLayer.size());
                }
            }
        }
        List<String> rows = new ArrayList<>();
        String note = String.format(Locale.ROOT, "%d steps, zoom 10-14, %dx%d, MapRenderer into an image",
                steps.size(), WIDTH, HEIGHT);
        rows.add(row("postgis/frame-p50", "file", pct(fileFrames, 50), "ms", note));
        rows.add(row("postgis/frame-p50", "table", pct(dbFrames, 50), "ms", note));
        rows.add(row("postgis/frame-p95", "file", pct(fileFrames, 95), "ms", note));
        rows.add(row("postgis/frame-p95", "table", pct(dbFrames, 95), "ms", note));
        rows.add(row("postgis/frame-max", "file", pct(fileFrames, 100), "ms", note));
        rows.add(row("postgis/frame-max", "table", pct(dbFrames, 100), "ms", note));
        rows.add(row("postgis/reads", "table", reads.size(), "reads", String.format(Locale.ROOT,
                "reads during the script (off the FX thread in the app); p50 %.1f ms, max %.1f ms; at most %,d "
                        + "features held", pct(reads, 50), pct(reads, 100), maxHeld)));
        return rows;
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
