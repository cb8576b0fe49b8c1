package org.claimscape.export;

import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.INK;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.RenderText;

/**
 * An island page's fact box: the official area with its source, the population with its date and source, and
 * the main settlement in the three scripts, all read from the islands and places layers (never typed in here).
 * Drawn as a panel on the map, where labels keep clear of it. Immutable.
 *
 * @param title the island's name under the viewpoint
 * @param rows  label, value and source of each fact
 */
public record FactBox(String title, List<Row> rows) {

    /** One fact: what it is, its value, and "Source: …" in a few words (empty when the value is a name). */
    public record Row(String label, String value, String source) {
    }

    private static final float TITLE = 7.5f;
    private static final float TEXT = 6.5f;
    private static final float SOURCE = 5.5f;
    private static final double LINE = 8;
    private static final double PAD = 5;
    /** The panel's width, points. */
    static final double WIDTH = 168;

    /**
     * The fact box of an island ({@code id} an islands-layer id) or a group of islets ({@code id} their
     * {@code group}), or empty when the layer has neither.
     */
    public static Optional<FactBox> of(Layer islands, Layer places, String id, Viewpoint vp) {
        if (islands == null) {
            return Optional.empty();
        }
        Feature island = islands.feature(id);
        Feature member = island;
        if (member == null) {
            member = islands.features().stream().filter(f -> id.equals(f.string("group"))).findFirst().orElse(null);
        }
        if (member == null) {
            return Optional.empty();
        }
        Locale locale = RenderText.locale(vp);
        NumberFormat n = NumberFormat.getIntegerInstance(vp == Viewpoint.NEUTRAL ? Locale.ENGLISH : locale);
        List<Row> rows = new ArrayList<>();
        Optional<Double> area = island != null ? island.number("area_km2_published")
                : member.number("group_area_km2_published");
        String areaSource = island != null ? island.string("area_source") : member.string("group_area_source");
        area.ifPresent(a -> rows.add(new Row(RenderText.get(vp, "factbox.area"), n.format(a) + " km²",
                source(vp, areaSource))));
        Optional<Double> people = member.number("population_approx");
        if (people.isPresent()) {
            String when = member.string("population_date") == null ? "" : " (" + YearMonth.parse(
                    member.string("population_date")).format(DateTimeFormatter.ofPattern(
                    RenderText.get(vp, "factbox.month-pattern"), vp == Viewpoint.NEUTRAL ? Locale.ENGLISH : locale))
                    + ")";
            rows.add(new Row(RenderText.get(vp, "factbox.population"),
                    RenderText.format(vp, "factbox.about", n.format(people.get())) + when,
                    source(vp, member.string("population_source"))));
        } else if (member.string("population_note") != null) {
            rows.add(new Row(RenderText.get(vp, "factbox.population"), RenderText.get(vp, "factbox.no-residents"),
                    source(vp, member.string("population_source"))));
        }
        String settlementId = member.string("main_settlement");
        Feature settlement = settlementId == null || places == null ? null : places.feature(settlementId);
        if (settlement != null) {
            rows.add(new Row(RenderText.get(vp, "factbox.settlement"), threeScripts(settlement), ""));
        }
        String title = island != null ? island.label(vp) : RenderText.get(vp, "factbox.group." + id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(new FactBox(title, List.copyOf(rows)));
    }

    /* "Kurilsk · Курильск · 紗那": the English name without its pre-war half, the Russian, the Japanese. */
    private static String threeScripts(Feature f) {
        String en = f.names().en() == null ? "" : f.names().en().split(" / ")[0];
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {en, f.names().ru(), f.names().ja()}) {
            if (s != null && !s.isBlank() && !parts.contains(s)) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    private static String source(Viewpoint vp, String cited) {
        return cited == null ? "" : RenderText.format(vp, "factbox.source", shortSource(cited));
    }

    private static final Pattern CITED = Pattern.compile("\\[S\\d+]\\s*([^,(\"]+)");

    /* "[S01] MOFA Japan, "Information…"" → "MOFA Japan"; several sources joined. */
    static String shortSource(String source) {
        if (source == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        Matcher m = CITED.matcher(source);
        while (m.find()) {
            String s = m.group(1).trim();
            if (!s.isEmpty() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out.isEmpty() ? source : String.join("; ", out);
    }

    /* The lines of the box as set in its width: title, then per row the label and value, then the source. */
    private List<Line> lines() {
        List<Line> out = new ArrayList<>();
        double inner = WIDTH - 2 * PAD;
        for (String t : PageText.wrap(title, TITLE, true, inner)) {
            out.add(new Line(t, TITLE, true, INK, 0));
        }
        for (Row r : rows) {
            List<String> text = PageText.wrap(r.label() + ": " + r.value(), TEXT, false, inner);
            text.forEach(t -> out.add(new Line(t, TEXT, false, INK, 0)));
            if (!r.source().isEmpty()) {
                for (String s : PageText.wrap(r.source(), SOURCE, false, inner - 6)) {
                    out.add(new Line(s, SOURCE, false, GREY, 6));
                }
            }
        }
        return out;
    }

    private record Line(String text, float size, boolean bold, java.awt.Color color, double indent) {
    }

    /** The panel's height, points. */
    double height() {
        return lines().size() * LINE + 2 * PAD - 1;
    }

    void draw(Graphics2D g, Rectangle2D box) {
        PageStyle.panel(g, box, 240);
        double y = box.getY() + PAD + 6;
        for (Line l : lines()) {
            PageText.draw(g, l.text(), box.getX() + PAD + l.indent(), y, l.size(), l.bold(), l.color());
            y += LINE;
        }
    }
}
