package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.Precision;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** Point symbols on paper (every point plotted, numbered callouts where they crowd) and in the window. */
class PaperCalloutsTest {

    static List<LayerView> layers;
    static final LocalDate DATE = LocalDate.of(2026, 1, 1);
    /** Kunashir to Shikotan, the crowded part of the map. */
    static final Envelope KUNASHIR_SHIKOTAN = new Envelope(145.2, 146.9, 43.5, 44.6);

    @BeforeAll
    static void load() throws IOException {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    private static RenderOutcome draw(RenderRequest r) {
        BufferedImage img = new BufferedImage(r.viewport().width(), r.viewport().height(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            return new MapRenderer().draw(g, r, () -> false);
        } finally {
            g.dispose();
        }
    }

    /* As a briefing page's map frame asks for it: about A4 portrait at 96 px per inch. */
    private static RenderRequest paper(Viewpoint viewpoint) {
        MapViewport vp = MapViewport.fit(KUNASHIR_SHIKOTAN, 700, 640, 0);
        return new RenderRequest(vp, layers, DATE, viewpoint, Set.of(), true, true);
    }

    private static boolean isProximityBadge(SymbolLayout.Placement p) {
        return p.cluster() != null && !p.cluster().isIslandList();
    }

    @Test
    void paperHasNoClusterBadges() {
        RenderRequest r = paper(Viewpoint.NEUTRAL);
        assertThat(SymbolLayout.layout(r, StyleCatalog.standard()).stream().flatMap(List::stream)
                .filter(PaperCalloutsTest::isProximityBadge)).isEmpty();
        assertThat(draw(r).symbols()).filteredOn(RenderOutcome.Symbol::badge)
                .allMatch(s -> s.feature().precision().orElse(Precision.EXACT) == Precision.ISLAND);
    }

    @Test
    void everyVisiblePointIsDrawnAtItsPosition() {
        RenderRequest r = paper(Viewpoint.NEUTRAL);
        MapViewport vp = r.viewport();
        RenderOutcome out = draw(r);
        int checked = 0;
        for (LayerView view : r.layers()) {
            if (!view.drawnAt(vp.zoom())) {
                continue;
            }
            for (Feature f : MapRenderer.visibleFeatures(r, view, 0)) {
                if (f.geometry() == null || f.geometry().getDimension() != 0 || ReferenceLabels.isLabelOnly(f)
                        || f.precision().orElse(Precision.EXACT) == Precision.ISLAND) {
                    continue;
                }
                for (Coordinate c : f.geometry().getCoordinates()) {
                    double x = vp.x(c.x);
                    double y = vp.y(c.y);
                    if (x < 0 || y < 0 || x > vp.width() || y > vp.height()) {
                        continue;
                    }
                    checked++;
                    assertThat(out.symbols()).as("%s at %.1f, %.1f", f, x, y).anyMatch(s -> s.feature() == f
                            && !s.badge() && Math.abs(s.box().getCenterX() - x) <= 1
                            && Math.abs(s.box().getCenterY() - y) <= 1);
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void crowdedSymbolsGetNumberedCalloutsWithLeadersInsteadOfLabels() {
        RenderRequest r = paper(Viewpoint.NEUTRAL);
        RenderOutcome out = draw(r);
        Set<SymbolLayout.Placement> crowded = Callouts.crowded(SymbolLayout.layout(r, StyleCatalog.standard()),
                MapRenderer.PAPER_SCALE);
        List<Callout> callouts = out.callouts();
        assertThat(callouts).isNotEmpty();
        // Every crowded symbol has a callout; the others are symbols whose label found no room beside them.
        assertThat(crowded).allMatch(p -> callouts.stream().anyMatch(c -> c.feature() == p.feature()));
        double symbolRadius = Painter.SYMBOL_DIAMETER * MapRenderer.PAPER_SCALE / 2;
        for (int i = 0; i < callouts.size(); i++) {
            Callout c = callouts.get(i);
            assertThat(c.number()).isEqualTo(i + 1);
            assertThat(c.name()).isNotBlank();
            assertThat(c.type()).isNotBlank();
            // The leader runs from the symbol, which stays at its place, out to the disc.
            assertThat(Math.hypot(c.discX() - c.x(), c.discY() - c.y())).isGreaterThan(symbolRadius);
            if (c.feature().geometry().getDimension() == 0) {
                assertThat(out.symbols()).anyMatch(s -> s.feature() == c.feature()
                        && Math.abs(s.box().getCenterX() - c.x()) < 1e-6
                        && Math.abs(s.box().getCenterY() - c.y()) < 1e-6);
            } else {
                // An island whose name found no room: the leader points into the island.
                assertThat(c.layerId()).isEqualTo("islands");
                Envelope e = c.feature().geometry().getEnvelopeInternal();
                MapViewport vp = r.viewport();
                assertThat(c.x()).isBetween(vp.x(e.getMinX()) - 1, vp.x(e.getMaxX()) + 1);
                assertThat(c.y()).isBetween(vp.y(e.getMaxY()) - 1, vp.y(e.getMinY()) + 1);
            }
            assertThat(out.labels()).noneMatch(l -> l.candidate().feature() == c.feature());
        }
        // The main town of a crowd keeps its name on the map.
        assertThat(out.labels()).anyMatch(l -> l.candidate().text().startsWith("Yuzhno-Kurilsk"));
        assertThat(callouts).noneMatch(c -> c.name().startsWith("Yuzhno-Kurilsk"));
        List<Callout> discs = new ArrayList<>(callouts);
        for (int i = 0; i < discs.size(); i++) {
            for (int j = i + 1; j < discs.size(); j++) {
                Callout a = discs.get(i);
                Callout b = discs.get(j);
                assertThat(Math.hypot(a.discX() - b.discX(), a.discY() - b.discY()))
                        .as("discs %d and %d", a.number(), b.number()).isGreaterThanOrEqualTo(a.radius() + b.radius());
            }
        }
    }

    @Test
    void calloutNamesFollowTheViewpoint() {
        List<Callout> ja = draw(paper(Viewpoint.JAPANESE)).callouts();
        List<Callout> ru = draw(paper(Viewpoint.RUSSIAN)).callouts();
        assertThat(ja).isNotEmpty();
        assertThat(ja.stream().map(Callout::name).toList()).isNotEqualTo(ru.stream().map(Callout::name).toList());
    }

    @Test
    void windowSplitsBadgesFullyAtIslandZoom() {
        MapViewport island = new MapViewport(43.9, 145.7, SymbolLayout.SPLIT_FROM + 1, 1200, 800);
        RenderRequest r = new RenderRequest(island, layers, DATE, Viewpoint.NEUTRAL, Set.of(), true);
        List<SymbolLayout.Placement> placed = SymbolLayout.layout(r, StyleCatalog.standard()).stream()
                .flatMap(List::stream).toList();
        assertThat(placed).isNotEmpty();
        // Only symbols at the very same place may still share a badge.
        assertThat(placed).filteredOn(PaperCalloutsTest::isProximityBadge).allMatch(p -> p.cluster().members()
                .stream().allMatch(m -> Math.hypot(m.anchorX() - p.anchorX(), m.anchorY() - p.anchorY()) < 1));
        assertThat(draw(r).callouts()).isEmpty();
    }

    @Test
    void windowStillClustersBelowIslandZoom() {
        MapViewport wide = MapViewport.fit(new Envelope(144.6, 149.4, 42.9, 45.9), 900, 600, 0);
        assertThat(wide.zoom()).isLessThan(SymbolLayout.SPLIT_FROM);
        RenderRequest r = new RenderRequest(wide, layers, DATE, Viewpoint.NEUTRAL, Set.of(), true);
        assertThat(SymbolLayout.layout(r, StyleCatalog.standard()).stream().flatMap(List::stream)
                .filter(PaperCalloutsTest::isProximityBadge)).isNotEmpty();
    }
}
