package org.claimscape.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.claimscape.analysis.ClaimComparison.Row;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.Claims;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.analysis.MaritimeZones.SideZones;
import org.claimscape.analysis.MaritimeZones;
import org.claimscape.analysis.MaritimeZonesOp;
import org.claimscape.analysis.Side;
import org.claimscape.io.AtomicFiles;
import org.claimscape.model.Viewpoint;

/**
 * One claim comparison written as text, CSV or JSON: the {@code compare} command and the window's compare panel
 * both write it, so a comparison reads the same wherever it was made.
 *
 * <p><b>Numbers.</b> CSV and JSON round every number to 3 decimals (half up): km² to 0.001 km² (1,000 m², far
 * finer than the 1:250,000-class coastline) and percentages to 0.001 percentage points (the smallest island group
 * is about 2 % of the land). A figure that cannot be computed is an empty CSV field and JSON {@code null}.
 * Shares are <em>percent of the four islands' land</em> (the total row's {@code land_km2}), so every column of
 * the island rows adds up to the total row. Text is for reading: km² to 0.1, percent to 0.1.
 *
 * <p><b>CSV</b> (RFC 4180: UTF-8 without BOM, CRLF line ends, fields with a comma, quote or line break quoted
 * and their quotes doubled): one header line and one rectangular table ({@link #CSV_HEADER}). Every row repeats
 * {@code claim_a}, {@code claim_b} and {@code date}; the {@code row} column says what the row is, and columns that
 * do not apply to it are empty:
 * <ul>
 *   <li>{@code island}: one per island or island group; {@code id} and {@code name} (in the report's viewpoint,
 *       English by default); the land columns.
 *   <li>{@code total}: the four islands, the sum of the island rows (id {@code total}).
 *   <li>{@code formula_1956}: the islands' land inside the 1956 Joint Declaration formula (id
 *       {@value Claims#FORMULA_1956}) in {@code land_km2} and {@code land_pct_of_islands}; absent without it.
 *   <li>{@code sea_under_a}, {@code sea_under_b}: each side's 12-nm territorial sea and 200-nm zone (which
 *       includes it) under claim A or B (id = that claim) in the four sea columns; {@code note} holds the notice.
 *   <li>{@code sea_a_to_b}: the sea that changes hands going from A to B, in the sea columns of the side that
 *       gains it ({@code japan_200nm_km2} = sea going to Japan); {@code note} holds the notice.
 * </ul>
 * Sea rows are present only when the report has the maritime figures.
 *
 * <p><b>JSON</b> (version {@value #JSON_VERSION}, fields documented in the README) holds the same figures and
 * adds the claims' titles and sides, all four island names and each measure as a multiple of the 1956 formula.
 *
 * <p>Immutable.
 */
