package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.model.Confidence;
import org.claimscape.model.Feature;
import org.claimscape.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GeoJsonLayerReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsGoldenFileExactlyAsExpected() throws IOException {
        GeoJsonReadResult r = readResource("golden/kurils-sample.geojson");
        assertThat(r.problems()).isEmpty();
        String expected = Files.readString(resource("golden/kurils-sample.expected.txt"), StandardCharsets.UTF_8);
        assertThat(dump(r.features())).isEqualTo(expected.strip());
    }

    @Test
    void understandsClaimscapeConventions() throws IOException {
        Feature f = readResource("golden/kurils-sample.geojson").features().get(1);
        assertThat(f.id()).isEqualTo("hq-18");
        assertThat(f.names().ja()).isEqualTo("第18機関銃砲兵師団司令部");
        assertThat(f.names().ru()).startsWith("Штаб 18-й");
        assertThat(f.validity().from()).isEqualTo(LocalDate.of(1978, 5, 19));
        assertThat(f.validity().to()).isNull();
        assertThat(f.source().url()).startsWith("https://hoppou.blog");
        assertThat(f.confidence()).contains(Confidence.HIGH);
        assertThat(f.precision()).contains(Precision.EXACT);
        assertThat(f.isValidAt(LocalDate.of(1978, 5, 18))).isFalse();
        assertThat(f.isValidAt(LocalDate.of(1978, 5, 19))).isTrue();
    }

    @Test
    void membersMayComeInAnyOrder() {
        GeoJsonReadResult r = read("{\"features\":[{\"geometry\":{\"coordinates\":[147.5,45.0],\"type\":\"Point\"},"
                + "\"properties\":{\"a\":1},\"type\":\"Feature\",\"id\":7}],\"type\":\"FeatureCollection\"}");
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(1);
        assertThat(r.features().get(0).rawId()).isEqualTo(7L);
        assertThat(r.features().get(0).geometry().getCoordinate().x).isEqualTo(147.5);
    }

    @Test
    void readsSingleFeatureAndBareGeometry() {
        assertThat(read("{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}")
                .features()).hasSize(1);
        GeoJsonReadResult bare = read("{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}");
        assertThat(bare.isValid()).isTrue();
        assertThat(bare.features().get(0).geometry().getGeometryType()).isEqualTo("LineString");
    }

    @Test
    void keepsPropertyTypes() {
        Feature f = read("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"s\":\"x\",\"i\":3,\"d\":2.5,"
                + "\"b\":true,\"n\":null,\"l\":[1,\"a\"],\"o\":{\"k\":false},\"big\":123456789012345678901234567890}}")
                .features().get(0);
        assertThat(f.property("s")).isEqualTo("x");
        assertThat(f.property("i")).isEqualTo(3L);
        assertThat(f.property("d")).isEqualTo(2.5);
        assertThat(f.property("b")).isEqualTo(true);
        assertThat(f.properties()).containsKey("n");
        assertThat(f.property("l")).isEqualTo(List.of(1L, "a"));
        assertThat(f.property("o")).isEqualTo(Map.of("k", false));
        assertThat(f.property("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(f.geometry()).isNull();
    }

    @Test
    void keepsNumbersBeyondDoubleExactly() {
        Feature f = read("{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"huge\":-2.5e400,"
                + "\"big\":-123456789012345678901234567890}}").features().get(0);
        assertThat(f.property("huge")).isEqualTo(new BigDecimal("-2.5e400"));
        assertThat(f.property("big")).isEqualTo(new BigInteger("-123456789012345678901234567890"));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
            // name, text, kind, line, a marker whose first place on that line is the column (null: any), feature index
            Arguments.of("truncated", "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",",
                Kind.MALFORMED_JSON, 2, null, 0),
            Arguments.of("stray character", "{\"type\":\"FeatureCollection\",\n\"features\":[}",
                Kind.MALFORMED_JSON, 2, "}", -1),
            Arguments.of("NaN", "{\"type\":\"Point\",\"coordinates\":[NaN,1]}", Kind.MALFORMED_JSON, 1, ",1]", -1),
            Arguments.of("array at top", "[1,2]", Kind.NOT_GEOJSON, 1, "", -1),
            Arguments.of("no type", "{\"name\":\"package\",\"version\":\"1.0\"}", Kind.NOT_GEOJSON, 1, "", -1),
            Arguments.of("unknown top type", "{\"type\":\"Topology\",\"objects\":{}}", Kind.NOT_GEOJSON, 1, "\"Topology", -1),
            Arguments.of("empty file", "", Kind.NOT_GEOJSON, 1, "", -1),
            Arguments.of("feature wrong type", fc("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Circle\","
                + "\"coordinates\":[1,2]},\"properties\":{}}"), Kind.WRONG_TYPE, 2, "\"Circle", 0),
            Arguments.of("feature not an object", fc("42"), Kind.WRONG_TYPE, 2, "42", 0),
            Arguments.of("type not Feature", fc("{\"type\":\"Feture\",\"geometry\":null}"), Kind.WRONG_TYPE, 2, "\"Feture", 0),
            Arguments.of("coordinate not a number", fc(point("[147.1,\"45.2\"]")), Kind.NOT_A_NUMBER, 2, "\"45.2", 0),
            Arguments.of("coordinate null", fc(point("[null,45.2]")), Kind.NOT_A_NUMBER, 2, "null", 0),
            Arguments.of("latitude out of range", fc(point("[45.2,147.1]")), Kind.LATITUDE_OUT_OF_RANGE, 2, "[", 0),
            Arguments.of("longitude out of range", fc(point("[190.5,45]")), Kind.LONGITUDE_OUT_OF_RANGE, 2, "[", 0),
            Arguments.of("projected metres", fc(point("[16380000.0,5620000.0]")), Kind.LATITUDE_OUT_OF_RANGE, 2, "[", 0),
            Arguments.of("ring not closed", fc(polygon("[[0,0],[1,0],[1,1],[0,1]]")), Kind.RING_NOT_CLOSED, 2, "[[0", 0),
            Arguments.of("ring too short", fc(polygon("[[0,0],[1,0],[0,0]]")), Kind.TOO_FEW_POSITIONS, 2, "[[0", 0),
            Arguments.of("line too short", fc(geom("LineString", "[[0,0]]")), Kind.TOO_FEW_POSITIONS, 2, "[[0", 0),
            Arguments.of("empty ring", fc(geom("Polygon", "[[]]")), Kind.EMPTY_GEOMETRY, 2, "[]", 0),
            Arguments.of("self-intersection", fc(polygon("[[0,0],[2,2],[2,0],[0,2],[0,0]]")), Kind.INVALID_GEOMETRY, 2, "{", 0),
            Arguments.of("deep nesting", "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":"
                + "[".repeat(200) + "]".repeat(200) + "}}", Kind.TOO_DEEP, 1, null, 0),
            Arguments.of("too deep coordinates", fc(geom("MultiPolygon", "[[[[[0,0]]]]]")), Kind.TOO_DEEP, 2, "[0,0]", 0),
            Arguments.of("binary", "\u0000\u0001\u0002PNG\u0003", Kind.MALFORMED_JSON, 1, null, -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void reportsProblemWithItsPlace(String name, String text, Kind kind, int line, String marker, int featureIndex) {
        GeoJsonReadResult r = read(text);
        assertThat(r.isValid()).as("valid").isFalse();
        GeoJsonProblem p = r.errors().get(0);
        assertThat(p.kind()).as(p.toString()).isEqualTo(kind);
        assertThat(p.file()).isEqualTo("test.geojson");
        assertThat(p.line()).as(p.toString()).isEqualTo(line);
        if (marker != null) {
            String lineText = text.split("\n", -1)[line - 1];
            assertThat(p.column()).as(p.toString()).isEqualTo(lineText.indexOf(marker) + 1);
        } else {
            assertThat(p.column()).as(p.toString()).isPositive();
        }
        assertThat(p.featureIndex()).as(p.toString()).isEqualTo(featureIndex);
        assertThat(p.toString()).startsWith("test.geojson:" + line);
        assertThatThrownBy(() -> r.toLayer("x", "x")).isInstanceOf(GeoJsonException.class)
                .hasMessageContaining("test.geojson");
    }

    @Test
    void explainsSwappedAndProjectedCoordinates() {
        assertThat(read(fc(point("[45.2,147.1]"))).errors().get(0).message()).contains("[lat, lon]");
        assertThat(read(fc(point("[16380000.0,5620000.0]"))).errors().get(0).message()).contains("looks projected")
                .contains("ogr2ogr -t_srs EPSG:4326");
    }

    @Test
    void badFeatureIsLeftOutAndTheOthersKept() {
        GeoJsonReadResult r = read("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + point("[147,45]") + ",\n" + point("[147,\"x\"]") + ",\n" + point("[148,46]") + "]}");
        assertThat(r.features()).hasSize(2);
        assertThat(r.errors()).hasSize(1);
        assertThat(r.errors().get(0).featureIndex()).isEqualTo(1);
        assertThat(r.errors().get(0).line()).isEqualTo(3);
        assertThat(r.isComplete()).isTrue();
        assertThat(r.toPartialLayer("p", "p").size()).isEqualTo(2);
    }

    @Test
    void truncatedFileKeepsFeaturesReadBeforeButIsNotALayer() {
        GeoJsonReadResult r = read("{\"type\":\"FeatureCollection\",\"features\":[\n" + point("[147,45]") + ",\n"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[14");
        assertThat(r.isComplete()).isFalse();
        assertThat(r.features()).hasSize(1);
        assertThatThrownBy(() -> r.toLayer("x", "x")).isInstanceOf(GeoJsonException.class);
    }

    @Test
    void repairsSelfIntersectionWhenAsked() {
        String text = fc(polygon("[[0,0],[2,2],[2,0],[0,2],[0,0]]"));
        GeoJsonReadResult r = new GeoJsonLayerReader().withRepair(true)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.geojson");
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).extracting(GeoJsonProblem::kind).containsExactly(Kind.REPAIRED);
        assertThat(r.features().get(0).geometry().isValid()).isTrue();
        assertThat(r.features().get(0).geometry().getArea()).isEqualTo(2.0, offset(1e-9));
    }

    @Test
    void warnsOnBrokenConventionsButKeepsTheFeature() {
        GeoJsonReadResult r = read(fc("{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":null,\"properties\":"
                + "{\"valid_from\":\"spring 1945\",\"confidence\":\"sure\",\"precision\":\"roughly\"}},\n"
                + "{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":null,\"properties\":{\"k\":1,\"k\":2}}"));
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(2);
        assertThat(r.warnings()).extracting(GeoJsonProblem::kind)
                .containsExactly(Kind.BAD_PROPERTY, Kind.BAD_PROPERTY, Kind.BAD_PROPERTY, Kind.DUPLICATE, Kind.DUPLICATE);
        assertThat(r.features().get(1).property("k")).isEqualTo(2L);
    }

    @Test
    void acceptsALabelPlacementAsPrecisionAndNamesItAmongTheValidWords() {
        GeoJsonReadResult ok = read(fc("{\"type\":\"Feature\",\"id\":\"sea\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[147.5,48.5]},\"properties\":{\"precision\":\"label\"}}"));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.features().get(0).precision()).contains(Precision.LABEL);
        GeoJsonReadResult bad = read(fc("{\"type\":\"Feature\",\"id\":\"b\",\"geometry\":null,"
                + "\"properties\":{\"precision\":\"roughly\"}}"));
        assertThat(bad.warnings()).singleElement().extracting(GeoJsonProblem::message).asString()
                .contains("exact, approximate, island, label");
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        GeoJsonReadResult r = new GeoJsonLayerReader().read(tmp.resolve("nope.geojson"));
        assertThat(r.errors()).extracting(GeoJsonProblem::kind).containsExactly(Kind.IO_ERROR);
        assertThat(r.errors().get(0).toString()).contains("nope.geojson").contains("file not found");
    }

    @Test
    void readsUtf8BomUtf16AndGzip() throws IOException {
        String text = fc(point("[147,45]"));
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(new GeoJsonLayerReader().read(new ByteArrayInputStream(bom), "bom").features()).hasSize(1);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThat(new GeoJsonLayerReader().read(new ByteArrayInputStream(utf16), "u16").features()).hasSize(1);
        Path gz = tmp.resolve("a.geojson.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(new GeoJsonLayerReader().read(gz).features()).hasSize(1);
    }

    @Test
    void streamsLargeFileWithProgressAndCanBeCancelled() {
        int n = 200_000;
        AtomicLong lastBytes = new AtomicLong();
        GeoJsonReadResult r = new GeoJsonLayerReader().withProgress(lastBytes::set)
                .read(new GeneratedCollection(n), "generated");
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(n);
        assertThat(lastBytes.get()).isGreaterThan(1_000_000);
        AtomicLong polls = new AtomicLong();
        assertThatThrownBy(() -> new GeoJsonLayerReader().withCancellation(() -> polls.incrementAndGet() > 1000)
                .read(new GeneratedCollection(n), "generated")).isInstanceOf(CancellationException.class);
    }

    @Test
    void roundTripsThroughTheWriter() throws Exception {
        GeoJsonReadResult first = readResource("golden/kurils-sample.geojson");
        Path out = tmp.resolve("out.geojson");
        new GeoJsonLayerWriter().write(first.toLayer("s", "s"), out);
        GeoJsonReadResult second = new GeoJsonLayerReader().read(out);
        assertThat(second.problems()).isEmpty();
        assertThat(second.features()).isEqualTo(first.features());
        assertThat(dump(second.features())).isEqualTo(dump(first.features()));
    }

    // ===== helpers

    private static String fc(String features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + features + "]}";
    }

    private static String point(String coords) {
        return geom("Point", coords);
    }

    private static String polygon(String ring) {
        return geom("Polygon", "[" + ring + "]");
    }

    /** A feature whose coordinates start at column 45 + type length on its line. */
    private static String geom(String type, String coords) {
        return "{\"type\":\"Feature\",\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":" + coords
                + "},\"properties\":{}}";
    }

    private static GeoJsonReadResult read(String text) {
        return new GeoJsonLayerReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test.geojson");
    }

    private static Path resource(String name) {
        try {
            return Path.of(GeoJsonLayerReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GeoJsonReadResult readResource(String name) {
        return new GeoJsonLayerReader().read(resource(name));
    }

    /** One line per feature: id, WKT, properties; the golden files' form. */
    static String dump(List<Feature> features) {
        List<String> lines = new ArrayList<>();
        for (Feature f : features) {
            lines.add(f.rawId() + " | " + (f.geometry() == null ? "null" : f.geometry().toText()) + " | "
                    + f.properties());
        }
        return String.join("\n", lines);
    }

    /** A FeatureCollection of n points generated on the fly, never held in memory as text. */
    private static final class GeneratedCollection extends InputStream {
        private final int n;
        private int next = -1;
        private byte[] chunk = "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8);
        private int pos;

        GeneratedCollection(int n) {
            this.n = n;
        }

        @Override
        public int read() {
            while (pos >= chunk.length) {
                next++;
                if (next > n) {
                    return -1;
                }
                String s = next == n ? "]}" : (next > 0 ? "," : "") + "{\"type\":\"Feature\",\"id\":" + next
                        + ",\"properties\":{\"name_en\":\"p" + next + "\"},\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[" + (140 + (next % 1000) / 100.0) + "," + (42 + (next % 700) / 100.0) + "]}}";
                chunk = s.getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            return chunk[pos++] & 0xFF;
        }
    }
}
