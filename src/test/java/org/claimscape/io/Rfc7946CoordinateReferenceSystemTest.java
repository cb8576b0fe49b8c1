package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscape.io.Rfc7946Fixtures.assertPlace;
import static org.claimscape.io.Rfc7946Fixtures.fc;
import static org.claimscape.io.Rfc7946Fixtures.feature;
import static org.claimscape.io.Rfc7946Fixtures.onlyError;
import static org.claimscape.io.Rfc7946Fixtures.read;

import org.claimscape.io.GeoJsonProblem.Kind;
import org.junit.jupiter.api.Test;

/**
 * RFC 7946 §4, Coordinate Reference System: the reader judged by the section's own sentences, each quoted on its case.
 * What the RFC requires is an error, what it advises a warning (see the README's validate section).
 */
class Rfc7946CoordinateReferenceSystemTest {

    /**
     * "The coordinate reference system for all GeoJSON coordinates is a geographic coordinate reference
     * system ... with longitude and latitude units of decimal degrees." Projected data stays refused, and the
     * message says how to reproject it.
     */
    @Test
    void projectedCoordinatesAreRefusedWithHowToReproject() {
        String text = fc(feature("{\"type\":\"Point\",\"coordinates\":[16380000.0,5620000.0]}"));
        GeoJsonProblem p = onlyError(read(text), Kind.LATITUDE_OUT_OF_RANGE);
        assertThat(p.message()).contains("looks projected").contains("ogr2ogr -t_srs EPSG:4326 out.geojson "
                + "in.geojson").contains("-s_srs");
        assertPlace(p, text, 2, "[163", -1, 0);
    }

    /** A GeoJSON 2008 file names its CRS in "crs" (removed by RFC 7946 §4): the message repeats the name. */
    @Test
    void theOldCrsMemberIsNamedInTheMessage() {
        String text = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[\n" + feature("{\"type\":\"Point\","
                + "\"coordinates\":[16380000.0,5620000.0]}") + "]}";
        assertThat(onlyError(read(text), Kind.LATITUDE_OUT_OF_RANGE).message()).contains("EPSG::3857");
    }
}
