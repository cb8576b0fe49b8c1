package org.claimscape.ui.explorer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.claimscape.map.BasemapTiles;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.claimscape.render.DrawnSymbols;
import org.claimscape.render.FeaturePicker;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.PointDensity;
import org.claimscape.render.RenderRequest;
import org.claimscape.render.StyleCatalog;
import org.claimscape.search.NameSearch;
import org.claimscape.ui.time.RecentEvents;

/**
 * The explorer's state, independent of any control: the layers in panel order (top first) with visibility and
 * opacity, the viewpoint, the selected feature and the features listed in the info panel. Builds the render
 * requests for the overlay and the basemap tiles, picks features under a screen point and searches names.
 *
 * <p>FX thread only (the requests it builds are immutable snapshots that may go to other threads).
 */
public final class ExplorerModel {

    /** A feature with the id of the layer it comes from. Immutable. */
    public record Pick(String layerId, String layerTitle, Feature feature) {
    }

    private final MapData data;
    private final ObservableList<LayerState> layers = FXCollections.observableArrayList();
    private final ObjectProperty<Viewpoint> viewpoint = new SimpleObjectProperty<>(this, "viewpoint",
            Viewpoint.NEUTRAL);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final RecentEvents recentEvents;
    private final ObjectProperty<Pick> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Workspace.Page> briefingPage = new SimpleObjectProperty<>(this, "briefingPage");
    private final ObservableList<Pick> picked = FXCollections.observableArrayList();
    private NameSearch search;
    private final StyleCatalog styles;
    private final FeaturePicker picker;

    /**
     * @param data   the loaded layers
     * @param styles the renderer's styles (picking follows what is drawn)
     */
    public ExplorerModel(MapData data, StyleCatalog styles) {
        this.data = data;
        this.styles = styles;
        this.picker = new FeaturePicker(styles);
        for (LayerCatalog.Entry e : data.catalog().entries()) {
            layers.add(new LayerState(e, data.layers().get(e.id()), e.visible()));
        }
        Map<String, Layer> searchable = new LinkedHashMap<>();
        for (String id : LayerIds.SEARCH_RANKING) {
            if (data.layers().containsKey(id)) {
                searchable.put(id, data.layers().get(id));
            }
        }
        for (LayerState s : layers) {
            if (s.layer() != null && !s.isBasemap()) {
                searchable.putIfAbsent(s.id(), s.layer());
            }
        }
        search = new NameSearch(searchable);
        Layer events = data.layers().get(LayerIds.EVENTS);
        recentEvents = events == null ? null : new RecentEvents(events);
    }

    public MapData data() {
        return data;
    }

    /**
     * The wanted layer id, or "wanted-2", "wanted-3" … when it is taken by a layer of the model or by one of
     * {@code reserved} (layers on their way in).
     */
    public String freeLayerId(String wanted, Collection<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        for (LayerState s : layers) {
            taken.add(s.id());
        }
        String id = wanted;
        for (int i = 2; taken.contains(id); i++) {
            id = wanted + "-" + i;
        }
        return id;
    }

    /** Layers in panel order, top (drawn last) first. */
    public ObservableList<LayerState> layers() {
        return layers;
    }

