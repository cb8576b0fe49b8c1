package org.claimscape.ui.explorer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import org.claimscape.ui.edit.EditHistory;
import org.claimscape.ui.text.UiText;

/**
 * Records the layer panel's changes into the {@link EditHistory}: a layer shown or hidden, its opacity (a slider
 * drag is one step), and the order of the layers (a layer dragged to another place). Layers added or removed are
 * recorded by whoever adds or removes them (the user's layers, {@code ui.data.UserLayers}), which knows how to put
 * them back; here such changes only move the baseline. Edits name layers by id, so a step still applies after
 * its layer was replaced by a renamed copy. FX thread only.
 */
public final class LayerEdits {

    private final ExplorerModel model;
    private final EditHistory history;
    private final ChangeListener<Boolean> visible;
    private final ChangeListener<Number> opacity;
    private List<LayerState> known;

    /** Starts recording the model's layer changes into the history. */
    public static LayerEdits attach(ExplorerModel model, EditHistory history) {
        return new LayerEdits(model, history);
    }

    private LayerEdits(ExplorerModel model, EditHistory history) {
        this.model = model;
        this.history = history;
        visible = (o, was, now) -> {
            String id = idOf(o);
            if (id != null && !Objects.equals(was, now)) {
                history.record(EditHistory.of(UiText.get(now ? "edit.show" : "edit.hide", title(id)),
                        () -> setVisible(id, was), () -> setVisible(id, now)));
            }
        };
        opacity = (o, was, now) -> {
            String id = idOf(o);
            if (id != null) {
                double before = was.doubleValue();
                double after = now.doubleValue();
                history.record(EditHistory.of(UiText.get("edit.opacity", title(id)),
                        () -> setOpacity(id, before), () -> setOpacity(id, after)), "opacity:" + id);
            }
        };
        known = new ArrayList<>(model.layers());
        known.forEach(this::watch);
        model.layers().addListener((ListChangeListener<LayerState>) c -> layersChanged());
    }

    private void watch(LayerState s) {
        s.visibleProperty().addListener(visible);
        s.opacityProperty().addListener(opacity);
    }

    private void unwatch(LayerState s) {
        s.visibleProperty().removeListener(visible);
        s.opacityProperty().removeListener(opacity);
    }

    private static String idOf(javafx.beans.value.ObservableValue<?> o) {
        return o instanceof javafx.beans.property.Property<?> p && p.getBean() instanceof LayerState s ? s.id() : null;
    }

    private void layersChanged() {
        List<LayerState> now = new ArrayList<>(model.layers());
        List<LayerState> before = known;
        known = now;
        for (LayerState s : before) {
            if (!now.contains(s)) {
                unwatch(s);
            }
        }
        for (LayerState s : now) {
            if (!before.contains(s)) {
                watch(s);
            }
        }
        if (before.equals(now) || !new HashSet<>(before).equals(new HashSet<>(now))) {
            return;
        }
        List<String> from = ids(before);
        List<String> to = ids(now);
        String moved = movedLayer(from, to);
        history.record(EditHistory.of(moved == null ? UiText.get("edit.order")
                        : UiText.get("edit.move", title(moved)), () -> model.applyOrder(from),
                () -> model.applyOrder(to)));
    }

    /* The one layer whose move turns one order into the other, or null when it took more than one. */
    private static String movedLayer(List<String> from, List<String> to) {
        for (String id : from) {
            List<String> a = new ArrayList<>(from);
            List<String> b = new ArrayList<>(to);
            a.remove(id);
            b.remove(id);
            if (a.equals(b)) {
                return id;
            }
        }
        return null;
    }

    private static List<String> ids(List<LayerState> layers) {
        List<String> out = new ArrayList<>();
        layers.forEach(s -> out.add(s.id()));
        return out;
    }

    private void setVisible(String id, boolean v) {
        LayerState s = model.layer(id);
        if (s != null) {
            s.visibleProperty().set(v);
        }
    }

    private void setOpacity(String id, double v) {
        LayerState s = model.layer(id);
        if (s != null) {
            s.opacityProperty().set(v);
        }
    }

    private String title(String id) {
        LayerState s = model.layer(id);
        return UiText.layerTitle(id, s == null ? id : s.title());
    }
}
