package org.claimscape.export;

import static org.claimscape.export.BriefingPageRenderer.PX_PER_PT;

import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimscape.model.Feature;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Precision;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.StyleCatalog;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where the scale bar goes: the corner of the map frame with the least land and no sites under it, so that it
 * covers sea rather than an island (a scale bar over Shikotan hides what the page is about). Stateless.
 */
final class EmptyCorner {

    private static final double INSET = 6;
    private static final int SAMPLES_X = 10;
    private static final int SAMPLES_Y = 5;
    /* One site under the box weighs as much as a fifth of the box being land. */
    private static final double SITE_WEIGHT = SAMPLES_X * SAMPLES_Y / 5.0;
    /* One disputed island under the box weighs as much as three fifths of the box being land. */
    private static final double ISLAND_WEIGHT = SAMPLES_X * SAMPLES_Y * 3 / 5.0;

    private EmptyCorner() {
    }

    /**
     * The scale bar's box in the emptiest corner: bottom left, bottom right or top left (the north arrow holds the
     * top right), and never on the comparison's box or a box the user placed on the map, unless each corner is.
     * Ties go to bottom left, where readers look for it.
     */
    static Rectangle2D scaleBarBox(BriefingPageRenderer.Layout layout, double[] size, MapViewport vp,
                                   List<LayerView> layers, LocalDate date, List<Rectangle2D> avoid) {
        Rectangle2D map = layout.map();
        double w = size[0];
        double h = size[1];
        List<Rectangle2D> corners = new ArrayList<>(List.of(
                new Rectangle2D.Double(map.getX() + INSET, map.getMaxY() - h - INSET, w, h),
                new Rectangle2D.Double(map.getMaxX() - w - INSET, map.getMaxY() - h - INSET, w, h),
                new Rectangle2D.Double(map.getX() + INSET, map.getY() + INSET, w, h)));
        List<Rectangle2D> free = new ArrayList<>(corners);
        free.removeIf(c -> avoid.stream().anyMatch(c::intersects));
        if (free.isEmpty()) {
            // Every corner is covered (boxes the user placed on a small map): the ones covered least.
            double least = corners.stream().mapToDouble(c -> covered(c, avoid)).min().orElse(0);
            corners.stream().filter(c -> covered(c, avoid) <= least + 1e-9).forEach(free::add);
        }
        corners = free;
        Rectangle2D best = corners.get(0);
        double bestScore = Double.MAX_VALUE;
        for (Rectangle2D c : corners) {
            double score = score(c, map, vp, layers, date);
            if (score < bestScore - 1e-9) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The emptiest of the frame's corners for a box of that size that overlaps none of {@code taken} (the top
     * right corner starts below the north arrow), or null when every corner is taken.
     */
    static Rectangle2D place(double w, double h, Rectangle2D map, List<Rectangle2D> taken, MapViewport vp,
                             List<LayerView> layers, LocalDate date) {
        List<Rectangle2D> corners = List.of(
                new Rectangle2D.Double(map.getX() + INSET, map.getY() + INSET, w, h),
                new Rectangle2D.Double(map.getMaxX() - w - INSET, map.getY() + 44, w, h),
                new Rectangle2D.Double(map.getX() + INSET, map.getMaxY() - h - INSET, w, h),
                new Rectangle2D.Double(map.getMaxX() - w - INSET, map.getMaxY() - h - INSET, w, h));
        /* A corner taken by another box (the scale bar) also offers the place just inside it, stacked. */
        List<Rectangle2D> tries = new ArrayList<>(corners);
        for (Rectangle2D c : corners) {
            for (Rectangle2D t : taken) {
                if (t.intersects(c)) {
                    boolean top = c.getY() < map.getCenterY();
                    tries.add(new Rectangle2D.Double(c.getX(), top ? t.getMaxY() + INSET : t.getY() - INSET - h, w, h));
                }
            }
        }
        Rectangle2D best = null;
        double bestScore = Double.MAX_VALUE;
        for (Rectangle2D c : tries) {
            if (c.getMaxY() > map.getMaxY() || c.getY() < map.getY() || taken.stream().anyMatch(c::intersects)) {
                continue;
            }
            double score = score(c, map, vp, layers, date);
            if (score < bestScore - 1e-9) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /* The area of the box the others cover (overlaps counted once per box). */
    private static double covered(Rectangle2D box, List<Rectangle2D> others) {
        double area = 0;
        for (Rectangle2D o : others) {
            Rectangle2D i = box.createIntersection(o);
            if (!i.isEmpty()) {
                area += i.getWidth() * i.getHeight();
            }
        }
        return area;
    }

    /* Land samples under the box plus a weight per site symbol under it. */
    private static double score(Rectangle2D box, Rectangle2D map, MapViewport vp, List<LayerView> layers,
                                LocalDate date) {
        double x0 = (box.getX() - map.getX()) * PX_PER_PT;
        double y0 = (box.getY() - map.getY()) * PX_PER_PT;
        double x1 = x0 + box.getWidth() * PX_PER_PT;
        double y1 = y0 + box.getHeight() * PX_PER_PT;
        Envelope env = new Envelope(vp.lon(x0), vp.lon(x1), vp.lat(y1), vp.lat(y0));
        GeometryFactory gf = new GeometryFactory();
        List<PreparedGeometry> land = new ArrayList<>();
        double sites = 0;
        for (LayerView v : layers) {
            if (!v.visible() || !v.drawnAt(vp.zoom())) {
                continue;
            }
            boolean basemap = StyleCatalog.isBasemap(v);
            for (Feature f : v.layer().query(env)) {
                if (f.geometry() == null || !f.isValidAt(date) || f.precision().orElse(null) == Precision.LABEL) {
                    continue;
                }
                if (basemap && f.geometry().getDimension() == 2) {
                    land.add(PreparedGeometryFactory.prepare(f.geometry()));
                } else if (!basemap && f.geometry().getDimension() == 0 && env.intersects(
                        f.geometry().getEnvelopeInternal())) {
                    sites++;
                } else if (LayerIds.ISLANDS.equals(v.layer().id()) && f.geometry().getDimension() == 2
                        && f.geometry().intersects(gf.toGeometry(env))) {
                    /* A disputed islet is the page's subject, however little land it is (samples can miss it): hiding
                       it costs more than covering a neighbour's coast. */
                    sites += ISLAND_WEIGHT / SITE_WEIGHT;
                }
            }
        }
        int covered = 0;
        for (int i = 0; i < SAMPLES_X; i++) {
            for (int j = 0; j < SAMPLES_Y; j++) {
                double px = x0 + (i + 0.5) * (x1 - x0) / SAMPLES_X;
                double py = y0 + (j + 0.5) * (y1 - y0) / SAMPLES_Y;
                Point p = gf.createPoint(new Coordinate(vp.lon(px), vp.lat(py)));
                for (PreparedGeometry g : land) {
                    if (g.covers(p)) {
                        covered++;
                        break;
                    }
                }
            }
        }
        return covered + SITE_WEIGHT * sites;
    }
}
