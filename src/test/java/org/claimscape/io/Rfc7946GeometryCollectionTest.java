package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscape.io.Rfc7946Fixtures.LINE;
import static org.claimscape.io.Rfc7946Fixtures.POINT;
import static org.claimscape.io.Rfc7946Fixtures.assertPlace;
import static org.claimscape.io.Rfc7946Fixtures.fc;
import static org.claimscape.io.Rfc7946Fixtures.feature;
import static org.claimscape.io.Rfc7946Fixtures.onlyError;
import static org.claimscape.io.Rfc7946Fixtures.onlyWarning;
import static org.claimscape.io.Rfc7946Fixtures.read;

import org.claimscape.io.GeoJsonProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * RFC 7946 §3.1.8, GeometryCollection: the reader judged by the section's own sentences, each quoted on its case. What
 * the RFC requires is an error, what it advises a warning (see the README's validate section).
 */
class Rfc7946GeometryCollectionTest {

    /** "A GeometryCollection has a member with the name "geometries"." The message says so. */
    @Test
    void aCollectionWithCoordinatesInsteadOfGeometriesIsReportedAsSuch() {
        String text = fc(feature("{\"type\":\"GeometryCollection\",\"coordinates\":[{\"type\":\"Point\"}]}"));
        GeoJsonProblem p = onlyError(read(text), Kind.MISSING_MEMBER);
        assertThat(p.message()).contains("without \"geometries\"").doesNotContain("must be a number");
        assertPlace(p, text, 2, "{\"type\":\"Geo", -1, 0);
    }

    /** "It is possible for this array to be empty." Read as an unlocated feature, with a warning. */
    @Test
    void anEmptyCollectionIsAnUnlocatedFeatureWithAWarning() {
        GeoJsonReadResult r = read(fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[]}")));
        assertThat(r.isValid()).isTrue();
        assertThat(r.features().get(0).geometry()).isNull();
        onlyWarning(r, Kind.EMPTY_GEOMETRY);
    }

    /** "implementations SHOULD avoid nested GeometryCollections." */
    @Test
    void aNestedCollectionIsKeptWithAWarning() {
        String text = fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[" + POINT + ","
                + "{\"type\":\"GeometryCollection\",\"geometries\":[" + LINE + "]}]}"));
        GeoJsonReadResult r = read(text);
        assertThat(r.isValid()).isTrue();
        assertThat(r.warnings()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.AVOIDABLE_COLLECTION);
            assertThat(p.message()).contains("nested");
        });
    }

    /**
     * "GeometryCollections composed of a single part ... SHOULD be avoided when that single part ... could be
     * used instead."
     */
    @Test
    void aCollectionOfOnePartIsKeptWithAWarning() {
        String text = fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[" + POINT + "]}"));
        GeoJsonProblem p = onlyWarning(read(text), Kind.AVOIDABLE_COLLECTION);
        assertThat(p.message()).contains("single Point");
        assertPlace(p, text, 2, "{\"type\":\"Geo", -1, 0);
    }

    /**
     * "or a number of parts of a single type SHOULD be avoided when ... a single object of multipart type ...
     * could be used instead."
     */
    @Test
    void aCollectionOfPartsOfOneTypeIsKeptWithAWarning() {
        String text = fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[" + POINT + "," + POINT
                + "]}"));
        assertThat(onlyWarning(read(text), Kind.AVOIDABLE_COLLECTION).message()).contains("MultiPoint");
    }

    /** "a GeometryCollection can be a heterogeneous composition": a point and a line need no comment. */
    @Test
    void aHeterogeneousCollectionIsAccepted() {
        assertThat(read(fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[" + POINT + "," + LINE
                + "]}"))).problems()).isEmpty();
    }
}
