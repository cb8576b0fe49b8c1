package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.HANDLING;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.StyleCatalog;
import org.locationtech.jts.geom.Envelope;

/** The foot of a briefing page: attribution, the sources of the features shown, and the handling line. Stateless. */
final class PageFooter {

    private static final float SIZE = 6f;
    private static final double LEADING = 7.4;

    private PageFooter() {
    }

    /* Fewer lines in landscape, where height is scarcer. */
    private static int lines(BriefingPage page) {
        return page.landscape() ? 5 : 7;
    }

    /** The footer's box, along the bottom margin. */
    static Rectangle2D box(BriefingPage page) {
        double m = page.margin();
        double h = lines(page) * LEADING + 4 + (page.handling().isEmpty() ? 0 : 12);
        return new Rectangle2D.Double(m, page.height() - m - h, page.width() - 2 * m, h);
    }

    /**
     * The attribution line, then the sources of the features the map shows (most used first), wrapped to the
     * footer's width and cut to the lines the footer holds.
     */
    static List<String> sourceLines(List<LayerView> layers, BriefingPage page, MapViewport vp, double width) {
        int maxLines = lines(page);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Envelope shown = vp.bounds();
        for (LayerView v : layers) {
            if (!v.drawnAt(vp.zoom()) || StyleCatalog.isBasemap(v)) {
                continue;
            }
            for (Feature f : v.layer().query(shown)) {
                String s = f.source().text();
                if (f.isValidAt(page.asOf()) && s != null && !s.isBlank()) {
                    counts.merge(s.trim(), 1, Integer::sum);
                }
            }
        }
        List<String> sources = new ArrayList<>(counts.keySet());
        sources.sort((a, b) -> counts.get(b) - counts.get(a));
        List<String> lines = new ArrayList<>(PageText.wrap(BriefingPageRenderer.BASEMAP_ATTRIBUTION
                + " Map: Claimscape (GPL-3.0-or-later); Web Mercator.", SIZE, false, width));
        if (sources.isEmpty()) {
            return lines;
        }
        StringBuilder text = new StringBuilder("Sources of the layers shown: ");
        int used = 0;
        for (String s : sources) {
            String attempt = text + (used == 0 ? "" : "; ") + s;
            List<String> wrapped = PageText.wrap(attempt + " … and 99 more.", SIZE, false, width);
            if (lines.size() + wrapped.size() > maxLines) {
                break;
            }
            text.setLength(0);
            text.append(attempt);
            used++;
        }
        int rest = sources.size() - used;
        if (used == 0) {
            text.append(rest).append(" sources, listed in data/SOURCES.md.");
        } else {
            text.append(rest > 0 ? "; … and " + rest + " more (data/SOURCES.md)." : ".");
        }
        lines.addAll(PageText.wrap(text.toString(), SIZE, false, width));
        return lines;
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
