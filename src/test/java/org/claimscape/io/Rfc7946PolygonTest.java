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
 * RFC 7946 §3.1.6, Polygon: the reader judged by the section's own sentences, each quoted on its case. What the RFC
 * requires is an error, what it advises a warning (see the README's validate section).
 */
class Rfc7946PolygonTest {

    /** "The first and last positions are equivalent, and they MUST contain identical values". */
    @ParameterizedTest(name = "last {0}")
    @ValueSource(strings = {"[100,0,4.9]", "[100,0.0000001]", "[100,0,0,1]"})
    void aRingWhoseLastPositionDiffersInAnyNumberIsNotClosed(String last) {
        String text = fc(feature("{\"type\":\"Polygon\",\"coordinates\":[[[100,0],[101,0],[101,1],[100,1],"
                + last + "]]}"));
        GeoJsonProblem p = onlyError(read(text), Kind.RING_NOT_CLOSED);
        assertThat(p.message()).contains("differs from its first [100, 0]");
        assertPlace(p, text, 2, "[[100", -1, 0);
    }

    /** "they MUST contain identical values": so a height on the first calls for the same on the last. */
    @Test
    void aRingClosedInAllThreeNumbersIsAccepted() {
        assertThat(read(fc(feature("{\"type\":\"Polygon\",\"coordinates\":[[[100,0,5],[101,0,5],[101,1,5],"
                + "[100,1,5],[100,0,5]]]}"))).problems()).isEmpty();
    }

    /**
     * "A linear ring MUST follow the right-hand rule with respect to the area it bounds, i.e., exterior rings
     * are counterclockwise, and holes are clockwise." and "parsers SHOULD NOT reject Polygons that do not".
     */
    @Test
    void aClockwiseExteriorRingIsKeptWithAWarning() {
        String text = fc(feature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}"));
        GeoJsonReadResult r = read(text);
        assertThat(r.isValid()).isTrue();
        assertThat(r.features()).hasSize(1);
        GeoJsonProblem p = onlyWarning(r, Kind.RING_WINDING);
        assertThat(p.message()).contains("exterior ring is clockwise");
        assertPlace(p, text, 2, "[[[0", -1, 0);
    }

    /** "holes are clockwise": a counter-clockwise hole gets the warning, naming the hole. */
    @Test
    void aCounterClockwiseHoleIsKeptWithAWarning() {
        String text = fc(feature("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[3,0],[3,3],[0,3],[0,0]],"
                + "[[1,1],[2,1],[2,2],[1,2],[1,1]]]]}"));
        GeoJsonProblem p = onlyWarning(read(text), Kind.RING_WINDING);
        assertThat(p.message()).contains("hole 1").contains("counter-clockwise");
    }

    /** The right-hand rule followed: exterior counter-clockwise, hole clockwise. No warning. */
    @Test
    void ringsByTheRightHandRuleGetNoWarning() {
        assertThat(read(fc(feature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[3,0],[3,3],[0,3],[0,0]],"
                + "[[1,1],[1,2],[2,2],[2,1],[1,1]]]}"))).problems()).isEmpty();
    }

    /** A file whose every polygon is wound the old way lists ten and counts the rest in one warning. */
    @Test
    void manyWarningsOfOneKindAreCountedNotListed() {
        String cw = feature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}");
        String[] features = new String[25];
        java.util.Arrays.fill(features, cw);
        GeoJsonReadResult r = read(fc(features));
        assertThat(r.warnings()).hasSize(ProblemLog.LISTED_PER_KIND + 1);
        GeoJsonProblem last = r.warnings().get(ProblemLog.LISTED_PER_KIND);
        assertThat(last.message()).startsWith("15 more warnings");
        assertThat(last.featureIndex()).isEqualTo(ProblemLog.LISTED_PER_KIND);
    }
}
