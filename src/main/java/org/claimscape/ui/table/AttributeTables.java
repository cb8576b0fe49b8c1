package org.claimscape.ui.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiText;

/**
 * The window's attribute tables, one per layer at most: opened from a layer's context menu (every layer: bundled,
 * file, database) or the View menu for the layer selected in the panel. Each open table follows the map's
 * selected feature; a layer taken out of the panel closes its table, and so does the window. FX thread only.
 */
public final class AttributeTables {

    /** Layers up to this many features are read, filtered and sorted at once (a few milliseconds). */
    static final int SYNC_LIMIT = 20_000;

    private final ExplorerContext ctx;
    private final ExplorerModel model;
    private final Map<String, AttributeTable> open = new LinkedHashMap<>();
    private int syncLimit = SYNC_LIMIT;
    private final ObservableValue<Boolean> windowShowing;

    /** @param ctx the window, its panels built ({@link ExplorerContext#model()} not null) */
    public AttributeTables(ExplorerContext ctx) {
        this.ctx = ctx;
        this.model = ctx.model();
        if (model == null) {
            throw new IllegalStateException("the explorer's panels are not built yet");
        }
        ctx.layerList().setOnOpenTable(this::open);
        model.layers().addListener((InvalidationListener) o -> followLayers());
        model.selectedProperty().addListener((o, was, now) -> {
            for (AttributeTable t : open.values()) {
                t.showSelection(now);
            }
        });
        /* A live layer (a database table read as the view moves) changes its data without changing the list. */
        ctx.mapPane().overlay().commitsProperty().addListener(o -> followLayers());
        /* The tables go with the window (followed through its scene, so that nothing else holds the window). */
        windowShowing = ctx.mapPane().sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        windowShowing.addListener((o, was, showing) -> {
            if (!showing) {
                closeAll();
            }
        });
    }

    /** Opens a layer's table, or brings it to the front when it is open; null for a layer that did not load. */
    public Stage open(LayerState s) {
        if (s == null || s.layer() == null) {
            return null;
        }
        AttributeTable t = open.get(s.id());
        if (t != null) {
            t.stage().show();
            t.stage().toFront();
            return t.stage();
        }
        t = new AttributeTable(ctx, s, syncLimit, closed -> open.remove(closed.state().id(), closed));
        open.put(s.id(), t);
        t.show(open.size() - 1);
        return t.stage();
    }

    /** Opens the table of the layer selected in the layer panel, or says to select one. */
    public void openSelected() {
        LayerState s = ctx.layerList() == null ? null : ctx.layerList().selectedLayer();
        if (s == null) {
            ctx.status(UiText.get("table.choose-layer"));
        } else if (s.layer() == null) {
            ctx.status(UiText.get("table.not-loaded", UiText.layerTitle(s.id(), s.title())));
        } else {
            open(s);
        }
    }

    /** The open table's window of a layer, or null. */
    public Stage stage(String layerId) {
        AttributeTable t = open.get(layerId);
        return t == null ? null : t.stage();
    }

    /** Closes every table. */
    public void closeAll() {
        for (AttributeTable t : new ArrayList<>(open.values())) {
            t.close();
        }
    }

    /** The open table of a layer, or null (tests). */
    AttributeTable table(String layerId) {
        return open.get(layerId);
    }

    /** Changes the size up to which tables are worked on the FX thread (tests of the background path). */
    void setSyncLimit(int features) {
        this.syncLimit = features;
    }

    private void followLayers() {
        for (AttributeTable t : new ArrayList<>(open.values())) {
            LayerState now = model.layer(t.state().id());
            if (now == null) {
                t.close();
            } else {
                t.follow(now);
            }
        }
    }
}
