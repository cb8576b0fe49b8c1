package org.claimscape.cli;

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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.claimscape.analysis.Geodesy;
import org.claimscape.export.ComparisonReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKTReader;
import picocli.CommandLine;

/** The {@code areas} and {@code compare} commands on a small data folder written by the test. */
class AnalysisCommandsTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeData() throws IOException {
        write("catalog.json", "{\"version\": 1, \"layers\": ["
                + "{\"id\": \"claims\", \"file\": \"claims.geojson\"},"
                + "{\"id\": \"islands\", \"file\": \"islands.geojson\"},"
                + "{\"id\": \"land\", \"file\": \"land.geojson\"}]}");
        write("islands.geojson", collection(
                feature("big", box(147.0, 44.0, 148.0, 45.0), "\"name_en\": \"Big / Ōshima\", "
                        + "\"area_km2_published\": 8800, \"area_source\": \"Test atlas\""),
                feature("islet-a", box(146.2, 43.5, 146.3, 43.6), "\"group\": \"smalls\", \"name_en\": \"Islet A\", "
                        + "\"area_km2_published\": 89, \"area_source\": \"Test atlas\""),
                feature("islet-b", box(146.4, 43.5, 146.45, 43.55), "\"group\": \"smalls\", \"name_en\": \"Islet B\", "
                        + "\"area_km2_published\": 22, \"area_source\": \"Test atlas\"")));
        write("claims.geojson", collection(
                feature("jp", box(146.0, 43.0, 149.0, 46.0), "\"claim\": \"jp-claim\", \"party\": \"JP\", "
                        + "\"name_en\": \"Japanese claim\""),
                feature("d56", box(146.1, 43.4, 146.6, 43.7), "\"claim\": \"declaration-1956\", "
                        + "\"party\": \"JP-RU\", \"valid_from\": \"1956-12-12\""),
                feature("ru", box(146.0, 43.0, 149.0, 46.0), "\"claim\": \"ru-admin\", \"party\": \"RU\"")));
        write("land.geojson", collection(
                feature("hokkaido", box(144.0, 43.0, 145.5, 44.0), "\"country\": \"JP\""),
                feature("big", box(147.0, 44.0, 148.0, 45.0), "\"country\": \"RU\""),
                feature("islet-a", box(146.2, 43.5, 146.3, 43.6), "\"country\": \"RU\""),
                feature("islet-b", box(146.4, 43.5, 146.45, 43.55), "\"country\": \"RU\"")));
    }

    @Test
    void areasListsComputedAndPublishedAreas() throws Exception {
        assertThat(run(new AreasCommand(), "--data", data.toString(), "--date", "2020-01-01")).isZero();
        String text = out.toString();
        double big = Geodesy.areaKm2(new WKTReader().read(box(147.0, 44.0, 148.0, 45.0)));

        assertThat(text).contains("Big / Ōshima").contains("Test atlas").contains("Smalls (group)")
                .contains("  Islet A").contains("Four islands, total").contains("5,003.0")
                .contains(String.format(Locale.ROOT, "%,.1f", big))
                .contains(String.format(Locale.ROOT, "%+.1f %%", (big - 8800) / 8800 * 100));
    }

    @Test
    void compareTextShowsLandSharesAndSeaWithNotice() {
        assertThat(run(new CompareCommand(), "jp-claim", "declaration-1956", "--data", data.toString(),
                "--date", "2020-01-01")).as(err.toString()).isZero();
        String text = out.toString();

        assertThat(text).contains("A = jp-claim: Japanese claim (area to Japan)").contains("Four islands, total")
                .contains("As multiples of the 1956 formula's land").contains("Computed illustration, not a legal boundary")
                .contains("Sea changing hands from A to B");
    }

    @Test
    void compareJsonFieldsAddUp() throws IOException {
        assertThat(run(new CompareCommand(), "jp-claim", "ru-admin", "--data", data.toString(), "--date",
                "2020-01-01", "--format", "JSON")).as(err.toString()).isZero();
        Map<String, Double> total = numbersOf(out.toString(), "total");

        // Each figure is rounded to 3 decimals, so a sum of two may be off by 0.001.
        assertThat(total.get("a_only_km2") + total.get("both_km2")).isCloseTo(total.get("in_a_km2"), within(1.5e-3));
        assertThat(total.get("both_km2")).isCloseTo(total.get("land_km2"), within(1e-9));
        assertThat(out.toString()).contains("\"notice\" : \"Computed illustration, not a legal boundary\"")
                .contains("\"change_a_to_b\"").contains("\"formula_1956\"");
    }

    @Test
    void compareSaysWhenAClaimHasNoAreaOnTheDate() {
        assertThat(run(new CompareCommand(), "jp-claim", "declaration-1956", "--data", data.toString(),
                "--date", "1950-01-01", "--no-maritime")).isZero();

        assertThat(out.toString()).contains("declaration-1956 (area to Japan) [no area in force on 1950-01-01]")
                .doesNotContain("jp-claim [no area");
    }

    @Test
    void compareCsvIsTheReportTableWithOneRowPerIsland() {
        assertThat(run(new CompareCommand(), "jp-claim", "declaration-1956", "--data", data.toString(),
                "--format", "csv", "--no-maritime", "--date", "2020-01-01")).isZero();
        String[] lines = out.toString().split("\r\n");

        assertThat(lines[0]).isEqualTo(ComparisonReport.CSV_HEADER);
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).startsWith("jp-claim,declaration-1956,2020-01-01,island,big,Big / Ōshima,");
        assertThat(lines[2]).startsWith("jp-claim,declaration-1956,2020-01-01,island,smalls,");
        assertThat(lines[3]).contains(",total,total,\"Four islands, total\",");
        assertThat(lines[4]).contains(",formula_1956,declaration-1956,");
        assertThat(out.toString()).doesNotContain("sea_");
    }

    @Test
    void compareCsvNamesTheIslandsAsTheViewpointDoes() {
        assertThat(run(new CompareCommand(), "jp-claim", "ru-admin", "--data", data.toString(),
                "--format", "csv", "--no-maritime", "--viewpoint", "ru")).isZero();

        assertThat(out.toString()).contains(",island,big,Big,");
    }

    @Test
    void compareUnknownClaimExitsWithOneAndListsKnownClaims() {
        assertThat(run(new CompareCommand(), "jp-claim", "no-such", "--data", data.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("unknown claim 'no-such'")
                .contains("declaration-1956, jp-claim, ru-admin");
    }

    @Test
    void compareUsageErrorsExitWithTwo() {
        assertThat(run(new CompareCommand(), "jp-claim")).isEqualTo(2);
        assertThat(run(new CompareCommand(), "jp-claim", "ru-admin", "--format", "xml")).isEqualTo(2);
        assertThat(run(new CompareCommand(), "jp-claim", "ru-admin", "--viewpoint", "martian")).isEqualTo(2);
        assertThat(run(new CompareCommand(), "jp-claim", "ru-admin", "--date", "1956-13-40")).isEqualTo(2);
        assertThat(run(new AreasCommand(), "--date", "tomorrow")).isEqualTo(2);
    }

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** The numeric fields directly inside a top-level object field. */
    private static Map<String, Double> numbersOf(String json, String field) throws IOException {
        Map<String, Double> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals(field)) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken t = p.nextToken();
                    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                        out.put(key, p.getDoubleValue());
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        return out;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";
    }

    private static String feature(String id, String wkt, String props) {
        return "{\"type\": \"Feature\", \"id\": \"" + id + "\", \"properties\": {" + props + "}, \"geometry\": "
                + geoJson(wkt) + "}";
    }

    /* Only the boxes this test writes: POLYGON ((x y, ...)) to GeoJSON. */
    private static String geoJson(String wkt) {
        String inner = wkt.substring(wkt.indexOf("((") + 2, wkt.indexOf("))"));
        StringBuilder sb = new StringBuilder("{\"type\": \"Polygon\", \"coordinates\": [[");
        String[] pts = inner.split(",\\s*");
        for (int i = 0; i < pts.length; i++) {
            String[] xy = pts[i].trim().split("\\s+");
            sb.append(i == 0 ? "" : ", ").append('[').append(xy[0]).append(", ").append(xy[1]).append(']');
        }
        return sb.append("]]}").toString();
    }

    private static String box(double lon1, double lat1, double lon2, double lat2) {
        return "POLYGON ((" + lon1 + " " + lat1 + ", " + lon2 + " " + lat1 + ", " + lon2 + " " + lat2 + ", "
                + lon1 + " " + lat2 + ", " + lon1 + " " + lat1 + "))";
    }
}
