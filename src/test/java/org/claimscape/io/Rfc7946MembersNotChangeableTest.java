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
 * RFC 7946 §7.1, Semantics of GeoJSON Members and Types Are Not Changeable: the reader judged by the section's own
 * sentences, each quoted on its case. What the RFC requires is an error, what it advises a warning (see the README's
 * validate section).
 */
class Rfc7946MembersNotChangeableTest {

    /**
     * "FeatureCollection and Feature objects, respectively, MUST NOT contain a "coordinates" or "geometries"
     * member."
     */
    @Test
    void coordinatesOnAFeatureAreAnError() {
        String text = fc("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + POINT
                + ",\"coordinates\":[147,45]}");
        GeoJsonReadResult r = read(text);
        assertPlace(onlyError(r, Kind.MISPLACED_MEMBER), text, 2, "[147,45]}", -1, 0);
        assertThat(r.features()).isEmpty();
    }

    /**
     * "FeatureCollection and Geometry objects, respectively, MUST NOT contain a "geometry" or "properties"
     * member." On the collection, the error is the file's: no phantom feature is counted.
     */
    @Test
    void propertiesOnTheCollectionAreAnErrorOfTheFileNotAFeature() {
        String text = "{\"type\":\"FeatureCollection\",\"properties\":{\"exceededTransferLimit\":true},"
                + "\"features\":[\n" + feature(POINT) + "]}";
        GeoJsonReadResult r = read(text);
        GeoJsonProblem p = onlyError(r, Kind.MISPLACED_MEMBER);
        assertPlace(p, text, 1, "{\"exceeded", -1, -1);
        assertThat(r.featuresSeen()).isEqualTo(1);
        assertThat(r.features()).hasSize(1);
    }

    /** "FeatureCollection and Geometry objects, respectively, MUST NOT contain a "geometry" or "properties" member." */
    @Test
    void propertiesOnAGeometryAreAnError() {
        String text = fc(feature("{\"type\":\"Point\",\"properties\":{},\"coordinates\":[147,45]}"));
        assertPlace(onlyError(read(text), Kind.MISPLACED_MEMBER), text, 2, "{},\"coord", -1, 0);
    }

    /** "Feature and Geometry objects, respectively, MUST NOT contain a "features" member." */
    @Test
    void featuresOnAFeatureAreAnError() {
        String text = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null,\"features\":[]}";
        assertPlace(onlyError(read(text), Kind.MISPLACED_MEMBER), text, 1, "[]", -1, 0);
    }

    /** "Feature ... MUST NOT contain a "features" member", even one that comes before its "type". */
    @Test
    void featuresBeforeTheTypeOfAFeatureAreNotItsFeatures() {
        String text = "{\"features\":[" + feature(POINT) + "," + feature(POINT) + "],\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":null}";
        GeoJsonReadResult r = read(text);
        assertThat(r.errors()).extracting(GeoJsonProblem::kind).containsExactly(Kind.MISPLACED_MEMBER);
        assertThat(r.featuresSeen()).isEqualTo(1);
        assertThat(r.features()).isEmpty();
    }

    /** §6.1: "Members not described in this specification ("foreign members") MAY be used". */
    @Test
    void foreignMembersAreAccepted() {
        assertThat(read("{\"type\":\"FeatureCollection\",\"name\":\"x\",\"features\":[\n{\"type\":\"Feature\","
                + "\"title\":\"t\",\"centerline\":{\"type\":\"LineString\",\"coordinates\":[[-170,10],[170,11]]},"
                + "\"properties\":{},\"geometry\":" + POINT + "}]}").problems()).isEmpty();
    }
}
