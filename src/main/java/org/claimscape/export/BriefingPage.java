package org.claimscape.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Viewpoint;
import org.locationtech.jts.geom.Envelope;

/**
 * The settings of one briefing page: paper, orientation, margins, texts, date, viewpoint, layers and extent.
 * Sizes are in PostScript points (1/72 inch). Immutable; change it with the {@code with*} methods.
 *
 * @param paper      paper size
 * @param landscape  landscape orientation
 * @param margin     margin on every side, points
 * @param title      title line
 * @param subtitle   second line, or empty
 * @param asOf       the date the map shows (features valid then)
 * @param viewpoint  naming and disputed-land styling
 * @param layerIds   ids of the layers to show; empty = the catalog's default visibility
 * @param bbox       extent to show (lon/lat), fitted into the map frame
 * @param handling   handling line printed at top and bottom ("OFFICIAL – INTERNAL"), or empty for none
 * @param compareIds two claim ids to compare on the page, or empty (comparison inset comes later)
 * @param layout     the user's changes to the automatic layout: legend and locator boxes, text boxes, hidden
 *                   labels ({@link PageLayout#AUTOMATIC} for none)
 */
public record BriefingPage(Paper paper, boolean landscape, double margin, String title, String subtitle,
                           LocalDate asOf, Viewpoint viewpoint, List<String> layerIds, Envelope bbox,
                           String handling, List<String> compareIds, PageLayout layout) {

    /** The default extent: the four disputed islands with eastern Hokkaido and Urup. */
    public static final Envelope DEFAULT_BBOX = new Envelope(144.6, 149.4, 42.9, 45.9);

    /** Ten millimetres. */
    public static final double DEFAULT_MARGIN = 28.35;

    /** Paper sizes in points, portrait. */
    public enum Paper {
        A4(595.28, 841.89), A3(841.89, 1190.55), LETTER(612, 792);

        private final double width;
        private final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }

        /** Parses "a4", "A3", "letter". */
        public static Paper parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    public BriefingPage {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(viewpoint, "viewpoint");
        Objects.requireNonNull(asOf, "asOf");
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        handling = handling == null ? "" : handling;
        layerIds = layerIds == null ? List.of() : List.copyOf(layerIds);
        compareIds = compareIds == null ? List.of() : List.copyOf(compareIds);
        layout = layout == null ? PageLayout.AUTOMATIC : layout;
        bbox = bbox == null ? new Envelope(DEFAULT_BBOX) : new Envelope(bbox);
        if (bbox.getWidth() <= 0 || bbox.getHeight() <= 0) {
            throw new IllegalArgumentException("bbox must have a positive width and height: " + bbox);
        }
        if (margin < 0 || 2 * margin >= Math.min(paper.width(), paper.height()) / 2) {
            throw new IllegalArgumentException("margin out of range: " + margin);
        }
    }

    /** A page with the automatic layout. */
    public BriefingPage(Paper paper, boolean landscape, double margin, String title, String subtitle, LocalDate asOf,
                        Viewpoint viewpoint, List<String> layerIds, Envelope bbox, String handling,
                        List<String> compareIds) {
        this(paper, landscape, margin, title, subtitle, asOf, viewpoint, layerIds, bbox, handling, compareIds,
                PageLayout.AUTOMATIC);
    }

    /** A4 landscape, neutral, today's date, the default extent and layers. */
    public static BriefingPage defaults() {
        return new BriefingPage(Paper.A4, true, DEFAULT_MARGIN, "Southern Kurils / Northern Territories",
                "", LocalDate.now(), Viewpoint.NEUTRAL, List.of(), DEFAULT_BBOX, "", List.of());
    }

    /** Page width in points, after orientation. */
    public double width() {
        return landscape ? Math.max(paper.width(), paper.height()) : Math.min(paper.width(), paper.height());
    }

    /** Page height in points, after orientation. */
    public double height() {
        return landscape ? Math.min(paper.width(), paper.height()) : Math.max(paper.width(), paper.height());
    }

    public Envelope bbox() {
        return new Envelope(bbox);
    }

    public BriefingPage withPaper(Paper p) {
        return new BriefingPage(p, landscape, margin, title, subtitle, asOf, viewpoint, layerIds, bbox, handling,
                compareIds, layout);
    }

    public BriefingPage withLandscape(boolean l) {
        return new BriefingPage(paper, l, margin, title, subtitle, asOf, viewpoint, layerIds, bbox, handling,
                compareIds, layout);
    }

    public BriefingPage withMargin(double m) {
        return new BriefingPage(paper, landscape, m, title, subtitle, asOf, viewpoint, layerIds, bbox, handling,
                compareIds, layout);
    }

    public BriefingPage withTitle(String t) {
        return new BriefingPage(paper, landscape, margin, t, subtitle, asOf, viewpoint, layerIds, bbox, handling,
                compareIds, layout);
    }

    public BriefingPage withSubtitle(String s) {
        return new BriefingPage(paper, landscape, margin, title, s, asOf, viewpoint, layerIds, bbox, handling,
                compareIds, layout);
    }

    public BriefingPage withAsOf(LocalDate d) {
        return new BriefingPage(paper, landscape, margin, title, subtitle, d, viewpoint, layerIds, bbox, handling,
                compareIds, layout);
    }

    public BriefingPage withViewpoint(Viewpoint v) {
        return new BriefingPage(paper, landscape, margin, title, subtitle, asOf, v, layerIds, bbox, handling,
                compareIds, layout);
    }

    public BriefingPage withLayerIds(List<String> ids) {
        return new BriefingPage(paper, landscape, margin, title, subtitle, asOf, viewpoint, ids, bbox, handling,
                compareIds, layout);
    }

    public BriefingPage withBbox(Envelope e) {
        return new BriefingPage(paper, landscape, margin, title, subtitle, asOf, viewpoint, layerIds, e, handling,
                compareIds, layout);
    }

    public BriefingPage withHandling(String h) {
        return new BriefingPage(paper, landscape, margin, title, subtitle, asOf, viewpoint, layerIds, bbox, h,
                compareIds, layout);
    }

    public BriefingPage withCompareIds(List<String> ids) {
        return new BriefingPage(paper, landscape, margin, title, subtitle, asOf, viewpoint, layerIds, bbox,
                handling, ids, layout);
    }

    public BriefingPage withLayout(PageLayout l) {
        return new BriefingPage(paper, landscape, margin, title, subtitle, asOf, viewpoint, layerIds, bbox, handling,
                compareIds, l);
    }
}
