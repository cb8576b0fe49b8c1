package org.claimscape.ui.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;
import org.claimscape.map.MapPane;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.RenderRequest;
import org.claimscape.ui.edit.EditHistory;

/**
 * What a feature of the window (compare, data, workspace, briefing) may use of it. The window implements it; a
 * feature never sees the window's own layout. FX thread only.
 */
public interface ExplorerContext {

    /** The model, null until the layers are loaded and the panels built. */
    default ExplorerModel model() {
        return modelProperty().get();
    }

    ReadOnlyObjectProperty<ExplorerModel> modelProperty();

    /** The shared renderer, for map layers drawn like the overlay. */
    MapRenderer renderer();

    /** The main map: its view, its overlay, and where features attach layers and decorations. */
    MapPane mapPane();

    /** Shows a second map to the right of the main one (side by side), or, with null, removes it. */
    void setSecondMap(Node map);

    /** Changes the overlay's requests (compare mode draws one claim per side); null restores them. */
    void setOverlayFilter(UnaryOperator<RenderRequest> filter);

    /** The layer list of the side panel. */
    LayerList layerList();

    /** The menu bar, for the menus features add. */
    MenuBar menuBar();

    /** Files dropped on the window go to {@code open}, which says whether it took them. */
    void setOnFilesDropped(Predicate<List<Path>> open);

    /** Lays the window out now (after a panel changed the map's size, before the map's view is set). */
    void layoutNow();

    /** Shows a message in the status bar. */
    void status(String message);

    /** The window, as owner of dialogs (null before it is shown). */
    Window owner();

    /** Where background work runs. */
    BackgroundTasks tasks();

    /** Fits the map to a layer. */
    void zoomToLayer(LayerState layer);

    /** Centres the map on a point feature, or fits a line or area into the view. */
    default void zoomToFeature(ExplorerModel.Pick pick) {
        zoomToFeature(pick, null);
    }

    /**
     * As {@link #zoomToFeature(ExplorerModel.Pick)}, into the part of the map that a window at {@code overOnScreen}
     * (screen coordinates; null for none) leaves in sight.
     */
    void zoomToFeature(ExplorerModel.Pick pick, Bounds overOnScreen);

    /** Switches the naming viewpoint, as the viewpoint box does. */
    void setViewpoint(Viewpoint viewpoint);

    /** Undo and redo of the layers' changes (Edit menu). */
    EditHistory edits();
}
