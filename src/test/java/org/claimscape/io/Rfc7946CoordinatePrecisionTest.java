package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscape.io.Rfc7946Fixtures.assertPlace;
import static org.claimscape.io.Rfc7946Fixtures.fc;
import static org.claimscape.io.Rfc7946Fixtures.feature;
import static org.claimscape.io.Rfc7946Fixtures.onlyWarning;
import static org.claimscape.io.Rfc7946Fixtures.read;

import org.claimscape.io.GeoJsonProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * RFC 7946 §11.2, Coordinate Precision: the reader judged by the section's own sentences, each quoted on its case.
 * What the RFC requires is an error, what it advises a warning (see the README's validate section).
 */
class Rfc7946CoordinatePrecisionTest {

    /**
     * "6 decimal places ... amounts to about 10 centimeters, a precision well within that of current GPS
     * systems. Implementations should consider the cost of using a greater precision than necessary."
     */
    @Test
    void moreThanSevenDecimalPlacesGetAWarning() {
        String text = fc(feature("{\"type\":\"LineString\",\"coordinates\":[[147.1234567,45],"
                + "[148.123456789012,46]]}"));
        GeoJsonReadResult r = read(text);
        assertThat(r.isValid()).isTrue();
        GeoJsonProblem p = onlyWarning(r, Kind.EXCESS_PRECISION);
        assertThat(p.message()).contains("148.123456789012").contains("12 decimal places");
        assertPlace(p, text, 2, "148.12", -1, 0);
    }

    /** Seven places (about 1 cm), trailing zeros, and an exponent that leaves few places: no warning. */
    @Test
    void sevenPlacesTrailingZerosAndExponentsAreNotCounted() {
        assertThat(read(fc(feature("{\"type\":\"MultiPoint\",\"coordinates\":[[147.1234567,-45.7654321],"
                + "[147.1000000000,45.20000000],[1.4712345e2,4.5e1]]}"))).problems()).isEmpty();
    }
}
