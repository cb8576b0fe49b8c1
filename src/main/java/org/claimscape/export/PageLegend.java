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
 * never on it; the page sizes its box with {@link #heightFor} so that every entry fits. Stateless.
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
    record Plan(List<Item> items, double[] used, List<LegendEntry> shown, int left, int splits) {
    }

    /**
     * Where the legend goes.
     *
     * @param box  the legend's box beside or below the map, never on it
     * @param plan what goes where in it
     */
    record Placement(Rectangle2D box, Plan plan) {

        /** The entries shown: all of them when the box was sized with {@link #heightFor}. */
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

    /** The columns a legend box of this width is set in: two side by side when wide enough. */
    private static List<Rectangle2D> columns(Rectangle2D box) {
        List<Rectangle2D> columns = new ArrayList<>();
        if (box.getWidth() > 300) {
            double cw = (box.getWidth() - 12) / 2;
            columns.add(new Rectangle2D.Double(box.getX(), box.getY(), cw, box.getHeight()));
            columns.add(new Rectangle2D.Double(box.getX() + cw + 12, box.getY() + TITLE + 1, cw,
                    box.getHeight() - TITLE - 1));
        } else {
            columns.add(box);
        }
        return columns;
    }

    /* A column of a user's legend box is at least this wide: two symbols to a row with short labels. */
    private static final double MIN_COLUMN = 140;
    private static final double COLUMN_GAP = 12;

    /**
     * The columns of a box the user drew: as many as its width holds, each at least {@value #MIN_COLUMN} points
     * wide; the first under the title, the others beside it.
     */
    private static List<Rectangle2D> fittedColumns(Rectangle2D box) {
        int n = Math.max(1, (int) ((box.getWidth() + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP)));
        double cw = (box.getWidth() - (n - 1) * COLUMN_GAP) / n;
        List<Rectangle2D> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double dy = i == 0 ? 0 : TITLE + 1;
            columns.add(new Rectangle2D.Double(box.getX() + i * (cw + COLUMN_GAP), box.getY() + dy, cw,
                    box.getHeight() - dy));
        }
        return columns;
    }

    /**
     * Places the entries in a box the user drew, in as many columns as its width holds; {@link Plan#left()} counts
     * the entries that did not fit, which the page reports rather than leaving them out silently.
     */
    static Placement placeFitted(List<LegendEntry> entries, Rectangle2D box, String continued) {
        return new Placement(box, plan(entries, fittedColumns(box), continued));
    }

    /** Places the entries in the legend box; {@link Plan#left()} counts those that did not fit. */
    static Placement place(List<LegendEntry> entries, Rectangle2D box, String continued) {
        return new Placement(box, plan(entries, columns(box), continued));
    }

    /** The least height a legend box of this width needs to hold every entry (columns balanced). */
    static double heightFor(List<LegendEntry> entries, double width, String continued) {
        if (entries.isEmpty()) {
            return 0;
        }
        double lo = TITLE + 5;
        double hi = lo + 20;
        while (plan(entries, columns(new Rectangle2D.Double(0, 0, width, hi)), continued).left() > 0) {
            lo = hi;
            hi *= 2;
            if (hi > 20_000) {
                return hi;
            }
        }
        while (hi - lo > 1) {
            double mid = (lo + hi) / 2;
            if (plan(entries, columns(new Rectangle2D.Double(0, 0, width, mid)), continued).left() > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // A little more height is worth it when it keeps every group whole in its column.
        for (double h = Math.ceil(hi); h <= hi * 1.35; h += 4) {
            if (plan(entries, columns(new Rectangle2D.Double(0, 0, width, h)), continued).splits() == 0) {
                return h;
            }
        }
        return Math.ceil(hi);
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
    private static Plan plan(List<LegendEntry> entries, List<Rectangle2D> columns, String continued) {
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
        int splits = 0;
        outer:
        for (Map.Entry<String, List<LegendEntry>> grp : byGroup.entrySet()) {
            List<LegendEntry> list = grp.getValue();
            boolean heading = true;
            int i = 0;
            while (i < list.size()) {
                double colW = col.getWidth();
                boolean pairs = pairs(list, colW);
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
                if (heading && i > 0) {
                    splits++;
                    // A group split across columns says so, rather than seeming to appear twice.
                    headingLines = PageText.wrap(grp.getKey() + " " + continued, GROUP, true, colW - 4);
                }
                double need = headingLines.size() * 10.5 + rowH;
                if (heading && i == 0 && column + 1 < columns.size() && y > col.getY() + TITLE + 5
                        && y + groupHeight(list, grp.getKey(), colW) > col.getMaxY() - 4
                        && groupHeight(list, grp.getKey(), columns.get(column + 1).getWidth())
                        <= columns.get(column + 1).getHeight() - 8) {
                    // A group that does not fit below starts the next column whole, rather than split.
                    need = Double.MAX_VALUE;
                }
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
        return new Plan(items, used, shown, left, splits);
    }

    static void draw(Graphics2D g, Placement placement, String title) {
        Rectangle2D box = placement.box();
        Plan plan = placement.plan();
        PageText.draw(g, title, box.getX(), box.getY() + TITLE, TITLE, true, INK);
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
            PageText.draw(g, "+" + plan.left(), box.getMaxX() - 12, box.getMaxY() - 3, 6f, false, GREY);
        }
    }

    /*
     * Symbols go two to a row when the column is wide enough and no word of their labels would have to be broken
     * in a half-width cell ("Местоположение" split in two reads as two words).
     */
    private static boolean pairs(List<LegendEntry> list, double colW) {
        if (colW < 140 || !list.stream().allMatch(PageLegend::isSymbol)) {
            return false;
        }
        double cellText = (colW - 6) / 2 - 21;
        for (LegendEntry e : list) {
            for (String word : e.label().split("\\s+")) {
                if (PageText.width(word, TEXT, false) > cellText) {
                    return false;
                }
            }
        }
        return true;
    }

    /* The height a whole group needs in a column of that width, heading included. */
    private static double groupHeight(List<LegendEntry> list, String heading, double colW) {
        double h = PageText.wrap(heading, GROUP, true, colW - 4).size() * 10.5;
        boolean pairs = pairs(list, colW);
        int perRow = pairs ? 2 : 1;
        double cellW = (colW - (perRow - 1) * 6) / perRow;
        for (int i = 0; i < list.size(); i += perRow) {
            double rowH = 0;
            for (int k = i; k < Math.min(list.size(), i + perRow); k++) {
                List<String> lines = PageText.wrap(list.get(k).label(), TEXT, false, cellW - 21);
                rowH = Math.max(rowH, Math.max(10.5, lines.size() * 8.2 + 2.3));
            }
            h += rowH;
        }
        return h + 1.5;
    }
}