public record ComparisonReport(ClaimComparison comparison, MaritimeChange sea, ClaimInfo claimA, ClaimInfo claimB,
        Viewpoint viewpoint) {

    /** Output formats. */
    public enum Format { TEXT, CSV, JSON }

    /** A claim as the report names it; without the claims layer only the id is known (title = id). */
    public record ClaimInfo(String id, String title, List<Side> areaTo, Boolean hasAreaOnDate) {

        public ClaimInfo {
            areaTo = List.copyOf(areaTo);
        }

        static ClaimInfo bare(String id) {
            return new ClaimInfo(id, id, List.of(), null);
        }

        static ClaimInfo of(Claims claims, String id, LocalDate date) {
            return new ClaimInfo(id, claims.title(id, date), claims.sides(id), !claims.areaAt(id, date).isEmpty());
        }
    }

    public static final int JSON_VERSION = 2;

    public static final String CSV_HEADER = "claim_a,claim_b,date,row,id,name,"
            + "land_km2,in_a_km2,in_b_km2,a_only_km2,b_only_km2,both_km2,neither_km2,"
            + "land_pct_of_islands,in_a_pct_of_islands,in_b_pct_of_islands,a_only_pct_of_islands,"
            + "b_only_pct_of_islands,both_pct_of_islands,neither_pct_of_islands,"
            + "japan_12nm_km2,japan_200nm_km2,russia_12nm_km2,russia_200nm_km2,note";

    private static final String TOTAL_NAME = "Four islands, total";
    private static final String FORMULA_NAME = "1956 formula (Shikotan + Habomai)";

    private static final String CRLF = "\r\n";
    private static final String METHOD = "WGS84 ellipsoid; overlays in a Lambert azimuthal equal-area projection "
            + "centred at 45N 147E";
    private static final List<String> MEASURES = List.of("land", "in_a", "in_b", "a_only", "b_only", "both",
            "neither");
    private static final List<ToDoubleFunction<Row>> GETTERS = List.of(Row::landKm2, Row::inAKm2, Row::inBKm2,
            Row::aOnlyKm2, Row::bOnlyKm2, Row::bothKm2, Row::neitherKm2);
    private static final int SEA_COLUMNS = 4;

    /** A report of the comparison and, when {@code sea} is not null, its maritime figures; English names. */
    public static ComparisonReport of(ClaimComparison comparison, MaritimeChange sea) {
        return new ComparisonReport(comparison, sea, ClaimInfo.bare(comparison.claimA()),
                ClaimInfo.bare(comparison.claimB()), Viewpoint.NEUTRAL);
    }

    /** This report with the claims' titles, sides and whether they have an area on the date (text and JSON). */
    public ComparisonReport describing(Claims claims) {
        LocalDate d = comparison.date();
        return new ComparisonReport(comparison, sea, ClaimInfo.of(claims, comparison.claimA(), d),
                ClaimInfo.of(claims, comparison.claimB(), d), viewpoint);
    }

    /** This report naming the islands as the viewpoint does. */
    public ComparisonReport inViewpoint(Viewpoint v) {
        return new ComparisonReport(comparison, sea, claimA, claimB, v);
    }

    /** Writes the report to the file, replacing it atomically. */
    public void write(Path file, Format format) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(w, format);
            w.flush();
        });
    }

    public void write(Writer out, Format format) throws IOException {
        switch (format) {
            case TEXT -> writeText(out);
            case CSV -> writeCsv(out);
            case JSON -> writeJson(out);
        }
    }

    // ---------------------------------------------------------------- text

    /** Human-readable tables and sentences, as the {@code compare} command prints them. */
    public void writeText(Writer target) {
        ClaimComparison c = comparison;
        PrintWriter out = new PrintWriter(target);
        out.printf(Locale.ROOT, "Claim comparison on %s%n", c.date());
        out.println("  A = " + describe(claimA));
        out.println("  B = " + describe(claimB));
        out.println();
        out.println("Land, km² (WGS84 ellipsoid, equal-area projection)");
        String fmt = "%-30s %10s %10s %10s %10s %10s %10s %10s%n";
        out.printf(Locale.ROOT, fmt, "island", "land", "in A", "in B", "A only", "B only", "both", "neither");
        for (Row r : c.islands()) {
            textRow(out, fmt, name(r), r);
        }
        textRow(out, fmt, TOTAL_NAME, c.total());
        out.println();
        Row t = c.total();
        out.printf(Locale.ROOT, "Share of the four islands' land (%,.1f km²): in A %s, in B %s, A only %s, B only %s,"
                + " both %s, neither %s%n", t.landKm2(), pct(c.shareOfIslands(t.inAKm2())),
                pct(c.shareOfIslands(t.inBKm2())), pct(c.shareOfIslands(t.aOnlyKm2())),
                pct(c.shareOfIslands(t.bOnlyKm2())), pct(c.shareOfIslands(t.bothKm2())),
                pct(c.shareOfIslands(t.neitherKm2())));
        if (Double.isNaN(c.formula1956Km2())) {
            out.println("The claims layer has no 1956 formula (" + Claims.FORMULA_1956 + ") to compare with.");
        } else {
            out.printf(Locale.ROOT, "As multiples of the 1956 formula's land (%,.1f km², Shikotan + Habomai): "
                    + "in A %s, in B %s, A only %s, B only %s, both %s%n", c.formula1956Km2(),
                    times(c.shareOfFormula1956(t.inAKm2())), times(c.shareOfFormula1956(t.inBKm2())),
                    times(c.shareOfFormula1956(t.aOnlyKm2())), times(c.shareOfFormula1956(t.bOnlyKm2())),
                    times(c.shareOfFormula1956(t.bothKm2())));
        }
        if (sea != null) {
            writeSeaText(out, sea);
        }
        out.flush();
    }

    private static void writeSeaText(PrintWriter out, MaritimeChange m) {
        out.println();
        out.println("Sea, km²: 12 nm territorial sea and 200 nm zone (which includes it), split by the median line, "
                + "clipped to the map extent");
        out.println(m.notice() + ".");
        String mf = "%-14s %16s %16s %16s %16s%n";
        out.printf(Locale.ROOT, mf, "", "Japan 12 nm", "Japan 200 nm", "Russia 12 nm", "Russia 200 nm");
        out.printf(Locale.ROOT, mf, textCells("under A", zoneFigures(m.underA())));
        out.printf(Locale.ROOT, mf, textCells("under B", zoneFigures(m.underB())));
        out.printf(Locale.ROOT, "Sea changing hands from A to B: %s km² to Japan, %s km² to Russia "
                + "(of which territorial sea: %s to Japan, %s to Russia)%n", km2(m.zoneToJapanKm2()),
                km2(m.zoneToRussiaKm2()), km2(m.territorialToJapanKm2()), km2(m.territorialToRussiaKm2()));
    }

    private String describe(ClaimInfo claim) {
        String inForce = Boolean.FALSE.equals(claim.hasAreaOnDate())
                ? " [no area in force on " + comparison.date() + "]" : "";
        return claim.id() + (claim.title().equals(claim.id()) ? "" : ": " + claim.title()) + sides(claim.areaTo())
                + inForce;
    }

    private static String sides(List<Side> sides) {
        if (sides.isEmpty()) {
            return "";
        }
        List<String> titles = sides.stream().map(Side::title).toList();
        return " (area to " + String.join(" and ", titles) + ")";
    }

    private static void textRow(PrintWriter out, String fmt, String name, Row r) {
        double[] figures = GETTERS.stream().mapToDouble(g -> g.applyAsDouble(r)).toArray();
        out.printf(Locale.ROOT, fmt, textCells(name.length() > 30 ? name.substring(0, 29) + "…" : name, figures));
    }

    /* A label, then the figures in km². */
    private static Object[] textCells(String label, double[] figures) {
        Object[] cells = new Object[1 + figures.length];
        cells[0] = label;
        for (int i = 0; i < figures.length; i++) {
            cells[i + 1] = km2(figures[i]);
        }
        return cells;
    }

    private static String km2(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String times(double multiple) {
        return Double.isNaN(multiple) ? "–" : String.format(Locale.ROOT, "%.2f×", multiple);
    }

    private String name(Row r) {
        String label = r.names().label(viewpoint);
        return label != null ? label : r.id();
    }

    // ---------------------------------------------------------------- CSV

    /** The table described in the class comment: header, island rows, total, formula, sea. */
    public void writeCsv(Writer out) throws IOException {
        ClaimComparison c = comparison;
        out.write(CSV_HEADER + CRLF);
        for (Row r : c.islands()) {
            csvLine(out, "island", r.id(), name(r), landCells(r), "");
        }
        csvLine(out, "total", "total", TOTAL_NAME, landCells(c.total()), "");
        if (!Double.isNaN(c.formula1956Km2())) {
            List<String> land = new ArrayList<>(empty(2 * MEASURES.size()));
            land.set(0, num(c.formula1956Km2()));
            land.set(MEASURES.size(), num(percent(c.shareOfIslands(c.formula1956Km2()))));
            csvLine(out, "formula_1956", Claims.FORMULA_1956, FORMULA_NAME, concat(land, empty(SEA_COLUMNS)),
                    "islands' land inside the 1956 Joint Declaration formula's area");
        }
        if (sea == null) {
            return;
        }
        List<String> noLand = empty(2 * MEASURES.size());
        csvLine(out, "sea_under_a", c.claimA(), "Sea under claim A", concat(noLand, nums(zoneFigures(sea.underA()))),
                sea.notice());
        csvLine(out, "sea_under_b", c.claimB(), "Sea under claim B", concat(noLand, nums(zoneFigures(sea.underB()))),
                sea.notice());
        double[] change = {sea.territorialToJapanKm2(), sea.zoneToJapanKm2(), sea.territorialToRussiaKm2(),
            sea.zoneToRussiaKm2()};
        csvLine(out, "sea_a_to_b", "", "Sea changing hands from A to B", concat(noLand, nums(change)),
                sea.notice() + "; each side's columns hold the sea it gains");
    }

    /* Land km², then percent of the islands' land, then empty sea columns. */
    private List<String> landCells(Row r) {
        List<String> cells = new ArrayList<>();
        for (ToDoubleFunction<Row> g : GETTERS) {
            cells.add(num(g.applyAsDouble(r)));
        }
        for (ToDoubleFunction<Row> g : GETTERS) {
            cells.add(num(percent(comparison.shareOfIslands(g.applyAsDouble(r)))));
        }
        return concat(cells, empty(SEA_COLUMNS));
    }

    private void csvLine(Writer out, String row, String id, String name, List<String> figures, String note)
            throws IOException {
        ClaimComparison c = comparison;
        List<String> fields = new ArrayList<>(List.of(csv(c.claimA()), csv(c.claimB()),
                c.date() == null ? "" : c.date().toString(), row, csv(id), csv(name)));
        fields.addAll(figures);
        fields.add(csv(note));
        out.write(String.join(",", fields) + CRLF);
    }

    /* Japan 12 nm, Japan 200 nm, Russia 12 nm, Russia 200 nm: the order of the sea columns. */
    private static double[] zoneFigures(MaritimeZones z) {
        return new double[] {z.japan().territorialSeaKm2(), z.japan().zone200Km2(), z.russia().territorialSeaKm2(),
            z.russia().zone200Km2()};
    }

    private static List<String> nums(double[] values) {
        List<String> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(num(v));
        }
        return out;
    }

    private static List<String> empty(int n) {
        return Collections.nCopies(n, "");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** RFC 4180: quotes a field holding a comma, quote or line break, doubling its quotes. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String num(double v) {
        BigDecimal d = rounded(v);
        return d == null ? "" : d.toPlainString();
    }

    /* The one rounding of CSV and JSON; null for NaN and infinities. */
    static BigDecimal rounded(double v) {
        return Double.isFinite(v) ? new BigDecimal(v).setScale(3, RoundingMode.HALF_UP) : null;
    }

    private static double percent(double share) {
        return share * 100;
    }

    // ---------------------------------------------------------------- JSON

    /** One pretty-printed JSON object (version {@value #JSON_VERSION}), then a line break. */
    public void writeJson(Writer out) throws IOException {
        ClaimComparison c = comparison;
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "claimscape-compare");
            g.writeNumberField("version", JSON_VERSION);
            g.writeStringField("date", c.date() == null ? null : c.date().toString());
            g.writeStringField("units", "km2");
            g.writeStringField("shares", "percent of total.land_km2");
            g.writeStringField("method", METHOD);
            g.writeStringField("viewpoint", viewpoint.code());
            writeClaim(g, "claim_a", claimA);
            writeClaim(g, "claim_b", claimB);
            g.writeArrayFieldStart("islands");
            for (Row r : c.islands()) {
                writeRow(g, r, name(r));
            }
            g.writeEndArray();
            g.writeFieldName("total");
            writeRow(g, c.total(), TOTAL_NAME);
            g.writeFieldName("formula_1956");
            if (Double.isNaN(c.formula1956Km2())) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeStringField("claim", Claims.FORMULA_1956);
                number(g, "land_km2", c.formula1956Km2());
                number(g, "pct_of_islands", percent(c.shareOfIslands(c.formula1956Km2())));
                g.writeEndObject();
            }
            g.writeFieldName("maritime");
            if (sea == null) {
                g.writeNull();
            } else {
                writeMaritime(g, sea);
            }
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void writeClaim(JsonGenerator g, String field, ClaimInfo claim) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("id", claim.id());
        g.writeStringField("title", claim.title());
        g.writeFieldName("has_area_on_date");
        if (claim.hasAreaOnDate() == null) {
            g.writeNull();
        } else {
            g.writeBoolean(claim.hasAreaOnDate());
        }
        g.writeArrayFieldStart("area_to");
        for (Side s : claim.areaTo()) {
            g.writeString(s.code());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeRow(JsonGenerator g, Row r, String name) throws IOException {
        ClaimComparison c = comparison;
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name", name);
        g.writeStringField("name_en", r.names().en());
        g.writeStringField("name_ja", r.names().ja());
        g.writeStringField("name_ru", r.names().ru());
        g.writeStringField("name_ja_latn", r.names().jaLatin());
        for (int i = 0; i < MEASURES.size(); i++) {
            number(g, MEASURES.get(i) + "_km2", GETTERS.get(i).applyAsDouble(r));
        }
        g.writeObjectFieldStart("pct_of_islands");
        for (int i = 0; i < MEASURES.size(); i++) {
            number(g, MEASURES.get(i), percent(c.shareOfIslands(GETTERS.get(i).applyAsDouble(r))));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("multiple_of_formula_1956");
        for (int i = 0; i < MEASURES.size(); i++) {
            number(g, MEASURES.get(i), c.shareOfFormula1956(GETTERS.get(i).applyAsDouble(r)));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeMaritime(JsonGenerator g, MaritimeChange m) throws IOException {
        g.writeStartObject();
        g.writeStringField("notice", m.notice());
        g.writeNumberField("territorial_sea_nm", MaritimeZonesOp.TERRITORIAL_SEA_NM);
        g.writeNumberField("zone_nm", MaritimeZonesOp.ZONE_NM);
        writeZones(g, "under_a", m.underA());
        writeZones(g, "under_b", m.underB());
        g.writeObjectFieldStart("change_a_to_b");
        number(g, "zone_to_japan_km2", m.zoneToJapanKm2());
        number(g, "zone_to_russia_km2", m.zoneToRussiaKm2());
        number(g, "territorial_to_japan_km2", m.territorialToJapanKm2());
        number(g, "territorial_to_russia_km2", m.territorialToRussiaKm2());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeZones(JsonGenerator g, String field, MaritimeZones z) throws IOException {
        g.writeObjectFieldStart(field);
        for (SideZones s : List.of(z.japan(), z.russia())) {
            g.writeObjectFieldStart(s.side() == Side.JAPAN ? "japan" : "russia");
            number(g, "territorial_sea_km2", s.territorialSeaKm2());
            number(g, "zone_200nm_km2", s.zone200Km2());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        BigDecimal d = rounded(v);
        if (d == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, d);
        }
    }
}
