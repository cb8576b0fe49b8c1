package org.claimscape.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.claimscape.io.GeoJsonLayerReader;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A geometry repeated in a file is checked once: only an exact x, y match of the same structure counts. */
class ValidGeometryMemoTest {

    private static final WKTReader WKT = new WKTReader(new GeometryFactory(new PrecisionModel(), 4326,
            PackedCoordinateSequenceFactory.DOUBLE_FACTORY));

    @Test
    void knowsOnlyTheSameStructureAndXy() throws ParseException {
        ValidGeometryMemo memo = new ValidGeometryMemo();
        Geometry square = WKT.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))");
        memo.add(square);
        assertThat(memo.contains(WKT.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))")))
                .isTrue();
        // z does not count for validity
        assertThat(memo.contains(WKT.read("MULTIPOLYGON Z (((0 0 1, 1 0 1, 1 1 1, 0 1 1, 0 0 1)),"
                + " ((2 2 5, 3 2 5, 3 3 5, 2 2 5)))"))).isTrue();
        assertThat(memo.contains(WKT.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 2, 3 2, 3 3.5, 2 2)))")))
                .isFalse();
        assertThat(memo.contains(WKT.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)))"))).isFalse();
        assertThat(memo.contains(WKT.read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"))).isFalse();
        assertThat(memo.contains(WKT.read("GEOMETRYCOLLECTION (POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0)),"
                + " POLYGON ((2 2, 3 2, 3 3, 2 2)))"))).isFalse();
        assertThat(memo.contains(WKT.read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((2 2, 3 2, 3 3, 2 2),"
                + " (2.1 2.1, 2.2 2.1, 2.2 2.2, 2.1 2.1)))"))).isFalse();
    }

    @Test
    void comparesEveryCoordinateNotOnlyTheHashedOnes() throws ParseException {
        StringBuilder a = new StringBuilder("POLYGON ((0 0");
        StringBuilder b = new StringBuilder("POLYGON ((0 0");
        for (int i = 1; i <= 100; i++) {
            a.append(", ").append(i).append(" 0");
            // one vertex differs slightly, between the sampled ones
            b.append(", ").append(i).append(i == 51 ? " 0.000001" : " 0");
        }
        a.append(", 100 10, 0 10, 0 0))");
        b.append(", 100 10, 0 10, 0 0))");
        Geometry g = WKT.read(a.toString());
        Geometry h = WKT.read(b.toString());
        assertThat(ValidGeometryMemo.hash(g)).isEqualTo(ValidGeometryMemo.hash(h));
        ValidGeometryMemo memo = new ValidGeometryMemo();
        memo.add(g);
        assertThat(memo.contains(g)).isTrue();
        assertThat(memo.contains(h)).isFalse();
    }

    @Test
    void aRepeatedInvalidGeometryIsReportedEachTime() {
        String bowTie = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}}";
        String square = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}";
        String text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + square + ",\n" + bowTie + ",\n" + square
                + ",\n" + bowTie + "]}";
        GeoJsonReadResult r = new GeoJsonLayerReader().read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.geojson");
        assertThat(r.features()).hasSize(2);
        assertThat(r.errors()).extracting(GeoJsonProblem::kind).containsExactly(Kind.INVALID_GEOMETRY,
                Kind.INVALID_GEOMETRY);
        assertThat(r.errors()).extracting(GeoJsonProblem::featureIndex).containsExactly(1, 3);
        assertThat(r.errors()).extracting(GeoJsonProblem::line).containsExactly(3L, 5L);
    }
}
