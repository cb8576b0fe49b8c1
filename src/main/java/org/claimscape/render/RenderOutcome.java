package org.claimscape.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.claimscape.model.Feature;

/**
 * What one drawing placed: the labels and the point symbols' boxes, in the surface's units. Immutable.
 *
 * @param labels   labels drawn, in placement order
 * @param symbols  point symbols drawn, bottom to top
 * @param complete false when the drawing was cancelled part way
 * @param callouts numbered callouts of crowded symbols (paper only), by number
 * @param cells    squares drawn for dense point layers ({@link PointDensity}), bottom layer first
 */
public record RenderOutcome(List<LabelPlacer.Placed> labels, List<Symbol> symbols, boolean complete,
                            List<Callout> callouts, List<PointDensity.Cell> cells) {

    public RenderOutcome {
        labels = List.copyOf(labels);
        symbols = List.copyOf(symbols);
        callouts = List.copyOf(callouts);
        cells = List.copyOf(cells);
    }

    public RenderOutcome(List<LabelPlacer.Placed> labels, List<Symbol> symbols, boolean complete,
                         List<Callout> callouts) {
        this(labels, symbols, complete, callouts, List.of());
    }

    public RenderOutcome(List<LabelPlacer.Placed> labels, List<Symbol> symbols, boolean complete) {
        this(labels, symbols, complete, List.of());
    }

    /**
     * A point symbol on the surface.
     *
     * @param layerId the layer it belongs to
     * @param feature the feature
     * @param box     the symbol's box
     * @param badge   drawn on a badge with others, or on an island's list (its box is the badge's)
     */
    public record Symbol(String layerId, Feature feature, Rectangle2D box, boolean badge) {
    }
}
