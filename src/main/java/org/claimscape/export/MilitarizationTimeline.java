package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.HANDLING;
import static org.claimscape.export.PageStyle.INK;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;

/**
 * A briefing-pack page listing the military deployments of a period in date order: a time axis with one numbered
 * mark per deployment, then a table (date as precise as the sources give it, site, island, type, the sources by
 * their numbers in the document's Sources annex, and the date note).
 * Dates are printed as the data gives them ("1978", "2016-11", "2016-11-18"), so year-only dates do not look
 * more precise than they are. Immutable and thread-safe.
 */
public final class MilitarizationTimeline {

    private static final Color MARK = new Color(0xA3, 0x1F, 0x1F);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final List<Feature> deployments;
    private final int fromYear;
    private final int toYear;

    /**
     * @param military the military layer
     * @param fromYear first year (inclusive) of deployments listed
     * @param toYear   last year (inclusive)
     */
    public MilitarizationTimeline(Layer military, int fromYear, int toYear) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        List<Feature> list = new ArrayList<>();
        for (Feature f : military.features()) {
            LocalDate d = f.validity().from();
            if (d != null && d.getYear() >= fromYear && d.getYear() <= toYear) {
                list.add(f);
            }
        }
        list.sort(Comparator.comparing((Feature f) -> f.validity().from()).thenComparing(Feature::id));
        this.deployments = List.copyOf(list);
    }

    /** The deployments listed, in date order. */
    public List<Feature> deployments() {
        return deployments;
    }

    /** Draws the page; the surface's unit is the point, the page at (0, 0). Sources are cited in full. */
    public void draw(Graphics2D g0, BriefingPage page) {
        draw(g0, page, SourceList.withBundledKey());
    }

    /**
     * Draws the page citing the sources in a document's list: by number when the document has a Sources annex
     * ({@link SourceList#annexPlace()}), else in full.
     */
    void draw(Graphics2D g0, BriefingPage page, SourceList sources) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double w = page.width();
            double h = page.height();
            double m = page.margin();
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, w, h));
            if (!page.handling().isEmpty()) {
                PageText.drawCentred(g, page.handling(), w / 2, h - m, 8.5f, true, HANDLING);
            }
            // The map pages' header: title, wrapped subtitle, date and viewpoint in the page's language.
            double y = PageHeader.draw(g, page, m, w) - 8;
            y += 14;
            y = drawAxis(g, m + 10, w - m - 10, y + 20, page);
            drawTable(g, m, w - m, y + 16, h - m - (page.handling().isEmpty() ? 0 : 14), page, sources);
        } finally {
            g.dispose();
        }
    }

    /* A year axis with a numbered mark per deployment; marks in the same year stack upwards. */
    private double drawAxis(Graphics2D g, double x0, double x1, double y, BriefingPage page) {
        double span = toYear + 1 - fromYear;
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.8f));
        double axisY = y + 60;
        g.draw(new Line2D.Double(x0, axisY, x1, axisY));
        for (int yr = fromYear; yr <= toYear + 1; yr++) {
            double x = x0 + (yr - fromYear) / span * (x1 - x0);
            boolean major = yr % 5 == 0 || yr == fromYear;
            g.setStroke(new BasicStroke(major ? 0.6f : 0.3f));
            g.draw(new Line2D.Double(x, axisY, x, axisY + (major ? 4 : 2)));
            if (major && yr <= toYear) {
                PageText.drawCentred(g, String.valueOf(yr), x, axisY + 11, 6.5f, false, GREY);
            }
        }
        Map<Integer, Integer> stack = new HashMap<>();
        for (int i = 0; i < deployments.size(); i++) {
            LocalDate d = deployments.get(i).validity().from();
            double t = d.getYear() - fromYear + (d.getDayOfYear() - 1) / 366.0;
            double x = x0 + t / span * (x1 - x0);
            int level = stack.merge(d.getYear() / 2, 1, Integer::sum) - 1;
            double cy = axisY - 8 - level * 11;
            g.setColor(MARK);
            g.fill(new Ellipse2D.Double(x - 4.5, cy - 4.5, 9, 9));
            g.setColor(Color.WHITE);
            PageText.drawCentred(g, String.valueOf(i + 1), x, cy + 2.2, 5.5f, true, Color.WHITE);
            g.setColor(MARK);
            g.setStroke(new BasicStroke(0.3f));
            if (level == 0) {
                g.draw(new Line2D.Double(x, cy + 4.5, x, axisY));
            }
        }
        PageText.draw(g, "Deployments by first date in the sources (numbers refer to the table)", x0, y,
                7.5f, true, INK);
        return axisY + 14;
    }

    private void drawTable(Graphics2D g, double x0, double x1, double y, double bottom, BriefingPage page,
                           SourceList sources) {
        double[] cols = {x0, x0 + 16, x0 + 60, x0 + 215, x0 + 260, x0 + 312};
        String[] head = {"No.", "Date", "Deployment / site", "Island", "Type", "Source and date note"};
        for (int i = 0; i < head.length; i++) {
            PageText.draw(g, head[i], cols[i], y, 7f, true, INK);
        }
        g.setColor(GREY);
        g.setStroke(new BasicStroke(0.4f));
        g.draw(new Line2D.Double(x0, y + 2.5, x1, y + 2.5));
        y += 11;
        float size = 6.2f;
        double lead = 7.1;
        boolean numbered = sources.annexPlace() != null;
        List<String> foot = PageText.wrap(numbered
                ? "Military layer of Claimscape. Sources numbered as on the Sources page (" + sources.annexPlace()
                        + "). Locations and dates as precise as the cited sources; approximate locations are marked "
                        + "on the map."
                : "Military layer of Claimscape. Locations and dates as precise as the cited sources; approximate "
                        + "locations are marked on the map.", 6f, false, x1 - x0);
        double footTop = bottom - foot.size() * 7.2 - 4;
        int shown = 0;
        for (int i = 0; i < deployments.size(); i++) {
            Feature f = deployments.get(i);
            List<String> site = PageText.wrap(f.label(page.viewpoint()), size, false, cols[3] - cols[2] - 6);
            String note = f.string("date_note");
            List<SourceList.Citation> cited = f.source().isEmpty() ? List.of() : sources.cite(List.of(f.source()));
            String src = numbered ? SourceList.numbers(cited)
                    : String.join("; ", cited.stream().map(SourceList.Citation::text).toList());
            if (note != null && !note.isBlank()) {
                src += (src.isEmpty() ? "" : " — ") + (numbered ? sources.renumber(note) : note);
            }
            List<String> source = PageText.wrap(src, size, false, x1 - cols[5]);
            int lines = Math.max(site.size(), source.size());
            if (y + lines * lead > footTop) {
                break;
            }
            PageText.draw(g, String.valueOf(i + 1), cols[0], y, size, true, MARK);
            String raw = f.string("valid_from");
            PageText.draw(g, raw == null ? f.validity().from().toString() : raw, cols[1], y, size, false, INK);
            drawLines(g, site, cols[2], y, size, lead, INK, lines);
            String island = f.string("island");
            PageText.draw(g, island == null ? "" : island, cols[3], y, size, false, INK);
            PageText.draw(g, f.type() == null ? "" : f.type().replace('-', ' '), cols[4], y, size, false, INK);
            drawLines(g, source, cols[5], y, size, lead, GREY, lines);
            y += lines * lead + 2.2;
            g.setColor(new Color(0xDD, 0xDD, 0xDD));
            g.setStroke(new BasicStroke(0.3f));
            g.draw(new Line2D.Double(x0, y - lead + 2, x1, y - lead + 2));
            shown++;
        }
        if (shown < deployments.size()) {
            foot = new ArrayList<>(foot);
            foot.add(0, (deployments.size() - shown) + " later deployments did not fit on this page; the military "
                    + "layer holds them all.");
        }
        for (int i = 0; i < foot.size(); i++) {
            PageText.draw(g, foot.get(i), x0, bottom - 2 - (foot.size() - 1 - i) * 7.2, 6f, false, GREY);
        }
    }

    private static void drawLines(Graphics2D g, List<String> lines, double x, double y, float size, double lead,
                                  Color c, int max) {
        for (int i = 0; i < Math.min(lines.size(), max); i++) {
            PageText.draw(g, lines.get(i), x, y + i * lead, size, false, c);
        }
    }
}
