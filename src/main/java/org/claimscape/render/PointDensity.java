package org.claimscape.render;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.locationtech.jts.geom.Envelope;

/**
 * When a user's point layer has more than {@link #THRESHOLD} points in view, the map shows it as squares of the
 * map grid (32–64 pixels a side, fixed to the map so they stay put while panning), each shaded and marked with the
 * number of the layer's points in it, as density maps and QGIS' point cluster renderer do: a million symbols
 * would cover the map and take seconds to draw. With fewer in view the points are drawn as symbols, as always.
 * No point is moved or dropped: every point in view is in exactly one square's count, and the legend says what
 * the squares are ({@link LegendEntry.Kind#DENSITY}). The bundled layers keep their own cartography.
 *
 * <p>The squares are the quadtree's: level {@link #level(double)} of the zoom, counted with the layer's
 * {@link PointGrid}, so a map costs O(squares in view), whatever the number of points. Used by the renderer,
 * the picker and the legend alike, so that what is clicked and explained is what was drawn. Stateless.
 */
public final class PointDensity {

    /** Points of one layer in view above which the layer is drawn as squares. */
    public static final int THRESHOLD = 3000;

    /** log2 of the smallest side of a square, pixels: squares are 2^5 = 32 to 64 pixels. */
    private static final int MIN_SIDE_LOG2 = 5;

    /**
     * A square of the map and the number of a layer's points in it.
     *
     * @param layerId the layer counted
     * @param level   quadtree level (2^level squares across the world)
     * @param column  from 180° W
     * @param row     from the north limit of Web Mercator
     * @param count   the layer's points in the square (at the drawing's date), at least 1
     * @param box     the square on the drawing's surface
     */
    public record Cell(String layerId, int level, long column, long row, int count, Rectangle2D box) {

        /** The square in longitude and latitude (degrees): west and north edges included, east and south not. */
        public Envelope bounds() {
            double n = Math.pow(2, level);
            return new Envelope(MapViewport.lonOfUnit(column / n), MapViewport.lonOfUnit((column + 1) / n),
                    MapViewport.latOfUnit((row + 1) / n), MapViewport.latOfUnit(row / n));
        }
    }

    private PointDensity() {
    }

    /** The quadtree level whose squares are 32 to 64 pixels at the zoom. */
    public static int level(double zoom) {
        int level = (int) Math.floor(zoom + 8 - MIN_SIDE_LOG2 + 1e-9);
        return Math.max(0, Math.min(PointGrid.BITS, level));
    }

    /**
     * The squares the request draws for one of its layers, with at least one point each, row by row; null when
     * the layer is drawn with its own symbols (a bundled layer, not drawn at the zoom, or no more than
     * {@link #THRESHOLD} of its points in the squares over the view).
     */
    public static List<Cell> cells(RenderRequest request, int layerIndex) {
        LayerView view = request.layers().get(layerIndex);
        MapViewport vp = request.viewport();
        if (!view.drawnAt(vp.zoom()) || !mayAggregate(view.layer())) {
            return null;
        }
        PointGrid grid = PointGrid.of(view.layer());
        if (grid.size() <= THRESHOLD) {
            return null;
        }
        grid = grid.at(request.date());
        double left = (0 - vp.xOfUnit(0)) / vp.worldSize();
        double right = (vp.width() - vp.xOfUnit(0)) / vp.worldSize();
        double top = (0 - vp.yOfUnit(0)) / vp.worldSize();
        double bottom = (vp.height() - vp.yOfUnit(0)) / vp.worldSize();
        List<Cell> out = squares(grid, view.layer().id(), level(vp.zoom()), left, right, top, bottom, vp);
        return out == null ? null : Collections.unmodifiableList(out);
    }

    /**
     * Whether a map of the extent (lon/lat) at the zoom and date draws the layer as squares: the decision of
     * {@link #cells(RenderRequest, int)} for a viewport showing that extent, without a viewport (the legend's).
     */
    public static boolean aggregates(LayerView view, Envelope extent, double zoom, LocalDate date) {
        if (!view.drawnAt(zoom) || !mayAggregate(view.layer()) || extent == null || extent.isNull()) {
            return false;
        }
        PointGrid grid = PointGrid.of(view.layer());
        if (grid.size() <= THRESHOLD) {
            return false;
        }
        return squares(grid.at(date), view.layer().id(), level(zoom), MapViewport.unitX(extent.getMinX()),
                MapViewport.unitX(extent.getMaxX()), MapViewport.unitY(extent.getMaxY()),
                MapViewport.unitY(extent.getMinY()), null) != null;
    }

    /*
     * The non-empty squares over the unit Web Mercator box, row by row, with their boxes on vp's surface (none
     * without vp); null when they hold no more than THRESHOLD points.
     */
    private static List<Cell> squares(PointGrid grid, String layerId, int level, double left, double right,
                                      double top, double bottom, MapViewport vp) {
        if (right <= 0 || left >= 1 || bottom <= 0 || top >= 1) {
            return null;
        }
        double n = Math.pow(2, level);
        long last = (long) n - 1;
        long i0 = clamp((long) Math.floor(left * n), last);
        long i1 = clamp((long) Math.ceil(right * n) - 1, last);
        long j0 = clamp((long) Math.floor(top * n), last);
        long j1 = clamp((long) Math.ceil(bottom * n) - 1, last);
        List<Cell> out = new ArrayList<>();
        long total = 0;
        for (long j = j0; j <= j1; j++) {
            double y0 = vp == null ? 0 : vp.yOfUnit(j / n);
            double y1 = vp == null ? 0 : vp.yOfUnit((j + 1) / n);
            for (long i = i0; i <= i1; i++) {
                int count = grid.count(level, i, j);
                if (count > 0) {
                    double x0 = vp == null ? 0 : vp.xOfUnit(i / n);
                    double x1 = vp == null ? 0 : vp.xOfUnit((i + 1) / n);
                    out.add(new Cell(layerId, level, i, j, count, new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0)));
                    total += count;
                }
            }
        }
        return total > THRESHOLD ? out : null;
    }

    /** {@link #cells(RenderRequest, int)} for every layer of the request, by layer index. */
    public static List<List<Cell>> of(RenderRequest request) {
        List<List<Cell>> out = new ArrayList<>(request.layers().size());
        for (int li = 0; li < request.layers().size(); li++) {
            out.add(cells(request, li));
        }
        return out;
    }

    /**
     * Whether the layer is one that may be drawn as squares: not a bundled layer (those keep their cartography) and
     * more than {@link #THRESHOLD} features, so a small layer never pays for a grid.
     */
    public static boolean mayAggregate(Layer layer) {
        return layer.size() > THRESHOLD && !LayerIds.BUNDLED.contains(layer.id());
    }

    private static long clamp(long v, long last) {
        return Math.max(0, Math.min(last, v));
    }
}
