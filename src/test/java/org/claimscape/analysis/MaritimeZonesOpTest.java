package org.claimscape.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.claimscape.analysis.TestLayers.box;
import static org.claimscape.analysis.TestLayers.feature;
import static org.claimscape.analysis.TestLayers.layer;
import static org.claimscape.analysis.TestLayers.wkt;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class MaritimeZonesOpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final GeometryFactory GF = new GeometryFactory();
    private static final double TS_METRES = 12 * 1852.0;
    private static final double ZONE_METRES = 200 * 1852.0;

    /* A Japanese island at the frame's centre and a Russian one about 190 km east of it. */
    private static final Layer LAND = layer("land",
            feature("jp", box(146.9, 44.95, 147.1, 45.05), "country", "JP"),
            feature("ru", box(149.5, 45.0, 149.7, 45.1), "country", "RU"));
    private static final Layer CLAIMS = layer("claims",
            feature("status-quo", box(149.0, 44.5, 150.0, 45.5), "claim", "status-quo", "party", "RU"),
            feature("gift", box(149.0, 44.5, 150.0, 45.5), "claim", "gift", "party", "JP"));

    private final MaritimeZonesOp op = new MaritimeZonesOp(LAND, Claims.of(CLAIMS),
            MaritimeZonesOp.Settings.DEFAULT.withExtent(new Envelope(139, 157, 41, 52)));

    /** A point 12 nautical miles east of the coast (geodesic distance, WGS84) lies on the territorial sea's edge. */
    @Test
    void territorialSeaEndsTwelveNauticalMilesOffTheCoast() {
        MaritimeZones z = op.zones("status-quo", TODAY);

        double edgeLon = outerEdgeLon(z.japan().territorialSea(), 45.0, 147.1, 148.0);
        assertThat(Geodesy.distanceMetres(45.0, 147.1, 45.0, edgeLon)).isCloseTo(TS_METRES, within(25.0));
    }

    /** West of the Japanese island there is no other coast, so the 200-nm zone reaches its full width there. */
    @Test
    void zoneEndsTwoHundredNauticalMilesOffTheCoast() {
        MaritimeZones z = op.zones("status-quo", TODAY);

        double edgeLon = outerEdgeLon(z.japan().zone200(), 45.0, 146.9, 141.0);
        /* the 1-km coast simplification and 32-segment arcs allow a few hundred metres */
        assertThat(Geodesy.distanceMetres(45.0, 146.9, 45.0, edgeLon)).isCloseTo(ZONE_METRES, within(800.0));
    }

    /** Between the islands the zones meet on the line equidistant from both coasts (geodesic distances). */
    @Test
    void zonesMeetOnTheMedianLine() {
        MaritimeZones z = op.zones("status-quo", TODAY);
        double lat = 45.03;
        double lo = 147.1;
        double hi = 149.5;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (Geodesy.distanceMetres(lat, 147.1, lat, mid) < Geodesy.distanceMetres(lat, 149.5, lat, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double medianLon = lo;
        double step = 0.015; // about 1.2 km

        assertThat(z.japan().zone200().contains(point(medianLon - step, lat))).isTrue();
        assertThat(z.russia().zone200().contains(point(medianLon + step, lat))).isTrue();
        assertThat(z.japan().zone200().contains(point(medianLon + step, lat))).isFalse();
        assertThat(Geodesy.areaKm2(z.japan().zone200().intersection(z.russia().zone200()))).isLessThan(0.01);
    }

    @Test
    void zonesExcludeLandAndCarryTheNotice() {
        MaritimeZones z = op.zones("status-quo", TODAY);

        assertThat(z.japan().territorialSea().contains(point(147.0, 45.0))).isFalse();
        assertThat(z.japan().zone200().contains(point(147.0, 45.2))).isTrue();
        assertThat(z.japan().zone200Km2()).isGreaterThan(z.japan().territorialSeaKm2());
        assertThat(z.notice()).isEqualTo("Computed illustration, not a legal boundary");
        assertThat(z.japan().zone200Km2()).isCloseTo(Geodesy.areaKm2(z.japan().zone200()),
                within(z.japan().zone200Km2() * 1e-4));
    }

    @Test
    void zonesAreClippedToTheExtent() {
        MaritimeZones z = op.zones("status-quo", TODAY);

        Envelope e = z.japan().zone200().getEnvelopeInternal();
        assertThat(e.getMinX()).isGreaterThanOrEqualTo(139.0 - 1e-9);
        assertThat(e.getMaxY()).isLessThanOrEqualTo(52.0 + 1e-9);
    }

    /** Giving the Russian island to Japan moves all of Russia's sea to Japan, and nothing the other way. */
    @Test
    void changeReportsSeaThatChangesHands() {
        MaritimeChange c = op.change("status-quo", "gift", TODAY);

        double russianSea = c.underA().russia().zone200Km2();
        assertThat(russianSea).isGreaterThan(1000);
        assertThat(c.zoneToJapanKm2()).isCloseTo(russianSea, within(russianSea * 1e-3));
        assertThat(c.zoneToRussiaKm2()).isCloseTo(0, within(1e-6));
        assertThat(c.territorialToJapanKm2()).isCloseTo(c.underA().russia().territorialSeaKm2(),
                within(c.underA().russia().territorialSeaKm2() * 1e-3));
        assertThat(c.underB().russia().zone200Km2()).isZero();
        assertThat(c.notice()).isEqualTo(MaritimeZonesOp.NOTICE);
    }

    /** Claim areas in the data are copies of the detailed coastline; the island must move whole, no slivers. */
    @Test
    void coastFollowingClaimMovesTheWholeIsland() {
        Geometry detailedIsland = jaggedIsland(149.6, 45.05, 0.08, 0.002, 400);
        Layer land = layer("land", feature("jp", box(146.9, 44.95, 147.1, 45.05), "country", "JP"),
                new Feature("ru", detailedIsland, Map.of("country", "RU")));
        Layer claims = layer("claims",
                new Feature("c", detailedIsland, Map.of("claim", "c", "party", "JP")));
        MaritimeZonesOp coastOp = new MaritimeZonesOp(land, Claims.of(claims),
                MaritimeZonesOp.Settings.DEFAULT.withExtent(new Envelope(139, 157, 41, 52)));

        MaritimeZones z = coastOp.zones("c", TODAY);

        assertThat(z.russia().zone200Km2()).isZero();
        assertThat(z.russia().territorialSeaKm2()).isZero();
    }

    /** Shimoda 1855 gives one area to each side: both islands change side at once. */
    @Test
    void claimWithAreasForBothSidesSwapsBoth() {
        Layer claims = layer("claims",
                feature("swap-jp", box(149.0, 44.5, 150.0, 45.5), "claim", "swap", "party", "JP"),
                feature("swap-ru", box(146.5, 44.5, 147.5, 45.5), "claim", "swap", "party", "RU"),
                feature("line", "LINESTRING (148 44, 148 46)", "claim", "swap", "party", "JP-RU"));
        MaritimeZonesOp swapOp = new MaritimeZonesOp(LAND, Claims.of(claims),
                MaritimeZonesOp.Settings.DEFAULT.withExtent(new Envelope(139, 157, 41, 52)));

        MaritimeZones z = swapOp.zones("swap", TODAY);

        assertThat(z.russia().territorialSea().contains(point(147.0, 45.2))).isTrue();
        assertThat(z.japan().territorialSea().contains(point(149.6, 45.2))).isTrue();
    }

    @Test
    void changeBetweenAClaimAndItselfIsNothing() {
        MaritimeChange c = op.change("status-quo", "status-quo", TODAY);

        assertThat(c.zoneChangedKm2()).isZero();
        assertThat(c.territorialChangedKm2()).isZero();
    }

    @Test
    void cancelledWorkStops() {
        assertThatThrownBy(() -> op.zones("status-quo", TODAY, () -> true)).isInstanceOf(CancellationException.class);
    }

    @Test
    void unknownClaimIsRejected() {
        assertThatThrownBy(() -> op.change("status-quo", "nope", TODAY)).isInstanceOf(UnknownClaimException.class);
    }

    /** Walks along a parallel from the coast outwards and returns the longitude where the zone ends. */
    private static double outerEdgeLon(Geometry zone, double lat, double fromLon, double toLon) {
        Geometry ray = wkt("LINESTRING (" + fromLon + " " + lat + ", " + toLon + " " + lat + ")");
        Geometry inside = zone.intersection(ray);
        double best = fromLon;
        for (Coordinate c : inside.getCoordinates()) {
            if (Math.abs(c.x - fromLon) > Math.abs(best - fromLon)) {
                best = c.x;
            }
        }
        return best;
    }

    /** A round island whose radius (degrees) alternates by {@code jag} from vertex to vertex, like a rocky coast. */
    private static Geometry jaggedIsland(double lon, double lat, double radius, double jag, int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double r = radius + (i % 2 == 0 ? jag : 0);
            double t = 2 * Math.PI * i / vertices;
            ring[i] = new Coordinate(lon + r * Math.cos(t), lat + r * Math.sin(t));
        }
        ring[vertices] = ring[0];
        return GF.createPolygon(ring);
    }

    private static Geometry point(double lon, double lat) {
        return GF.createPoint(new Coordinate(lon, lat));
    }
}
