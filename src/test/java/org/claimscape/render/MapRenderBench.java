package org.claimscape.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Micro benchmark of the map renderer (not a test: run its main). Prints median and 95th percentile CPU times of
 * a 1000 × 700 render of the basemap, and of a synthetic million-vertex layer, cold and warm; writes preview
 * PNGs to target/preview.
 */
public final class MapRenderBench {

    /*
     * CPU time of the rendering thread, not wall time: this machine runs other builds at once, and wall time
     * then measures the scheduler.
     */
    private static final ThreadMXBean CPU =
            ManagementFactory.getThreadMXBean();

    private MapRenderBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target/preview");
        Files.createDirectories(out);
        List<LayerView> layers = basemap();
        MapViewport region = MapViewport.fit(new Envelope(140.5, 150.5, 41.5, 46.5), 1000, 700, 10);
        MapViewport kurils = MapViewport.fit(new Envelope(145.2, 148.9, 43.2, 45.7), 1000, 700, 10);
        MapRenderer renderer = new MapRenderer();
        for (MapViewport vp : List.of(region, kurils)) {
            RenderRequest r = new RenderRequest(vp, layers, LocalDate.of(2026, 1, 1), Viewpoint.NEUTRAL,
                    Set.of(), true);
            long cold = time(renderer, r, null);
            double[] t = repeat(renderer, r, 200);
            System.out.printf(Locale.ROOT, "bundled layers %s: cold %.1f ms, warm median %.2f ms, p95 %.2f ms%n", vp,
                    cold / 1e6, t[0], t[1]);
        }
        LocalDate today = LocalDate.of(2026, 1, 1);
        write(renderer, new RenderRequest(region, layers, today, Viewpoint.NEUTRAL, Set.of(), true),
                out.resolve("region-neutral.png"));
        write(renderer, new RenderRequest(kurils, layers, today, Viewpoint.NEUTRAL, Set.of(), true),
                out.resolve("kurils-neutral.png"));
        write(renderer, new RenderRequest(kurils, layers, today, Viewpoint.JAPANESE, Set.of(), true),
                out.resolve("kurils-ja.png"));
        write(renderer, new RenderRequest(kurils, layers, LocalDate.of(1900, 1, 1), Viewpoint.RUSSIAN,
                Set.of(), true), out.resolve("kurils-ru-1900.png"));
        MapViewport habomai = MapViewport.fit(new Envelope(145.4, 146.2, 43.2, 43.9), 1000, 700, 10);
        write(renderer, new RenderRequest(habomai, layers, today, Viewpoint.NEUTRAL, Set.of("mil-border-guard-habomai"),
                true), out.resolve("habomai-neutral.png"));

        Layer land = layers.stream().filter(v -> v.layer().id().equals("land")).findFirst().orElseThrow().layer();
        Layer dense = densified(land, 1_000_000);
        System.out.printf(Locale.ROOT, "densified coastline: %d features, %d vertices%n", dense.size(),
                dense.vertexCount());
        List<LayerView> denseLayers = List.of(new LayerView(dense, "Basemap", true, 1));
        for (MapViewport vp : List.of(region, kurils, kurils.withZoom(kurils.zoom() + 3))) {
            RenderRequest r = new RenderRequest(vp, denseLayers, null, Viewpoint.NEUTRAL, Set.of(), true);
            long cold = time(renderer, r, null);
            double[] t = repeat(renderer, r, 50);
            int level = SimplifiedLayer.level(vp.zoom());
            long drawn = MapRenderer.visibleFeatures(r, denseLayers.get(0), 0).stream()
                    .mapToLong(f -> SimplifiedLayer.of(dense).vertices(f, level)).sum();
            System.out.printf(Locale.ROOT,
                    "1M-vertex coastline at z%.2f: cold %.0f ms, warm median %.2f ms, p95 %.2f ms, %d vertices drawn%n",
                    vp.zoom(), cold / 1e6, t[0], t[1], drawn);
        }

