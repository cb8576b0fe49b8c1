package org.claimscape.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.ClaimComparison.Row;
import org.claimscape.analysis.ClaimComparisonOp;
import org.claimscape.analysis.Claims;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.analysis.MaritimeZones;
import org.claimscape.analysis.MaritimeZonesOp;
import org.claimscape.analysis.Side;
import org.claimscape.analysis.UnknownClaimException;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Layer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare CLAIM_A CLAIM_B [--date D] [--format text|csv|json]}: how two claims divide the disputed islands'
 * land (A only, B only, both, neither; per island and in total; km² and shares) and, unless
 * {@code --no-maritime}, the illustrative 12/200-nautical-mile zones under each and the sea that changes hands.
 * The JSON fields are documented in the README ("compare --format json: the fields").
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two claims: the disputed islands' land in A only, B only, both and",
            "neither, per island and in total (km², share of the four islands, multiple of",
            "the 1956 formula), and the sea (12 nm territorial sea, 200 nm zone, split by",
            "the median line) that changes hands from A to B.",
            "Maritime figures are a computed illustration, not a legal boundary."},
        footer = {"", "Exit codes: 0 ok, 1 unknown claim or unreadable data, 2 usage error."})
public final class CompareCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { TEXT, CSV, JSON }

    /* Case-insensitive on its own, whether or not the parent command line allows that for enums. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not text, csv or json");
            }
        }
    }

    private static final String[] MEASURES = {"land", "in_a", "in_b", "a_only", "b_only", "both", "neither"};
    private static final List<ToDoubleFunction<Row>> GETTERS = List.of(Row::landKm2, Row::inAKm2, Row::inBKm2,
            Row::aOnlyKm2, Row::bOnlyKm2, Row::bothKm2, Row::neitherKm2);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLAIM_A", description = "Claim id (the 'claim' property), e.g. jp-claim.")
    String claimA;

    @Parameters(index = "1", paramLabel = "CLAIM_B", description = "Claim id, e.g. declaration-1956.")
    String claimB;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Use the claim and island features valid on this date (default: today).")
    LocalDate date;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text, csv or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--no-maritime", description = "Skip the maritime zones (they take a few seconds).")
    boolean noMaritime;

    @CommandLine.Mixin
    DataOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = date != null ? date : LocalDate.now();
        Layer claimsLayer;
        Layer islands;
        Layer land;
        try {
            BundledLayers layers = data.load();
            claimsLayer = layers.layer("claims");
            islands = layers.layer("islands");
            land = layers.layer("land");
        } catch (IOException e) {
            return fail(err, "cannot read the data: " + e.getMessage());
        }
        if (claimsLayer == null || islands == null || (!noMaritime && land == null)) {
            return fail(err, "the data lacks a 'claims', 'islands' or 'land' layer");
        }
        Claims claims = Claims.of(claimsLayer);
        for (String id : new String[] {claimA, claimB}) {
            if (!claims.contains(id)) {
                UnknownClaimException e = new UnknownClaimException(id, claims.ids());
                return fail(err, e.getMessage());
            }
        }
        ClaimComparison c = new ClaimComparisonOp(claims, islands).compare(claimA, claimB, day);
        MaritimeChange m = noMaritime ? null
                : new MaritimeZonesOp(land, claims, MaritimeZonesOp.Settings.DEFAULT).change(claimA, claimB, day);
        try {
            switch (format) {
                case CSV: writeCsv(out, c, m); break;
                case JSON: writeJson(out, claims, c, m); break;
                default: writeText(out, claims, c, m);
            }
        } catch (IOException e) {
            return fail(err, "cannot write the output: " + e.getMessage());
        }
        out.flush();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return 1;
    }

    // ---------------------------------------------------------------- text

    private static void writeText(PrintWriter out, Claims claims, ClaimComparison c, MaritimeChange m) {
        out.printf(Locale.ROOT, "Claim comparison on %s%n", c.date());
        out.println("  A = " + describe(claims, c.claimA(), c.date()));
        out.println("  B = " + describe(claims, c.claimB(), c.date()));
        out.println();
        out.println("Land, km² (WGS84 ellipsoid, equal-area projection)");
        String fmt = "%-30s %10s %10s %10s %10s %10s %10s %10s%n";
        out.printf(Locale.ROOT, fmt, "island", "land", "in A", "in B", "A only", "B only", "both", "neither");
        for (Row r : c.islands()) {
            textRow(out, fmt, name(r), r);
        }
        textRow(out, fmt, "Four islands, total", c.total());
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
            out.printf(Locale.ROOT, "As multiples of the 1956 formula's land (%,.1f km², Shikotan + Habomai): in A %s, "
                    + "in B %s, A only %s, B only %s, both %s%n", c.formula1956Km2(),
                    times(c.shareOfFormula1956(t.inAKm2())), times(c.shareOfFormula1956(t.inBKm2())),
                    times(c.shareOfFormula1956(t.aOnlyKm2())), times(c.shareOfFormula1956(t.bOnlyKm2())),
                    times(c.shareOfFormula1956(t.bothKm2())));
        }
        if (m == null) {
            return;
        }
        out.println();
        out.println("Sea, km²: 12 nm territorial sea and 200 nm zone (which includes it), split by the median line, "
                + "clipped to the map extent");
        out.println(m.notice() + ".");
        String mf = "%-14s %16s %16s %16s %16s%n";
        out.printf(Locale.ROOT, mf, "", "Japan 12 nm", "Japan 200 nm", "Russia 12 nm", "Russia 200 nm");
        for (MaritimeZones z : List.of(m.underA(), m.underB())) {
            out.printf(Locale.ROOT, mf, "under " + (z == m.underA() ? "A" : "B"), km2(z.japan().territorialSeaKm2()),
                    km2(z.japan().zone200Km2()), km2(z.russia().territorialSeaKm2()), km2(z.russia().zone200Km2()));
        }
        out.printf(Locale.ROOT, "Sea changing hands from A to B: %s km² to Japan, %s km² to Russia "
                + "(of which territorial sea: %s to Japan, %s to Russia)%n", km2(m.zoneToJapanKm2()),
                km2(m.zoneToRussiaKm2()), km2(m.territorialToJapanKm2()), km2(m.territorialToRussiaKm2()));
    }

    private static String describe(Claims claims, String id, LocalDate date) {
        String title = claims.title(id, date);
        String inForce = claims.areaAt(id, date).isEmpty() ? " [no area in force on " + date + "]" : "";
        return id + (title.equals(id) ? "" : ": " + title) + sides(claims, id) + inForce;
    }

    private static String sides(Claims claims, String id) {
        List<Side> sides = claims.sides(id);
        if (sides.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (area to ");
        for (int i = 0; i < sides.size(); i++) {
            sb.append(i == 0 ? "" : " and ").append(sides.get(i).title());
        }
        return sb.append(')').toString();
    }

    private static void textRow(PrintWriter out, String fmt, String name, Row r) {
        Object[] cells = new Object[8];
        cells[0] = name.length() > 30 ? name.substring(0, 29) + "…" : name;
        for (int i = 0; i < GETTERS.size(); i++) {
            cells[i + 1] = km2(GETTERS.get(i).applyAsDouble(r));
        }
        out.printf(Locale.ROOT, fmt, cells);
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

    private static String name(Row r) {
        return r.names().en() != null ? r.names().en() : r.id();
    }

    // ---------------------------------------------------------------- CSV

    /* Long ("tidy") format: one measure per line, so that land and sea figures share one table. */
    private static void writeCsv(PrintWriter out, ClaimComparison c, MaritimeChange m) {
        out.println("claim_a,claim_b,date,section,item,measure,km2,share_of_islands,share_of_formula_1956");
        String prefix = csv(c.claimA()) + "," + csv(c.claimB()) + "," + c.date() + ",";
        for (Row r : c.islands()) {
            csvRow(out, prefix, "island", r, c);
        }
        csvRow(out, prefix, "total", c.total(), c);
        if (!Double.isNaN(c.formula1956Km2())) {
            out.println(prefix + "formula_1956," + Claims.FORMULA_1956 + ",land," + num(c.formula1956Km2()) + ","
                    + num(c.shareOfIslands(c.formula1956Km2())) + ",1");
        }
        if (m == null) {
            return;
        }
        for (MaritimeZones z : List.of(m.underA(), m.underB())) {
            String under = z == m.underA() ? "under_a" : "under_b";
            for (MaritimeZones.SideZones s : List.of(z.japan(), z.russia())) {
                String item = under + "_" + s.side().code().toLowerCase(Locale.ROOT);
                out.println(prefix + "maritime," + item + ",territorial_sea_12nm," + num(s.territorialSeaKm2()) + ",,");
                out.println(prefix + "maritime," + item + ",zone_200nm," + num(s.zone200Km2()) + ",,");
            }
        }
        out.println(prefix + "maritime_change,a_to_b,zone_to_japan," + num(m.zoneToJapanKm2()) + ",,");
        out.println(prefix + "maritime_change,a_to_b,zone_to_russia," + num(m.zoneToRussiaKm2()) + ",,");
        out.println(prefix + "maritime_change,a_to_b,territorial_to_japan," + num(m.territorialToJapanKm2()) + ",,");
        out.println(prefix + "maritime_change,a_to_b,territorial_to_russia," + num(m.territorialToRussiaKm2()) + ",,");
    }

    private static void csvRow(PrintWriter out, String prefix, String section, Row r, ClaimComparison c) {
        for (int i = 0; i < MEASURES.length; i++) {
            double v = GETTERS.get(i).applyAsDouble(r);
            out.println(prefix + section + "," + csv(r.id()) + "," + MEASURES[i] + "," + num(v) + ","
                    + num(c.shareOfIslands(v)) + "," + num(c.shareOfFormula1956(v)));
        }
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    // ---------------------------------------------------------------- JSON

    private static void writeJson(PrintWriter out, Claims claims, ClaimComparison c, MaritimeChange m)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "claimscape-compare");
            g.writeNumberField("version", 1);
            g.writeStringField("date", c.date().toString());
            g.writeStringField("units", "km2");
            g.writeStringField("method", "WGS84 ellipsoid; overlays in a Lambert azimuthal equal-area projection "
                    + "centred at 45N 147E");
            writeClaim(g, "claim_a", claims, c.claimA(), c.date());
            writeClaim(g, "claim_b", claims, c.claimB(), c.date());
            g.writeArrayFieldStart("islands");
            for (Row r : c.islands()) {
                writeRow(g, r, c);
            }
            g.writeEndArray();
            g.writeFieldName("total");
            writeRow(g, c.total(), c);
            g.writeFieldName("formula_1956");
            if (Double.isNaN(c.formula1956Km2())) {
                g.writeNull();
            } else {
                g.writeStartObject();
                g.writeStringField("claim", Claims.FORMULA_1956);
                number(g, "land_km2", c.formula1956Km2());
                number(g, "share_of_islands", c.shareOfIslands(c.formula1956Km2()));
                g.writeEndObject();
            }
            g.writeFieldName("maritime");
            if (m == null) {
                g.writeNull();
            } else {
                writeMaritime(g, m);
            }
            g.writeEndObject();
        }
        out.println();
    }

    private static void writeClaim(JsonGenerator g, String field, Claims claims, String id, LocalDate date)
            throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("id", id);
        g.writeStringField("title", claims.title(id, date));
        g.writeBooleanField("has_area_on_date", !claims.areaAt(id, date).isEmpty());
        g.writeArrayFieldStart("area_to");
        for (Side s : claims.sides(id)) {
            g.writeString(s.code());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeRow(JsonGenerator g, Row r, ClaimComparison c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("name_en", r.names().en());
        g.writeStringField("name_ja", r.names().ja());
        g.writeStringField("name_ru", r.names().ru());
        g.writeStringField("name_ja_latn", r.names().jaLatin());
        for (int i = 0; i < MEASURES.length; i++) {
            number(g, MEASURES[i] + "_km2", GETTERS.get(i).applyAsDouble(r));
        }
        g.writeObjectFieldStart("share_of_islands");
        for (int i = 0; i < MEASURES.length; i++) {
            number(g, MEASURES[i], c.shareOfIslands(GETTERS.get(i).applyAsDouble(r)));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("share_of_formula_1956");
        for (int i = 0; i < MEASURES.length; i++) {
            number(g, MEASURES[i], c.shareOfFormula1956(GETTERS.get(i).applyAsDouble(r)));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeMaritime(JsonGenerator g, MaritimeChange m) throws IOException {
        g.writeStartObject();
        g.writeStringField("notice", m.notice());
        g.writeNumberField("territorial_sea_nm", MaritimeZonesOp.TERRITORIAL_SEA_NM);
        g.writeNumberField("zone_nm", MaritimeZonesOp.ZONE_NM);
        for (MaritimeZones z : List.of(m.underA(), m.underB())) {
            g.writeObjectFieldStart(z == m.underA() ? "under_a" : "under_b");
            for (MaritimeZones.SideZones s : List.of(z.japan(), z.russia())) {
                g.writeObjectFieldStart(s.side() == Side.JAPAN ? "japan" : "russia");
                number(g, "territorial_sea_km2", s.territorialSeaKm2());
                number(g, "zone_200nm_km2", s.zone200Km2());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeObjectFieldStart("change_a_to_b");
        number(g, "zone_to_japan_km2", m.zoneToJapanKm2());
        number(g, "zone_to_russia_km2", m.zoneToRussiaKm2());
        number(g, "territorial_to_japan_km2", m.territorialToJapanKm2());
        number(g, "territorial_to_russia_km2", m.territorialToRussiaKm2());
        g.writeEndObject();
        g.writeEndObject();
    }

    /* km² to 1 m² is more than the data can carry; 6 decimals keep shares and small islets exact enough. */
    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, Math.round(v * 1e6) / 1e6);
        }
    }
}
