package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.INK;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.ClaimComparisonOp;
import org.claimscape.analysis.ClaimDifference;
import org.claimscape.render.ComparisonColours;
import org.claimscape.render.MapViewport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A claim comparison on a briefing page: the land in claim A only, B only and both drawn over the map, and a
 * box with the key and the numbers per island (km², equal-area). Immutable.
 *
 * @param difference the land split by the two claims (lon/lat)
 * @param numbers    the areas per island and in total
 * @param titleA     readable name of claim A
 * @param titleB     readable name of claim B
 */
public record ComparisonOverlay(ClaimDifference difference, ClaimComparison numbers, String titleA,
                                String titleB) {

    /* The window's colours (ComparisonColours: one palette for screen and paper), as opaque as there. */
    private static final int LAND_ALPHA = (int) Math.round(ComparisonColours.LAND_ALPHA * 255);

    private static final float TEXT = 6.5f;
    private static final double ROW = 8.6;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public ComparisonOverlay {
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(numbers, "numbers");
        titleA = titleA == null ? numbers.claimA() : titleA;
        titleB = titleB == null ? numbers.claimB() : titleB;
    }

    /** Size of the key-and-numbers box in points: {width, height}. */
    private static final double WIDTH = 262;

    public double[] boxSize() {
        double keys = (keyLines("A only — " + titleA).size() + keyLines("B only — " + titleB).size()
                + keyLines("Both claims").size()) * ROW;
        return new double[] {WIDTH, 30 + keys + (numbers.islands().size() + 2) * ROW + 6};
    }

    /** Draws the three land classes; the surface's unit is the map pixel of {@code vp}. */
    public void drawOnMap(Graphics2D g, MapViewport vp) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            fill(g2, vp, difference.aOnly(), ComparisonColours.A_ONLY);
            fill(g2, vp, difference.bOnly(), ComparisonColours.B_ONLY);
            fill(g2, vp, difference.both(), ComparisonColours.BOTH);
        } finally {
            g2.dispose();
        }
    }

    private static void fill(Graphics2D g, MapViewport vp, Geometry geom, Color c) {
        if (geom == null || geom.isEmpty()) {
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            if (geom.getGeometryN(i) instanceof Polygon p) {
                ring(path, vp, p.getExteriorRing().getCoordinates());
                for (int k = 0; k < p.getNumInteriorRing(); k++) {
                    ring(path, vp, p.getInteriorRingN(k).getCoordinates());
                }
            }
        }
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), LAND_ALPHA));
        g.fill(path);
        g.setColor(c.darker());
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }

    private static void ring(Path2D.Double path, MapViewport vp, Coordinate[] cs) {
        for (int i = 0; i < cs.length; i++) {
            double x = vp.x(cs[i].x);
            double y = vp.y(cs[i].y);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
    }

    /** Draws the key and the table of areas into the box (points). */
    public void drawBox(Graphics2D g, Rectangle2D box) {
        PageStyle.panel(g, box, 238);
        double x = box.getX() + 6;
        double y = box.getY() + 10;
        String when = numbers.date() == null ? "" : " (as of " + DATE.format(numbers.date()) + ")";
        PageText.draw(g, "Claim comparison" + when, x, y, 7.5f, true, INK);
        y += 4;
        y += key(g, x, y, ComparisonColours.A_ONLY, "A only — " + titleA);
        y += key(g, x, y, ComparisonColours.B_ONLY, "B only — " + titleB);
        y += key(g, x, y, ComparisonColours.BOTH, "Both claims");
        y += 10;
        double[] cols = {x, x + 88, x + 122, x + 156, x + 190, x + 224};
        String[] head = {"Island (land, km²)", "Land", "A only", "B only", "Both", "Neither"};
        for (int i = 0; i < head.length; i++) {
            if (i == 0) {
                PageText.draw(g, head[i], cols[i], y, TEXT, true, INK);
            } else {
                PageText.drawRight(g, head[i], cols[i] + 28, y, TEXT, true, INK);
            }
        }
        g.setColor(GREY);
        g.setStroke(new BasicStroke(0.3f));
        g.draw(new Line2D.Double(x, y + 2, box.getMaxX() - 6, y + 2));
        y += ROW;
        List<ClaimComparison.Row> rows = new ArrayList<>(numbers.islands());
        rows.add(numbers.total());
        for (int r = 0; r < rows.size(); r++) {
            ClaimComparison.Row row = rows.get(r);
            boolean total = r == rows.size() - 1;
            if (total) {
                g.setColor(GREY);
                g.draw(new Line2D.Double(x, y - ROW + 2.5, box.getMaxX() - 6, y - ROW + 2.5));
            }
            String name = row.names() == null || row.names().en() == null ? row.id() : row.names().en();
            PageText.draw(g, name, cols[0], y, TEXT, total, INK);
            double[] v = {row.landKm2(), row.aOnlyKm2(), row.bOnlyKm2(), row.bothKm2(), row.neitherKm2()};
            for (int i = 0; i < v.length; i++) {
                PageText.drawRight(g, km2(v[i]), cols[i + 1] + 28, y, TEXT, total, INK);
            }
            y += ROW;
        }
        PageText.draw(g, "Areas on the WGS 84 ellipsoid (equal-area overlay of the bundled coastlines).", x,
                box.getMaxY() - 4, 5f, false, GREY);
    }

    /* A key's label, wrapped to the box rather than cut. */
    private static List<String> keyLines(String label) {
        return PageText.wrap(label, TEXT, false, WIDTH - 12 - 16);
    }

    /* Draws a key (swatch and wrapped label); returns the height it took. */
    private static double key(Graphics2D g, double x, double y, Color c, String label) {
        Rectangle2D sw = new Rectangle2D.Double(x, y + 1, 12, 6);
        g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), LAND_ALPHA));
        g.fill(sw);
        g.setColor(c.darker());
        g.setStroke(new BasicStroke(0.6f));
        g.draw(sw);
        List<String> lines = keyLines(label);
        double ty = y + 7;
        for (String line : lines) {
            PageText.draw(g, line, x + 16, ty, TEXT, false, INK);
            ty += ROW;
        }
        return lines.size() * ROW;
    }

    private static String km2(double v) {
        return v < 0.05 ? "–" : String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.1f", v);
    }
}
