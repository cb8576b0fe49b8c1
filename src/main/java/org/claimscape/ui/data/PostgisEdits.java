package org.claimscape.ui.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.claimscape.io.postgis.PostgisConnection;
import org.claimscape.io.postgis.PostgisLayerWriter;
import org.claimscape.io.postgis.PostgisSpec;
import org.claimscape.io.postgis.PostgisTable;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Editing PostGIS layers and saving to tables: attribute edits and new points are kept as pending and shown at
 * once, then saved together in one transaction (all or none; on failure they stay in the window); any layer, or
 * its selected features, can be written to a new table, replace one, or be appended to one. FX thread only.
 */
final class PostgisEdits {

    private final PostgisLayers layers;
    private final ExplorerContext view;
    private final ExplorerModel model;

    PostgisEdits(PostgisLayers layers) {
        this.layers = layers;
        this.view = layers.view();
        this.model = view.model();
    }

    void editSelected(String layerId) {
        PostgisLayer d = layers.layer(layerId);
        ExplorerModel.Pick pick = model.selectedProperty().get();
        if (d == null || pick == null || !pick.layerId().equals(layerId)) {
            layers.reportError(UiText.get("pg.edit.none"), UiText.get("pg.edit.none.detail",
                    d == null ? layerId : d.title()));
            return;
        }
        Feature f = pick.feature();
        String header = f.id() == null ? UiText.get("pg.edit.header.new", d.title())
                : UiText.get("pg.edit.header", f.id(), d.title());
        PostgisDialog.editAttributes(layers.window(), header, d.columns(), f.properties())
                .ifPresent(values -> edit(layerId, f, values));
    }

    void edit(String layerId, Feature feature, Map<String, Object> values) {
        PostgisLayer d = layers.layer(layerId);
        if (d == null || values.isEmpty()) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>(feature.properties());
        properties.putAll(values);
        Feature edited = new Feature(feature.rawId(), feature.geometry(), properties);
        String id = feature.id();
        if (id != null && id.matches("new-\\d+") && Integer.parseInt(id.substring(4)) <= d.added.size()) {
            d.added.set(Integer.parseInt(id.substring(4)) - 1, new Feature(null, feature.geometry(), properties));
        } else if (id != null && d.table.isEditable()) {
            d.changed.put(id, edited);
            d.changedValues.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(values);
        } else {
            layers.reportError(UiText.get("pg.edit.cannot"), UiText.get("pg.edit.cannot.detail", d.title()));
            return;
        }
        replaceShown(d, feature, edited);
        view.status(UiText.get("pg.edit.pending", d.pending(), d.title()));
    }

    void addPointAtCentre(String layerId) {
        PostgisLayer d = layers.layer(layerId);
        if (d == null) {
            return;
        }
        MapViewport v = view.mapPane().navigator().viewport();
        String header = UiText.get("pg.add.header", UiText.number(v.centerLat(), 5), UiText.number(v.centerLon(), 5),
                d.title());
        PostgisDialog.editAttributes(layers.window(), header, d.columns(), Map.of())
                .ifPresent(values -> addPoint(layerId, v.centerLon(), v.centerLat(), values));
    }

