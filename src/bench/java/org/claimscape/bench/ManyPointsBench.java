// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;

/**
 * Issue 17, drawing a user's million points: {@link ManyFeatures}' 1,000,000 points (made in memory, the same as
 * its file) as a user layer over the bundled map, drawn by {@link MapRenderer} into a 1920 × 1080 image as the
 * window's overlay draws it (bundled layers as the catalog shows them at each zoom, labels on).
 *
 * <ul>
 *   <li>{@code draw-1m/grid}: what the window's loading task prepares for drawing once the layer is read
 *       ({@code render.PointGrid});</li>
 *   <li>{@code draw-1m/first}: the first drawing with the layer, at the view fitted to it (the window zooms to a
 *       layer it opens), the bundled map already drawn once (the app is running): includes what the layer's first
 *       drawing prepares;</li>
 *   <li>{@code draw-1m/step-p50|p95|max,z<zoom>}: a pan of {@value #STEPS} steps of 40 × 15 pixels at each zoom
 *       from 5 to 14 over the middle of the region, each step a whole new drawing (after two unmeasured ones).</li>
 * </ul>
 *
 * <p>A zoom whose drawings take more than {@value #ZOOM_BUDGET_MS} ms in all stops early (the code before the
 * squares took minutes a step at the overview) and says how many steps it measured. Prints result rows
 * ({@code measure \t what \t value \t unit \t note}). Run as {@code ManyPointsBench [N] [--zooms 5,8,11]}.
 */
public final class ManyPointsBench {

    static final int STEPS = 24;
    static final long ZOOM_BUDGET_MS = 60_000;
    private static final double[] ZOOMS = {5, 6, 7, 8, 9, 10, 11, 12, 13, 14};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ManyPointsBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        double[] zooms = ZOOMS;
        int at = a.indexOf("--zooms");
        if (at >= 0) {
            zooms = Arrays.stream(a.get(at + 1).split(",")).mapToDouble(Double::parseDouble).toArray();
            a.subList(at, at + 2).clear();
        }
        int n = a.isEmpty() ? 1_000_000 : Integer.parseInt(a.get(0));
        for (String row : run(n, zooms)) {
            System.out.println(row);
        }
    }

    /** Runs the benchmark; returns the result rows. */
    public static List<String> run(int n, double[] zooms) throws Exception {
        List<String> rows = new ArrayList<>();
        MapScenes scenes = MapScenes.load(BenchData.dataDir());
        MapRenderer renderer = new MapRenderer();
        List<LayerView> bundled = scenes.catalogLayers();
        MapViewport home = MapViewport.fit(MapScenes.REGION, MapScenes.WIDTH, MapScenes.HEIGHT, 0);
        for (int i = 0; i < 5; i++) {
            draw(renderer, request(home, bundled));
        }
        Layer points = ManyFeatures.layer("points", "Points", n);
        List<LayerView> layers = new ArrayList<>(bundled);
        layers.add(new LayerView(points, "Your layers", true, 1.0));
        String tag = n == 1_000_000 ? "1m" : Integer.toString(n);

        /* What the window's loading task does once the layer is read (by reflection: earlier code has no grid). */
        Method grid = gridBuilder();
        if (grid != null) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            grid.invoke(null, points);
            String note = String.format(Locale.ROOT, "render.PointGrid of the %,d points: built once when the layer"
                    + " is read, off the FX thread", n);
            rows.add(row("draw-" + tag + "/grid", "claimscape", ms(t), "ms", note));
            rows.add(row("draw-" + tag + "/grid (CPU time)", "claimscape",
                    (THREADS.getCurrentThreadCpuTime() - c) / 1e6, "ms cpu", note));
        }
        MapViewport fitted = MapViewport.fit(points.bounds(), MapScenes.WIDTH, MapScenes.HEIGHT, 0);
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        draw(renderer, request(fitted, layers));
        String firstNote = String.format(Locale.ROOT, "first drawing with the %,d-point layer, view fitted to it"
                + " (zoom %.1f), %dx%d, bundled map drawn before", n, fitted.zoom(), MapScenes.WIDTH, MapScenes.HEIGHT);
        rows.add(row("draw-" + tag + "/first", "claimscape", ms(t0), "ms", firstNote));
        rows.add(row("draw-" + tag + "/first (CPU time)", "claimscape",
                (THREADS.getCurrentThreadCpuTime() - c0) / 1e6, "ms cpu", firstNote));
        System.err.println(rows.get(rows.size() - 1));

        for (double zoom : zooms) {
            MapViewport vp = new MapViewport(46.5, 148, zoom, MapScenes.WIDTH, MapScenes.HEIGHT);
            long budget = System.nanoTime() + ZOOM_BUDGET_MS * 1_000_000L;
            for (int w = 0; w < 2 && System.nanoTime() < budget; w++) {
                draw(renderer, request(vp.panBy(-40 * (w + 1), 0), layers));
            }
            List<Double> steps = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int s = 0; s < STEPS && System.nanoTime() < budget; s++) {
                vp = vp.panBy(40, 15);
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                draw(renderer, request(vp, layers));
                steps.add(ms(t));
                cpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1e6);
            }
            double[] times = steps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] cpuTimes = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String note = String.format(Locale.ROOT, "%d pan steps of 40x15 px at zoom %.0f, each a new %dx%d drawing"
                    + " of the bundled map and the %,d points%s", times.length, zoom, MapScenes.WIDTH,
                    MapScenes.HEIGHT, n, times.length < STEPS ? " (stopped at the time budget)" : "");
            String key = String.format(Locale.ROOT, ",z%.0f", zoom);
            rows.add(row("draw-" + tag + "/step-p50" + key, "claimscape", pct(times, 50), "ms", note));
            rows.add(row("draw-" + tag + "/step-p95" + key, "claimscape", pct(times, 95), "ms", note));
            rows.add(row("draw-" + tag + "/step-max" + key, "claimscape", times.length == 0 ? Double.NaN
                    : times[times.length - 1], "ms", note));
            /* The drawing thread's CPU time: on a machine shared with other work the steadier figure. */
            rows.add(row("draw-" + tag + "/step-p50" + key + " (CPU time)", "claimscape", pct(cpuTimes, 50),
                    "ms cpu", note));
            rows.add(row("draw-" + tag + "/step-p95" + key + " (CPU time)", "claimscape", pct(cpuTimes, 95),
                    "ms cpu", note));
            System.err.println(rows.get(rows.size() - 2));
        }
        return rows;
    }

    private static Method gridBuilder() {
        try {
            return Class.forName("org.claimscape.render.PointGrid").getMethod("of", Layer.class);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static RenderRequest request(MapViewport vp, List<LayerView> layers) {
        return new RenderRequest(vp, layers, null, Viewpoint.NEUTRAL, Set.of(), true);
    }

    private static void draw(MapRenderer renderer, RenderRequest request) {
        MapViewport v = request.viewport();
        BufferedImage img = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            renderer.render(g, request, () -> false);
        } finally {
            g.dispose();
        }
    }

    /* Nearest-rank percentile of sorted values. */
    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String row(String measure, String what, double value, String unit, String note) {
        return String.format(Locale.ROOT, "%s\t%s\t%.1f\t%s\t%s", measure, what, value, unit, note);
    }
}
