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
 * GeoJSON members given twice in one object. Names in a JSON object "SHOULD be unique" (RFC 8259 §4), and "when the
 * names within an object are not unique, the behavior of software that receives such an object is unpredictable"; RFC
 * 7946 §11.1 asks for I-JSON, which forbids them. For a GeoJSON member the object's meaning is then lost, so it is an
 * error (see the README's validate section).
 */
class Rfc7946DuplicatedMembersTest {

    /** A second "type" is reported as such, not as a Feature without geometry. */
    @Test
    void aDuplicatedTypeIsReportedAsADuplicate() {
        String text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature(POINT) + "],\n"
                + "\"type\":\"Feature\"}";
        GeoJsonReadResult r = read(text);
        GeoJsonProblem p = onlyError(r, Kind.DUPLICATE);
        assertThat(p.message()).contains("\"type\" twice").doesNotContain("geometry");
        assertPlace(p, text, 3, "\"Feature", -1, -1);
    }

    /** A feature with "geometry" twice is ambiguous: an error of that feature. */
    @Test
    void aDuplicatedGeometryIsAnErrorOfTheFeature() {
        String text = fc("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + POINT + ",\"geometry\":null}");
        assertPlace(onlyError(read(text), Kind.DUPLICATE), text, 2, "null", -1, 0);
    }
}
