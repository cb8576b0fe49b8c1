package org.claimscape.map;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.tile.TileRetriever;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import org.claimscape.render.MapViewport;

/**
 * The basemap beyond the antimeridian. Gluon lays its tiles over one world only, so zoomed out near 180° (the Kurils
 * are at 146–156° E) the view went blank east of it, where the Bering Sea, the Aleutians and Alaska are. This layer
 * shows the same tiles again to the east and west of the world, at the level and scale Gluon uses, under the
 * overlay. FX thread only; the tiles come from the same retriever, off the FX thread.
 */
final class WorldCopies extends MapLayer {

    /** Gluon's tile level for a zoom: the level is taken a fifth of a zoom step early, at most 19. */
    private static int tileLevel(double zoom) {
        return Math.min(19, (int) Math.floor(zoom + 0.2));
    }

    private final MapNavigator navigator;
    private final TileRetriever retriever;
    private final Map<String, ImageView> shown = new HashMap<>();
    private BasemapTiles source;

    WorldCopies(MapNavigator navigator, TileRetriever retriever) {
        this.navigator = navigator;
        this.retriever = retriever;
        setMouseTransparent(true);
    }

    @Override
    protected void layoutLayer() {
        MapViewport v = navigator.viewport();
        if (v.width() < 2 || v.height() < 2) {
            return;
        }
        if (BasemapTileRetriever.installed() != source) {
            /* Another basemap (offline / online): the copies show its tiles. */
            source = BasemapTileRetriever.installed();
            getChildren().clear();
            shown.clear();
        }
        int level = tileLevel(v.zoom());
        long n = 1L << level;
        double side = 256 * Math.pow(2, v.zoom() - level);
        double west = v.xOfUnit(0);
        double east = v.xOfUnit(1);
        double top = v.yOfUnit(0);
        long firstRow = Math.max(0, (long) Math.floor(-top / side));
        long lastRow = Math.min(n - 1, (long) Math.floor((v.height() - top) / side));
        Set<String> wanted = new HashSet<>();
        /* Columns k of the copy to the east (k >= n) and to the west (k < 0), in the world's own tile numbers. */
        long firstColumn = (long) Math.floor(-west / side);
        long lastColumn = (long) Math.floor((v.width() - west) / side);
        for (long k = firstColumn; k <= lastColumn; k++) {
            if (k >= 0 && k < n) {
                continue;
            }
            long column = Math.floorMod(k, n);
            for (long row = firstRow; row <= lastRow; row++) {
                String key = level + "/" + k + "/" + row;
                wanted.add(key);
                long r = row;
                ImageView tile = shown.computeIfAbsent(key, x -> load(level, column, r));
                tile.setLayoutX(west + k * side);
                tile.setLayoutY(top + row * side);
                tile.setFitWidth(side);
                tile.setFitHeight(side);
            }
        }
        shown.keySet().removeIf(key -> {
            if (wanted.contains(key)) {
                return false;
            }
            getChildren().remove(shown.get(key));
            return true;
        });
    }

    private ImageView load(int level, long column, long row) {
        ImageView view = new ImageView();
        view.setSmooth(false);
        view.setUserData(level + "/" + column + "/" + row);
        getChildren().add(view);
        retriever.loadTile(level, column, row).thenAccept(img -> Platform.runLater(() -> view.setImage(img)));
        return view;
    }

}
