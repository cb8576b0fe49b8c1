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
    void symbolsAtTheSamePlaceAreSpreadAndEachCanBePicked() {
        Layer sameSpot = new Layer("military", "Military", List.of(
                GeoJsonFixtures.wkt("a", "POINT (147 44)", "type", "airfield", "precision", "island"),
                GeoJsonFixtures.wkt("b", "POINT (147 44)", "type", "airfield", "precision", "island"),
                GeoJsonFixtures.wkt("c", "POINT (147 44)", "type", "airfield", "precision", "island")));
        RenderRequest r = new RenderRequest(MapRendererTest.viewport(), List.of(new LayerView(sameSpot, "Military",
                true, 1)), null, Viewpoint.NEUTRAL, Set.of(), false);
        RenderOutcome out = new MapRenderer(MapRendererTest.STYLES).draw(
                new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB)
                        .createGraphics(), r, () -> false);
        assertThat(out.symbols()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                Rectangle2D a = out.symbols().get(i).box();
                Rectangle2D b = out.symbols().get(j).box();
                assertThat(a.getCenterX() == b.getCenterX() && a.getCenterY() == b.getCenterY()).isFalse();
            }
        }
        for (RenderOutcome.Symbol s : out.symbols()) {
            List<FeaturePicker.Hit> hits = picker.pick(r, s.box().getCenterX(), s.box().getCenterY(), 0);
            assertThat(hits).extracting(h -> h.feature().id()).first().isEqualTo(s.feature().id());
        }
    }

    @Test
    void crowdedSymbolsBecomeOneClusterThatListsEveryMember() {
        List<Feature> sites = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Seven sites within about 1 km of each other: one place at this zoom.
            sites.add(GeoJsonFixtures.wkt("s" + i, "POINT (" + (146.40 + i * 0.002) + " 44.50)", "type", "garrison",
                    "precision", "island"));
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
    void aFewSymbolsOnOnePointAreSpreadNotClustered() {
        List<Feature> sites = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sites.add(GeoJsonFixtures.wkt("s" + i, "POINT (146.4 44.5)", "type", "garrison", "precision", "island"));
        }
        RenderRequest r = new RenderRequest(MapRendererTest.viewport(), List.of(
                new LayerView(new Layer("military", "Military", sites), "Military", true, 1)), null,
                Viewpoint.NEUTRAL, Set.of(), true);
        List<SymbolLayout.Placement> placed = SymbolLayout.layout(r, MapRendererTest.STYLES).get(0);
        assertThat(placed).allMatch(p -> p.cluster() == null);
        assertThat(placed).extracting(p -> Math.round(p.x()) * 10_000 + Math.round(p.y())).doesNotHaveDuplicates();
        assertThat(placed.stream().filter(SymbolLayout.Placement::displaced)).hasSize(2);
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
