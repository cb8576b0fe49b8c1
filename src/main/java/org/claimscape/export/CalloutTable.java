package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.INK;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.claimscape.render.Callout;

/**
 * The table beside the map that names the numbered callouts of crowded symbols: number, name and what the
 * feature is, one line each, in columns when there are many. It lives in the legend's box, under the legend,
 * never on the map. Stateless.
 */
final class CalloutTable {

    private static final float TITLE = 7.5f;
    private static final float NAME = 6.5f;
    private static final float TYPE = 5.5f;
    private static final double ROW = 8.6;
    private static final double HEAD = 11;
    private static final double NUMBER_W = 11;
    /** The discs in the table, points: the map's disc at page size. */
    private static final double NUMBER_RADIUS = 3.9;

    private CalloutTable() {
    }

    /**
     * A laid out table.
     *
     * @param box     its box
     * @param columns column count
     * @param rows    the callouts listed, in order
     * @param left    callouts that did not fit
     */
    record Plan(Rectangle2D box, int columns, List<Callout> rows, int left) {
    }

    /** How tall a table of that many rows would be in the given width with at most maxHeight: 0 for none. */
    static double height(int count, double width, double maxHeight) {
        return Math.min(maxHeight, needs(count, width, maxHeight));
    }

    /** The height a whole table needs in a box of that width and height (more than the box when cut short). */
    static double needs(int count, double width, double maxHeight) {
        if (count == 0) {
            return 0;
        }
        return HEAD + Math.ceil(count / (double) columns(count, width, maxHeight)) * ROW + 2;
    }

    /* As many columns of a readable width as the box holds, or two narrow ones when one would be too long. */
    private static int columns(int count, double width, double maxHeight) {
        boolean tooLong = HEAD + count * ROW > maxHeight;
        int wide = (int) Math.min(3, Math.floor((width + 8) / 160));
        return Math.max(wide, tooLong && width >= 150 ? 2 : 1);
    }

    static Plan place(List<Callout> callouts, Rectangle2D box) {
        int columns = columns(callouts.size(), box.getWidth(), box.getHeight());
        int perColumn = Math.max(0, (int) ((box.getHeight() - HEAD - 2) / ROW));
        int fit = Math.min(callouts.size(), perColumn * columns);
        if (fit < callouts.size() && fit > 0) {
            fit--; // room for the "and N more" line
        }
        return new Plan(box, columns, List.copyOf(callouts.subList(0, fit)), callouts.size() - fit);
    }

    static void draw(Graphics2D g, Plan plan, String title) {
        if (plan.rows().isEmpty() && plan.left() == 0) {
            return;
        }
        Rectangle2D box = plan.box();
        PageText.draw(g, title, box.getX(), box.getY() + TITLE, TITLE, true, INK);
        int perColumn = Math.max(1, (int) Math.ceil((plan.rows().size() + (plan.left() > 0 ? 1 : 0))
                / (double) plan.columns()));
        double colW = (box.getWidth() - (plan.columns() - 1) * 8) / plan.columns();
        for (int i = 0; i < plan.rows().size(); i++) {
            Callout c = plan.rows().get(i);
            double x = box.getX() + (i / perColumn) * (colW + 8);
            double y = box.getY() + HEAD + (i % perColumn) * ROW;
            c.drawDisc(g, x + NUMBER_W / 2 - 1, y + ROW / 2 - 0.5, NUMBER_RADIUS);
            double textX = x + NUMBER_W + 2;
            double room = colW - NUMBER_W - 2;
            String name = fit(c.name(), NAME, room);
            PageText.draw(g, name, textX, y + 6.3, NAME, false, INK);
            double typeRoom = room - PageText.width(name, NAME, false) - 4;
            if (typeRoom > 20) {
                PageText.draw(g, fit(c.type(), TYPE, typeRoom), textX + room - typeRoom, y + 6.3, TYPE, false,
                        GREY);
            }
        }
        if (plan.left() > 0) {
            int i = plan.rows().size();
            PageText.draw(g, "… and " + plan.left() + " more", box.getX() + (i / perColumn) * (colW + 8),
                    box.getY() + HEAD + (i % perColumn) * ROW + 6.3, NAME, false, GREY);
        }
    }

    /** The text cut to the width, with an ellipsis when cut. */
    static String fit(String text, float size, double width) {
        if (PageText.width(text, size, false) <= width) {
            return text;
        }
        List<String> lines = PageText.wrap(text, size, false, width - PageText.width("…", size, false));
        return lines.isEmpty() ? "" : lines.get(0).stripTrailing() + "…";
    }
}
