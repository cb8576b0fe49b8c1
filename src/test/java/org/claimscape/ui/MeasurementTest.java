package org.claimscape.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class MeasurementTest {

    /** Meridian arc on WGS84 by numerical integration of the meridian radius of curvature (independent of SIS). */
    static double meridianArcMetres(double lat1, double lat2) {
        double a = 6378137.0;
        double f = 1 / 298.257223563;
        double e2 = f * (2 - f);
        int n = 20000;
        double h = Math.toRadians(lat2 - lat1) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double phi = Math.toRadians(lat1) + i * h;
            double m = a * (1 - e2) / Math.pow(1 - e2 * Math.sin(phi) * Math.sin(phi), 1.5);
            sum += (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2)) * m;
        }
        return sum * h / 3;
    }

    @Test
    void distanceAlongMeridianMatchesArcLength() {
        Measurement m = new Measurement(List.of(new Coordinate(146, 43), new Coordinate(146, 44)), false);
        assertThat(m.lengthMetres()).isCloseTo(meridianArcMetres(43, 44), within(0.01));
        assertThat(m.describe()).startsWith("Distance 111.").contains("nmi");
    }

    @Test
    void closedSquareHasAreaAndPerimeter() {
        List<Coordinate> pts = List.of(new Coordinate(146, 43), new Coordinate(146, 44), new Coordinate(147, 44),
                new Coordinate(147, 43));
        Measurement open = new Measurement(pts, false);
        Measurement closed = new Measurement(pts, true);
        /* Closing adds the leg along 43° N back to the start: 1° of longitude there is about 81.5 km. */
        assertThat(closed.lengthMetres() - open.lengthMetres()).isBetween(81_000.0, 82_000.0);
        /* A 1°×1° cell at 43.5° N covers about 111.1 km × 80.8 km. */
        assertThat(closed.areaKm2()).isBetween(8900.0, 9050.0);
        assertThat(open.areaKm2()).isZero();
        assertThat(closed.describe()).contains("area").contains("km²");
    }

    /** A bow-tie's outline crosses itself: it encloses no one area, and none is given. */
    @Test
    void aSelfCrossingOutlineHasNoArea() {
        List<Coordinate> bowTie = List.of(new Coordinate(146, 43), new Coordinate(147, 44), new Coordinate(147, 43),
                new Coordinate(146, 44));
        assertThat(Measurement.crossesItself(bowTie)).isTrue();
        assertThat(new Measurement(bowTie, true).areaKm2()).isZero();
        List<Coordinate> square = List.of(new Coordinate(146, 43), new Coordinate(146, 44), new Coordinate(147, 44),
                new Coordinate(147, 43));
        assertThat(Measurement.crossesItself(square)).isFalse();
    }

    /** A double-click repeats its point: that is no crossing. A line folded back on itself is one. */
    @Test
    void repeatedPointsAreNoCrossingButAFoldIs() {
        List<Coordinate> doubleClicked = List.of(new Coordinate(146, 43), new Coordinate(146, 44),
                new Coordinate(147, 44), new Coordinate(147, 44));
        assertThat(Measurement.crossesItself(doubleClicked)).isFalse();
        assertThat(new Measurement(doubleClicked, true).areaKm2()).isPositive();
        List<Coordinate> fold = List.of(new Coordinate(146, 43), new Coordinate(146, 44), new Coordinate(146, 43.5));
        assertThat(Measurement.crossesItself(fold)).isTrue();
    }

    @Test
    void segmentAndTotalTextsGiveKilometresAndNauticalMiles() {
        Coordinate a = new Coordinate(146, 43);
        Coordinate b = new Coordinate(146, 44);
        double km = meridianArcMetres(43, 44) / 1000;
        assertThat(Measurement.segmentText(a, b)).isEqualTo(String.format(java.util.Locale.ROOT,
                "%,.2f km · %,.2f nmi", km, km * 1000 / 1852));
        Measurement path = new Measurement(List.of(a, b, new Coordinate(147, 44)), false);
        assertThat(path.totalText()).startsWith("Total ").contains("km").contains("nmi");
        assertThat(new Measurement(List.of(a, b, new Coordinate(147, 44)), true).totalText())
                .startsWith("Perimeter ").contains("Area ").contains("km²");
    }
}
