package org.claimscape.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.postgis.PostgisSource;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.Workspace;
import org.claimscape.render.AutomaticStyle;
import org.claimscape.render.LayerStyle;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.StyleCatalog;
import org.locationtech.jts.geom.Envelope;

/**
 * What a saved workspace shows, for headless rendering: the layer views bottom first (bundled layers with the
 * workspace's visibility and opacity, the user's layers read again from their files and registered with their
 * styles, database tables read whole through ~/.pgpass) and the extent of the saved view. Layers whose file is missing or unreadable are left out with a note
 * on the error stream; a file with errors contributes its valid features.
 *
 * @param views  the layers, bottom first
 * @param extent the saved view's extent (lon/lat), or null when the workspace has no view
 */
record WorkspaceScene(List<LayerView> views, Envelope extent) {

    /**
     * The window's map area a saved view is taken to have: the workspace keeps centre and zoom, not the window
     * size, and the page fits this extent into its map frame.
     */
    static final int VIEW_WIDTH = 900;
    static final int VIEW_HEIGHT = 650;

    static WorkspaceScene of(Workspace w, BundledLayers bundled, StyleCatalog styles, PrintWriter err) {
        List<LayerView> topFirst = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        List<LayerStyle> userStyles = new ArrayList<>();
        for (Workspace.LayerEntry e : w.layers()) {
            listed.add(e.id());
            double opacity = Math.max(0, Math.min(1, e.opacity()));
            if (e.isBundled()) {
                LayerCatalog.Entry c = entry(bundled.catalog(), e.id());
                Layer l = c == null ? null : bundled.layer(e.id());
                if (l == null) {
                    err.println("Workspace layer '" + e.id() + "' is not a bundled layer; left out");
                    continue;
                }
                topFirst.add(new LayerView(l, c.group(), e.visible(), opacity, c.minZoom(), c.maxZoom()));
                continue;
            }
            if (e.isDatabase()) {
                GeoJsonReadResult r = PostgisSource.read(e.database());
                if (r.features().isEmpty()) {
                    err.println("Layer '" + title(e) + "': " + (r.errors().isEmpty() ? "no features"
                            : r.errors().get(0).message()) + "; left out");
                    continue;
                }
                Layer layer = r.toPartialLayer(e.id(), title(e));
                LayerStyle style = e.style() != null ? LayerStyle.of(e.style())
                        : AutomaticStyle.forLayer(layer, userStyles);
                userStyles.add(style);
                styles.setLayerStyle(e.id(), style);
                topFirst.add(new LayerView(layer, "Your layers", e.visible(), opacity));
                continue;
            }
            if (!Files.isRegularFile(e.file())) {
                err.println("Layer '" + title(e) + "': file not found: " + e.file() + "; left out");
                continue;
            }
            GeoJsonReadResult r = new GeoJsonLayerReader().read(e.file());
            if (r.features().isEmpty()) {
                err.println("Layer '" + title(e) + "': no usable features in " + e.file()
                        + (r.errors().isEmpty() ? "" : ": " + r.errors().get(0).message()) + "; left out");
                continue;
            }
            if (!r.isValid()) {
                err.println("Layer '" + title(e) + "': " + r.errors().size() + " errors in " + e.file()
                        + "; drawing its " + r.features().size() + " valid features");
            }
            Layer layer = r.toPartialLayer(e.id(), title(e));
            LayerStyle style = e.style() != null ? LayerStyle.of(e.style())
                    : AutomaticStyle.forLayer(layer, userStyles);
            userStyles.add(style);
            styles.setLayerStyle(e.id(), style);
            topFirst.add(new LayerView(layer, "Your layers", e.visible(), opacity));
        }
        /* A version-1 workspace lists only the layers shown: the others stay hidden, as in the window. */
        for (LayerCatalog.Entry c : bundled.catalog().entries()) {
            Layer l = bundled.layer(c.id());
            if (!listed.contains(c.id()) && l != null) {
                topFirst.add(new LayerView(l, c.group(), w.layers().isEmpty() && c.visible(), 1.0, c.minZoom(),
                        c.maxZoom()));
            }
        }
        Collections.reverse(topFirst);
        Envelope extent = null;
        if (w.view() != null) {
            extent = new MapViewport(w.view().centerLat(), w.view().centerLon(), w.view().zoom(), VIEW_WIDTH,
                    VIEW_HEIGHT).bounds();
        }
        return new WorkspaceScene(topFirst, extent);
    }

    private static LayerCatalog.Entry entry(LayerCatalog catalog, String id) {
        for (LayerCatalog.Entry e : catalog.entries()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    private static String title(Workspace.LayerEntry e) {
        return e.title() != null ? e.title() : e.id();
    }
}
