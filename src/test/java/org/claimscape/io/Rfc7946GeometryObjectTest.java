package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscape.io.Rfc7946Fixtures.assertPlace;
import static org.claimscape.io.Rfc7946Fixtures.fc;
import static org.claimscape.io.Rfc7946Fixtures.feature;
import static org.claimscape.io.Rfc7946Fixtures.onlyError;
import static org.claimscape.io.Rfc7946Fixtures.onlyWarning;
import static org.claimscape.io.Rfc7946Fixtures.read;

import org.claimscape.io.GeoJsonProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 7946 §3.1, Geometry Object: the reader judged by the section's own sentences, each quoted on its case. What the
 * RFC requires is an error, what it advises a warning (see the README's validate section).
 */
class Rfc7946GeometryObjectTest {

    /**
     * "GeoJSON processors MAY interpret Geometry objects with empty "coordinates" arrays as null objects."
     * Read as an unlocated feature, with a warning, since nothing of it can be drawn.
     */
    @ParameterizedTest(name = "{0} []")
    @ValueSource(strings = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"})
    void emptyCoordinatesAreAnUnlocatedFeatureWithAWarning(String type) {
        String text = fc("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"" + type
                + "\",\"coordinates\":[]}}");
        GeoJsonReadResult r = read(text);
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(1);
        assertThat(r.features().get(0).geometry()).isNull();
        GeoJsonProblem p = onlyWarning(r, Kind.EMPTY_GEOMETRY);
        assertPlace(p, text, 2, "[]", -1, 0);
    }

    /** "has a member with the name "coordinates". The value of the "coordinates" member is an array." */
    @Test
    void nullCoordinatesAreAnErrorThatSaysSo() {
        String text = fc(feature("{\"type\":\"LineString\",\"coordinates\":null}"));
        assertThat(onlyError(read(text), Kind.WRONG_TYPE).message()).contains("must be an array, found null");
    }

    /** "The value of a Geometry object's "type" member MUST be one of the seven geometry types". */
    @Test
    void geometryTypesAreCaseSensitive() {
        String text = fc(feature("{\"type\":\"point\",\"coordinates\":[147,45]}"));
        assertThat(onlyError(read(text), Kind.WRONG_TYPE).message()).contains("\"point\"")
                .contains("case-sensitive");
    }
}
