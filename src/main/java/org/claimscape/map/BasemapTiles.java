package org.claimscape.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapStyle;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.claimscape.render.SovereigntyAtDate;
import org.claimscape.render.StyleCatalog;

/**
 * Produces 256×256 basemap tiles: offline, drawn by the shared {@link MapRenderer} from the Basemap group layers
 * (each within its catalog zoom range) and cached on disk under a hash of everything that changes their look;
 * or, when the user has switched online tiles on, OpenStreetMap tiles, falling back to the offline tile when a
 * download fails. Immutable configuration; {@link #tile} may run on many threads at once.
 */
public final class BasemapTiles {

    private static final Logger LOG = Logger.getLogger(BasemapTiles.class.getName());
    /** Sea colour painted under the land layers (the renderer's). */
    public static final Color SEA = StyleCatalog.SEA;
    private static final long OSM_MAX_AGE_MS = 7L * 24 * 3600 * 1000;
    /*
     * Rendered tiles are encoded and written to disk after they are handed to the map, one at a time: PNG encoding
     * took the first launch's tiles about 0.3 s before they could show. The window waits for the writes still
     * pending when it closes ({@link #awaitWrites}).
     */
    private static final ThreadPoolExecutor WRITER = new ThreadPoolExecutor(
            1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "claimscape-tile-writer");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });

    static {
        WRITER.allowCoreThreadTimeOut(true);
    }

    /** A basemap layer and the zoom range (inclusive) in which it is drawn. */
    public record BasemapLayer(LayerView view, int minZoom, int maxZoom) {
        boolean drawnAt(int z) {
            return view.visible() && z >= minZoom && z <= maxZoom;
        }
    }

    private final MapRenderer renderer;
    private final List<BasemapLayer> layers;
    private final Viewpoint viewpoint;
    private final LocalDate date;
    private final List<LayerView> context;
    private final TileDiskCache cache;
    private final OsmTileFetcher osm;
    private final boolean online;
    private final String styleHash;

    /**
     * @param renderer         the shared renderer
     * @param layers           basemap layers, bottom to top
     * @param viewpoint        viewpoint in force (the renderer may style disputed land by it)
     * @param cache            disk cache, or null for none
     * @param osm              the OpenStreetMap downloader when the user wants online tiles, else null (then no
     *                         connection is ever opened)
     * @param styleFingerprint text that changes whenever the renderer's basemap style changes
     */
    public BasemapTiles(MapRenderer renderer, List<BasemapLayer> layers, Viewpoint viewpoint, TileDiskCache cache,
                        OsmTileFetcher osm, String styleFingerprint) {
        this(renderer, layers, viewpoint, null, List.of(), cache, osm, styleFingerprint);
    }

    /**
     * Tiles of the map as of a date: land coloured by who held it then, names of the period.
     *
     * @param date    the map's date (null = today)
     * @param context layers the tiles are not drawn from but their style depends on (the claims layer decides
     *                who held the land at the date); not drawn
     */
    public BasemapTiles(MapRenderer renderer, List<BasemapLayer> layers, Viewpoint viewpoint, LocalDate date,
                        List<Layer> context, TileDiskCache cache, OsmTileFetcher osm, String styleFingerprint) {
        this.renderer = renderer;
        this.layers = List.copyOf(layers);
        this.viewpoint = viewpoint;
        this.date = date;
        this.context = context.stream().map(l -> new LayerView(l, "", false, 0)).toList();
        this.cache = cache;
        this.osm = osm;
        this.online = osm != null;
        this.styleHash = hash(styleFingerprint);
    }

    public boolean online() {
        return online;
    }

    /** Name of the tile set: the style hash, or {@code osm} when online. */
    public String tileSet() {
        return online ? "osm" : styleHash;
    }

    public String styleHash() {
        return styleHash;
    }

    /** The tile, from memory-less sources: disk, network (online only) or rendering. Background threads. */
    public Image tile(int z, long x, long y) {
        if (online) {
            Optional<Image> img = osmTile(z, x, y);
            if (img.isPresent()) {
                return img.get();
            }
        }
        if (cache != null) {
            Optional<byte[]> png = cache.read(styleHash, z, x, y);
            if (png.isPresent()) {
                Image img = new Image(new ByteArrayInputStream(png.get()));
                if (!img.isError()) {
                    return img;
                }
            }
        }
        BufferedImage rendered = render(z, x, y);
        if (cache != null) {
            WRITER.execute(() -> {
                try {
                    cache.write(styleHash, z, x, y, png(rendered));
                } catch (UncheckedIOException e) {
                    LOG.log(Level.FINE, "tile cache not writable", e);
                }
            });
        }
        return SwingFXUtils.toFXImage(rendered, null);
    }

    /** Waits until the rendered tiles handed out so far are written to the disk cache (at most the timeout). */
    public static boolean awaitWrites(Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        WRITER.execute(done::countDown);
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Draws tile z/x/y offline: sea, then the basemap layers drawn at this zoom. */
    public BufferedImage render(int z, long x, long y) {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(SEA);
            g.fillRect(0, 0, 256, 256);
            List<LayerView> drawn = new ArrayList<>();
            for (BasemapLayer l : layers) {
                if (l.drawnAt(z)) {
                    drawn.add(l.view());
                }
            }
            drawn.addAll(context);
            RenderRequest req = new RenderRequest(MapViewport.forTile(z, x, y), drawn, date, viewpoint, Set.of(),
                    false);
            renderer.render(g, req, () -> false);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * A fingerprint of the renderer's drawing code (its style, painter, simplification and renderer classes), so
     * that tiles cached by an older build are never shown after the style changed.
     */
    public static String rendererFingerprint() {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : new Class<?>[] {StyleCatalog.class, MapRenderer.class, MapStyle.class}) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                byte[] b = in == null ? new byte[0] : in.readAllBytes();
                byte[] d = MessageDigest.getInstance("SHA-256").digest(b);
                sb.append(c.getSimpleName()).append('=').append(HexFormat.of().formatHex(d, 0, 6)).append(';');
            } catch (IOException | NoSuchAlgorithmException e) {
                sb.append(c.getSimpleName()).append("=?;");
            }
        }
        return sb.toString();
    }

    private Optional<Image> osmTile(int z, long x, long y) {
        if (cache != null) {
            Optional<Long> age = cache.ageMillis("osm", z, x, y);
            if (age.isPresent() && age.get() < OSM_MAX_AGE_MS) {
                Optional<byte[]> png = cache.read("osm", z, x, y);
                if (png.isPresent()) {
                    return Optional.of(new Image(new ByteArrayInputStream(png.get())));
                }
            }
        }
        try {
            byte[] png = osm.fetch(z, x, y);
            Image img = new Image(new ByteArrayInputStream(png));
            if (img.isError()) {
                return Optional.empty();
            }
            if (cache != null) {
                cache.write("osm", z, x, y, png);
            }
            return Optional.of(img);
        } catch (IOException | RuntimeException e) {
            /* Offline, blocked, rate-limited or a broken tile: the offline basemap stands in. */
            LOG.log(Level.FINE, "OSM tile failed, using the offline tile", e);
            return Optional.empty();
        }
    }

    private String hash(String styleFingerprint) {
        StringBuilder sb = new StringBuilder("claimscape-basemap-v2|").append(styleFingerprint).append('|')
                .append(viewpoint.code()).append('|').append(SEA.getRGB()).append('|').append(epoch());
        for (BasemapLayer l : layers) {
            LayerView v = l.view();
            sb.append('|').append(v.layer().id()).append(',').append(v.visible()).append(',').append(v.opacity())
                    .append(',').append(l.minZoom()).append(',').append(l.maxZoom()).append(',')
                    .append(v.layer().size()).append(',').append(v.layer().vertexCount()).append(',')
                    .append(v.layer().bounds());
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /*
     * What of the date the tiles depend on: the arrangement in force and which features (and which of their
     * names) hold at it. Dates with the same epoch draw the same tiles, so scrubbing the time slider within one
     * arrangement reuses them instead of drawing a set per day.
     */
    private String epoch() {
        StringBuilder sb = new StringBuilder(SovereigntyAtDate.Arrangement.at(date).key());
        List<LayerView> all = new ArrayList<>(context);
        layers.forEach(l -> all.add(l.view()));
        for (LayerView v : all) {
            sb.append('|').append(v.layer().id()).append(':');
            for (Feature f : v.layer().features()) {
                if (f.shownDuring().contains(date)) {
                    sb.append(f.id()).append(f.formerNames().at(date) != null ? "~" : "").append(',');
                }
            }
        }
        return sb.toString();
    }
}
