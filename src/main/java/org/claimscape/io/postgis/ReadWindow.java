package org.claimscape.io.postgis;

import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * What a live layer reads for a view, and whether what it read still serves a later view: a box twice the view
 * each way (so panning stays inside it for a while), or the whole table when that box would hold it anyway; lines
 * and areas simplified to half a pixel below {@value #FULL_DETAIL_ZOOM}, as stored from there on; points thinned
 * by the server to one per grid cell when the box holds more than {@value #THIN_ABOVE} rows (so a small scale
 * over a million-row table reads tens of thousands of rows, not a million). A read serves a view that lies inside
 * its box, at a simplification at most twice as coarse as the view needs; an unthinned read of points serves any
 * zoom, a thinned one up to one zoom level deeper than it was read for. Immutable.
 *
 * @param box       the box read, in degrees (x = longitude), or null for the whole table
 * @param tolerance the simplification in degrees (0: as stored)
 * @param points    whether the table holds points
 * @param cell      the side of the thinning grid's cells in degrees (0: every row)
 * @param zoom      the zoom read for
 */
public record ReadWindow(Envelope box, double tolerance, boolean points, double cell, double zoom) {

    /** From this zoom on, lines and areas are read as stored. */
    public static final double FULL_DETAIL_ZOOM = 13;

    /** Points are thinned when the box holds more rows than this (the planner's estimate). */
    public static final long THIN_ABOVE = 100_000;

    /** About how many cells a thinned read's grid lays over the part of the box the table fills. */
    public static final long THIN_CELLS = 40_000;

    /**
     * The read for a view, every row in its box (see {@link #plan} for one that thins a large table's points).
     *
     * @param view   the view's box in degrees
     * @param zoom   the slippy-map zoom
     * @param extent the table's extent in degrees, or null when unknown
     * @param points whether the table holds points
     */
    public static ReadWindow forView(Envelope view, double zoom, Envelope extent, boolean points) {
        Envelope box = new Envelope(view);
        box.expandBy(view.getWidth() / 2, view.getHeight() / 2);
        boolean whole = extent == null || extent.isNull() || box.contains(extent);
        return new ReadWindow(whole ? null : box, tolerance(zoom, points), points, 0, zoom);
    }

    /**
     * The read for a view of a table, thinned when the planner expects more than {@value #THIN_ABOVE} point rows
     * in its box. Asks the server for the estimate (an {@code EXPLAIN}, about a millisecond).
     */
    public static ReadWindow plan(PostgisConnection connection, PostgisTable table, Envelope view, double zoom,
                                  Envelope extent) throws PostgisException {
        ReadWindow w = forView(view, zoom, extent, holdsPoints(table));
        if (!w.points()) {
            return w;
        }
        return w.thinned(w.reader(new PostgisLayerReader()).estimateRows(connection, table), extent);
    }

    /** Whether a table's geometry column holds points (or multipoints) only. */
    public static boolean holdsPoints(PostgisTable table) {
        String type = table.geometryType().toUpperCase(Locale.ROOT);
        return type.equals("POINT") || type.equals("MULTIPOINT");
    }

    /**
     * This read thinned for the number of rows its box holds: unchanged up to {@value #THIN_ABOVE} rows (and for
     * lines and areas); above, cells sized so that about {@value #THIN_CELLS} of them cover the part of the box
     * that the table's extent fills.
     */
    public ReadWindow thinned(long rowsInBox, Envelope extent) {
        if (!points || rowsInBox <= THIN_ABOVE) {
            return new ReadWindow(box, tolerance, points, 0, zoom);
        }
        Envelope filled = box == null ? extent : extent == null ? box : box.intersection(extent);
        if (filled == null || filled.isNull() || filled.getArea() <= 0) {
            return new ReadWindow(box, tolerance, points, 0, zoom);
        }
        return new ReadWindow(box, tolerance, points, Math.sqrt(filled.getArea() / THIN_CELLS), zoom);
    }

    /** Half a pixel at the zoom, in degrees of longitude; 0 for points and from {@link #FULL_DETAIL_ZOOM} on. */
    public static double tolerance(double zoom, boolean points) {
        return points || zoom >= FULL_DETAIL_ZOOM ? 0 : 0.5 * 360 / (256 * Math.pow(2, zoom));
    }

    /** Whether the whole table was read. */
    public boolean whole() {
        return box == null;
    }

    /** Whether the points were thinned to one per cell. */
    public boolean isThinned() {
        return cell > 0;
    }

    /** Whether what this read gave serves a view at a zoom. */
    public boolean serves(Envelope view, double zoom) {
        if (box != null && !box.contains(view)) {
            return false;
        }
        if (points) {
            return cell == 0 || zoom < this.zoom + 1;
        }
        return tolerance <= tolerance(zoom, false) * 2 + 1e-12;
    }

    /** Whether this read would give the same rows as another (same box, simplification and grid). */
    public boolean readsTheSameAs(ReadWindow other) {
        return other != null && (box == null ? other.box == null : box.equals(other.box))
                && tolerance == other.tolerance && cell == other.cell && points == other.points;
    }

    /** A reader set up for this read. */
    public PostgisLayerReader reader(PostgisLayerReader base) {
        return base.withBounds(box).withTolerance(tolerance).withThinning(cell);
    }
}
