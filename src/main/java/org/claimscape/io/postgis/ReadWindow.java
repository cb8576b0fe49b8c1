package org.claimscape.io.postgis;

import org.locationtech.jts.geom.Envelope;

/**
 * What a live layer reads for a view, and whether what it read still serves a later view: a box twice the view
 * each way (so panning stays inside it for a while), or the whole table when that box would hold it anyway; lines
 * and areas simplified to half a pixel below {@value #FULL_DETAIL_ZOOM}, as stored from there on. A read serves a
 * view that lies inside its box, at a simplification at most twice as coarse as the view needs (points are never
 * simplified, so any box that holds the view serves). Immutable.
 *
 * @param box       the box read, in degrees (x = longitude), or null for the whole table
 * @param tolerance the simplification in degrees (0: as stored)
 * @param points    whether the table holds points
 */
public record ReadWindow(Envelope box, double tolerance, boolean points) {

    /** From this zoom on, lines and areas are read as stored. */
    public static final double FULL_DETAIL_ZOOM = 13;

    /**
     * The read for a view.
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
        return new ReadWindow(whole ? null : box, tolerance(zoom, points), points);
    }

    /** Half a pixel at the zoom, in degrees of longitude; 0 for points and from {@link #FULL_DETAIL_ZOOM} on. */
    public static double tolerance(double zoom, boolean points) {
        return points || zoom >= FULL_DETAIL_ZOOM ? 0 : 0.5 * 360 / (256 * Math.pow(2, zoom));
    }

    /** Whether the whole table was read. */
    public boolean whole() {
        return box == null;
    }

    /** Whether what this read gave serves a view at a zoom. */
    public boolean serves(Envelope view, double zoom) {
        return (box == null || box.contains(view))
                && (points || tolerance <= tolerance(zoom, false) * 2 + 1e-12);
    }

    /** A reader set up for this read. */
    public PostgisLayerReader reader(PostgisLayerReader base) {
        return base.withBounds(box).withTolerance(tolerance);
    }
}
