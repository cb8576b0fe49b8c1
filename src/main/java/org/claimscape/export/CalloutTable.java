package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.INK;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.claimscape.render.Callout;

/**
 * The table beside the map that names the numbered callouts: number, name and what the feature is. Names and
 * types wrap onto more lines rather than being cut; rows run down as many columns as the width holds, balanced.
 * It lives beside or under the legend, never on the map. Stateless.
 */
final class CalloutTable {

    private static final float TITLE = 7.5f;
    private static final float NAME = 6.5f;
    private static final float TYPE = 5.5f;
    private static final double LINE = 7.6;
    private static final double ROW_GAP = 1.2;
    private static final double HEAD = 11;
    private static final double NUMBER_W = 11;
    private static final double COLUMN_GAP = 8;
    private static final double MIN_COLUMN = 150;
    /** The discs in the table, points: the map's disc at page size. */
    private static final double NUMBER_RADIUS = 3.9;

    private CalloutTable() {
    }

    /** One row as set: its lines, name first (ink), then the type (grey), and where it goes. */
    record Row(Callout callout, List<String> nameLines, List<String> typeLines, boolean typeOnLastNameLine,
               double x, double y, double height) {
    }

    /**
     * A laid out table.
     *
     * @param box     its box
     * @param rows    the rows placed, in order
     * @param left    callouts that did not fit (none when the box was sized with {@link #needs})
     */
    record Plan(Rectangle2D box, List<Row> rows, int left) {

        List<Callout> callouts() {
            return rows.stream().map(Row::callout).toList();
        }
    }

    /** How many columns a table of that width is set in. */
    private static int columns(double width) {
        return (int) Math.max(1, Math.min(3, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP))));
    }

    private static double columnWidth(double width) {
        int n = columns(width);
        return (width - (n - 1) * COLUMN_GAP) / n;
    }

    /** The height the whole table needs in a box of that width: 0 for no callouts. */
    static double needs(List<Callout> callouts, double width) {
        if (callouts.isEmpty()) {
            return 0;
        }
        List<Row> rows = rows(callouts, columnWidth(width));
        double total = rows.stream().mapToDouble(Row::height).sum();
        double tallest = rows.stream().mapToDouble(Row::height).max().orElse(0);
        // The least column height that takes every row, in order, in the columns available.
        double h = Math.max(tallest, total / columns(width));
        while (split(rows, h, columns(width)) < rows.size()) {
            h += 1;
        }
        return HEAD + h + 2;
    }

    /* How many rows fit, in order, in `columns` columns of height h. */
    private static int split(List<Row> rows, double h, int columns) {
        int col = 0;
        double y = 0;
        for (int i = 0; i < rows.size(); i++) {
            double rh = rows.get(i).height();
            if (y + rh > h + 1e-6) {
                col++;
                y = 0;
                if (col >= columns || rh > h + 1e-6) {
                    return i;
                }
            }
            y += rh;
        }
        return rows.size();
    }

    private static List<Row> rows(List<Callout> callouts, double colW) {
        double room = colW - NUMBER_W - 2;
        List<Row> out = new ArrayList<>(callouts.size());
        for (Callout c : callouts) {
            List<String> name = PageText.wrap(c.name(), NAME, false, room);
            String last = name.isEmpty() ? "" : name.get(name.size() - 1);
            double after = room - PageText.width(last, NAME, false) - 4;
            boolean sameLine = PageText.width(c.type(), TYPE, false) <= after;
            List<String> type = sameLine ? List.of(c.type()) : PageText.wrap(c.type(), TYPE, false, room);
            int lines = Math.max(1, name.size()) + (sameLine ? 0 : type.size());
            out.add(new Row(c, name, type, sameLine, 0, 0, lines * LINE + ROW_GAP));
        }
        return out;
    }

    /** The rows set in the box, down its columns. */
    static Plan place(List<Callout> callouts, Rectangle2D box) {
        int columns = columns(box.getWidth());
        double colW = columnWidth(box.getWidth());
        List<Row> rows = rows(callouts, colW);
        double h = box.getHeight() - HEAD - 2;
        double balanced = needs(callouts, box.getWidth()) - HEAD - 2;
        double limit = Math.min(h, Math.max(balanced, 0));
        int fit = split(rows, limit, columns);
        List<Row> placed = new ArrayList<>(fit);
        int col = 0;
        double y = 0;
        for (int i = 0; i < fit; i++) {
            Row r = rows.get(i);
            if (y + r.height() > limit + 1e-6) {
                col++;
                y = 0;
            }
            placed.add(new Row(r.callout(), r.nameLines(), r.typeLines(), r.typeOnLastNameLine(),
                    box.getX() + col * (colW + COLUMN_GAP), box.getY() + HEAD + y, r.height()));
            y += r.height();
        }
        return new Plan(box, placed, callouts.size() - fit);
    }

    static void draw(Graphics2D g, Plan plan, String title) {
        if (plan.rows().isEmpty() && plan.left() == 0) {
            return;
        }
        Rectangle2D box = plan.box();
        PageText.draw(g, title, box.getX(), box.getY() + TITLE, TITLE, true, INK);
        double colW = columnWidth(box.getWidth());
        for (Row r : plan.rows()) {
            Callout c = r.callout();
            c.drawDisc(g, r.x() + NUMBER_W / 2 - 1, r.y() + LINE / 2 + 0.2, NUMBER_RADIUS);
            double textX = r.x() + NUMBER_W + 2;
            double y = r.y() + 6;
            for (int i = 0; i < r.nameLines().size(); i++) {
                String line = r.nameLines().get(i);
                PageText.draw(g, line, textX, y, NAME, false, INK);
                boolean last = i == r.nameLines().size() - 1;
                if (last && r.typeOnLastNameLine()) {
                    String type = r.typeLines().get(0);
                    PageText.draw(g, type, r.x() + colW - PageText.width(type, TYPE, false), y, TYPE, false, GREY);
                }
                y += LINE;
            }
            if (!r.typeOnLastNameLine()) {
                for (String line : r.typeLines()) {
                    PageText.draw(g, line, textX + 4, y - 0.5, TYPE, false, GREY);
                    y += LINE;
                }
            }
        }
        if (plan.left() > 0) {
            PageText.draw(g, "+" + plan.left(), box.getMaxX() - 12, box.getMaxY() - 2, NAME, false, GREY);
        }
    }
}
