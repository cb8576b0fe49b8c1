package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.model.Feature;
import org.junit.jupiter.api.Test;

/**
 * Ids and properties as the reader keeps them (RFC 7946 §3.2: an id is a string or a number; properties any JSON
 * object): an id used twice is warned of whether written as a number or as text, and property objects keep their
 * file order, with the last value of a key given twice.
 */
class FeatureIdentityTest {

    private static GeoJsonReadResult read(String... features) {
        String fc = "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
        return new GeoJsonLayerReader().read(new ByteArrayInputStream(fc.getBytes(StandardCharsets.UTF_8)), "ids");
    }

    private static String feature(String id, String properties) {
        return "{\"type\":\"Feature\"" + (id == null ? "" : ",\"id\":" + id) + ",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[145.5,43.5]},\"properties\":" + properties + "}";
    }

    private static List<String> duplicateIds(GeoJsonReadResult r) {
        return r.warnings().stream().filter(p -> p.kind() == Kind.DUPLICATE).map(GeoJsonProblem::message).toList();
    }

    @Test
    void aNumberAndTheSameNumberAsTextAreOneId() {
        GeoJsonReadResult r = read(feature("12", "{}"), feature("\"12\"", "{}"), feature("-3", "{}"),
                feature("\"-3\"", "{}"));
        assertThat(duplicateIds(r)).containsExactly("feature id \"12\" is used more than once",
                "feature id \"-3\" is used more than once");
        assertThat(r.features()).extracting(Feature::rawId).containsExactly(12L, "12", -3L, "-3");
    }

    @Test
    void textThatOnlyLooksLikeTheNumberIsAnotherId() {
        GeoJsonReadResult r = read(feature("12", "{}"), feature("\"012\"", "{}"), feature("\"+12\"", "{}"),
                feature("12.5", "{}"), feature("\"12.50\"", "{}"), feature("0", "{}"), feature("\"-0\"", "{}"),
                feature("99999999999999999999", "{}"), feature("\"99999999999999999999\"", "{}"));
        assertThat(duplicateIds(r)).containsExactly("feature id \"99999999999999999999\" is used more than once");
        assertThat(r.features()).hasSize(9);
    }

    @Test
    void anIdIsFoundAgainInWhateverOrderTheyCome() {
        GeoJsonReadResult r = read(feature("1", "{}"), feature("2", "{}"), feature("5", "{}"), feature("3", "{}"),
                feature("2", "{}"), feature("\"5\"", "{}"), feature("4", "{}"), feature("3", "{}"),
                feature("6", "{}"), feature("\"4\"", "{}"), feature("-1", "{}"), feature("-1", "{}"));
        assertThat(duplicateIds(r)).containsExactly("feature id \"2\" is used more than once",
                "feature id \"5\" is used more than once", "feature id \"3\" is used more than once",
                "feature id \"4\" is used more than once", "feature id \"-1\" is used more than once");
    }

    @Test
    void featuresWithoutIdsAreNeverDuplicates() {
        assertThat(duplicateIds(read(feature(null, "{}"), feature(null, "{}")))).isEmpty();
    }

    @Test
    void propertiesKeepTheirOrderAndTheLastOfAKeyGivenTwice() {
        GeoJsonReadResult r = read(
                feature("1", "{\"name_en\":\"a\",\"type\":\"port\",\"rank\":3}"),
                feature("2", "{\"name_en\":\"b\",\"type\":\"port\",\"rank\":4}"),
                feature("3", "{\"type\":\"cape\",\"name_en\":\"c\",\"type\":\"port\",\"n\":{\"x\":[1,null]}}"),
                feature("4", "null"));
        List<Feature> fs = r.features();
        assertThat(fs.get(0).properties().keySet()).containsExactly("name_en", "type", "rank");
        assertThat(fs.get(1).properties()).containsEntry("name_en", "b").containsEntry("rank", 4L);
        assertThat(fs.get(1).properties().get("type")).isEqualTo("port");
        assertThat(fs.get(2).properties().keySet()).containsExactly("name_en", "type", "n");
        assertThat(fs.get(2).properties().get("type")).isEqualTo("port");
        assertThat(fs.get(2).properties().get("n")).isEqualTo(java.util.Map.of("x", java.util.Arrays.asList(1L,
                null)));
        assertThat(fs.get(3).properties()).isEmpty();
        assertThat(r.warnings()).extracting(GeoJsonProblem::kind).containsExactly(Kind.DUPLICATE);
    }
}
