package org.claimscape.ui.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.io.postgis.PostgisConnection;
import org.claimscape.io.postgis.PostgisSpec;
import org.claimscape.io.postgis.PostgisTable;
import org.claimscape.io.postgis.ReadWindow;
import org.claimscape.model.Feature;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.explorer.LayerState;
import org.locationtech.jts.geom.Envelope;

/**
 * One table shown as a layer: the table, what was read of it, and the edits not saved yet. Its reads, saves and
 * connection run on its own lane, one at a time. FX thread, except the connection (lane only).
 */
final class PostgisLayer {

    final String id;
    final PostgisSpec spec;
    final BackgroundTasks.Lane lane;
    PostgisTable table;
    LayerState state;
    Envelope extent;
    /* Only touched on the lane. */
    PostgisConnection connection;
    /* What the shown features cover; null before the first read. */
    ReadWindow window;
    /* Bumped by each read asked for and by removal: a read's result is shown only if still the latest. */
    int generation;
    BackgroundTasks.Job<?> running;
    GeoJsonReadResult lastRead;
    boolean live;
    boolean styled;
    final Map<String, Feature> changed = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> changedValues = new LinkedHashMap<>();
    final List<Feature> added = new ArrayList<>();

    PostgisLayer(String id, PostgisSpec spec, BackgroundTasks.Lane lane) {
        this.id = id;
        this.spec = spec;
        this.lane = lane;
    }

    int pending() {
        return changed.size() + added.size();
    }

    void clearEdits() {
        changed.clear();
        changedValues.clear();
        added.clear();
    }

    String title() {
        return state.title();
    }

    /** The columns a feature's attributes are edited in (key and geometry left out). */
    List<String> columns() {
        List<String> out = new ArrayList<>();
        for (PostgisTable.Column c : table.columns()) {
            out.add(c.name());
        }
        return out;
    }

    /* New features are shown with the ids new-1, new-2, ... so they can be selected and edited. */
    List<Feature> displayedAdded() {
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            Feature f = added.get(i);
            out.add(new Feature("new-" + (i + 1), f.geometry(), f.properties()));
        }
        return out;
    }
}
