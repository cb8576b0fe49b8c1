package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.HANDLING;
import static org.claimscape.export.PageStyle.INK;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscape.render.RenderText;

/**
 * The "Sources" annex of a document: every source its pages cite, once, under the number the footers use, with
 * the full citation and its URLs, in columns over as many sheets of the document's paper as needed. URLs are
 * printed readable (percent-encoded UTF-8 decoded: {@code ru.wikipedia.org/wiki/Шикотан}) and linked in PDF.
 * Stateless.
 */
final class SourcesAnnex {

    static final float SIZE = 7.5f;
    private static final double LEADING = 9.3;
    private static final double ENTRY_GAP = 3.2;
    private static final double COLUMN_GAP = 18;
    /* Narrowest column: about 65 characters at 7.5 pt, so A4 portrait takes two. */
    private static final double MIN_COLUMN = 250;
    private static final Color LINK = new Color(0x1F, 0x4E, 0x79);

    /**
     * One sheet of the annex.
     *
     * @param page    its settings (the document's paper, date, viewpoint and handling; the annex title)
     * @param intro   lines under the header (first sheet only)
     * @param entries the citations on it, placed
     */
    record Sheet(BriefingPage page, List<Line> intro, List<Entry> entries) {
    }

    /** A line of text at (x, baseline y) on a sheet, in points; {@code url} is the link target or null. */
    record Line(String text, double x, double y, boolean bold, Color color, String url) {

        /** The line's box, for a link area. */
        Rectangle2D box() {
            return new Rectangle2D.Double(x, y - SIZE * 0.8, PageText.width(text, SIZE, bold), SIZE * 1.05);
        }
    }

    /** A citation placed on a sheet: its number and its lines. */
    record Entry(SourceList.Citation citation, List<Line> lines) {
    }

    private SourcesAnnex() {
    }

    /** Lays out the citations on sheets like the base page (paper, orientation, margins, date, viewpoint, handling). */
    static List<Sheet> layout(BriefingPage base, List<SourceList.Citation> citations) {
        double m = base.margin();
        double w = base.width();
        double full = w - 2 * m;
        int columns = Math.max(1, (int) ((full + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP)));
        double colW = (full - (columns - 1) * COLUMN_GAP) / columns;
        double bottom = base.height() - m - (base.handling().isEmpty() ? 0 : 14);
        double indent = PageText.width("[" + Math.max(10, citations.size()) + "]", SIZE, true) + 4;

        List<Sheet> sheets = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        BriefingPage page = sheetPage(base, 0);
        List<Line> intro = new ArrayList<>();
        double top = headerBottom(page);
        double y = top;
        for (String s : PageText.wrap(RenderText.format(base.viewpoint(), "sources.basemap",
                BriefingPageRenderer.BASEMAP_ATTRIBUTION + " Map: Claimscape (GPL-3.0-or-later); Web Mercator."),
                SIZE, false, full)) {
            y += LEADING;
            intro.add(new Line(s, m, y, false, GREY, null));
        }
        top = y + (intro.isEmpty() ? 0 : LEADING);
        y = top;
        int column = 0;
        for (SourceList.Citation c : citations) {
            List<String> text = PageText.wrap(c.text(), SIZE, false, colW - indent);
            List<String[]> urls = new ArrayList<>();
            for (String url : c.urls()) {
                for (String piece : wrapUrl(readable(url), colW - indent)) {
                    urls.add(new String[] {piece, url});
                }
            }
            double h = (text.size() + urls.size()) * LEADING + ENTRY_GAP;
            if (y + h > bottom && y > top) {
                column++;
                y = top;
                if (column == columns) {
                    sheets.add(new Sheet(page, intro, entries));
                    page = sheetPage(base, sheets.size());
                    intro = List.of();
                    entries = new ArrayList<>();
                    column = 0;
                    top = headerBottom(page);
                    y = top;
                }
            }
            double x = m + column * (colW + COLUMN_GAP);
            List<Line> lines = new ArrayList<>();
            double baseline = y + LEADING;
            lines.add(new Line(c.label(), x, baseline, true, INK, null));
            for (String t : text) {
                lines.add(new Line(t, x + indent, baseline, false, INK, null));
                baseline += LEADING;
            }
            for (String[] u : urls) {
                lines.add(new Line(u[0], x + indent, baseline, false, LINK, u[1]));
                baseline += LEADING;
            }
            entries.add(new Entry(c, lines));
            y += h;
        }
        sheets.add(new Sheet(page, intro, entries));
        return sheets;
    }

