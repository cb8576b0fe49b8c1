package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile inputs: none may crash, hang or exhaust memory, and each gets a clear message. The big
 * ones are generated as streams so the test holds no text in memory.
 */
class HostileInputTest {

    private static final String POINT = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
            + "\"coordinates\":[147,45]}}";

    static Stream<Arguments> corpus() {
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        binary[0] = (byte) 0x89;
        return Stream.of(
            Arguments.of("truncated in a string", utf8("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Fea"),
                Kind.MALFORMED_JSON, "end-of-input"),
            Arguments.of("truncated after a feature", utf8("{\"type\":\"FeatureCollection\",\"features\":[" + POINT + ","),
                Kind.MALFORMED_JSON, "end-of-input"),
            Arguments.of("deep nesting", utf8("{\"type\":\"FeatureCollection\",\"features\":" + "[".repeat(100_000)),
                Kind.TOO_DEEP, "nesting"),
            Arguments.of("huge number", utf8(fc("[1e999,45]")), Kind.NOT_A_NUMBER, "too large"),
            Arguments.of("overlong number", utf8(fc("[" + "9".repeat(5000) + ",45]")), Kind.TOO_DEEP, "number"),
            Arguments.of("NaN", utf8(fc("[NaN,45]")), Kind.MALFORMED_JSON, "NaN and Infinity are not JSON numbers"),
            Arguments.of("Infinity", utf8(fc("[Infinity,45]")), Kind.MALFORMED_JSON, "NaN and Infinity"),
            Arguments.of("binary with a .geojson name", binary, Kind.MALFORMED_JSON, "malformed JSON"),
            Arguments.of("PNG header", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13},
                Kind.MALFORMED_JSON, "malformed JSON"),
            Arguments.of("zip file", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, Kind.MALFORMED_JSON, "malformed JSON"),
            Arguments.of("JSON that is not GeoJSON", utf8("{\"name\":\"claimscape\",\"dependencies\":{}}"),
                Kind.NOT_GEOJSON, "not GeoJSON"),
            Arguments.of("CSV", utf8("lon,lat\n147,45\n"), Kind.MALFORMED_JSON, "malformed JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileInputGetsAClearMessage(String name, byte[] bytes, Kind kind, String words) {
        GeoJsonReadResult r = new GeoJsonLayerReader().read(new ByteArrayInputStream(bytes), "hostile.geojson");
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).isNotEmpty();
        GeoJsonProblem p = r.errors().stream().filter(e -> e.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + r.errors()));
        assertThat(p.toString()).startsWith("hostile.geojson").contains(words);
        assertThat(p.message()).doesNotContain("Exception").doesNotContain("JsonReadFeature");
    }

    @Test
    void duplicatedKeysKeepTheLastValueWithAWarning() {
        GeoJsonReadResult r = new GeoJsonLayerReader().read(new ByteArrayInputStream(utf8(
                "{\"type\":\"Feature\",\"properties\":{\"name_en\":\"a\",\"name_en\":\"b\"},\"geometry\":null}")), "dup");
        assertThat(r.isValid()).isTrue();
        assertThat(r.features().get(0).names().en()).isEqualTo("b");
        assertThat(r.warnings()).extracting(GeoJsonProblem::kind).containsExactly(Kind.DUPLICATE);
    }

    @Test
    void millionSinglePointFeaturesStream() {
        int n = 1_000_000;
        GeoJsonReadResult r = new GeoJsonLayerReader().read(new RepeatingStream(
                "{\"type\":\"FeatureCollection\",\"features\":[", POINT, ",", n, "]}"), "million-points");
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(n);
    }

    @Test
    void polygonWithMillionVerticesReadsAndValidates() {
        int n = 1_000_000;
        // A convex polygon: points on a circle around Iturup, closed.
        GeoJsonReadResult r = new GeoJsonLayerReader().read(new CircleStream(n), "million-vertices");
        assertThat(r.problems()).isEmpty();
        assertThat(r.features()).hasSize(1);
        assertThat(r.features().get(0).geometry().getNumPoints()).isEqualTo(n + 1);
    }

    private static String fc(String coordinates) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":" + coordinates + "}}]}";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** head + n × item separated by sep + tail, produced on the fly. */
    private static final class RepeatingStream extends InputStream {
        private final byte[] item;
        private final byte[] sep;
        private final byte[] tail;
        private final int n;
        private byte[] chunk;
        private int pos;
        private int emitted;
        private boolean done;

        RepeatingStream(String head, String item, String sep, int n, String tail) {
            this.chunk = utf8(head);
            this.item = utf8(item);
            this.sep = utf8(sep + item);
            this.tail = utf8(tail);
            this.n = n;
        }

        @Override
        public int read() {
            while (pos >= chunk.length) {
                if (done) {
                    return -1;
                }
                if (emitted == n) {
                    chunk = tail;
                    done = true;
                } else {
                    chunk = emitted == 0 ? item : sep;
                    emitted++;
                }
                pos = 0;
            }
            return chunk[pos++] & 0xFF;
        }
    }

    /** 7 decimal places (about 1 cm, RFC 7946 §11.2): the test is about size, not precision. */
    private static double round7(double d) {
        return Math.round(d * 1e7) / 1e7;
    }

    /** One polygon of n vertices on a small circle, streamed (counter-clockwise, as RFC 7946 §3.1.6 asks). */
    private static final class CircleStream extends InputStream {
        private final int n;
        private int i = -1;
        private byte[] chunk = utf8("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[");
        private int pos;

        CircleStream(int n) {
            this.n = n;
        }

        @Override
        public int read() {
            while (pos >= chunk.length) {
                i++;
                if (i > n + 1) {
                    return -1;
                }
                if (i == n + 1) {
                    chunk = utf8("]]}}");
                } else {
                    double a = 2 * Math.PI * (i % n) / n;
                    chunk = utf8((i > 0 ? "," : "") + "[" + round7(147.6 + 0.5 * Math.cos(a)) + ","
                            + round7(45.0 + 0.5 * Math.sin(a)) + "]");
                }
                pos = 0;
            }
            return chunk[pos++] & 0xFF;
        }
    }
}
