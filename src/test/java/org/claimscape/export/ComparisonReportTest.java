package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.claimscape.analysis.ClaimComparison.Row;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.ClaimComparisonOp;
import org.claimscape.analysis.Claims;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.analysis.MaritimeZones.SideZones;
import org.claimscape.analysis.MaritimeZones;
import org.claimscape.analysis.Side;
import org.claimscape.cli.CompareCommand;
import org.claimscape.export.ComparisonReport.Format;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Names;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The comparison report's CSV and JSON checked against the layout its class comment specifies. */
class ComparisonReportTest {

    /* The columns as the class comment lists them. */
    private static final List<String> COLUMNS = List.of("claim_a", "claim_b", "date", "row", "id", "name",
            "land_km2", "in_a_km2", "in_b_km2", "a_only_km2", "b_only_km2", "both_km2", "neither_km2",
            "land_pct_of_islands", "in_a_pct_of_islands", "in_b_pct_of_islands", "a_only_pct_of_islands",
            "b_only_pct_of_islands", "both_pct_of_islands", "neither_pct_of_islands",
            "japan_12nm_km2", "japan_200nm_km2", "russia_12nm_km2", "russia_200nm_km2", "note");
    private static final List<String> MEASURES = List.of("land", "in_a", "in_b", "a_only", "b_only", "both",
            "neither");
    private static final List<ToDoubleFunction<Row>> GETTERS = List.of(Row::landKm2, Row::inAKm2, Row::inBKm2,
            Row::aOnlyKm2, Row::bOnlyKm2, Row::bothKm2, Row::neitherKm2);
    private static final String AWKWARD = "Big \"Ōshima\", north";
    private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

    @TempDir
    Path dir;

    private final Row big = new Row("big", new Names(AWKWARD, "大島", "Большой", "Ōshima"),
            3000.12345, 3000.12345, 100.5, 2899.62345, 0, 100.5, 0);
    private final Row small = new Row("smalls", new Names("Smalls", null, null, null),
            200.0004, 200.0004, 150.25, 50.0004, 0, 150.25, 0);
    private final ClaimComparison comparison = new ClaimComparison("jp-claim", "declaration-1956", DAY,
            List.of(big, small), new Row("total", Names.NONE, 3200.12385, 3200.12385, 250.75, 2949.62385, 0,
            250.75, 0), 250.75);
    private final MaritimeChange sea = new MaritimeChange("jp-claim", "declaration-1956", DAY,
            zones("jp-claim", 85556.5, 424211.9, 110358.3, 892055.9),
            zones("declaration-1956", 66510.7, 315897.4, 129404.2, 1000395.1), null, null,
            0, 108288.31, 0.0004, 19017.9, "Computed illustration, not a legal boundary");

