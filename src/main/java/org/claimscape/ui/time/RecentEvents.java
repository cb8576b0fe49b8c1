package org.claimscape.ui.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;

/**
 * The events layer as the time slider shows it: an event is a moment, so at a date the map shows the events of
 * the {@value #MONTHS} months up to that date. Each event is drawn with its end extended by that window; the
 * picked copy maps back to the original, whose dates the info panel shows. Immutable.
 */
public final class RecentEvents {

    /** How far back from the date events are shown. */
    public static final int MONTHS = 12;

    private final Layer original;
    private final Layer widened;
    private final Map<Feature, Feature> originals = new IdentityHashMap<>();

    public RecentEvents(Layer events) {
        this.original = events;
        List<Feature> out = new ArrayList<>();
        for (Feature f : events.features()) {
            LocalDate to = f.validity().to();
            if (to == null) {
                out.add(f);
                continue;
            }
            Map<String, Object> props = new LinkedHashMap<>(f.properties());
            props.put("valid_to", to.plusMonths(MONTHS).toString());
            if (f.validity().from() == null) {
                props.remove("valid_from");
            }
            Feature w = new Feature(f.rawId(), f.geometry(), props);
            originals.put(w, f);
            out.add(w);
        }
        this.widened = new Layer(events.id(), events.title(), out);
    }

    /** The layer to draw and pick at a date (null date: the layer itself, every event shown). */
    public Layer layerFor(LocalDate date) {
        return date == null ? original : widened;
    }

    /** The event as loaded, for a feature of {@link #layerFor} (other features come back unchanged). */
    public Feature original(Feature f) {
        Feature o = originals.get(f);
        return o == null ? f : o;
    }
}
