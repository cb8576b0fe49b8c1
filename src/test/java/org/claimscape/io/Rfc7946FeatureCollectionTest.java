package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscape.io.Rfc7946Fixtures.POINT;
import static org.claimscape.io.Rfc7946Fixtures.assertPlace;
import static org.claimscape.io.Rfc7946Fixtures.fc;
import static org.claimscape.io.Rfc7946Fixtures.feature;
import static org.claimscape.io.Rfc7946Fixtures.onlyError;
import static org.claimscape.io.Rfc7946Fixtures.read;

import org.claimscape.io.GeoJsonProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * RFC 7946 §3.3, FeatureCollection Object: the reader judged by the section's own sentences, each quoted on its case.
 * What the RFC requires is an error, what it advises a warning (see the README's validate section).
 */
class Rfc7946FeatureCollectionTest {

    /** "The value of "features" is a JSON array. ... It is possible for this array to be empty." */
    @Test
    void anEmptyCollectionIsValid() {
        GeoJsonReadResult r = read("{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertThat(r.isValid()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r.featuresSeen()).isZero();
    }

    /** "Each element of the array is a Feature object": a bare geometry there is an error of that element. */
    @Test
    void aGeometryInPlaceOfAFeatureIsAnErrorOfThatFeature() {
        String text = fc(feature(POINT), POINT);
        GeoJsonProblem p = onlyError(read(text), Kind.WRONG_TYPE);
        assertThat(p.message()).contains("found \"Point\"");
        assertPlace(p, text, 3, "\"Point", -1, 1);
    }

    /** A problem of the collection itself names no feature, even after the features were read. */
    @Test
    void problemsOfTheTopLevelObjectCarryNoFeatureNumber() {
        String text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature(POINT) + "],\n\"bbox\":\"x\"}";
        GeoJsonProblem p = onlyError(read(text), Kind.BAD_BBOX);
        assertPlace(p, text, 3, "\"x", -1, -1);
        assertThat(p.toString()).doesNotContain("feature #");
    }
}
