// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimscape.io.LayerCatalogReader;
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

    /** The smoke mode's scene: the detail extent with two small layers only (lakes, places). */
    public static final String TINY = "tiny";
    private static final List<String> TINY_LAYERS = List.of("lakes", "places");

    private final LayerCatalog catalog;
    private final Map<String, Layer> bundled;
    private final Layer dense;

    private MapScenes(LayerCatalog catalog, Map<String, Layer> bundled, Layer dense) {
        this.catalog = catalog;
        this.bundled = bundled;
        this.dense = dense;
    }

    /** Loaded scenes by data folder: the harness sets up many benchmarks in one JVM. */
    private static final Map<Path, MapScenes> LOADED = new ConcurrentHashMap<>();

    /**
     * The bundled layers of a data folder (once per JVM), read as {@code io.BundledLayers} reads them but
     * without the polygon validity check: the bundled files are checked when they are built, and loading is
     * not what the scene benchmarks measure. The dense layer is read when a scene needs it.
     */
    public static MapScenes load(Path dataDir) throws IOException {
        MapScenes loaded = LOADED.get(dataDir);
        if (loaded != null) {
            return loaded;
        }
        LayerCatalog catalog;
        try (InputStream in = Files.newInputStream(dataDir.resolve("catalog.json"))) {
            catalog = new LayerCatalogReader().read(in, "catalog.json");
        }
        Map<String, Layer> layers = new ConcurrentHashMap<>();
        try {
            catalog.entries().parallelStream().forEach(e -> {
                try {
                    layers.put(e.id(), BenchData.read(dataDir.resolve(e.file()), e.id(), e.title()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        loaded = new MapScenes(catalog, layers, null);
        LOADED.put(dataDir, loaded);
        return loaded;
    }

    /** The same scenes with the large land layer read from {@code denseFile}. */
    public MapScenes withDense(Path denseFile) throws IOException {
        return new MapScenes(catalog, bundled, BenchData.read(denseFile, "land", "Land"));
    }

    /** A bundled layer by catalog id, or null. */
    public Layer layer(String id) {
        return bundled.get(id);
    }

    /** Every bundled layer, in catalog order (top first). */
    public List<Layer> layers() {
        List<Layer> out = new ArrayList<>();
        for (LayerCatalog.Entry e : catalog.entries()) {
            out.add(bundled.get(e.id()));
        }
        return out;
    }

    public LayerCatalog catalog() {
        return catalog;
    }

    /** The viewport of a scene. */
    public static MapViewport viewport(String scene) {
        switch (scene) {
            case "overview":
            case "dense-overview":
                return MapViewport.fit(REGION, WIDTH, HEIGHT, 0);
            case "detail":
            case "dense-detail":
            case TINY:
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
        List<LayerCatalog.Entry> top = catalog.entries();
        List<LayerCatalog.Entry> out = new ArrayList<>();
        for (int i = top.size() - 1; i >= 0; i--) {
            LayerCatalog.Entry e = top.get(i);
            if (e.visible() && zoom >= e.minZoom() && zoom < e.maxZoom() + 1
                    && (!scene.equals(TINY) || TINY_LAYERS.contains(e.id()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The layers of a scene, bottom to top. */
    public List<LayerView> layers(String scene) {
        List<LayerView> views = new ArrayList<>();
        for (LayerCatalog.Entry e : entries(scene)) {
            Layer layer = bundled.get(e.id());
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

    /**
     * Every bundled layer as the app shows it at start (bottom first, the catalog's visibility and zoom ranges):
     * what the export page picks its layers from.
     */
    public List<LayerView> catalogLayers() {
        return LayerView.fromCatalog(catalog, bundled::get);
    }

    /** {@link #catalogLayers()}, or for {@link #TINY} only its small layers. */
    public List<LayerView> catalogLayers(String set) {
        List<LayerView> all = catalogLayers();
        return set.equals(TINY) ? all.stream().filter(v -> TINY_LAYERS.contains(v.layer().id())).toList() : all;
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
