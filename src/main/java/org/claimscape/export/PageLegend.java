package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.INK;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.LayerIds;
import org.claimscape.render.LegendEntry;

/**
 * The legend of a briefing page: entries grouped under their layer titles in columns beside (or below) the map,
 * and what does not fit there in a box inside the map's lower right corner. Stateless.
 */
final class PageLegend {

    private static final float TITLE = 9f;
    private static final float GROUP = 7.5f;
    private static final float TEXT = 7f;

    private PageLegend() {
    }

    /** One thing to draw in the legend: a group heading (entry null) or an entry with its wrapped label. */
    private record Item(String heading, LegendEntry entry, List<String> lines, double x, double y) {
    }

    /**
     * The legend laid out into columns (boxes filled top to bottom, one after another).
     *
     * @param items   what goes where
     * @param used    height used in each column
     * @param shown   entries placed
     * @param left    entries that did not fit
     */
    record Plan(List<Item> items, double[] used, List<LegendEntry> shown, int left) {
    }

    /**
     * Where the legend goes.
     *
     * @param box      the legend's box beside or below the map
     * @param overflow the box inside the map for entries that did not fit in {@code box}, or null
     */
    record Placement(Rectangle2D box, Rectangle2D overflow, Plan plan) {

        /** The entries shown (those that fitted). */
        List<LegendEntry> shown() {
            return plan.shown();
        }

        /** How far down the box the legend reaches (its fullest column). */
        double usedHeight() {
            double h = TITLE + 5;
            for (double u : plan.used()) {
                h = Math.max(h, u);
            }
            return h;
        }
    }

    /** Places the entries in the legend box, and what does not fit there in a box inside the map frame. */
    static Placement place(List<LegendEntry> entries, Rectangle2D box, Rectangle2D map) {
        List<Rectangle2D> columns = new ArrayList<>();
        if (box.getWidth() > 300) {
            double cw = (box.getWidth() - 12) / 2;
            columns.add(new Rectangle2D.Double(box.getX(), box.getY(), cw, box.getHeight()));
            columns.add(new Rectangle2D.Double(box.getX() + cw + 12, box.getY() + TITLE + 1, cw,
                    box.getHeight() - TITLE - 1));
        } else {
            columns.add(box);
        }
        Plan plan = plan(entries, columns);
        if (plan.left() == 0) {
            return new Placement(box, null, plan);
        }
        // Sized with a tall trial box first, then moved down to the map's corner; map labels are kept out of it.
        double ow = Math.min(box.getWidth() + 8, map.getWidth() * 0.4);
        Rectangle2D tall = new Rectangle2D.Double(map.getMaxX() - ow - 6, map.getY() + 44, ow, map.getHeight() - 50);
        List<Rectangle2D> cols = new ArrayList<>(columns);
        cols.add(tall);
        plan = plan(entries, cols);
        double oh = plan.used()[cols.size() - 1] + 4 + (plan.left() > 0 ? 9 : 0);
        Rectangle2D overflow = new Rectangle2D.Double(tall.getX(), map.getMaxY() - 6 - oh, ow, oh);
        cols.set(cols.size() - 1, overflow);
        return new Placement(box, overflow, plan(entries, cols));
    }

    /**
     * Legend groups in briefing order: the land (headed by the arrangement in force) and the claims explain the
     * dispute; symbols follow.
     */
    private static int groupRank(LegendEntry e) {
        return switch (e.layerId()) {
            case LayerIds.LAND -> 0;
            case LayerIds.CLAIMS -> 1;
            case LayerIds.ISLANDS -> 2;
            case LayerIds.LAND_OVERVIEW, LayerIds.COUNTRIES, LayerIds.LAKES, LayerIds.WORLD -> 3;
            case "" -> 9;
            default -> 5;
        };
    }

    private static boolean isSymbol(LegendEntry e) {
        return e.kind() == LegendEntry.Kind.SYMBOL || e.kind() == LegendEntry.Kind.APPROXIMATE_SYMBOL
                || e.kind() == LegendEntry.Kind.CLUSTER || e.kind() == LegendEntry.Kind.ISLAND_LIST;
    }