        Layer big = millionVertices();
        System.out.printf(Locale.ROOT, "worst case: %d overlapping translucent polygons, %d vertices%n", big.size(),
                big.vertexCount());
        List<LayerView> withBig = new ArrayList<>(layers);
        withBig.add(new LayerView(big, "Claims", true, 1));
        for (MapViewport vp : List.of(region, kurils, kurils.withZoom(kurils.zoom() + 3))) {
            RenderRequest r = new RenderRequest(vp, withBig, null, Viewpoint.NEUTRAL, Set.of(), false);
            long cold = time(renderer, r, null);
            double[] t = repeat(renderer, r, 50);
            int level = SimplifiedLayer.level(vp.zoom());
            long drawn = MapRenderer.visibleFeatures(r, withBig.get(withBig.size() - 1), 0).stream()
                    .mapToLong(f -> SimplifiedLayer.of(big).vertices(f, level)).sum();
            System.out.printf(Locale.ROOT,
                    "1M-vertex layer at z%.2f: cold %.0f ms, warm median %.2f ms, p95 %.2f ms, %d vertices drawn%n",
                    vp.zoom(), cold / 1e6, t[0], t[1], drawn);
        }
        write(renderer, new RenderRequest(kurils, withBig, null, Viewpoint.NEUTRAL, Set.of(), false),
                out.resolve("million.png"));
    }

    /** The bundled layers as the catalog sets them up, bottom first. */
    static List<LayerView> basemap() throws IOException {
        BundledLayers b = BundledLayers.load();
        return LayerView.fromCatalog(b.catalog(), b::layer);
    }

    /** The layer with vertices added along its edges until it has about {@code target} vertices. */
    static Layer densified(Layer layer, long target) {
        double total = 0;
        for (Feature f : layer.features()) {
            total += f.geometry().getLength();
        }
        double spacing = total / target;
        List<Feature> out = new ArrayList<>();
        for (Feature f : layer.features()) {
            out.add(f.withGeometry(Densifier.densify(f.geometry(), spacing)));
        }
        return new Layer(layer.id(), layer.title(), out);
    }

    /** 1000 random-walk rings of 1000 vertices each over the region (synthetic, for timing only). */
    static Layer millionVertices() {
        Random rnd = new Random(42);
        List<Feature> fs = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            double cx = 141 + rnd.nextDouble() * 9;
            double cy = 42 + rnd.nextDouble() * 4;
            double r = 0.05 + rnd.nextDouble() * 0.3;
            Coordinate[] c = new Coordinate[1000];
            for (int i = 0; i < 999; i++) {
                double a = 2 * Math.PI * i / 999;
                // Smooth coast with fine detail, like real shorelines: most of it is sub-pixel at low zoom.
                double rr = r * (1 + 0.15 * Math.sin(7 * a) + 0.04 * Math.sin(41 * a) + 0.004 * rnd.nextDouble());
                c[i] = new Coordinate(cx + rr * Math.cos(a), cy + rr * Math.sin(a) * 0.7);
            }
            c[999] = c[0];
            fs.add(new Feature("s" + k, GeoJsonFixtures.GF.createPolygon(c),
                    Map.of("claim", "synthetic", "kind", "claim-area")));
        }
        return new Layer("claims", "Synthetic", fs);
    }

    static long time(MapRenderer renderer, RenderRequest r, BufferedImage reuse) {
        BufferedImage img = reuse != null ? reuse
                : new BufferedImage(r.viewport().width(), r.viewport().height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        long t0 = CPU.getCurrentThreadCpuTime();
        renderer.render(g, r, () -> false);
        long t = CPU.getCurrentThreadCpuTime() - t0;
        g.dispose();
        return t;
    }

    /** Median and 95th percentile in ms, after a warm-up. */
    static double[] repeat(MapRenderer renderer, RenderRequest r, int n) {
        BufferedImage img = new BufferedImage(r.viewport().width(), r.viewport().height(),
                BufferedImage.TYPE_INT_ARGB_PRE);
        for (int i = 0; i < Math.max(10, n / 4); i++) {
            time(renderer, r, img);
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            ms[i] = time(renderer, r, img) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[n / 2], ms[(int) (n * 0.95)]};
    }

    static void write(MapRenderer renderer, RenderRequest r, Path file) throws IOException {
        BufferedImage img = new BufferedImage(r.viewport().width(), r.viewport().height(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        renderer.render(g, r, () -> false);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
    }
}
