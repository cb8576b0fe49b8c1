package org.claimscape.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.StyleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class BasemapTilesTest {

    /* Tile 5/28/11 covers 135°–146.25° E, 40.98°–48.92° N: the southern Kurils region. */
    private static final int Z = 5;
    private static final int X = 28;
    private static final int Y = 11;

    @TempDir
    Path dir;

    private static List<BasemapTiles.BasemapLayer> land(double opacity) {
        GeometryFactory gf = new GeometryFactory();
        Coordinate[] ring = {new Coordinate(140, 42), new Coordinate(145, 42), new Coordinate(145, 46),
                new Coordinate(140, 46), new Coordinate(140, 42)};
        Layer land = new Layer("land", "Land", List.of(new Feature("a", gf.createPolygon(ring),
                Map.of("country", "JP"))));
        return List.of(new BasemapTiles.BasemapLayer(new LayerView(land, "Basemap", true, opacity), 0, 99));
    }

    private static int[] pixels(BufferedImage img) {
        return img.getRGB(0, 0, 256, 256, null, 0, 256);
    }

    @Test
    void offlineTilesAreRenderedOnceAndCachedUnderTheStyleHash() throws Exception {
        TileDiskCache cache = new TileDiskCache(dir);
        BasemapTiles tiles = new BasemapTiles(new MapRenderer(), land(1.0), Viewpoint.NEUTRAL, cache, null, "t");
        Image img = tiles.tile(Z, X, Y);
        assertThat(img.getWidth()).isEqualTo(256);
        assertThat(BasemapTiles.awaitWrites(Duration.ofSeconds(30))).isTrue();
        assertThat(Files.isRegularFile(cache.file(tiles.tileSet(), Z, X, Y))).isTrue();
        BufferedImage drawn = tiles.render(Z, X, Y);
        int[] px = pixels(drawn);
        assertThat(Arrays.stream(px).distinct().count()).as("land and sea both drawn").isGreaterThan(1);

        BasemapTiles faded = new BasemapTiles(new MapRenderer(), land(0.5), Viewpoint.NEUTRAL, cache, null, "t");
        assertThat(faded.tileSet()).isNotEqualTo(tiles.tileSet());
        assertThat(tiles.online()).isFalse();
    }

    @Test
    void onlineTilesIdentifyClaimscapeAndFallBackToOfflineTilesOnFailure() throws Exception {
        List<String> agents = new CopyOnWriteArrayList<>();
        BufferedImage served = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(served, "png", png);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            boolean ok = ex.getRequestURI().getPath().equals("/" + Z + "/" + X + "/" + Y + ".png");
            byte[] body = ok ? png.toByteArray() : new byte[0];
            ex.sendResponseHeaders(ok ? 200 : 500, ok ? body.length : -1);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            OsmTileFetcher osm = new OsmTileFetcher("http://127.0.0.1:" + server.getAddress().getPort() + "/",
                    ProxySelector.of(null));
            BasemapTiles tiles = new BasemapTiles(new MapRenderer(), land(1.0), Viewpoint.NEUTRAL,
                    new TileDiskCache(dir), osm, "t");
            Image fromServer = tiles.tile(Z, X, Y);
            assertThat(fromServer.getPixelReader().getArgb(10, 10)).isEqualTo(0xFF000000);
            assertThat(agents).hasSize(1);
            assertThat(agents.get(0)).startsWith("Claimscape/").contains(OsmTileFetcher.PRODUCT_NOTE);

            Image fallback = tiles.tile(Z, X, Y + 1);
            assertThat(agents).hasSize(2);
            BufferedImage offline = tiles.render(Z, X, Y + 1);
            assertThat(fallback.getPixelReader().getArgb(128, 128)).isEqualTo(offline.getRGB(128, 128));
            assertThat(fallback.getPixelReader().getArgb(5, 250)).isEqualTo(offline.getRGB(5, 250));

            tiles.tile(Z, X, Y);
            assertThat(agents).as("a downloaded tile is served from the disk cache").hasSize(2);
        } finally {
            server.stop(0);
            /* The offline tile that stood in is still being written into the temporary folder JUnit deletes. */
            assertThat(BasemapTiles.awaitWrites(Duration.ofSeconds(30))).isTrue();
        }
    }

    /** A tile the build's training run drew (the seed) is served as is, and is not drawn again. */
    @Test
    void seedTilesAreServedWhenTheUsersCacheHasNone() throws Exception {
        BasemapTiles reference = new BasemapTiles(new MapRenderer(), land(1.0), Viewpoint.NEUTRAL, null, null, "t");
        BufferedImage marked = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        marked.setRGB(3, 4, 0xFF123456);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(marked, "png", png);
        Path seed = dir.resolve("seed");
        new TileDiskCache(seed).write(reference.tileSet(), Z, X, Y, png.toByteArray());

        TileDiskCache cache = new TileDiskCache(dir.resolve("user"), seed);
        BasemapTiles tiles = new BasemapTiles(new MapRenderer(), land(1.0), Viewpoint.NEUTRAL, cache, null, "t");
        assertThat(tiles.tile(Z, X, Y).getPixelReader().getArgb(3, 4)).isEqualTo(0xFF123456);
        assertThat(BasemapTiles.awaitWrites(Duration.ofSeconds(30))).isTrue();
        assertThat(dir.resolve("user")).as("nothing drawn, nothing written").doesNotExist();

        Image drawn = tiles.tile(Z, X, Y + 1);
        assertThat(drawn.getPixelReader().getArgb(128, 128)).isEqualTo(tiles.render(Z, X, Y + 1).getRGB(128, 128));
        assertThat(BasemapTiles.awaitWrites(Duration.ofSeconds(30))).isTrue();
        assertThat(Files.isRegularFile(cache.file(tiles.tileSet(), Z, X, Y + 1))).isTrue();
        assertThat(Files.exists(new TileDiskCache(seed).file(tiles.tileSet(), Z, X, Y + 1))).isFalse();
    }

    /* The window's basemap is drawn as of the map's date: who held the land then, from the claims layer. */
    @Test
    void tilesAreDrawnAsOfTheDateAndShareASetWithinAnArrangement() throws Exception {
        BundledLayers bundled = BundledLayers.load();
        List<BasemapTiles.BasemapLayer> land = List.of(new BasemapTiles.BasemapLayer(
                new LayerView(bundled.layer(LayerIds.LAND), "Basemap", true, 1), 0, 99));
        List<Layer> context = List.of(bundled.layer(LayerIds.CLAIMS));
        int z = 8;
        double n = Math.pow(2, z);
        /* Urup, 149.9 E 45.9 N: Japanese between 1875 and 1945, Russian since. */
        long x = (long) Math.floor((149.9 + 180) / 360 * n);
        long y = (long) Math.floor((1 - Math.log(Math.tan(Math.toRadians(45.9)) + 1 / Math.cos(Math.toRadians(45.9)))
                / Math.PI) / 2 * n);
        BasemapTiles in1875 = new BasemapTiles(new MapRenderer(), land, Viewpoint.NEUTRAL, LocalDate.of(1875, 9, 1),
                context, null, null, "t");
        BasemapTiles in1880 = new BasemapTiles(new MapRenderer(), land, Viewpoint.NEUTRAL, LocalDate.of(1880, 1, 1),
                context, null, null, "t");
        BasemapTiles today = new BasemapTiles(new MapRenderer(), land, Viewpoint.NEUTRAL, null, context, null, null,
                "t");

        assertThat(colours(in1875.render(z, x, y))).contains(StyleCatalog.LAND_JP.getRGB())
                .doesNotContain(StyleCatalog.LAND_RU.getRGB());
        assertThat(colours(today.render(z, x, y))).contains(StyleCatalog.LAND_RU.getRGB())
                .doesNotContain(StyleCatalog.LAND_JP.getRGB());
        assertThat(in1880.tileSet()).as("same arrangement, same tiles").isEqualTo(in1875.tileSet())
                .isNotEqualTo(today.tileSet());
    }

    private static Set<Integer> colours(BufferedImage img) {
        Set<Integer> out = new HashSet<>();
        for (int px : pixels(img)) {
            out.add(px | 0xFF000000);
        }
        return out;
    }
}
