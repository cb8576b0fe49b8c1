package org.claimscape.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeodesyTest {

    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);

    /**
     * Vincenty's (1975) worked example, Flinders Peak to Buninyong (Victoria, Australia), as republished by
     * Geoscience Australia: 54,972.271 m on the GRS80/WGS84 ellipsoid.
     */
    @Test
    void distanceMatchesVincentysFlindersPeakExample() {
        double lat1 = -dms(37, 57, 3.72030);
        double lon1 = dms(144, 25, 29.52440);
        double lat2 = -dms(37, 39, 10.15610);
        double lon2 = dms(143, 55, 35.38390);

        assertThat(Geodesy.distanceMetres(lat1, lon1, lat2, lon2)).isCloseTo(54_972.271, within(0.002));
    }

    /**
     * GeographicLib's documented inverse example, JFK (40.6° N, 73.8° W) to LHR (51.6° N, 0.5° W):
     * s12 = 5,551,759.400319 m (C. F. F. Karney, GeographicLib {@code Geodesic} class documentation; same value
     * from geographiclib-geodesic 2.x for JavaScript).
     */
    @Test
    void distanceMatchesGeographicLibJfkToLhr() {
        assertThat(Geodesy.distanceMetres(40.6, -73.8, 51.6, -0.5)).isCloseTo(5_551_759.400319, within(0.001));
    }

    /** One degree along the meridian at 45° N against the meridian arc integrated from the radius of curvature. */
    @Test
    void distanceAlongMeridianMatchesMeridianArc() {
        assertThat(Geodesy.distanceMetres(44.5, 147, 45.5, 147)).isCloseTo(meridianArc(44.5, 45.5), within(0.001));
    }

    @Test
    void pathLengthIsTheSumOfItsLegs() {
        List<Coordinate> path = List.of(new Coordinate(145.0, 43.0), new Coordinate(146.0, 44.0),
                new Coordinate(148.0, 45.0));
        double legs = Geodesy.distanceMetres(43, 145, 44, 146) + Geodesy.distanceMetres(44, 146, 45, 148);

        assertThat(Geodesy.pathLengthMetres(path)).isCloseTo(legs, within(1e-6));
        assertThat(Geodesy.pathLengthMetres(path.subList(0, 1))).isZero();
    }

    /**
     * A 1°×1° cell (45°–46° N) against the closed-form ellipsoidal area between two parallels,
     * A = a²·Δλ/2·(q(φ2) − q(φ1)) with Snyder's authalic q (J. P. Snyder, Map Projections — A Working
     * Manual,
     * USGS Professional Paper 1395, 1987, eq. 3-12). The cell's parallels are densified so that its edges follow them.
     */
    @Test
    void areaOfOneDegreeCellMatchesAuthalicFormula() throws ParseException {
        Geometry cell = cell(147, 45, 148, 46, 1000);

        assertThat(Geodesy.areaKm2(cell)).isCloseTo(cellAreaKm2(45, 46, 1), within(cellAreaKm2(45, 46, 1) * 1e-9));
    }

    /** Equal-area holds away from the centre too: a 10°×10° cell, 40°–50° N 140°–150° E. */
    @Test
    void areaOfLargeCellMatchesAuthalicFormula() throws ParseException {
        Geometry cell = cell(140, 40, 150, 50, 5000);

        assertThat(Geodesy.areaKm2(cell)).isCloseTo(cellAreaKm2(40, 50, 10), within(cellAreaKm2(40, 50, 10) * 1e-8));
    }

    @Test
    void areaOfRingEqualsAreaOfPolygonAndClosesTheRing() throws ParseException {
        Geometry cell = cell(147, 45, 148, 46, 200);
        List<Coordinate> ring = new ArrayList<>(List.of(cell.getCoordinates()));
        ring.remove(ring.size() - 1);

        assertThat(Geodesy.areaKm2(ring)).isCloseTo(Geodesy.areaKm2(cell), within(1e-9));
        assertThat(Geodesy.areaKm2(ring.subList(0, 2))).isZero();
    }

    @Test
    void areaSubtractsHolesAndIgnoresLines() throws ParseException {
        WKTReader r = new WKTReader();
        Geometry outer = r.read("POLYGON ((147 45, 147.2 45, 147.2 45.2, 147 45.2, 147 45))");
        Geometry inner = r.read("POLYGON ((147.05 45.05, 147.1 45.05, 147.1 45.1, 147.05 45.1, 147.05 45.05))");
        Geometry withHole = outer.difference(inner);
        Geometry mixed = r.read("GEOMETRYCOLLECTION (LINESTRING (140 40, 150 50), POLYGON ((147 45, 147.2 45, "
                + "147.2 45.2, 147 45.2, 147 45)))");

        assertThat(Geodesy.areaKm2(withHole))
                .isCloseTo(Geodesy.areaKm2(outer) - Geodesy.areaKm2(inner), within(1e-9));
        assertThat(Geodesy.areaKm2(mixed)).isCloseTo(Geodesy.areaKm2(outer), within(1e-9));
        assertThat(Geodesy.areaKm2(r.read("LINESTRING (140 40, 150 50)"))).isZero();
    }

    /** Web Mercator would overstate this cell by about 1/cos²(45.5°) ≈ 2.04; the geodesic area must not. */
    @Test
    void areaIsNotPlanarDegreesOrMercator() throws ParseException {
        Geometry cell = cell(147, 45, 148, 46, 100);
        double km2 = Geodesy.areaKm2(cell);

        assertThat(km2).isBetween(8_000.0, 9_000.0);
    }

    static Geometry cell(double lon1, double lat1, double lon2, double lat2, int stepsPerEdge) throws ParseException {
        StringBuilder wkt = new StringBuilder("POLYGON ((");
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < stepsPerEdge; i++) {
            pts.add(new double[] {lon1 + (lon2 - lon1) * i / stepsPerEdge, lat1});
        }
        for (int i = 0; i < stepsPerEdge; i++) {
            pts.add(new double[] {lon2, lat1 + (lat2 - lat1) * i / stepsPerEdge});
        }
        for (int i = 0; i < stepsPerEdge; i++) {
            pts.add(new double[] {lon2 - (lon2 - lon1) * i / stepsPerEdge, lat2});
        }
        for (int i = 0; i < stepsPerEdge; i++) {
            pts.add(new double[] {lon1, lat2 - (lat2 - lat1) * i / stepsPerEdge});
        }
        pts.add(pts.get(0));
        for (int i = 0; i < pts.size(); i++) {
            wkt.append(i == 0 ? "" : ", ").append(pts.get(i)[0]).append(' ').append(pts.get(i)[1]);
        }
        return new WKTReader().read(wkt.append("))").toString());
    }

    /**
     * Snyder (1987) eq. 3-12: q = (1 − e²)[sin φ/(1 − e² sin² φ) − 1/(2e)·ln((1 − e sin φ)/(1 + e sin φ))].
     */
    static double q(double latDeg) {
        double s = Math.sin(Math.toRadians(latDeg));
        return (1 - E2) * (s / (1 - E2 * s * s) - 1 / (2 * E) * Math.log((1 - E * s) / (1 + E * s)));
    }

    static double cellAreaKm2(double lat1, double lat2, double dLonDeg) {
        return A * A * Math.toRadians(dLonDeg) / 2 * (q(lat2) - q(lat1)) / 1e6;
    }

    /** Meridian arc by numeric integration of the radius of curvature M(φ) = a(1 − e²)/(1 − e² sin² φ)^1.5. */
    private static double meridianArc(double lat1, double lat2) {
        int n = 10_000;
        double h = Math.toRadians(lat2 - lat1) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double phi = Math.toRadians(lat1) + i * h;
            double s = Math.sin(phi);
            double m = A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5);
            sum += (i == 0 || i == n) ? m : (i % 2 == 1 ? 4 * m : 2 * m);
        }
        return sum * h / 3;
    }

    private static double dms(double d, double m, double s) {
        return d + m / 60 + s / 3600;
    }
}
