package org.claimscape.ui;

import java.util.List;
import org.claimscape.map.BasemapTileRetriever;
import org.claimscape.map.BasemapTiles;
import org.claimscape.map.MapNavigator;
import org.claimscape.map.OsmTileFetcher;
import org.claimscape.map.TileDiskCache;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.explorer.ExplorerModel;

/**
 * Puts the basemap tiles of the model's basemap layers, viewpoint and date (offline, or OpenStreetMap when switched
 * on) in place of the map's tile source, and reloads the tiles when the tile set changed. FX thread only, but for
 * {@link #prepare()}.
 */
final class BasemapSwitch {

    /*
     * Style fingerprint of the basemap tiles; changes whenever the renderer's drawing code does. It hashes class
     * files, so the loading task makes it, off the FX thread, before the tiles need it.
     */
    private static volatile String styleFingerprint;

    private final MapRenderer renderer;
    private final TileDiskCache tileCache;
    private final MapNavigator navigator;
    /* Created only when the user switches online tiles on: until then nothing can open a connection. */
    private OsmTileFetcher osm;
    private boolean online;
    private String tileSet;

    BasemapSwitch(MapRenderer renderer, TileDiskCache tileCache, MapNavigator navigator, boolean online) {
        this.renderer = renderer;
        this.tileCache = tileCache;
        this.navigator = navigator;
        this.online = online;
    }

    /** Does the slow part ahead, on a background thread. */
    static void prepare() {
        styleFingerprint();
    }

    boolean isOnline() {
        return online;
    }

    void setOnline(boolean online, ExplorerModel model) {
        this.online = online;
        install(model);
    }

    /** Installs the tiles of the model (nothing before it is loaded). */
    void install(ExplorerModel m) {
        if (m == null) {
            return;
        }
        if (online && osm == null) {
            osm = new OsmTileFetcher();
        }
        Layer claims = m.data().layers().get(LayerIds.CLAIMS);
        BasemapTiles tiles = new BasemapTiles(renderer, m.basemapLayers(), m.viewpointProperty().get(),
                m.dateProperty().get(), claims == null ? List.of() : List.of(claims), tileCache, online ? osm : null,
                styleFingerprint());
        BasemapTileRetriever.install(tiles);
        if (tileSet != null && !tileSet.equals(tiles.tileSet())) {
            navigator.reloadTiles();
        }
        tileSet = tiles.tileSet();
    }

    private static String styleFingerprint() {
        String f = styleFingerprint;
        if (f == null) {
            f = BasemapTiles.rendererFingerprint();
            styleFingerprint = f;
        }
        return f;
    }
}
