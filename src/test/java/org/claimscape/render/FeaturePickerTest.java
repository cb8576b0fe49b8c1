package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.Test;

class FeaturePickerTest {

    private final FeaturePicker picker = new FeaturePicker(MapRendererTest.STYLES);

    private static Layer claims() {
        return new Layer("claims", "Claims", List.of(
                GeoJsonFixtures.wkt("area", "POLYGON ((146.2 43.2, 147.8 43.2, 147.8 44.8, 146.2 44.8, 146.2 43.2))",
                        "claim", "jp-claim", "kind", "claim-area"),
                GeoJsonFixtures.wkt("line", "LINESTRING (146 44, 148 44)", "claim", "st-petersburg-1875",
                        "kind", "boundary-line", "valid_from", "1875-05-07", "valid_to", "1945-09-05")));
    }

    private static RenderRequest request(LocalDate date, boolean sitesVisible) {
        return new RenderRequest(MapRendererTest.viewport(), List.of(
                new LayerView(MapRendererTest.land(), "Basemap", true, 1),
                new LayerView(claims(), "Claims", true, 1),
                new LayerView(MapRendererTest.sites(), "Military", sitesVisible, 1)), date, Viewpoint.NEUTRAL,
                Set.of(), true);
    }

    @Test
    void pickReturnsEveryFeatureUnderThePointTopmostFirst() {
        RenderRequest r = request(null, true);
        MapViewport vp = r.viewport();
        // The airfield icon at (146.4, 44.5) lies inside the claim area; no land there.
        List<FeaturePicker.Hit> hits = picker.pick(r, vp.x(146.4) + 5, vp.y(44.5) - 5, 2);
        assertThat(hits).extracting(h -> h.feature().id()).containsExactly("af", "area");
        assertThat(hits.get(0).layer().id()).isEqualTo("military");
    }

    @Test
    void linesAreHitWithinTheStrokeTolerance() {
        RenderRequest r = request(LocalDate.of(1900, 1, 1), true);
        MapViewport vp = r.viewport();
        assertThat(picker.pick(r, vp.x(146.1), vp.y(44) + 3, 2)).extracting(h -> h.feature().id())
                .containsExactly("line");
        assertThat(picker.pick(r, vp.x(146.1), vp.y(44) + 9, 2)).isEmpty();
    }

    @Test
    void hiddenLayersAndFeaturesOutsideTheDateAreNotHit() {
        RenderRequest r = request(LocalDate.of(2000, 1, 1), false);
        MapViewport vp = r.viewport();
        assertThat(picker.pick(r, vp.x(146.4), vp.y(44.5), 2)).extracting(h -> h.feature().id())
                .containsExactly("area");
        assertThat(picker.pick(r, vp.x(146.1), vp.y(44), 2)).isEmpty();
    }

    @Test
    void landIsPickedByContainment() {
        RenderRequest r = request(null, true);
        MapViewport vp = r.viewport();
        assertThat(picker.pick(r, vp.x(146.1), vp.y(43.1), 0)).extracting(h -> h.feature().id())
                .containsExactly("jp");
    }

