package org.claimscape.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The point symbols one drawing placed (its {@link RenderOutcome}), indexed by their boxes (JTS {@link STRtree},
 * as {@link org.claimscape.model.Layer} indexes features), so that a click on that drawing is tested against exactly
 * what it shows, numbered badges included, without laying the symbols out again:
 * {@link FeaturePicker#pick(DrawnSymbols, double, double, double)} then costs microseconds however many symbols
 * are in view. Coordinates are the drawing's viewport pixels. Immutable, thread-safe.
 */
public final class DrawnSymbols {

    private final RenderRequest request;
    private final List<RenderOutcome.Symbol> symbols;
    private final List<PointDensity.Cell> cells;
    /* Box → position of the symbol in drawing order. */
    private final STRtree index = new STRtree();

    private DrawnSymbols(RenderRequest request, List<RenderOutcome.Symbol> symbols, List<PointDensity.Cell> cells) {
        this.request = request;
        this.symbols = symbols;
        this.cells = cells;
        for (int i = 0; i < symbols.size(); i++) {
            Rectangle2D b = symbols.get(i).box();
            index.insert(new Envelope(b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()), i);
        }
        index.build();
    }

    /** Indexes what drawing {@code request} placed. */
    public static DrawnSymbols of(RenderRequest request, RenderOutcome outcome) {
        return new DrawnSymbols(request, outcome.symbols(), outcome.cells());
    }

    /** The request that was drawn. */
    public RenderRequest request() {
        return request;
    }

    /** The squares drawn for dense point layers, bottom layer first. */
    List<PointDensity.Cell> cells() {
        return cells;
    }

    /** Symbols whose box comes within {@code tolerance} of (x, y), in drawing order (bottom first). */
    List<RenderOutcome.Symbol> near(double x, double y, double tolerance) {
        if (symbols.isEmpty()) {
            return List.of();
        }
        List<Integer> found = new ArrayList<>();
        for (Object i : index.query(new Envelope(x - tolerance, x + tolerance, y - tolerance, y + tolerance))) {
            found.add((Integer) i);
        }
        found.sort(null);
        List<RenderOutcome.Symbol> out = new ArrayList<>(found.size());
        for (int i : found) {
            out.add(symbols.get(i));
        }
        return out;
    }
}