    void addPoint(String layerId, double lon, double lat, Map<String, Object> values) {
        PostgisLayer d = layers.layer(layerId);
        if (d == null) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String c : d.columns()) {
            properties.put(c, values.get(c));
        }
        d.added.add(new Feature(null, new GeometryFactory().createPoint(new Coordinate(lon, lat)), properties));
        List<Feature> features = new ArrayList<>(d.state.layer().features());
        features.add(d.displayedAdded().get(d.added.size() - 1));
        d.state.replaceLayer(new Layer(d.id, d.state.title(), features));
        view.mapPane().overlay().invalidateContent();
        view.status(UiText.get("pg.edit.pending", d.pending(), d.title()));
    }

    BackgroundTasks.Job<PostgisLayerWriter.Saved> saveEdits(String layerId) {
        PostgisLayer d = layers.layer(layerId);
        if (d == null || d.pending() == 0) {
            return null;
        }
        List<PostgisLayerWriter.Edit> edits = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : d.changedValues.entrySet()) {
            Feature f = d.changed.get(e.getKey());
            edits.add(new PostgisLayerWriter.Edit(f.rawId(), e.getValue(), null));
        }
        List<Feature> added = new ArrayList<>(d.added);
        PostgisTable table = d.table;
        view.status(UiText.get("pg.edits.saving", d.pending(), d.title()));
        return d.lane.submit(UiText.get("pg.task.save-edits", d.title()), job -> new PostgisLayerWriter().save(
                layers.connection(d), table, added, edits, List.of()), saved -> {
                    d.clearEdits();
                    view.status(UiText.get("pg.edits.saved", d.spec.label(), saved.added(), saved.changed()));
                    layers.readIfNeeded(d, true);
                }, e -> layers.reportError(UiText.get("pg.edits.failed", d.title()),
                        UiText.get("pg.edits.failed.detail", PostgisDialog.explain(e))));
    }

    void discardEdits(String layerId) {
        PostgisLayer d = layers.layer(layerId);
        if (d == null) {
            return;
        }
        d.clearEdits();
        layers.readIfNeeded(d, true);
    }

    /*
     * The selection and the picked list show the rows as read now (after a refresh, a live update or discarded
     * edits), found by their id; a row deleted meanwhile leaves them.
     */
    void followSelection(PostgisLayer d, Layer now) {
        UnaryOperator<ExplorerModel.Pick> follow = p -> {
            if (p == null || !p.layerId().equals(d.id) || p.feature().id() == null) {
                return p;
            }
            Feature same = now.feature(p.feature().id());
            return same == null ? null : same == p.feature() ? p : new ExplorerModel.Pick(d.id, p.layerTitle(), same);
        };
        ExplorerModel.Pick sel = model.selectedProperty().get();
        ExplorerModel.Pick followed = follow.apply(sel);
        if (followed != sel) {
            model.selectedProperty().set(followed);
        }
        if (model.picked().stream().anyMatch(p -> follow.apply(p) != p)) {
            model.picked().removeIf(p -> follow.apply(p) == null);
            model.picked().replaceAll(follow);
        }
    }

    /* The edited feature takes the old one's place on the map, in the selection and among the picked. */
    private void replaceShown(PostgisLayer d, Feature old, Feature edited) {
        List<Feature> features = new ArrayList<>(d.state.layer().features());
        int at = features.indexOf(old);
        if (at >= 0) {
            features.set(at, edited);
            d.state.replaceLayer(new Layer(d.id, d.state.title(), features));
        }
        ExplorerModel.Pick sel = model.selectedProperty().get();
        if (sel != null && sel.layerId().equals(d.id) && sel.feature().equals(old)) {
            model.selectedProperty().set(new ExplorerModel.Pick(d.id, sel.layerTitle(), edited));
        }
        model.picked().replaceAll(p -> p.layerId().equals(d.id) && p.feature().equals(old)
                ? new ExplorerModel.Pick(d.id, p.layerTitle(), edited) : p);
        view.mapPane().overlay().invalidateContent();
    }

    // ------------------------------------------------------------------ save a layer to a table

    void saveToTable(LayerState s) {
        if (s == null || s.layer() == null) {
            return;
        }
        List<Feature> selected = new ArrayList<>();
        for (ExplorerModel.Pick p : model.picked()) {
            if (p.layerId().equals(s.id())) {
                selected.add(p.feature());
            }
        }
        PostgisDialog.saveTarget(layers.window(), layers.lastConnection(), s.title(),
                UserLayers.slug(s.title()).replace('-', '_'), selected.size()).ifPresent(target -> {
                    layers.connectedTo(target.connection(), target.password());
                    save(s.layer(), target.selectionOnly() ? selected : s.layer().features(), target);
                });
    }

    BackgroundTasks.Job<Long> save(Layer layer, List<Feature> features, PostgisDialog.SaveTarget target) {
        PostgisSpec spec = target.connection();
        String where = spec.label() + "/" + target.schema() + "." + target.table();
        view.status(UiText.get("pg.save.saving", features.size(), layer.title(), where));
        return view.tasks().submit(UiText.get("pg.task.save", layer.title(), where), job -> {
            try (PostgisConnection c = PostgisConnection.open(spec, layers.password(spec))) {
                return new PostgisLayerWriter().write(c, target.schema(), target.table(), features, target.mode());
            }
        }, n -> view.status(UiText.get("pg.save.saved", n, layer.title(), where)),
                e -> layers.reportError(UiText.get("pg.save.failed", layer.title()),
                        UiText.get("pg.save.failed.detail", PostgisDialog.explain(e))));
    }
}