    @Test
    void symbolsAtTheSamePlaceAreDrawnThereOnOneBadgeThatListsEach() {
        Layer sameSpot = new Layer("military", "Military", List.of(
                GeoJsonFixtures.wkt("a", "POINT (147 44)", "type", "airfield", "precision", "exact"),
                GeoJsonFixtures.wkt("b", "POINT (147 44)", "type", "airfield", "precision", "exact"),
                GeoJsonFixtures.wkt("c", "POINT (147 44)", "type", "airfield", "precision", "exact")));
        RenderRequest r = new RenderRequest(MapRendererTest.viewport(), List.of(new LayerView(sameSpot, "Military",
                true, 1)), null, Viewpoint.NEUTRAL, Set.of(), false);
        MapViewport vp = r.viewport();
        RenderOutcome out = new MapRenderer(MapRendererTest.STYLES).draw(
                new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB)
                        .createGraphics(), r, () -> false);
        assertThat(out.symbols()).hasSize(3).allMatch(RenderOutcome.Symbol::badge)
                .allMatch(s -> Math.abs(s.box().getCenterX() - vp.x(147)) < 1e-6
                        && Math.abs(s.box().getCenterY() - vp.y(44)) < 1e-6, "at the features' place");
        for (RenderOutcome.Symbol s : out.symbols()) {
            List<FeaturePicker.Hit> hits = picker.pick(r, s.box().getCenterX(), s.box().getCenterY(), 0);
            assertThat(hits).extracting(h -> h.feature().id()).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void crowdedSymbolsBecomeOneClusterThatListsEveryMember() {
        List<Feature> sites = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Seven sites within about 1 km of each other: one place at this zoom.
            sites.add(GeoJsonFixtures.wkt("s" + i, "POINT (" + (146.40 + i * 0.002) + " 44.50)", "type", "garrison",
                    "precision", "exact"));
        }
        sites.add(GeoJsonFixtures.wkt("far", "POINT (147.5 43.6)", "type", "airfield", "precision", "exact"));
        RenderRequest r = new RenderRequest(MapRendererTest.viewport(), List.of(
                new LayerView(new Layer("military", "Military", sites), "Military", true, 1)), null,
                Viewpoint.NEUTRAL, Set.of(), true);
        MapViewport vp = r.viewport();
        List<List<SymbolLayout.Placement>> layout = SymbolLayout.layout(r, MapRendererTest.STYLES);
        assertThat(layout.get(0)).filteredOn(p -> p.cluster() != null).hasSize(7)
                .extracting(SymbolLayout.Placement::cluster).containsOnly(layout.get(0).get(0).cluster());
        assertThat(layout.get(0)).filteredOn(p -> p.feature().id().equals("far"))
                .allMatch(p -> p.cluster() == null);
        List<FeaturePicker.Hit> hits = picker.pick(r, vp.x(146.406), vp.y(44.5), 2);
        assertThat(hits).extracting(h -> h.feature().id()).containsExactlyInAnyOrder("s0", "s1", "s2", "s3", "s4",
                "s5", "s6");
        assertThat(picker.pick(r, vp.x(147.5), vp.y(43.6), 2)).extracting(h -> h.feature().id())
                .containsExactly("far");
    }

    @Test
    void symbolsAreNeverMovedAndOnesAtTheSameCoordinatesShareOneBadgeThere() {
        List<Feature> sites = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sites.add(GeoJsonFixtures.wkt("s" + i, "POINT (146.4 44.5)", "type", "garrison", "precision", "exact"));
        }
        sites.add(GeoJsonFixtures.wkt("near", "POINT (146.43 44.5)", "type", "airfield", "precision", "exact"));
        RenderRequest r = new RenderRequest(MapRendererTest.viewport(), List.of(
                new LayerView(new Layer("user-sites", "Sites", sites), "Your layers", true, 1)), null,
                Viewpoint.NEUTRAL, Set.of(), true);
        MapViewport vp = r.viewport();
        List<SymbolLayout.Placement> placed = SymbolLayout.layout(r, MapRendererTest.STYLES).get(0);

