// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.locationtech.jts.geom.Envelope;

/**
 * The maps every renderer draws in the benchmarks, the same for Claimscape and the peers: the bundled layers
 * that the catalog shows at the scene's zoom, bottom to top, at 1920 × 1080 pixels.
 *
 * <ul>
 *   <li>{@code overview}: the whole bundled region (lon 139–157, lat 41–52), about zoom 7;</li>
 *   <li>{@code detail}: the four disputed islands at full detail (Kunashir, Shikotan, the Habomai islets,
 *       southern Iturup), about zoom 9;</li>
 *   <li>{@code dense-overview}, {@code dense-detail}: the same extents with the 1,000,000-vertex land layer in
 *       place of land.</li>
 * </ul>
 *
 * <p>{@link #writePeerScenes} writes the scenes for the peer scripts as JSON: extent in Web Mercator metres
 * (EPSG:3857), size, and the layer files bottom to top.
 */
public final class MapScenes {

    public static final int WIDTH = 1920;
    public static final int HEIGHT = 1080;

    /** The whole region of the bundled basemap. */
    public static final Envelope REGION = new Envelope(139, 157, 41, 52);
    /** The disputed islands. */
    public static final Envelope ISLANDS = new Envelope(145.2, 148.4, 43.2, 45.0);

    public static final List<String> NAMES = List.of("overview", "detail", "dense-overview", "dense-detail");

    private final BundledLayers bundled;
    private final Layer dense;

    private MapScenes(BundledLayers bundled, Layer dense) {
        this.bundled = bundled;
        this.dense = dense;
    }

    /** Loaded bundled layers by folder: the harness sets up many benchmarks in one JVM. */
    private static final java.util.Map<Path, BundledLayers> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Loads the bundled layers from a data folder (once per JVM); the dense layer is read when a scene needs it. */
    public static MapScenes load(Path dataDir) throws IOException {
        BundledLayers b = LOADED.get(dataDir);
        if (b == null) {
            b = BundledLayers.load(dataDir, (done, total) -> { });
            LOADED.put(dataDir, b);
        }
        return new MapScenes(b, null);
    }

    /** The same scenes with the large land layer read from {@code denseFile}. */
    public MapScenes withDense(Path denseFile) throws IOException {
        return new MapScenes(bundled, BenchData.read(denseFile, "land"));
    }

    public BundledLayers bundled() {
        return bundled;
    }

    /** The viewport of a scene. */
    public static MapViewport viewport(String scene) {
        switch (scene) {
            case "overview":
            case "dense-overview":
                return MapViewport.fit(REGION, WIDTH, HEIGHT, 0);
            case "detail":
            case "dense-detail":
                return MapViewport.fit(ISLANDS, WIDTH, HEIGHT, 0);
            default:
                throw new IllegalArgumentException("unknown scene " + scene + "; known: " + NAMES);
        }
    }

    /**
     * The catalog entries drawn in a scene, bottom to top: visible by default and shown at the scene's zoom, as
     * the app decides it ({@code minZoom <= zoom < maxZoom + 1}, the rule of {@code LayerView.drawnAt}).
     */
    public List<LayerCatalog.Entry> entries(String scene) {
        double zoom = viewport(scene).zoom();
        List<LayerCatalog.Entry> top = bundled.catalog().entries();
        List<LayerCatalog.Entry> out = new ArrayList<>();
        for (int i = top.size() - 1; i >= 0; i--) {
            LayerCatalog.Entry e = top.get(i);
            if (e.visible() && zoom >= e.minZoom() && zoom < e.maxZoom() + 1) {
                out.add(e);
            }
        }
        return out;
    }

    /** The layers of a scene, bottom to top. */
    public List<LayerView> layers(String scene) {
        List<LayerView> views = new ArrayList<>();
        for (LayerCatalog.Entry e : entries(scene)) {
            Layer layer = bundled.layer(e.id());
            if (scene.startsWith("dense") && e.id().equals("land")) {
                if (dense == null) {
                    throw new IllegalStateException("scene " + scene + " needs withDense(file)");
                }
                layer = dense;
            }
            views.add(new LayerView(layer, e.group(), true, 1.0));
        }
        return views;
    }

    /** What Claimscape draws for a scene: neutral viewpoint, all dates, labels on, nothing selected. */
    public RenderRequest request(String scene) {
        return new RenderRequest(viewport(scene), layers(scene), null, Viewpoint.NEUTRAL, Set.of(), true);
    }

    /** Web Mercator x in metres (EPSG:3857). */
    static double mercatorX(double lon) {
        return Math.toRadians(lon) * 6378137.0;
    }

    /** Web Mercator y in metres (EPSG:3857). */
    static double mercatorY(double lat) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)) * 6378137.0;
    }

    /** Writes every scene for the peer scripts (JSON); returns the file. */
    public static Path writePeerScenes(MapScenes scenes, Path dataDir, Path denseFile, Path out) throws IOException {
        StringBuilder s = new StringBuilder("{\n  \"width\": " + WIDTH + ", \"height\": " + HEIGHT
                + ",\n  \"icons\": " + json(dataDir.resolveSibling("icons").toString()) + ",\n  \"scenes\": [\n");
        for (int k = 0; k < NAMES.size(); k++) {
            String scene = NAMES.get(k);
            MapViewport vp = viewport(scene);
            Envelope b = vp.bounds();
            s.append(String.format(Locale.ROOT, "    {\"name\": %s, \"zoom\": %.4f, \"extent3857\": [%.3f, %.3f, %.3f, %.3f],"
                    + " \"extent4326\": [%.7f, %.7f, %.7f, %.7f],\n     \"layers\": [", json(scene), vp.zoom(),
                    mercatorX(b.getMinX()), mercatorY(b.getMinY()), mercatorX(b.getMaxX()), mercatorY(b.getMaxY()),
                    b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
            List<LayerCatalog.Entry> entries = scenes.entries(scene);
            for (int i = 0; i < entries.size(); i++) {
                LayerCatalog.Entry e = entries.get(i);
                Path file = scene.startsWith("dense") && e.id().equals("land") ? denseFile : dataDir.resolve(e.file());
                s.append(i == 0 ? "\n" : ",\n").append("       {\"id\": ").append(json(e.id()))
                        .append(", \"file\": ").append(json(file.toAbsolutePath().toString())).append('}');
            }
            s.append("]}").append(k < NAMES.size() - 1 ? ",\n" : "\n");
        }
        s.append("  ]\n}\n");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, s);
        return out;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
