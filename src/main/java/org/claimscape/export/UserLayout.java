package org.claimscape.export;

import static org.claimscape.export.PageStyle.INK;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.claimscape.model.PageLayout;
import org.claimscape.render.LegendEntry;

/**
 * The user's changes to a briefing page's layout ({@link PageLayout}) in points on the page being drawn: a legend
 * or locator the user placed goes exactly there (a white panel under it where it lies on the map, and the map's
 * labels keep clear of it), the map keeps its automatic frame, and free text boxes are drawn over everything,
 * wrapped to their width and grown downwards until the whole text fits. Nothing is cut silently: legend entries
 * that do not fit the user's box and text lines that do not fit on the page are counted in {@link Drawn}.
 * Immutable; thread-safe.
 */
public final class UserLayout {

    /** Room between a panel's edge and what it holds, points. */
    static final double PAD = 4;
    private static final double LINE = 1.3;

    /**
     * Where the user's boxes went on the page (points; an A3 page's in A4 points, as all of its boxes).
     *
     * @param legend        the legend as drawn: the user's box, or the automatic box down to its last entry
     * @param locator       the locator inset's box
     * @param texts         each text box as drawn, grown to hold its text
     * @param textLinesLeft for each text box, the lines that did not fit on the page (0 when all did)
     */
    public record Drawn(Rectangle2D legend, Rectangle2D locator, List<Rectangle2D> texts,
                        List<Integer> textLinesLeft) {

        public Drawn {
            texts = List.copyOf(texts);
            textLinesLeft = List.copyOf(textLinesLeft);
        }
    }

    /* A text box laid out: its box grown to the text, the lines that fit, and those that did not. */
    private record Text(PageLayout.TextBox spec, Rectangle2D box, List<String> lines, int left) {
    }

    private final Rectangle2D legend;
    private final Rectangle2D locator;
    private final List<Text> texts;

    private UserLayout(Rectangle2D legend, Rectangle2D locator, List<Text> texts) {
        this.legend = legend;
        this.locator = locator;
        this.texts = texts;
    }

    /** The page's layout in points on that page. */
    static UserLayout of(BriefingPage page) {
        PageLayout l = page.layout();
        double w = page.width();
        double h = page.height();
        List<Text> texts = new ArrayList<>();
        for (PageLayout.TextBox t : l.texts()) {
            texts.add(text(t, points(t.box(), w, h), h));
        }
        return new UserLayout(l.legend() == null ? null : points(l.legend(), w, h),
                l.locator() == null ? null : points(l.locator(), w, h), texts);
    }

    private static Rectangle2D points(PageLayout.Box b, double w, double h) {
        double[] r = b.onPage(w, h);
        return new Rectangle2D.Double(r[0], r[1], r[2], r[3]);
    }