        assertThat(placed).hasSize(4).allMatch(p -> p.x() == p.anchorX() && p.y() == p.anchorY(), "not moved");
        assertThat(placed).filteredOn(p -> p.feature().id().toString().startsWith("s"))
                .allMatch(p -> Math.abs(p.x() - vp.x(146.4)) < 1e-6 && Math.abs(p.y() - vp.y(44.5)) < 1e-6)
                .extracting(SymbolLayout.Placement::cluster).doesNotContainNull().containsOnly(placed.get(0).cluster());
        assertThat(placed).filteredOn(p -> p.feature().id().equals("near")).singleElement()
                .matches(p -> p.cluster() == null);
        /* On the badge's side away from its neighbour: the three, and only they. */
        assertThat(picker.pick(r, vp.x(146.4) - 12, vp.y(44.5), 0)).extracting(h -> h.feature().id())
                .containsExactlyInAnyOrder("s0", "s1", "s2");
    }

    /* Three sites known only by their island, stored at invented points around it, and the island itself. */
    private static RenderRequest islandSites(double zoom) {
        Layer islands = new Layer("islands", "Islands", List.of(GeoJsonFixtures.wkt("iturup",
                "POLYGON ((147.2 44.2, 148 44.2, 148 45, 147.2 45, 147.2 44.2))", "name_en", "Iturup / Etorofu",
                "name_ja", "択捉島")));
        List<Feature> sites = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sites.add(GeoJsonFixtures.wkt("m" + i, "POINT (" + (147.5 + 0.05 * i) + " 44.9)", "type", "garrison",
                    "precision", "island", "island", "Iturup"));
        }
        sites.add(GeoJsonFixtures.wkt("port", "POINT (147.3 44.3)", "type", "port", "precision", "exact"));
        MapViewport vp = new MapViewport(44.6, 147.6, zoom, 600, 600);
        return new RenderRequest(vp, List.of(new LayerView(islands, "Claims", true, 1),
                new LayerView(new Layer("military", "Military", sites), "Military", true, 1)), null,
                Viewpoint.NEUTRAL, Set.of(), true);
    }

    @Test
    void featuresKnownOnlyByTheirIslandAreListedOnOneBadgeAtTheIslandNotDrawnAsPoints() {
        RenderRequest r = islandSites(9);
        MapViewport vp = r.viewport();
        List<SymbolLayout.Placement> placed = SymbolLayout.layout(r, MapRendererTest.STYLES).get(1);
        List<SymbolLayout.Placement> listed = placed.stream().filter(p -> p.feature().id().toString().startsWith("m"))
                .toList();

        assertThat(listed).hasSize(3).extracting(SymbolLayout.Placement::cluster).doesNotContainNull()
                .containsOnly(listed.get(0).cluster());
        SymbolLayout.Cluster badge = listed.get(0).cluster();
        assertThat(badge.isIslandList()).isTrue();
        assertThat(badge.text()).isEqualTo("3 · location not published");
        /* At the island, inside its outline, and at none of the invented points. */
        assertThat(badge.x()).isBetween(vp.x(147.2), vp.x(148.0));
        assertThat(badge.y()).isBetween(vp.y(45.0), vp.y(44.2));
        for (SymbolLayout.Placement p : listed) {
            assertThat(Math.hypot(badge.x() - p.anchorX(), badge.y() - p.anchorY())).isGreaterThan(1);
        }
        assertThat(placed).filteredOn(p -> p.feature().id().equals("port")).singleElement()
                .matches(p -> p.cluster() == null && p.x() == vp.x(147.3));
        List<FeaturePicker.Hit> hits = picker.pick(r, badge.x(), badge.y(), 2);
        assertThat(hits).as("the badge lists exactly its members").extracting(h -> h.feature().id())
                .containsExactlyInAnyOrder("m0", "m1", "m2");
        assertThat(SymbolLayout.layout(islandSites(6), MapRendererTest.STYLES).get(1)).filteredOn(p -> p.feature()
                .id().equals("m0")).singleElement().matches(p -> p.cluster().text().equals("3"), "small scale: count");
    }

    @Test
    void anIslandsTagIsNotCutByTheFrameWhenTheIslandIsInView() {
        RenderRequest base = islandSites(9);
        SymbolLayout.Cluster centred = SymbolLayout.layout(base, MapRendererTest.STYLES).get(1).stream()
                .filter(p -> p.feature().id().equals("m0")).findFirst().orElseThrow().cluster();
        /* The same view moved so that the island's point is 3 px above the bottom edge. */
        MapViewport v = base.viewport();
        double shift = v.height() - 3 - centred.y();
        MapViewport low = new MapViewport(v.lat(v.height() / 2.0 - shift), v.centerLon(), v.zoom(), v.width(),
                v.height());
        RenderRequest r = new RenderRequest(low, base.layers(), null, Viewpoint.NEUTRAL, Set.of(), true);
        SymbolLayout.Cluster tag = SymbolLayout.layout(r, MapRendererTest.STYLES).get(1).stream()
                .filter(p -> p.feature().id().equals("m0")).findFirst().orElseThrow().cluster();

        assertThat(tag.box().getMaxY()).isLessThanOrEqualTo(low.height());
        assertThat(tag.box().getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(Math.abs(tag.y() - (low.height() - 3))).as("moved only to fit").isLessThan(15);
    }

    @Test
    void aClickOnAnIslandListsTheIslandFirst() {
        Layer claims = new Layer("claims", "Claims", List.of(GeoJsonFixtures.wkt("ru-admin",
                "POLYGON ((147 44, 148.2 44, 148.2 45.2, 147 45.2, 147 44))", "claim", "ru-admin")));
        RenderRequest base = islandSites(9);
        List<LayerView> layers = new ArrayList<>(base.layers());
        layers.add(new LayerView(claims, "Claims", true, 1));
        RenderRequest r = new RenderRequest(base.viewport(), layers, null, Viewpoint.NEUTRAL, Set.of(), true);
        MapViewport vp = r.viewport();

        List<FeaturePicker.Hit> hits = picker.pick(r, vp.x(147.9), vp.y(44.3), 2);

        assertThat(hits).extracting(h -> h.feature().id()).containsExactly("iturup", "ru-admin");
    }

    /* Picking from what a drawing placed must find exactly what laying the symbols out again finds. */
    @Test
    void pickingFromTheDrawingFindsWhatALayoutFinds() {
        Random random = new Random(5);
        List<Feature> sites = new ArrayList<>();
        String[] types = {"garrison", "airfield", "port", "site"};
        for (int i = 0; i < 600; i++) {
            // Dense enough for spreading and numbered badges, with some points exactly on top of each other.
            double lon = 145.8 + (i % 7 == 0 ? 0.5 : random.nextDouble() * 1.6);
            double lat = 43.6 + (i % 7 == 0 ? 0.5 : random.nextDouble() * 1.2);
            sites.add(GeoJsonFixtures.wkt("s" + i, "POINT (" + lon + " " + lat + ")", "type",
                    types[i % types.length], "precision", i % 3 == 0 ? "island" : "exact"));
        }
        RenderRequest r = new RenderRequest(MapRendererTest.viewport(), List.of(
                new LayerView(MapRendererTest.land(), "Basemap", true, 1),
                new LayerView(new Layer("military", "Military", sites), "Military", true, 1)), null,
                Viewpoint.NEUTRAL, Set.of(), true);
        MapViewport vp = r.viewport();
        BufferedImage img = new BufferedImage(vp.width(), vp.height(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        RenderOutcome out = new MapRenderer(MapRendererTest.STYLES).draw(g, r, () -> false);
        g.dispose();
        DrawnSymbols drawn = DrawnSymbols.of(r, out);
        int nonEmpty = 0;
        for (int k = 0; k < 400; k++) {
            double x = random.nextDouble() * vp.width();
            double y = random.nextDouble() * vp.height();
            List<String> fromDrawing = picker.pick(drawn, x, y, 4).stream().map(h -> h.feature().id().toString())
                    .toList();
            assertThat(fromDrawing).as("click at %.1f, %.1f", x, y).isEqualTo(picker.pick(r, x, y, 4).stream()
                    .map(h -> h.feature().id().toString()).toList());
            nonEmpty += fromDrawing.stream().anyMatch(id -> id.startsWith("s")) ? 1 : 0;
        }
        assertThat(nonEmpty).as("clicks that hit a symbol").isGreaterThan(40);
    }
}
