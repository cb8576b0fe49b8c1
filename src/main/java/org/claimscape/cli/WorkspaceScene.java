package org.claimscape.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.LayerReadOptions;
import org.claimscape.io.format.LayerSource;
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
 * workspace's visibility and opacity, the user's layers read again from their files, in any layer format, or
 * their PostGIS tables, whole, with the password from PGPASSWORD or ~/.pgpass, and registered with their styles)
 * and the extent of the saved view. Layers whose file is missing or unreadable are left out with a note on the
 * error stream; a file with errors contributes its valid features.
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
    /** The group the window puts the user's layers in. */
    static final String USER_GROUP = "Your layers";

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
            LayerSource source;
            try {
                source = e.isDatabase() ? LayerSource.parse(e.database()) : LayerSource.of(e.file());
            } catch (IllegalArgumentException ex) {
                err.println("Layer '" + title(e) + "': " + ex.getMessage() + "; left out");
                continue;
            }
            if (!source.isTable() && !Files.isRegularFile(source.file())) {
                err.println("Layer '" + title(e) + "': file not found: " + source.name() + "; left out");
                continue;
            }
            GeoJsonReadResult r = source.read(LayerReadOptions.defaults());
            if (r.features().isEmpty()) {
                err.println("Layer '" + title(e) + "': no usable features in " + source.name()
                        + (r.errors().isEmpty() ? "" : ": " + r.errors().get(0).message()) + "; left out");
                continue;
            }
            if (!r.isValid()) {
                err.println("Layer '" + title(e) + "': " + r.errors().size() + " errors in " + source.name()
                        + "; drawing its " + r.features().size() + " valid features");
            }
            topFirst.add(userView(r.toPartialLayer(e.id(), title(e)), e.style() == null ? null
                    : LayerStyle.of(e.style()), userStyles, styles, e.visible(), opacity));
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

    /**
     * A layer of the user's (a file or a table), drawn over the bundled ones in its style, else in an automatic
     * style told apart from the ones given out before (the style joins them), registered with the catalog the
     * page is drawn with.
     */
    static LayerView userView(Layer layer, LayerStyle style, List<LayerStyle> givenOut, StyleCatalog styles,
                              boolean visible, double opacity) {
        LayerStyle s = style != null ? style : AutomaticStyle.forLayer(layer, givenOut);
        givenOut.add(s);
        styles.setLayerStyle(layer.id(), s);
        return new LayerView(layer, USER_GROUP, visible, opacity);
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
