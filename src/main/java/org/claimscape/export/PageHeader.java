package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.HANDLING;
import static org.claimscape.export.PageStyle.INK;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.util.List;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.RenderText;
import org.claimscape.render.SovereigntyAtDate.Arrangement;

/**
 * The top of a briefing page: handling line, title, subtitle, as-of date and viewpoint, and a rule, in the
 * viewpoint's language. Without a subtitle of the user's the subtitle names the arrangement in force on the date,
 * as the legend does. Stateless.
 */
final class PageHeader {

    private static final float TITLE_SIZE = 18f;
    private static final float SUBTITLE_SIZE = 10.5f;
    private static final float META_SIZE = 8.5f;

    private PageHeader() {
    }

    /** Draws the header between the margins m of a page w wide; returns the y below it. */
    static double draw(Graphics2D g, BriefingPage page, double m, double w) {
        double y = m;
        if (!page.handling().isEmpty()) {
            PageText.drawCentred(g, page.handling(), w / 2, y + 8, 8.5f, true, HANDLING);
            y += 14;
        }
        double right = w - m;
        Viewpoint vp = page.viewpoint();
        String asOf = RenderText.format(vp, "header.as-of", RenderText.date(vp, page.asOf()));
        String vpLine = RenderText.format(vp, "header.viewpoint", RenderText.viewpointTitle(vp),
                viewpointNote(vp, page.asOf()));
        String subtitle = page.subtitle().isEmpty() ? arrangementTitle(vp, page.asOf()) : page.subtitle();
        double metaW = Math.max(PageText.width(asOf, META_SIZE, true), PageText.width(vpLine, META_SIZE, false));
        double full = w - 2 * m;
        float titleSize = TITLE_SIZE;
        /*
         * Date and viewpoint go top right when they fit beside the title; otherwise (portrait, long titles) on
         * their own line under the subtitle. The title shrinks down to 12 pt before wrapping is needed.
         */
        boolean beside = PageText.width(page.title(), TITLE_SIZE, true) + 16 + metaW <= full;
        double titleMax = beside ? full - metaW - 16 : full;
        while (titleSize > 12 && PageText.width(page.title(), titleSize, true) > titleMax) {
            titleSize -= 1;
        }
        List<String> titleLines = PageText.wrap(page.title(), titleSize, true, titleMax);
        for (int i = 0; i < titleLines.size(); i++) {
            PageText.draw(g, titleLines.get(i), m, y + titleSize, titleSize, true, INK);
            if (i < titleLines.size() - 1) {
                y += titleSize + 2;
            }
        }
        if (beside) {
            PageText.drawRight(g, asOf, right, y + 10, META_SIZE, true, INK);
            PageText.drawRight(g, vpLine, right, y + 21, META_SIZE, false, GREY);
            y += Math.max(titleSize + 5, 24);
        } else {
            y += titleSize + 5;
        }
        if (!subtitle.isEmpty()) {
            // Wrapped, never cut: a long subtitle takes a second line.
            for (String line : PageText.wrap(subtitle, SUBTITLE_SIZE, false, full)) {
                PageText.draw(g, line, m, y + SUBTITLE_SIZE, SUBTITLE_SIZE, false, GREY);
                y += SUBTITLE_SIZE + 3;
            }
            y += 2;
        }
        if (!beside) {
            PageText.draw(g, asOf, m, y + META_SIZE, META_SIZE, true, INK);
            double vpX = m + PageText.width(asOf, META_SIZE, true) + 12;
            for (String line : PageText.wrap(vpLine, META_SIZE, false, w - m - vpX)) {
                PageText.draw(g, line, vpX, y + META_SIZE, META_SIZE, false, GREY);
                y += META_SIZE + 2.5;
            }
            y += 2.5;
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(m, y + 3, w - m, y + 3));
        return y + 8;
    }

    /** The arrangement in force on the date, as the legend heads the land ("Treaty of Shimoda (1855–1875)"). */
    static String arrangementTitle(Viewpoint v, LocalDate date) {
        return RenderText.get(v, "arrangement." + Arrangement.at(date).key());
    }

    /**
     * What the map shows, in a few words: under a treaty who held what (the same in every viewpoint); since 1945
     * what the viewpoint means for the disputed islands.
     */
    static String viewpointNote(Viewpoint v, LocalDate date) {
        Arrangement a = Arrangement.at(date);
        return RenderText.get(v, a == Arrangement.SOVIET ? "note.soviet." + v.code() : "note." + a.key());
    }
}