    /*
     * A URL broken into lines no wider than maxWidth where a reader does not take the break for part of the
     * address: after a slash, or before a dot, hyphen, underscore, query or fragment mark (Chicago Manual of Style
     * 14.18); a piece wider than a line is broken between characters.
     */
    static List<String> wrapUrl(String url, double maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < url.length(); i++) {
            char prev = url.charAt(i - 1);
            char c = url.charAt(i);
            boolean afterSlash = prev == '/' && c != '/';
            boolean beforeMark = ".-_?#&=~".indexOf(c) >= 0 && prev != '/';
            if (afterSlash || beforeMark) {
                pieces.add(url.substring(start, i));
                start = i;
            }
        }
        pieces.add(url.substring(start));
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String piece : pieces) {
            if (PageText.width(line + piece, SIZE, false) <= maxWidth) {
                line += piece;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> split = PageText.wrap(piece, SIZE, false, maxWidth);
            lines.addAll(split.subList(0, split.size() - 1));
            line = split.get(split.size() - 1);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static BriefingPage sheetPage(BriefingPage base, int index) {
        return base.withTitle(RenderText.get(base.viewpoint(), index == 0 ? "sources.title" : "sources.continued"))
                .withSubtitle(RenderText.get(base.viewpoint(), "sources.intro"));
    }

    /* Where the header of the sheet ends: it is measured by drawing it where nothing is kept. */
    private static double headerBottom(BriefingPage page) {
        Graphics2D scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return PageHeader.draw(scratch, page, page.margin(), page.width()) + 4;
        } finally {
            scratch.dispose();
        }
    }

    /** Draws a sheet on a surface whose unit is the point, the page starting at (0, 0). */
    static void draw(Graphics2D g0, Sheet sheet) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            // As the map pages: text is measured with fractional metrics, so it must be drawn with them.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            BriefingPage page = sheet.page();
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, page.width(), page.height()));
            PageHeader.draw(g, page, page.margin(), page.width());
            for (Line l : sheet.intro()) {
                PageText.draw(g, l.text(), l.x(), l.y(), SIZE, l.bold(), l.color());
            }
            for (Entry e : sheet.entries()) {
                for (Line l : e.lines()) {
                    PageText.draw(g, l.text(), l.x(), l.y(), SIZE, l.bold(), l.color());
                }
            }
            if (!page.handling().isEmpty()) {
                PageText.drawCentred(g, page.handling(), page.width() / 2, page.height() - page.margin() - 1, 8.5f,
                        true, HANDLING);
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * The file of annex sheet {@code index} (from 0) beside a single-image export: {@code brief.png} gives
     * {@code brief-sources.png}, {@code brief-sources-2.png}...
     */
    static Path file(Path target, int index) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return target.resolveSibling(stem + "-sources" + (index == 0 ? "" : "-" + (index + 1)) + ext);
    }

    private static final Pattern ENCODED = Pattern.compile("(%[89A-Fa-f][0-9A-Fa-f])+");

    /**
     * The URL as a reader types it: percent-encoded UTF-8 (non-ASCII) decoded, everything else (%20, %2F) kept, so
     * the printed address still leads to the same page.
     */
    static String readable(String url) {
        Matcher m = ENCODED.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < run.length(); i += 3) {
                bytes.write(Integer.parseInt(run.substring(i + 1, i + 3), 16));
            }
            String decoded;
            try {
                decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            } catch (CharacterCodingException e) {
                decoded = run;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }
}
