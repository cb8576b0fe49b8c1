package org.claimscape.ui.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.locationtech.jts.geom.Envelope;

/**
 * What the briefing dialog starts from, snapshotted from the window: its layers (bottom first, with the window's
 * order, visibility and opacity), its current extent, viewpoint and date, the shared renderer, and the page
 * settings kept for the workspace (where the dialog hands its changes back). Immutable.
 *
 * @param layers    every layer, bottom first, as the window shows it
 * @param extent    the window's current view (lon/lat)
 * @param viewpoint the window's viewpoint
 * @param date      the date the window shows
 * @param renderer  the renderer the window uses (so the page matches the screen)
 * @param saved     the page settings last kept (from the dialog or an opened workspace), or null for defaults
 * @param keep      takes the page settings whenever the user changes them, so the workspace saves them
 */
public record BriefingContext(List<LayerView> layers, Envelope extent, Viewpoint viewpoint, LocalDate date,
                              MapRenderer renderer, Workspace.Page saved, Consumer<Workspace.Page> keep) {

    public BriefingContext {
        layers = List.copyOf(layers);
        extent = new Envelope(Objects.requireNonNull(extent, "extent"));
        Objects.requireNonNull(viewpoint, "viewpoint");
        date = date == null ? LocalDate.now() : date;
        Objects.requireNonNull(renderer, "renderer");
        keep = keep == null ? p -> { } : keep;
    }

    /** A context that starts from the default page settings and keeps nothing. */
    public BriefingContext(List<LayerView> layers, Envelope extent, Viewpoint viewpoint, LocalDate date,
                           MapRenderer renderer) {
        this(layers, extent, viewpoint, date, renderer, null, null);
    }

    @Override
    public Envelope extent() {
        return new Envelope(extent);
    }

    /**
     * The window's state: the model's layers in panel order (top first) turned bottom first, each with its catalog
     * zoom range, visibility and opacity; the page settings the model keeps for the workspace.
     */
    public static BriefingContext of(ExplorerModel model, Envelope extent, LocalDate date, MapRenderer renderer) {
        List<LayerView> views = new ArrayList<>();
        for (LayerState s : model.layers()) {
            if (s.layer() != null) {
                views.add(new LayerView(s.layer(), s.group(), s.isVisible(),
                        Math.max(0, Math.min(1, s.opacityProperty().get())), s.entry().minZoom(),
                        s.entry().maxZoom()));
            }
        }
        Collections.reverse(views);
        return new BriefingContext(views, extent, model.viewpointProperty().get(), date, renderer,
                model.briefingPageProperty().get(), model.briefingPageProperty()::set);
    }

    /** Ids of the layers the window shows, top first (the order of the layer panel). */
    public List<String> visibleLayerIds() {
        List<String> ids = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).visible()) {
                ids.add(layers.get(i).layer().id());
            }
        }
        return ids;
    }
}