    /**
     * Lays out the entries grouped under their layer titles, point symbols two to a row when the column is wide
     * enough. The first column starts below the "Legend" title.
     */
    private static Plan plan(List<LegendEntry> entries, List<Rectangle2D> columns) {
        List<Item> items = new ArrayList<>();
        List<LegendEntry> shown = new ArrayList<>();
        double[] used = new double[columns.size()];
        Map<String, List<LegendEntry>> byGroup = new LinkedHashMap<>();
        List<LegendEntry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparingInt(PageLegend::groupRank));
        for (LegendEntry e : ordered) {
            byGroup.computeIfAbsent(e.group(), k -> new ArrayList<>()).add(e);
        }
        int column = 0;
        Rectangle2D col = columns.get(0);
        double top = col.getY() + TITLE + 5;
        double y = top;
        int left = entries.size();
        outer:
        for (Map.Entry<String, List<LegendEntry>> grp : byGroup.entrySet()) {
            List<LegendEntry> list = grp.getValue();
            boolean heading = true;
            int i = 0;
            while (i < list.size()) {
                double colW = col.getWidth();
                boolean pairs = colW >= 140 && list.stream().allMatch(PageLegend::isSymbol);
                int perRow = pairs ? 2 : 1;
                double cellW = (colW - (perRow - 1) * 6) / perRow;
                List<List<String>> cellLines = new ArrayList<>();
                double rowH = 0;
                for (int k = i; k < Math.min(list.size(), i + perRow); k++) {
                    List<String> lines = PageText.wrap(list.get(k).label(), TEXT, false, cellW - 21);
                    cellLines.add(lines);
                    rowH = Math.max(rowH, Math.max(10.5, lines.size() * 8.2 + 2.3));
                }
                List<String> headingLines = heading ? PageText.wrap(grp.getKey(), GROUP, true, colW - 4) : List.of();
                double need = headingLines.size() * 10.5 + rowH;
                if (y + need > col.getMaxY() - 4) {
                    used[column] = y - col.getY();
                    if (column + 1 < columns.size()) {
                        column++;
                        col = columns.get(column);
                        y = col.getY() + 4;
                        heading = true;
                        continue;
                    }
                    break outer;
                }
                for (String h : headingLines) {
                    items.add(new Item(h, null, List.of(), col.getX() + 4 * Math.min(column, 1), y + GROUP));
                    y += 10.5;
                }
                heading = false;
                for (int k = i; k < Math.min(list.size(), i + perRow); k++) {
                    double cx = col.getX() + 4 * Math.min(column, 1) + (k - i) * (cellW + 6);
                    items.add(new Item(null, list.get(k), cellLines.get(k - i), cx, y));
                    shown.add(list.get(k));
                    left--;
                }
                y += rowH;
                i += perRow;
            }
            y += 1.5;
        }
        used[column] = Math.max(used[column], y - col.getY());
        return new Plan(items, used, shown, left);
    }

    static void draw(Graphics2D g, Placement placement, String title) {
        Rectangle2D box = placement.box();
        Rectangle2D overflow = placement.overflow();
        Plan plan = placement.plan();
        PageText.draw(g, title, box.getX(), box.getY() + TITLE, TITLE, true, INK);
        if (overflow != null) {
            PageStyle.panel(g, overflow, 235);
        }
        for (Item it : plan.items()) {
            if (it.entry() == null) {
                PageText.draw(g, it.heading(), it.x(), it.y(), GROUP, true, INK);
                continue;
            }
            LegendEntry e = it.entry();
            Rectangle2D sw = isSymbol(e) ? new Rectangle2D.Double(it.x() + 2.5, it.y() - 0.5, 11, 11)
                    : new Rectangle2D.Double(it.x(), it.y() + 1, 17, 8.5);
            e.drawSwatch(g, sw);
            double ty = it.y() + 7.6;
            for (String line : it.lines()) {
                PageText.draw(g, line, it.x() + 21, ty, TEXT, false, INK);
                ty += 8.2;
            }
        }
        if (plan.left() > 0) {
            Rectangle2D last = overflow != null ? overflow : box;
            PageText.draw(g, "… and " + plan.left() + " more legend entries", last.getX() + 4, last.getMaxY() - 3,
                    6f, false, GREY);
        }
    }
}
