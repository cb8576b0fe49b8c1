package org.claimscape.export;

import static org.claimscape.export.BriefingPageRenderer.PX_PER_PT;
import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.INK;
import static org.claimscape.export.PageStyle.VEIL;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.claimscape.render.RenderText;
import org.claimscape.model.Viewpoint;
import java.util.List;
import java.util.ArrayList;
import org.claimscape.render.Graticule;
import org.claimscape.render.MapViewport;
import org.claimscape.render.ScaleBar;

/** What is drawn on and around the map frame, in page points: graticule, frame, scale bar, north arrow. Stateless. */
final class MapFurniture {

    private static final Color GRATICULE = new Color(0x30, 0x40, 0x50, 90);

    private MapFurniture() {
    }

    /** Graticule lines inside the frame, the frame itself, and degree labels with ticks outside it. */
    static void drawGraticule(Graphics2D g, Rectangle2D frame, MapViewport vp) {
        Graticule grid = Graticule.of(vp, 7);
        Graphics2D gg = (Graphics2D) g.create();
        try {
            gg.clip(frame);
            gg.setColor(GRATICULE);
            gg.setStroke(new BasicStroke(0.4f));
            for (double lon : grid.meridians()) {
                double x = frame.getX() + vp.x(lon) / PX_PER_PT;
                gg.draw(new Line2D.Double(x, frame.getY(), x, frame.getMaxY()));
            }
            for (double lat : grid.parallels()) {
                double y = frame.getY() + vp.y(lat) / PX_PER_PT;
                gg.draw(new Line2D.Double(frame.getX(), y, frame.getMaxX(), y));
            }
        } finally {
            gg.dispose();
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(frame);
        for (double lon : grid.meridians()) {
            double x = frame.getX() + vp.x(lon) / PX_PER_PT;
            if (x > frame.getX() + 8 && x < frame.getMaxX() - 8) {
                PageText.drawCentred(g, Graticule.lonLabel(lon), x, frame.getY() - 3.5, 6.5f, false, GREY);
                tick(g, x, frame.getY(), x, frame.getY() - 2);
            }
        }
        for (double lat : grid.parallels()) {
            double y = frame.getY() + vp.y(lat) / PX_PER_PT;
            if (y > frame.getY() + 12 && y < frame.getMaxY() - 12) {
                PageText.drawUp(g, Graticule.latLabel(lat), frame.getX() - 6, y, 6.5f, GREY);
                tick(g, frame.getX(), y, frame.getX() - 2, y);
            }
        }
    }

    private static void tick(Graphics2D g, double x0, double y0, double x1, double y1) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    static void drawScaleBar(Graphics2D g, Rectangle2D box, ScaleBar s, List<String> notes) {
        PageStyle.panel(g, box, VEIL.getAlpha());
        double x = box.getX() + 8;
        double y = box.getY() + 13;
        bar(g, x, y, s.kmLength(), s.km(), s.kmText(), s.km() < 1 ? 1000 : 1);
        bar(g, x, y + 15, s.nmLength(), s.nm(), s.nmText(), 1);
        double ny = y + 15 + 12;
        for (String n : notes) {
            PageText.draw(g, n, x, ny, NOTE, false, GREY);
            ny += NOTE_LEADING;
        }
    }

    private static final float NOTE = 5f;
    private static final double NOTE_LEADING = 6.2;

    /**
     * The notes under the scale bars: where the scale is true, and when the map shows more than the box asked
     * for (the box is kept whole and widened to the frame's shape, never cut), which way it was widened.
     */
    static List<String> scaleNotes(Viewpoint vp, ScaleBar s, Envelope asked, Envelope shown) {
        List<String> out = new ArrayList<>();
        out.add(RenderText.format(vp, "scale.true-at", String.format(Locale.ROOT, "%.1f°%s",
                Math.abs(s.latitude()), s.latitude() >= 0 ? "N" : "S")));
        if (asked != null && shown != null) {
            if (shown.getWidth() > asked.getWidth() * 1.03) {
                out.add(RenderText.get(vp, "extent.widened-ew"));
            } else if (shown.getHeight() > asked.getHeight() * 1.03) {
                out.add(RenderText.get(vp, "extent.widened-ns"));
            }
        }
        return out;
    }

    /** The scale bar panel's size for these bars and notes, points: {width, height}. */
    static double[] scaleBarSize(ScaleBar s, List<String> notes) {
        double w = Math.max(s.kmLength(), s.nmLength()) + 34;
        for (String n : notes) {
            w = Math.max(w, PageText.width(n, NOTE, false) + 16);
        }
        return new double[] {w, 40 + notes.size() * NOTE_LEADING};
    }

    /** A plain scale line for a detail inset: the kilometre length with end ticks and its figure. */
    static void drawScaleLine(Graphics2D g, double x, double y, ScaleBar s) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.7f));
        g.draw(new Line2D.Double(x, y, x + s.kmLength(), y));
        g.draw(new Line2D.Double(x, y - 2, x, y));
        g.draw(new Line2D.Double(x + s.kmLength(), y - 2, x + s.kmLength(), y));
        PageText.draw(g, s.kmText(), x + s.kmLength() + 3, y + 1.5, 5.5f, false, INK);
    }

    /** One bar: two segments, black then white, with 0, half and full length labels. */
    private static void bar(Graphics2D g, double x, double y, double length, double value, String text,
                            double labelFactor) {
        double h = 3.2;
        g.setColor(INK);
        g.fill(new Rectangle2D.Double(x, y, length / 2, h));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x + length / 2, y, length / 2, h));
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.5f));
        g.draw(new Rectangle2D.Double(x, y, length, h));
        PageText.drawCentred(g, "0", x, y - 1.8, 5.5f, false, INK);
        PageText.drawCentred(g, number(value * labelFactor / 2), x + length / 2, y - 1.8, 5.5f, false, INK);
        PageText.draw(g, text, x + length - PageText.width(number(value * labelFactor), 5.5f, false) / 2,
                y - 1.8, 5.5f, false, INK);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v)
                : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static void drawNorthArrow(Graphics2D g, Rectangle2D box) {
        g.setColor(VEIL);
        g.fill(box);
        double cx = box.getCenterX();
        double top = box.getY() + 4;
        double bottom = box.getMaxY() - 12;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(cx, top);
        left.lineTo(cx - 6, bottom);
        left.lineTo(cx, bottom - 4);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(cx, top);
        right.lineTo(cx + 6, bottom);
        right.lineTo(cx, bottom - 4);
        right.closePath();
        g.setColor(INK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(right);
        PageText.drawCentred(g, "N", cx, box.getMaxY() - 3, 8f, true, INK);
    }
}
