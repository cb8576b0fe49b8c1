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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * RFC 7946 §3.1.1, Position: the reader judged by the section's own sentences, each quoted on its case. What the RFC
 * requires is an error, what it advises a warning (see the README's validate section).
 */
class Rfc7946PositionTest {

    /** "A position is an array of numbers. There MUST be two or more elements." */
    @Test
    void aPositionOfOneNumberIsAnError() {
        String text = fc(feature("{\"type\":\"Point\",\"coordinates\":[147]}"));
        assertPlace(onlyError(read(text), Kind.TOO_FEW_POSITIONS), text, 2, "[147", -1, 0);
    }

    /** "Implementations SHOULD NOT extend positions beyond three elements". */
    @Test
    void aPositionOfFourNumbersIsKeptWithAWarning() {
        String text = fc(feature("{\"type\":\"LineString\",\"coordinates\":[[147,45,10,1700000000],[148,46]]}"));
        GeoJsonReadResult r = read(text);
        assertThat(r.isValid()).isTrue();
        GeoJsonProblem p = onlyWarning(r, Kind.LONG_POSITION);
        assertPlace(p, text, 2, "[147", -1, 0);
        assertThat(r.features().get(0).geometry().getCoordinates()[0].getZ()).isEqualTo(10.0);
    }

    /** "Altitude or elevation MAY be included as an optional third element." */
    @Test
    void aThirdNumberIsAcceptedWithoutComment() {
        assertThat(read(fc(feature("{\"type\":\"Point\",\"coordinates\":[147,45,12.5]}"))).problems()).isEmpty();
    }

    /**
     * "The first two elements are longitude and latitude, or easting and northing, precisely in that order". A
     * position of two numbers is a point with x the first, y the second and no height; of three, the height is kept.
     */
    @Test
    void theFirstNumberIsTheLongitudeAndTheSecondTheLatitude() {
        GeoJsonReadResult r = read(fc(feature("{\"type\":\"Point\",\"coordinates\":[147.25,-45.5]}"),
                feature("{\"type\":\"Point\",\"coordinates\":[-12,7,30]}")));
        assertThat(r.problems()).isEmpty();
        Point flat = (Point) r.features().get(0).geometry();
        assertThat(flat.getX()).isEqualTo(147.25);
        assertThat(flat.getY()).isEqualTo(-45.5);
        assertThat(flat.getCoordinateSequence().getDimension()).isEqualTo(2);
        assertThat(flat.getCoordinate().getZ()).isNaN();
        assertThat(flat.getSRID()).isEqualTo(4326);
        assertThat(flat.equalsExact(new GeometryFactory().createPoint(new Coordinate(147.25, -45.5)))).isTrue();
        Point high = (Point) r.features().get(1).geometry();
        assertThat(high.getCoordinateSequence().getDimension()).isEqualTo(3);
        assertThat(high.getCoordinate().getZ()).isEqualTo(30.0);
        assertThat(high.getX()).isEqualTo(-12.0);
        assertThat(high.getY()).isEqualTo(7.0);
    }
}
