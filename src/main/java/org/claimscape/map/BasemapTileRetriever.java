package org.claimscape.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * Gluon Maps' tile source for Claimscape, registered in {@code META-INF/services} so that Gluon's own
 * OpenStreetMap retriever is never created. Serves tiles from a memory cache, else renders or loads them on
 * background threads through the installed {@link BasemapTiles}; requests made before
 * {@link #install(BasemapTiles)} wait for it.
 *
 * <p>Gluon creates one instance per JVM; the state is therefore static. {@link #loadTile} is called on the FX
 * thread and never blocks it. Newest requests run first, so the tiles of the current view come before those the
 * user has already panned past.
 */
public final class BasemapTileRetriever implements TileRetriever {

    private static final Logger LOG = Logger.getLogger(BasemapTileRetriever.class.getName());
    private static final int MEMORY_TILES = 768;
    private static final AtomicReference<CompletableFuture<BasemapTiles>> SOURCE =
            new AtomicReference<>(new CompletableFuture<>());
    private static final AtomicInteger PENDING = new AtomicInteger();
    private static final AtomicInteger RENDERED = new AtomicInteger();
    private static final Map<String, Image> MEMORY = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > MEMORY_TILES;
        }
    };
    private static final ThreadPoolExecutor EXECUTOR = new ThreadPoolExecutor(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Math.max(2, Runtime.getRuntime().availableProcessors()), 30, TimeUnit.SECONDS,
            new LinkedBlockingDeque<>() {
                @Override
                public boolean offer(Runnable r) {
                    return super.offerFirst(r);
                }
            }, r -> {
                Thread t = new Thread(r, "claimscape-tiles");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });

    static {
        EXECUTOR.allowCoreThreadTimeOut(true);
    }

    /** Makes the tiles come from this source from now on (earlier waiting requests get it too). */
    public static void install(BasemapTiles tiles) {
        CompletableFuture<BasemapTiles> current = SOURCE.get();
        if (!current.complete(tiles)) {
            SOURCE.set(CompletableFuture.completedFuture(tiles));
        }
    }

    /** The installed source, or null before {@link #install}. */
    public static BasemapTiles installed() {
        return SOURCE.get().getNow(null);
    }

    /** Tiles requested and not yet delivered. */
    public static int pendingTiles() {
        return PENDING.get();
    }

    /** Tiles produced (rendered, loaded from disk or downloaded) since start. */
    public static int producedTiles() {
        return RENDERED.get();
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        BasemapTiles now = installed();
        if (now != null) {
            Image hit;
            synchronized (MEMORY) {
                hit = MEMORY.get(key(now, zoom, i, j));
            }
            if (hit != null) {
                return CompletableFuture.completedFuture(hit);
            }
        }
        PENDING.incrementAndGet();
        return SOURCE.get().thenApplyAsync(tiles -> produce(tiles, zoom, i, j), EXECUTOR)
                .whenComplete((img, err) -> PENDING.decrementAndGet());
    }

    private static Image produce(BasemapTiles tiles, int z, long x, long y) {
        String key = key(tiles, z, x, y);
        synchronized (MEMORY) {
            Image hit = MEMORY.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Image img;
        try {
            img = tiles.tile(z, x, y);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "tile " + z + "/" + x + "/" + y + " failed", e);
            return new WritableImage(256, 256);
        }
        RENDERED.incrementAndGet();
        synchronized (MEMORY) {
            MEMORY.put(key, img);
        }
        return img;
    }

    private static String key(BasemapTiles tiles, int z, long x, long y) {
        return tiles.tileSet() + "/" + z + "/" + x + "/" + y;
    }
}
