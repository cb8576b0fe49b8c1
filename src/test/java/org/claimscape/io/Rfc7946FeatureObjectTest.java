package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscape.io.Rfc7946Fixtures.POINT;
import static org.claimscape.io.Rfc7946Fixtures.assertPlace;
import static org.claimscape.io.Rfc7946Fixtures.fc;
import static org.claimscape.io.Rfc7946Fixtures.onlyError;
import static org.claimscape.io.Rfc7946Fixtures.read;

import org.claimscape.io.GeoJsonProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 7946 §3.2, Feature Object: the reader judged by the section's own sentences, each quoted on its case. What the
 * RFC requires is an error, what it advises a warning (see the README's validate section).
 */
class Rfc7946FeatureObjectTest {

    /** "A Feature object has a member with the name "properties"." (absent is not null). */
    @Test
    void aFeatureWithoutPropertiesIsAnError() {
        String text = fc("{\"type\":\"Feature\",\"geometry\":" + POINT + "}");
        GeoJsonReadResult r = read(text);
        assertPlace(onlyError(r, Kind.MISSING_MEMBER), text, 2, "{", 1, 0);
        assertThat(r.features()).isEmpty();
    }

    /** "The value of the properties member is an object (any JSON object or a JSON null value)." */
    @Test
    void nullPropertiesAreAccepted() {
        assertThat(read(fc("{\"type\":\"Feature\",\"properties\":null,\"geometry\":" + POINT + "}")).problems())
                .isEmpty();
    }

    /** "The value of the properties member is an object (any JSON object or a JSON null value)." */
    @ParameterizedTest(name = "properties {0}")
    @ValueSource(strings = {"[]", "\"name\"", "7", "true"})
    void propertiesThatAreNeitherAnObjectNorNullAreAnError(String props) {
        String text = fc("{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":" + POINT + "}");
        GeoJsonReadResult r = read(text);
        assertPlace(onlyError(r, Kind.WRONG_TYPE), text, 2, props, -1, 0);
        assertThat(r.features()).isEmpty();
    }

    /** "the value of this member [id] is either a JSON string or number." */
    @ParameterizedTest(name = "id {0}")
    @ValueSource(strings = {"null", "true", "[1]", "{\"n\":1}"})
    void anIdThatIsNeitherAStringNorANumberIsAnError(String id) {
        String text = fc("{\"type\":\"Feature\",\"id\":" + id + ",\"properties\":{},\"geometry\":" + POINT + "}");
        GeoJsonReadResult r = read(text);
        assertPlace(onlyError(r, Kind.WRONG_TYPE), text, 2, id, -1, 0);
        assertThat(r.features()).isEmpty();
    }

    /** "the value of this member is either a JSON string or number." */
    @Test
    void stringAndNumberIdsAreAccepted() {
        GeoJsonReadResult r = read(fc("{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},\"geometry\":"
                + POINT + "}", "{\"type\":\"Feature\",\"id\":2.5,\"properties\":{},\"geometry\":" + POINT + "}"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.features()).extracting(f -> f.rawId()).containsExactly("a", 2.5);
    }

    /** "A Feature object has a member with the name "geometry"." */
    @Test
    void aFeatureWithoutGeometryIsAnError() {
        String text = fc("{\"type\":\"Feature\",\"properties\":{}}");
        assertPlace(onlyError(read(text), Kind.MISSING_MEMBER), text, 2, "{", 1, 0);
    }

    /** Every problem of a Feature is reported, in the order of the file, not only the first found. */
    @Test
    void aFeatureWithSeveralProblemsGetsOneMessageForEach() {
        String text = fc("{\"type\":\"Feature\",\"id\":[1],\"properties\":\"x\",\"bbox\":[1,2,3],"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[147,95]}}");
        GeoJsonReadResult r = read(text);
        assertThat(r.errors()).extracting(GeoJsonProblem::kind).containsExactly(Kind.WRONG_TYPE, Kind.WRONG_TYPE,
                Kind.BAD_BBOX, Kind.LATITUDE_OUT_OF_RANGE);
        assertThat(r.errors()).allSatisfy(p -> assertThat(p.featureIndex()).isZero());
        assertThat(r.errors()).extracting(GeoJsonProblem::column).isSorted();
    }

    /** A single Feature as the whole text is feature #0: its problems carry that number. */
    @Test
    void aSingleFeatureWithoutPropertiesIsFeatureZero() {
        String text = "{\"type\":\"Feature\",\"geometry\":" + POINT + "}";
        GeoJsonReadResult r = read(text);
        assertPlace(onlyError(r, Kind.MISSING_MEMBER), text, 1, "{", 1, 0);
        assertThat(r.featuresSeen()).isEqualTo(1);
    }
}