    @Test
    void csvIsOneRectangularTableOfIslandsTotalFormulaAndSea() throws IOException {
        String text = csv(ComparisonReport.of(comparison, sea));
        List<List<String>> rows = parseCsv(text);

        assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(rows.get(0)).isEqualTo(COLUMNS);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(COLUMNS.size()));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(3)).containsExactly("island", "island",
                "total", "formula_1956", "sea_under_a", "sea_under_b", "sea_a_to_b");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.subList(0, 3))
                .containsExactly("jp-claim", "declaration-1956", "2020-01-01"));
    }

    @Test
    void landRowsHoldTheComparisonsKm2AndPercentOfTheIslandsToThreeDecimals() throws IOException {
        List<Map<String, String>> rows = records(csv(ComparisonReport.of(comparison, sea)));
        List<Row> expected = List.of(big, small, comparison.total());

        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> r = rows.get(i);
            Row e = expected.get(i);
            assertThat(r.get("id")).isEqualTo(e.id());
            for (int m = 0; m < MEASURES.size(); m++) {
                double km2 = GETTERS.get(m).applyAsDouble(e);
                assertThat(r.get(MEASURES.get(m) + "_km2")).matches("\\d+\\.\\d{3}");
                assertThat(Double.parseDouble(r.get(MEASURES.get(m) + "_km2"))).isCloseTo(km2, within(0.0005));
                assertThat(r.get(MEASURES.get(m) + "_pct_of_islands")).matches("\\d+\\.\\d{3}");
                assertThat(Double.parseDouble(r.get(MEASURES.get(m) + "_pct_of_islands")))
                        .isCloseTo(100 * km2 / comparison.total().landKm2(), within(0.0005));
            }
            assertThat(r.get("japan_200nm_km2")).isEmpty();
        }
        assertThat(rows.get(0).get("name")).isEqualTo(AWKWARD);
        assertThat(rows.get(2).get("land_pct_of_islands")).isEqualTo("100.000");
    }

    @Test
    void totalRowIsTheSumOfTheIslandRows() throws IOException {
        List<Map<String, String>> rows = records(csv(ComparisonReport.of(comparison, null)));

        for (String column : COLUMNS.subList(6, 20)) {
            double sum = Double.parseDouble(rows.get(0).get(column)) + Double.parseDouble(rows.get(1).get(column));
            assertThat(Double.parseDouble(rows.get(2).get(column))).as(column).isCloseTo(sum, within(0.0015));
        }
        assertThat(rows.get(2).get("row")).isEqualTo("total");
    }

    @Test
    void formulaAndSeaRowsFillOnlyTheirColumns() throws IOException {
        List<Map<String, String>> rows = records(csv(ComparisonReport.of(comparison, sea)));
        Map<String, String> formula = rows.get(3);
        Map<String, String> underA = rows.get(4);
        Map<String, String> change = rows.get(6);

        assertThat(formula.get("id")).isEqualTo(Claims.FORMULA_1956);
        assertThat(formula.get("land_km2")).isEqualTo("250.750");
        assertThat(Double.parseDouble(formula.get("land_pct_of_islands")))
                .isCloseTo(100 * 250.75 / 3200.12385, within(0.0005));
        assertThat(formula.get("in_a_km2")).isEmpty();
        assertThat(underA.get("id")).isEqualTo("jp-claim");
        assertThat(underA.get("land_km2")).isEmpty();
        assertThat(List.of(underA.get("japan_12nm_km2"), underA.get("japan_200nm_km2"),
                underA.get("russia_12nm_km2"), underA.get("russia_200nm_km2")))
                .containsExactly("85556.500", "424211.900", "110358.300", "892055.900");
        assertThat(underA.get("note")).isEqualTo(sea.notice());
        assertThat(List.of(change.get("japan_12nm_km2"), change.get("japan_200nm_km2"),
                change.get("russia_12nm_km2"), change.get("russia_200nm_km2")))
                .containsExactly("0.000", "0.000", "19017.900", "108288.310");
        assertThat(change.get("note")).startsWith(sea.notice());
    }

    @Test
    void namesWithACommaOrAQuoteAreQuotedWithDoubledQuotes() throws IOException {
        String text = csv(ComparisonReport.of(comparison, null));

        assertThat(text).contains(",big,\"Big \"\"Ōshima\"\", north\",");
    }

    @Test
    void viewpointNamesTheIslandsAndWithoutFiguresTheirFieldsAreEmpty() throws IOException {
        Row empty = new Row("none", Names.NONE, 0, 0, 0, 0, 0, 0, 0);
        ClaimComparison nothing = new ClaimComparison("a", "b", DAY, List.of(empty), empty, Double.NaN);

        List<Map<String, String>> ja = records(csv(ComparisonReport.of(comparison, null)
                .inViewpoint(Viewpoint.JAPANESE)));
        List<Map<String, String>> none = records(csv(ComparisonReport.of(nothing, null)));

        assertThat(ja.get(0).get("name")).isEqualTo("大島");
        assertThat(none).hasSize(2);
        assertThat(none.get(0).get("land_km2")).isEqualTo("0.000");
        assertThat(none.get(0).get("land_pct_of_islands")).isEmpty();
    }

    @Test
    void jsonParsesWithTheDocumentedFields() throws IOException {
        StringWriter out = new StringWriter();
        ComparisonReport.of(comparison, sea).writeJson(out);
        Map<String, Object> json = parseJson(out.toString());

        assertThat(json).containsEntry("format", "claimscape-compare").containsEntry("version", 2.0)
                .containsEntry("date", "2020-01-01").containsEntry("units", "km2")
                .containsEntry("viewpoint", "neutral");
        assertThat(object(json, "claim_a")).containsEntry("id", "jp-claim").containsEntry("has_area_on_date", null);
        List<?> islands = (List<?>) json.get("islands");
        assertThat(islands).hasSize(2);
        Map<String, Object> first = cast(islands.get(0));
        assertThat(first).containsEntry("id", "big").containsEntry("name", AWKWARD).containsEntry("name_ja", "大島")
                .containsEntry("land_km2", 3000.123);
        Map<String, Object> total = object(json, "total");
        assertThat((Double) total.get("in_b_km2")).isEqualTo(250.75);
        assertThat((Double) object(total, "pct_of_islands").get("land")).isEqualTo(100.0);
        assertThat((Double) object(total, "multiple_of_formula_1956").get("in_b")).isEqualTo(1.0);
        assertThat(object(json, "formula_1956")).containsEntry("claim", Claims.FORMULA_1956)
                .containsEntry("land_km2", 250.75);
        Map<String, Object> change = object(object(json, "maritime"), "change_a_to_b");
        assertThat(change).containsEntry("zone_to_russia_km2", 108288.31)
                .containsEntry("territorial_to_japan_km2", 0.0);
        assertThat((Double) object(object(object(json, "maritime"), "under_b"), "russia").get("zone_200nm_km2"))
                .isEqualTo(1000395.1);
    }

    @Test
    void jsonWithoutFormulaOrSeaHasNulls() throws IOException {
        ClaimComparison noFormula = new ClaimComparison("a", "b", DAY, List.of(big), big, Double.NaN);
        StringWriter out = new StringWriter();
        ComparisonReport.of(noFormula, null).writeJson(out);
        Map<String, Object> json = parseJson(out.toString());

        assertThat(json).containsEntry("formula_1956", null).containsEntry("maritime", null);
        assertThat(object(object(json, "total"), "multiple_of_formula_1956")).containsEntry("land", null);
    }

    @Test
    void fileIsTheCsvInUtf8AndNothingElseIsLeftBeside() throws IOException {
        Path file = dir.resolve("out/compare.csv");
        ComparisonReport report = ComparisonReport.of(comparison, sea);

        report.write(file, Format.CSV);

        assertThat(Files.readAllBytes(file)).isEqualTo(csv(report).getBytes(StandardCharsets.UTF_8));
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    /* The window exports through ComparisonReport too; this pins the CLI side to the same bytes. */
    @Test
    void cliCsvForTheBundledClaimsIsTheReportsCsv() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new CompareCommand());
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("jp-claim", "declaration-1956", "--date", "2020-01-01", "--format", "csv",
                "--no-maritime");
        BundledLayers layers = BundledLayers.load();
        ClaimComparison direct = new ClaimComparisonOp(Claims.of(layers.layer("claims")), layers.layer("islands"))
                .compare("jp-claim", "declaration-1956", DAY);
        Path file = dir.resolve("window.csv");
        ComparisonReport.of(direct, null).write(file, Format.CSV);

        assertThat(exit).isZero();
        assertThat(out.toString().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
        assertThat(records(out.toString())).hasSize(direct.islands().size() + 2);
    }

    // ---------------------------------------------------------------- helpers

    private static String csv(ComparisonReport report) throws IOException {
        StringWriter out = new StringWriter();
        report.writeCsv(out);
        return out.toString();
    }

    /** Rows after the header, as column name → field. */
    private static List<Map<String, String>> records(String text) {
        List<List<String>> rows = parseCsv(text);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> r = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                r.put(rows.get(0).get(i), row.get(i));
            }
            out.add(r);
        }
        return out;
    }

    /** RFC 4180: CRLF-ended records, fields optionally in quotes, a quote inside quotes doubled. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                assertThat(field).as("a quote starts a field").isEmpty();
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                assertThat(text.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(ch).as("bare LF").isNotEqualTo('\n');
                field.append(ch);
            }
        }
        assertThat(row).isEmpty();
        assertThat(quoted).isFalse();
        return rows;
    }

    private static Map<String, Object> parseJson(String text) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            p.nextToken();
            Map<String, Object> out = cast(value(p));
            assertThat(p.nextToken()).isNull();
            return out;
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }

    private static Map<String, Object> object(Map<String, Object> json, String field) {
        return cast(json.get(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    private static MaritimeZones zones(String claim, double jp12, double jp200, double ru12, double ru200) {
        return new MaritimeZones(claim, DAY, new SideZones(Side.JAPAN, null, null, jp12, jp200),
                new SideZones(Side.RUSSIA, null, null, ru12, ru200), "Computed illustration, not a legal boundary");
    }
}
