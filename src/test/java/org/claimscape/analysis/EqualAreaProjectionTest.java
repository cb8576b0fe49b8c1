package org.claimscape.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.claimscape.analysis.TestLayers.box;
import static org.claimscape.analysis.TestLayers.wkt;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

class EqualAreaProjectionTest {

    @Test
    void regionFrameIsCentredAt45North147East() {
        double[] origin = EqualAreaProjection.region().toMetres(147.0, 45.0);

        assertThat(origin[0]).isCloseTo(0, within(1e-6));
        assertThat(origin[1]).isCloseTo(0, within(1e-6));
    }

    @Test
    void roundTripReturnsTheSameCoordinates() {
        EqualAreaProjection p = EqualAreaProjection.region();
        Geometry g = wkt("POLYGON ((139.5 41.2, 156.8 41.2, 156.8 51.9, 139.5 51.9, 139.5 41.2))");

        Geometry back = p.toLonLat(p.toMetres(g));

        // vertices come back exactly; points added on the way back sit on metre-straight edges, mm off
        assertThat(DiscreteHausdorffDistance.distance(g, back)).isLessThan(1e-6);
        double[] m = p.toMetres(150.25, 43.75);
        double[] ll = p.toLonLat(m[0], m[1]);
        // SIS inverts the authalic latitude by series: sub-millimetre (1e-8 degrees) is its accuracy
        assertThat(ll[0]).isCloseTo(150.25, within(1e-8));
        assertThat(ll[1]).isCloseTo(43.75, within(1e-8));
    }

    /** Near the centre LAEA distances match geodesic ones (scale factor 1 at the origin). */
    @Test
    void distancesNearTheCentreAreGeodesic() {
        EqualAreaProjection p = EqualAreaProjection.centredOn(44.0, 146.0);
        double[] a = p.toMetres(146.0, 44.0);
        double[] b = p.toMetres(146.1, 44.05);

        double planar = Math.hypot(b[0] - a[0], b[1] - a[1]);
        assertThat(planar).isCloseTo(Geodesy.distanceMetres(44.0, 146.0, 44.05, 146.1), within(0.01));
    }

    /** Any centre gives the same area: the projection is equal-area everywhere, not only at its centre. */
    @Test
    void areaDoesNotDependOnTheCentre() {
        Geometry cell = wkt(box(150, 48, 151, 49));
        double nearKm2 = EqualAreaProjection.centredOn(48.5, 150.5).toMetres(cell).getArea();
        double farKm2 = EqualAreaProjection.region().toMetres(cell).getArea();

        assertThat(farKm2).isCloseTo(nearKm2, within(nearKm2 * 1e-7));
    }

    @Test
    void framesAreCachedByRoundedCentre() {
        assertThat(EqualAreaProjection.centredOn(44.001, 146.002))
                .isSameAs(EqualAreaProjection.centredOn(44.0, 146.0));
    }

    @Test
    void longEdgesAreDensifiedBeforeProjecting() {
        Geometry edge = wkt("LINESTRING (140 45, 150 45)");

        Geometry projected = EqualAreaProjection.region().toMetres(edge);

        assertThat(projected.getNumPoints()).isGreaterThan(900);
    }
}
