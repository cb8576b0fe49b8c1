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
 * GeoJSON members given twice (RFC 8259 §4, RFC 7946 §11.1): the reader judged by the section's own sentences, each quoted on its case. What the RFC
 * requires is an error, what it advises a warning (see the README's validate section).
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
