package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Feature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeoJsonLayerWriterTest {

    /**
     * RFC 7946 §3.1.6: "A linear ring MUST follow the right-hand rule with respect to the area it bounds, i.e.,
     * exterior rings are counterclockwise, and holes are clockwise." A polygon stored the other way round (as
     * JTS and shapefiles often have it) is written reversed, and reads back without a warning.
     */
    @Test
    void ringsAreWrittenByTheRightHandRule() throws IOException, ParseException {
        Polygon wrong = (Polygon) new WKTReader()
                .read("POLYGON ((0 0, 0 3, 3 3, 3 0, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))");
        assertThat(Orientation.isCCW(wrong.getExteriorRing().getCoordinateSequence())).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonLayerWriter().write(List.of(new Feature("p", wrong, Map.of())), out);

        GeoJsonReadResult back = new GeoJsonLayerReader().read(new ByteArrayInputStream(out.toByteArray()), "out");
        assertThat(back.problems()).isEmpty();
        Polygon read = (Polygon) back.features().get(0).geometry();
        assertThat(Orientation.isCCW(read.getExteriorRing().getCoordinateSequence())).isTrue();
        assertThat(Orientation.isCCW(read.getInteriorRingN(0).getCoordinateSequence())).isFalse();
        assertThat(read.equalsTopo(wrong)).as("the same area, only the order of its vertices differs").isTrue();
    }
}
