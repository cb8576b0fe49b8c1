package org.claimscape.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The user's changes to a briefing page's automatic layout: where the legend and the locator go, free text boxes,
 * and which kinds of map label are hidden. Null boxes and empty lists mean "automatic".
 *
 * <p>Boxes are fractions of the page (x and width of the page's width, y and height of its height, from the top
 * left), not points: a layout so made survives a change of paper (A4, A3, Letter) and stays on the page when the
 * orientation changes. A text box's font size is in points on an A4 or Letter page; A3 enlarges it as it does all
 * of the page's text. Immutable.
 *
 * @param legend       the legend's box, or null to place it automatically beside the map
 * @param locator      the locator's box, or null to place it automatically
 * @param texts        free text boxes, drawn over everything else in this order
 * @param hiddenLabels the kinds of map label not drawn (nor turned into numbered callouts)
 */
public record PageLayout(Box legend, Box locator, List<TextBox> texts, Set<LabelClass> hiddenLabels) {

    /** No changes: everything placed automatically, every label shown. */
    public static final PageLayout AUTOMATIC = new PageLayout(null, null, List.of(), Set.of());

    public PageLayout {
        texts = texts == null ? List.of() : List.copyOf(texts);
        hiddenLabels = hiddenLabels == null || hiddenLabels.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(hiddenLabels));
    }

    /**
     * A box on the page as fractions of the page's width and height, top left origin. The box is kept on the page:
     * its size is at most the page's, and it is moved in when it sticks out.
     *
     * @param x      left edge, 0..1 of the page's width
     * @param y      top edge, 0..1 of the page's height
     * @param width  0..1 of the page's width
     * @param height 0..1 of the page's height
     */
    public record Box(double x, double y, double width, double height) {

        /** The smallest size a box may have, as a fraction of the page. */
        public static final double MIN_SIZE = 0.02;

        public Box {
            if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
                throw new IllegalArgumentException("layout box must be finite: " + x + ", " + y + ", " + width + ", "
                        + height);
            }
            width = Math.min(1, Math.max(MIN_SIZE, width));
            height = Math.min(1, Math.max(MIN_SIZE, height));
            x = Math.max(0, Math.min(1 - width, x));
            y = Math.max(0, Math.min(1 - height, y));
        }

        /** The box in points on a page of that size. */
        public double[] onPage(double pageWidth, double pageHeight) {
            return new double[] {x * pageWidth, y * pageHeight, width * pageWidth, height * pageHeight};
        }

        /** The box of a rectangle given in points on a page of that size. */
        public static Box ofPoints(double px, double py, double pw, double ph, double pageWidth, double pageHeight) {
            return new Box(px / pageWidth, py / pageHeight, pw / pageWidth, ph / pageHeight);
        }
    }

    /**
     * A free text box: the text is wrapped to the box's width and the box grows downwards as the text needs.
     *
     * @param text     the text; line breaks are kept
     * @param box      where it goes
     * @param fontSize points on an A4 or Letter page, {@value #MIN_FONT}..{@value #MAX_FONT}
     */
    public record TextBox(String text, Box box, double fontSize) {

        public static final double MIN_FONT = 5;
        public static final double MAX_FONT = 48;
        public static final double DEFAULT_FONT = 9;

        public TextBox {
            text = text == null ? "" : text;
            Objects.requireNonNull(box, "box");
            if (!Double.isFinite(fontSize)) {
                fontSize = DEFAULT_FONT;
            }
            fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, fontSize));
        }

        public TextBox withText(String t) {
            return new TextBox(t, box, fontSize);
        }

        public TextBox withBox(Box b) {
            return new TextBox(text, b, fontSize);
        }

        public TextBox withFontSize(double size) {
            return new TextBox(text, box, size);
        }
    }

    /** Whether nothing differs from the automatic layout. */
    public boolean isAutomatic() {
        return equals(AUTOMATIC);
    }

    /** Whether labels of that kind are drawn. */
    public boolean shows(LabelClass c) {
        return !hiddenLabels.contains(c);
    }

    public PageLayout withLegend(Box b) {
        return new PageLayout(b, locator, texts, hiddenLabels);
    }

    public PageLayout withLocator(Box b) {
        return new PageLayout(legend, b, texts, hiddenLabels);
    }

    public PageLayout withTexts(List<TextBox> t) {
        return new PageLayout(legend, locator, t, hiddenLabels);
    }

    /** The layout with text box {@code index} replaced. */
    public PageLayout withText(int index, TextBox t) {
        List<TextBox> list = new ArrayList<>(texts);
        list.set(index, t);
        return withTexts(list);
    }

    /** The layout with one more text box, on top of the others. */
    public PageLayout plusText(TextBox t) {
        List<TextBox> list = new ArrayList<>(texts);
        list.add(t);
        return withTexts(list);
    }

    /** The layout without text box {@code index}. */
    public PageLayout minusText(int index) {
        List<TextBox> list = new ArrayList<>(texts);
        list.remove(index);
        return withTexts(list);
    }

    public PageLayout withHiddenLabels(Collection<LabelClass> hidden) {
        return new PageLayout(legend, locator, texts, hidden == null ? Set.of() : Set.copyOf(hidden));
    }

    /** The layout with labels of that kind shown or hidden. */
    public PageLayout withLabels(LabelClass c, boolean shown) {
        Set<LabelClass> hidden = hiddenLabels.isEmpty() ? EnumSet.noneOf(LabelClass.class)
                : EnumSet.copyOf(hiddenLabels);
        if (shown) {
            hidden.remove(c);
        } else {
            hidden.add(c);
        }
        return withHiddenLabels(hidden);
    }
}
