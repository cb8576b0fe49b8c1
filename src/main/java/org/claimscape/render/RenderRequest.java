package org.claimscape.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.LabelClass;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;

/**
 * Everything one drawing of the map needs, snapshotted so a background thread can draw it. Immutable.
 *
 * @param viewport    the area and zoom to draw
 * @param layers      layers from bottom to top
 * @param date        only features valid at this date are drawn; null draws all
 * @param viewpoint   the naming (and disputed-land styling) in force
 * @param selectedIds ids of selected features (drawn highlighted)
 * @param labels      whether to draw labels
 * @param paper       drawn for print: every point is plotted (no cluster badges) and crowded symbols get numbered
 *                    callouts instead of labels, as nothing can be clicked or zoomed on paper
 * @param hiddenLabels kinds of label not drawn, nor numbered in callouts (a page's label choices)
 * @param selectedFeatures features drawn highlighted whatever their id (a user's features often have none):
 *                    matched by identity
 * @param land        land the names know of though it is not drawn here (the window draws land into tiles under
 *                    this drawing): an island's name is not set beside it over other land; null for none
 */
public record RenderRequest(MapViewport viewport, List<LayerView> layers, LocalDate date, Viewpoint viewpoint,
                            Set<String> selectedIds, boolean labels, boolean paper, Set<LabelClass> hiddenLabels,
                            List<Feature> selectedFeatures, Layer land) {
    public RenderRequest {
        layers = List.copyOf(layers);
        selectedIds = Set.copyOf(selectedIds);
        hiddenLabels = hiddenLabels == null ? Set.of() : Set.copyOf(hiddenLabels);
        selectedFeatures = selectedFeatures == null ? List.of() : List.copyOf(selectedFeatures);
    }

    /** A request that knows of no land but what it draws. */
    public RenderRequest(MapViewport viewport, List<LayerView> layers, LocalDate date, Viewpoint viewpoint,
                         Set<String> selectedIds, boolean labels, boolean paper, Set<LabelClass> hiddenLabels,
                         List<Feature> selectedFeatures) {
        this(viewport, layers, date, viewpoint, selectedIds, labels, paper, hiddenLabels, selectedFeatures, null);
    }

    /** A request with no feature selected by identity. */
    public RenderRequest(MapViewport viewport, List<LayerView> layers, LocalDate date, Viewpoint viewpoint,
                         Set<String> selectedIds, boolean labels, boolean paper, Set<LabelClass> hiddenLabels) {
        this(viewport, layers, date, viewpoint, selectedIds, labels, paper, hiddenLabels, List.of());
    }

    /** A request that draws every kind of label. */
    public RenderRequest(MapViewport viewport, List<LayerView> layers, LocalDate date, Viewpoint viewpoint,
                         Set<String> selectedIds, boolean labels, boolean paper) {
        this(viewport, layers, date, viewpoint, selectedIds, labels, paper, Set.of());
    }

    /** A request for the screen. */
    public RenderRequest(MapViewport viewport, List<LayerView> layers, LocalDate date, Viewpoint viewpoint,
                         Set<String> selectedIds, boolean labels) {
        this(viewport, layers, date, viewpoint, selectedIds, labels, false);
    }

    /** The same request with those kinds of label hidden. */
    public RenderRequest withHiddenLabels(Set<LabelClass> hidden) {
        return new RenderRequest(viewport, layers, date, viewpoint, selectedIds, labels, paper, hidden,
                selectedFeatures, land);
    }

    /** The same request for another view. */
    public RenderRequest withViewport(MapViewport v) {
        return new RenderRequest(v, layers, date, viewpoint, selectedIds, labels, paper, hiddenLabels,
                selectedFeatures, land);
    }

    /** The same request with other layers. */
    public RenderRequest withLayers(List<LayerView> newLayers) {
        return new RenderRequest(viewport, newLayers, date, viewpoint, selectedIds, labels, paper, hiddenLabels,
                selectedFeatures, land);
    }

    /** Whether a feature is drawn highlighted: its id is selected, or it is one of the selected features. */
    public boolean isSelected(Feature f) {
        if (f.id() != null && selectedIds.contains(f.id())) {
            return true;
        }
        for (Feature s : selectedFeatures) {
            if (s == f) {
                return true;
            }
        }
        return false;
    }

    /** Whether labels of that kind are drawn. */
    public boolean shows(LabelClass c) {
        return c == null || !hiddenLabels.contains(c);
    }
}
