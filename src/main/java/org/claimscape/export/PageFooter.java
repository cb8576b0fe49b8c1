package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.HANDLING;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.Source;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderText;
import org.claimscape.render.StyleCatalog;
import org.locationtech.jts.geom.Envelope;

/**
 * The foot of a briefing page: attribution, the sources of the features shown (numbered in the document's
 * {@link SourceList}), and the handling line. Stateless.
 */
final class PageFooter {

    private static final float SIZE = 6.5f;
    private static final double LEADING = 7.8;

    private PageFooter() {
    }

    /*
     * Lines for the attribution and the sources: enough for the attribution and the sources of a page cited by
     * number (a few lines even when a late page of a pack cites scattered numbers), or in full when there are few.
     * Fewer in landscape, where height is scarcer and lines are longer.
     */
    private static int lines(BriefingPage page) {
        return page.landscape() ? 4 : 5;
    }

    /** The footer's box, along the bottom margin. */
    static Rectangle2D box(BriefingPage page) {
        double m = page.margin();
        double h = lines(page) * LEADING + 4 + (page.handling().isEmpty() ? 0 : 12);
        return new Rectangle2D.Double(m, page.height() - m - h, page.width() - 2 * m, h);
    }

    /**
     * The attribution, then the sources of the features the map shows, cited in the document's source list: in
     * full when they fit in the footer, else by number with where the full citations are (the list is then told
     * that the document needs its annex). Never cut.
     */
    static List<String> sourceLines(List<LayerView> layers, BriefingPage page, MapViewport vp, double width,
                                    SourceList sources) {
        // The boundary disclaimer a reference map carries, then the attribution.
        List<String> lines = new ArrayList<>(PageText.wrap(RenderText.get(page.viewpoint(), "footer.disclaimer")
                + " " + BriefingPageRenderer.BASEMAP_ATTRIBUTION + " Map: Claimscape (GPL-3.0-or-later); Web Mercator.",
                SIZE, false, width));
        List<SourceList.Citation> cited = sources.cite(shownSources(layers, page, vp));
        if (!cited.isEmpty()) {
            lines.addAll(citationLines(page.viewpoint(), cited, sources, width, lines(page) - lines.size()));
        }
        return lines;
    }

    /** The distinct sources of the features drawn on the map (thematic layers shown at its zoom, valid on its date). */
    static Set<Source> shownSources(List<LayerView> layers, BriefingPage page, MapViewport vp) {
        Set<Source> out = new LinkedHashSet<>();
        Envelope shown = vp.bounds();
        for (LayerView v : layers) {
            if (!v.drawnAt(vp.zoom()) || StyleCatalog.isBasemap(v)) {
                continue;
            }
            for (Feature f : v.layer().query(shown)) {
                if (f.isValidAt(page.asOf()) && !f.source().isEmpty()) {
                    out.add(f.source());
                }
            }
        }
        return out;
    }

    /* The citations in full if they fit in the room (lines), else their numbers, else their count. */
    static List<String> citationLines(Viewpoint v, List<SourceList.Citation> cited, SourceList sources,
                                      double width, int room) {
        StringBuilder full = new StringBuilder();
        for (SourceList.Citation c : cited) {
            full.append(full.length() == 0 ? "" : "; ").append(c.label()).append(' ').append(c.full());
        }
        List<String> lines = PageText.wrap(RenderText.format(v, "sources.cited", full), SIZE, false, width);
        if (lines.size() <= room) {
            return lines;
        }
        sources.requireAnnex();
        String place = sources.annexPlace() != null ? sources.annexPlace() : RenderText.get(v, "sources.sheet");
        lines = PageText.wrap(RenderText.format(v, "sources.more",
                RenderText.format(v, "sources.cited", SourceList.numbers(cited)), place), SIZE, false, width);
        if (lines.size() <= room) {
            return lines;
        }
        return PageText.wrap(RenderText.format(v, "sources.count", cited.size(), place), SIZE, false, width);
    }

    static void draw(Graphics2D g, BriefingPage page, Rectangle2D footer, List<String> lines) {
        double y = footer.getY() + SIZE + 2;
        for (String line : lines) {
            PageText.draw(g, line, footer.getX(), y, SIZE, false, GREY);
            y += LEADING;
        }
        if (!page.handling().isEmpty()) {
            PageText.drawCentred(g, page.handling(), footer.getCenterX(), footer.getMaxY() - 1, 8.5f, true,
                    HANDLING);
        }
    }
}