    /*
     * The text wrapped at the box's width (its own line breaks kept); the box grows downwards to hold every line,
     * moves up when it would leave the page, and only a text taller than the page has lines left over.
     */
    private static Text text(PageLayout.TextBox t, Rectangle2D box, double pageH) {
        float size = (float) t.fontSize();
        double lineH = size * LINE;
        List<String> lines = new ArrayList<>();
        for (String paragraph : t.text().split("\r?\n", -1)) {
            List<String> wrapped = PageText.wrap(paragraph, size, false, Math.max(1, box.getWidth() - 2 * PAD));
            lines.addAll(wrapped.isEmpty() ? List.of("") : wrapped);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int fit = (int) Math.floor((pageH - 2 * PAD) / lineH);
        int left = Math.max(0, lines.size() - fit);
        List<String> shown = lines.subList(0, lines.size() - left);
        double need = 2 * PAD + shown.size() * lineH;
        double height = Math.max(box.getHeight(), need);
        double y = Math.max(0, Math.min(box.getY(), pageH - height));
        return new Text(t, new Rectangle2D.Double(box.getX(), y, box.getWidth(), height), List.copyOf(shown), left);
    }

    /**
     * The user's boxes that lie on the map frame, with their panels' margins: the scale bar, fact box and insets
     * go elsewhere, and the map's labels and callouts keep clear of them.
     */
    List<Rectangle2D> onMap(Rectangle2D map) {
        List<Rectangle2D> out = new ArrayList<>();
        for (Rectangle2D r : boxes()) {
            Rectangle2D panel = grown(r, PAD);
            if (panel.intersects(map)) {
                out.add(panel);
            }
        }
        return out;
    }

    private List<Rectangle2D> boxes() {
        List<Rectangle2D> all = new ArrayList<>();
        if (legend != null) {
            all.add(legend);
        }
        if (locator != null) {
            all.add(locator);
        }
        texts.stream().filter(t -> !t.lines().isEmpty()).forEach(t -> all.add(t.box()));
        return all;
    }

    /**
     * The layout with the north arrow in the first other corner of the map (top left, bottom right, bottom left)
     * that neither the scale bar nor any of {@code avoid} covers, when a box the user placed covers its own.
     */
    BriefingPageRenderer.Layout moveNorthArrow(BriefingPageRenderer.Layout l, List<Rectangle2D> avoid) {
        Rectangle2D arrow = l.northArrow();
        if (onMap(l.map()).stream().noneMatch(arrow::intersects)) {
            return l;
        }
        List<Rectangle2D> taken = new ArrayList<>(avoid);
        taken.add(l.scaleBar());
        Rectangle2D map = l.map();
        double w = arrow.getWidth();
        double h = arrow.getHeight();
        double right = arrow.getX();
        double left = map.getX() + map.getMaxX() - arrow.getMaxX();
        double top = arrow.getY();
        double bottom = map.getMaxY() - (arrow.getY() - map.getY()) - h;
        for (double[] p : new double[][] {{left, top}, {right, bottom}, {left, bottom}}) {
            Rectangle2D c = new Rectangle2D.Double(p[0], p[1], w, h);
            if (taken.stream().noneMatch(c::intersects)) {
                return l.withNorthArrow(c);
            }
        }
        return l;
    }

    /** The automatic layout with the user's legend and locator boxes in place of the automatic ones. */
    BriefingPageRenderer.Layout apply(BriefingPageRenderer.Layout auto) {
        BriefingPageRenderer.Layout out = auto;
        if (legend != null) {
            out = out.withLegend(legend);
        }
        if (locator != null) {
            out = out.withInset(locator);
        }
        return out;
    }

    /** The legend in the user's box, in as many columns as it holds; else as the automatic layout placed it. */
    PageLegend.Placement legend(List<LegendEntry> entries, Rectangle2D auto, String continued) {
        if (legend == null) {
            return PageLegend.place(entries, auto, continued);
        }
        /* Columns after the first are indented a little: the right edge keeps that much more room. */
        return PageLegend.placeFitted(entries, new Rectangle2D.Double(legend.getX() + PAD, legend.getY() + PAD,
                Math.max(1, legend.getWidth() - 3 * PAD), Math.max(1, legend.getHeight() - 2 * PAD)), continued);
    }

    /** White panels under the user's legend and locator where they lie on the map, drawn before them. */
    void drawPanels(Graphics2D g, Rectangle2D map) {
        if (legend != null && legend.intersects(map)) {
            PageStyle.panel(g, legend, 255);
        }
        if (locator != null && grown(locator, PAD).intersects(map)) {
            PageStyle.panel(g, grown(locator, PAD), 255);
        }
    }

    /** The text boxes, over everything else. */
    void drawTexts(Graphics2D g) {
        for (Text t : texts) {
            if (t.lines().isEmpty()) {
                continue;
            }
            PageStyle.panel(g, t.box(), 255);
            float size = (float) t.spec().fontSize();
            double y = t.box().getY() + PAD + size * 0.95;
            for (String line : t.lines()) {
                PageText.draw(g, line, t.box().getX() + PAD, y, size, false, INK);
                y += size * LINE;
            }
        }
    }

    /** Where the boxes went, given the page's legend placement and locator box as drawn. */
    Drawn drawn(PageLegend.Placement placed, Rectangle2D locatorBox) {
        Rectangle2D legendBox = legend != null ? legend
                : new Rectangle2D.Double(placed.box().getX(), placed.box().getY(), placed.box().getWidth(),
                        Math.min(placed.box().getHeight(), placed.usedHeight()));
        List<Rectangle2D> boxes = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        for (Text t : texts) {
            boxes.add(t.box());
            left.add(t.left());
        }
        return new Drawn(legendBox, locatorBox, boxes, left);
    }

    private static Rectangle2D grown(Rectangle2D r, double d) {
        return new Rectangle2D.Double(r.getX() - d, r.getY() - d, r.getWidth() + 2 * d, r.getHeight() + 2 * d);
    }
}
