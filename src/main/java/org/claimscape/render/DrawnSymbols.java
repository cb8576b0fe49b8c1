package org.claimscape.render;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The point symbols one drawing placed (its {@link RenderOutcome}), indexed by position, so that a click on that
 * drawing is tested against exactly what it shows, numbered badges included, without laying the symbols out
 * again: {@link FeaturePicker#pick(DrawnSymbols, double, double, double)} then costs microseconds
 * however many symbols are in view. Coordinates are the drawing's viewport pixels. Immutable, thread-safe.
 */
public final class DrawnSymbols {

    /** Side of an index cell, pixels: a few symbols wide. */
    private static final double CELL = 32;
    private static final int[] NONE = new int[0];

    private final RenderRequest request;
    private final List<RenderOutcome.Symbol> symbols;
    /* Cell (x, y) packed in a long → indices of the symbols whose box meets it, ascending (drawing order). */
    private final Map<Long, int[]> cells;

    private DrawnSymbols(RenderRequest request, List<RenderOutcome.Symbol> symbols, Map<Long, int[]> cells) {
        this.request = request;
        this.symbols = symbols;
        this.cells = cells;
    }

    /** Indexes what drawing {@code request} placed. */
    public static DrawnSymbols of(RenderRequest request, RenderOutcome outcome) {
        List<RenderOutcome.Symbol> symbols = outcome.symbols();
        Map<Long, int[]> lists = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            Rectangle2D b = symbols.get(i).box();
            for (long cy = cell(b.getMinY()); cy <= cell(b.getMaxY()); cy++) {
                for (long cx = cell(b.getMinX()); cx <= cell(b.getMaxX()); cx++) {
                    long key = key(cx, cy);
                    int n = sizes.getOrDefault(key, 0);
                    int[] l = lists.getOrDefault(key, NONE);
                    if (n == l.length) {
                        l = Arrays.copyOf(l, Math.max(4, n * 2));
                        lists.put(key, l);
                    }
                    l[n] = i;
                    sizes.put(key, n + 1);
                }
            }
        }
        lists.replaceAll((k, l) -> Arrays.copyOf(l, sizes.get(k)));
        return new DrawnSymbols(request, symbols, lists);
    }

    /** The request that was drawn. */
    public RenderRequest request() {
        return request;
    }

    /** Symbols whose box comes within {@code tolerance} of (x, y), in drawing order (bottom first). */
    List<RenderOutcome.Symbol> near(double x, double y, double tolerance) {
        java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
        for (long cy = cell(y - tolerance); cy <= cell(y + tolerance); cy++) {
            for (long cx = cell(x - tolerance); cx <= cell(x + tolerance); cx++) {
                for (int i : cells.getOrDefault(key(cx, cy), NONE)) {
                    found.add(i);
                }
            }
        }
        List<RenderOutcome.Symbol> out = new java.util.ArrayList<>(found.size());
        for (int i : found) {
            out.add(symbols.get(i));
        }
        return out;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