    public LayerState layer(String id) {
        for (LayerState s : layers) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    public ObjectProperty<Viewpoint> viewpointProperty() {
        return viewpoint;
    }

    /**
     * The date the map shows (null = all dates): every layer draws only the features valid that day, events
     * those of the months up to it ({@link org.claimscape.ui.time.RecentEvents}).
     */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /**
     * The briefing page's settings as last set in the briefing dialog (paper, texts, layout), kept in the
     * workspace; null until the dialog changes them.
     */
    public ObjectProperty<Workspace.Page> briefingPageProperty() {
        return briefingPage;
    }

    public ObjectProperty<Pick> selectedProperty() {
        return selected;
    }

    /** Features listed in the info panel (those under the last click, or the last search choice). */
    public ObservableList<Pick> picked() {
        return picked;
    }

    public StyleCatalog styles() {
        return styles;
    }

    public NameSearch search() {
        return search;
    }

    /** Replaces the name search, when layers are added or removed. */
    public void setSearch(NameSearch search) {
        this.search = search;
    }

    /** Moves a layer to a new panel index (0 = top); stays within its group. */
    public void move(LayerState layer, int toIndex) {
        int from = layers.indexOf(layer);
        if (from < 0) {
            return;
        }
        /* One change of the list, so that a move is one step of the edit history. */
        List<LayerState> order = new ArrayList<>(layers);
        order.remove(from);
        order.add(Math.max(0, Math.min(order.size(), toIndex)), layer);
        layers.setAll(order);
    }

    /** Applies a saved panel order (unknown ids ignored, missing ones keep their relative place at the end). */
    public void applyOrder(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        List<LayerState> ordered = new ArrayList<>();
        for (String id : ids) {
            LayerState s = layer(id);
            if (s != null && !ordered.contains(s)) {
                ordered.add(s);
            }
        }
        for (LayerState s : layers) {
            if (!ordered.contains(s)) {
                ordered.add(s);
            }
        }
        layers.setAll(ordered);
    }

    /** The overlay's request: the visible thematic layers and the reference names, bottom to top. */
    public RenderRequest overlayRequest(MapViewport viewport) {
        List<LayerView> views = new ArrayList<>();
        for (LayerState s : layers) {
            if (!s.isDrawnAsTiles() && s.layer() != null) {
                LayerView view = s.view(viewport.zoom());
                if (recentEvents != null && s.id().equals(LayerIds.EVENTS)) {
                    view = new LayerView(recentEvents.layerFor(date.get()), view.group(), view.visible(),
                            view.opacity(), view.minZoom(), view.maxZoom());
                }
                views.add(view);
            }
        }
        Collections.reverse(views);
        /* The land is drawn into the tiles, not here; the names still need to know where it is. */
        Layer land = layers.stream().filter(s -> LayerIds.LAND_OVERVIEW.equals(s.id())).map(LayerState::layer)
                .filter(Objects::nonNull).findFirst().orElse(null);
        Pick sel = selected.get();
        Set<String> ids = sel == null || sel.feature().id() == null ? Set.of() : Set.of(sel.feature().id());
        /* By id (events are drawn as copies of their features) and by identity (a user's feature may have no id). */
        return new RenderRequest(viewport, views, date.get(), viewpoint.get(), ids, true, false, Set.of(),
                sel == null ? List.of() : List.of(sel.feature()), land);
    }

    /** The basemap layers, bottom to top, for the tile source. */
    public List<BasemapTiles.BasemapLayer> basemapLayers() {
        List<BasemapTiles.BasemapLayer> out = new ArrayList<>();
        for (LayerState s : layers) {
            if (s.isDrawnAsTiles() && s.layer() != null) {
                out.add(new BasemapTiles.BasemapLayer(
                        new LayerView(s.layer(), s.group(), s.isVisible(), Math.max(0, Math.min(1,
                                s.opacityProperty().get()))),
                        s.entry().minZoom(), s.entry().maxZoom()));
            }
        }
        Collections.reverse(out);
        return out;
    }

    /**
     * The features drawn under screen point (x, y) in the view, topmost first, exactly as the renderer draws them
     * (symbols by their box, lines and outlines within {@code tolerancePx}, areas by containment). Basemap
     * layers are not picked.
     */
    public List<Pick> pick(MapViewport v, double x, double y, double tolerancePx) {
        return picks(picker.pick(overlayRequest(v), x, y, tolerancePx));
    }

    /**
     * The features under a point of a drawing of the map, tested against the symbols it placed (microseconds,
     * however many are in view); (x, y) in the drawing's viewport pixels.
     */
    public List<Pick> pick(DrawnSymbols drawn, double x, double y, double tolerancePx) {
        return picks(picker.pick(drawn, x, y, tolerancePx));
    }

    /**
     * The square of a dense point layer under screen point (x, y) of the view (see {@code render.PointDensity}),
     * or null when there is none or a symbol is over it.
     */
    public PointDensity.Cell cellAt(MapViewport v, double x, double y, double tolerancePx) {
        return picker.cellAt(overlayRequest(v), x, y, tolerancePx);
    }

    /** The square under a point of a drawing, as {@link #cellAt(MapViewport, double, double, double)}. */
    public PointDensity.Cell cellAt(DrawnSymbols drawn, double x, double y, double tolerancePx) {
        return picker.cellAt(drawn, x, y, tolerancePx);
    }

    private List<Pick> picks(List<FeaturePicker.Hit> hits) {
        List<Pick> out = new ArrayList<>();
        for (FeaturePicker.Hit h : hits) {
            LayerState s = layer(h.layer().id());
            Feature f = recentEvents == null ? h.feature() : recentEvents.original(h.feature());
            out.add(new Pick(h.layer().id(), s == null ? h.layer().title() : s.title(), f));
        }
        return out;
    }
}
