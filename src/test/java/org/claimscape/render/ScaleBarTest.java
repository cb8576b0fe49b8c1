package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.claimscape.analysis.Geodesy;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ScaleBarTest {

    /**
     * At 45°N and zoom 8 a pixel spans 360° / 65 536 of longitude, and the parallel's radius on WGS84 is
     * N cos 45° = 6 388 838.29 m × 0.70711: 433.12 m (a sphere of the equatorial radius would give 432.39 m).
     */
    @Test
    void scaleBarAt45NorthUsesTheLocalScale() {
        MapViewport vp = new MapViewport(45, 145, 8, 1000, 700);
        ScaleBar bar = ScaleBar.of(vp, 200);
        double mPerPx = vp.metresPerPixel(45);
        assertThat(mPerPx).isCloseTo(433.12, within(0.01));
        // 200 px = 86.5 km = 46.7 nm, so the round lengths are 50 km and 20 nm.
        assertThat(bar.km()).isEqualTo(50);
        assertThat(bar.kmLength()).isCloseTo(50_000 / mPerPx, within(0.01));
        assertThat(bar.nm()).isEqualTo(20);
        assertThat(bar.nmLength()).isCloseTo(20 * 1852 / mPerPx, within(0.01));
        assertThat(bar.kmText()).isEqualTo("50 km");
        assertThat(bar.nmText()).isEqualTo("20 nm");
    }

    /**
     * The closed form against SIS' geodesic across about 10 km of the centre parallel (over longer spans the
     * geodesic cuts the parallel's curve short: by 1e-4 across 900 km at 20°N).
     */
    @Test
    void metresPerPixelMatchesTheGeodesicAlongTheParallel() {
        for (double lat : new double[] {0, 20, 44.4, 60, 75}) {
            for (double zoom : new double[] {4, 8.5, 14}) {
                MapViewport vp = new MapViewport(lat, 145, zoom, 1000, 700);
                /* About 10 km of the parallel: SIS' geodesic is good to a few ppm and mm here. */
                int px = (int) Math.max(1, Math.round(10_000 / vp.metresPerPixel(lat)));
                double span = Geodesy.distanceMetres(lat, vp.lon(500), lat, vp.lon(500 + px));
                assertThat(vp.metresPerPixel(lat) * px).as("lat %s zoom %s", lat, zoom)
                        .isCloseTo(span, within(span * 2e-6 + 0.002));
            }
        }
    }

    @Test
    void barIsLongerInPixelsNearerThePoleForTheSameGroundLength() {
        ScaleBar south = ScaleBar.of(new MapViewport(30, 145, 8, 1000, 700), 400);
        ScaleBar north = ScaleBar.of(new MapViewport(60, 145, 8, 1000, 700), 400);
        assertThat(north.kmLength() / north.km()).isGreaterThan(south.kmLength() / south.km());
    }

    @Test
    void roundLengthsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ScaleBar.niceFloor(86.5)).isEqualTo(50);
        assertThat(ScaleBar.niceFloor(19.99)).isEqualTo(10);
        assertThat(ScaleBar.niceFloor(2.0)).isEqualTo(2);
        assertThat(ScaleBar.niceFloor(0.73)).isCloseTo(0.5, within(1e-12));
        assertThat(ScaleBar.niceFloor(1000)).isEqualTo(1000);
    }

    @Test
    void shortBarsAreInMetres() {
        ScaleBar bar = ScaleBar.at(45, 2.0, 150);
        assertThat(bar.km()).isCloseTo(0.2, within(1e-12));
        assertThat(bar.kmText()).isEqualTo("200 m");
    }

    @Test
    void graticuleStepGivesAFewLinesAcrossTheView() {
        MapViewport vp = MapViewport.fit(new Envelope(145, 149, 43, 46), 1000, 700, 0);
        Graticule g = Graticule.of(vp, 8);
        assertThat(g.step()).isEqualTo(1.0);
        assertThat(g.meridians()).contains(145.0, 146.0, 147.0, 148.0, 149.0);
        assertThat(g.parallels()).contains(44.0, 45.0);
        assertThat(Graticule.latLabel(43.5)).isEqualTo("43°30′N");
        assertThat(Graticule.lonLabel(145)).isEqualTo("145°E");
        assertThat(Graticule.interval(0.5, 6)).isCloseTo(5 / 60.0, within(1e-12));
    }
}
