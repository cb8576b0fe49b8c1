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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 7946 §5, Bounding Box: the reader judged by the section's own sentences, each quoted on its case. What the RFC
 * requires is an error, what it advises a warning (see the README's validate section). §3 leads in: "A GeoJSON object
 * MAY have a "bbox" member, the value of which MUST be a bounding box array".
 */
class Rfc7946BoundingBoxTest {

    /**
     * "The value of the bbox member MUST be an array of length 2*n where n is the number of dimensions
     * represented in the contained geometries".
     */
    @ParameterizedTest(name = "bbox {0}")
    @ValueSource(strings = {"\"0,0,1,1\"", "42", "[147,45,148]", "[147,45,148,46,0]", "[147,\"45\",148,46]",
        "[147,45,[148],46]", "[]", "null", "{\"west\":147}"})
    void aBboxThatIsNotAnArrayOfFourOrSixNumbersIsAnError(String bbox) {
        String text = fc("{\"type\":\"Feature\",\"bbox\":" + bbox + ",\"properties\":{},\"geometry\":"
                + POINT + "}");
        GeoJsonReadResult r = read(text);
        GeoJsonProblem p = onlyError(r, Kind.BAD_BBOX);
        assertPlace(p, text, 2, bbox, -1, 0);
        assertThat(r.features()).isEmpty();
    }

    /** Example of §5: "bbox": [-10.0, -10.0, 10.0, 10.0] on a Feature of 2D positions. */
    @Test
    void aTwoDimensionalBboxOfFourNumbersIsAccepted() {
        assertThat(read(fc("{\"type\":\"Feature\",\"bbox\":[147,45,148,46],\"properties\":{},\"geometry\":"
                + POINT + "}")).problems()).isEmpty();
    }

    /** Example of §5: "a 3D bbox member with a depth of 100 meters": [100.0, 0.0, -100.0, 105.0, 1.0, 0.0]. */
    @Test
    void aThreeDimensionalBboxIsAcceptedWhenTheGeometriesHaveHeights() {
        String text = "{\"type\":\"FeatureCollection\",\"bbox\":[147,45,-100,148,46,0],\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[147.5,45.5,-50]}}]}";
        assertThat(read(text).problems()).isEmpty();
    }

    /** "2*n where n is the number of dimensions represented in the contained geometries": 6 numbers, 2D data. */
    @Test
    void sixNumbersForTwoDimensionalGeometriesIsAnErrorOfTheCollectionNotOfAFeature() {
        String text = "{\"type\":\"FeatureCollection\",\"bbox\":[147,45,0,148,46,0],\"features\":[\n"
                + feature(POINT) + "]}";
        GeoJsonReadResult r = read(text);
        GeoJsonProblem p = onlyError(r, Kind.BAD_BBOX);
        assertThat(p.message()).contains("2 dimensions").contains("must have 4");
        assertPlace(p, text, 1, "[147", -1, -1);
        assertThat(r.features()).as("the features themselves are sound").hasSize(1);
    }

    /** "with all axes of the most southwesterly point followed by all axes of the more northeasterly point". */
    @Test
    void aBboxWithItsCornersSwappedIsAnError() {
        GeoJsonReadResult r = read(fc("{\"type\":\"Feature\",\"bbox\":[148,46,147,45],\"properties\":{},"
                + "\"geometry\":" + POINT + "}"));
        assertThat(onlyError(r, Kind.BAD_BBOX).message()).contains("southwest corner comes first");
    }

    /**
     * §5.2: "bounding boxes that cross the antimeridian have a northeast corner longitude that is less than
     * the longitude of the southwest corner": "bbox": [177.0, -20.0, -178.0, -16.0].
     */
    @Test
    void aBboxAcrossTheAntimeridianIsAccepted() {
        String text = "{\"type\":\"Feature\",\"bbox\":[177.0,-20.0,-178.0,-16.0],\"properties\":{},"
                + "\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[178,-18],[-179,-17]]}}";
        assertThat(read(text).problems()).isEmpty();
    }

    /** §5.3: "Implementers MUST NOT use latitude values greater than 90 or less than -90". */
    @Test
    void aBboxLatitudeBeyondNinetyIsAnError() {
        String text = "{\"type\":\"Point\",\"bbox\":[-180,80,180,91],\"coordinates\":[0,85]}";
        GeoJsonProblem p = onlyError(read(text), Kind.BAD_BBOX);
        assertThat(p.message()).contains("latitude 91");
        assertPlace(p, text, 1, "[-180", -1, -1);
    }
}
