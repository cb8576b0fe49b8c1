package org.claimscape.ui.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimscape.io.BundledLayers;
import org.claimscape.map.OverlayLayer;
import org.claimscape.model.LayerIds;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LabelPlacer;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderOutcome;
import org.claimscape.render.RenderRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which layers the window draws into tiles and which over them, and what the window's overlay then names. */
class ExplorerModelLayersTest {

    private static MapData data;
    private static MapRenderer renderer;

    @BeforeAll
    static void load() throws Exception {
        data = MapData.of(BundledLayers.load());
        renderer = new MapRenderer();
    }

    /* The window's overlay drawn as the window draws it. */
    private static RenderOutcome overlay(ExplorerModel m, MapViewport vp) {
        BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        RenderOutcome out = renderer.draw(g, m.overlayRequest(vp), () -> false);
        g.dispose();
        /* The overlay lies over the tiles: apart from its symbols, lines and names, it lets the land show through. */
        int clear = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                clear += (img.getRGB(x, y) >>> 24) == 0 ? 1 : 0;
            }
        }
        assertThat(clear).as("transparent samples").isGreaterThan(img.getWidth() * img.getHeight() / 16 / 2);
        return out;
    }

    /* The window's overlay drawn as the window draws it, with the map's edges kept clear. */
    private static RenderOutcome overlay(ExplorerModel m, MapViewport canvas, List<Rectangle2D> keepClear) {
        BufferedImage img = new BufferedImage(canvas.width(), canvas.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        RenderOutcome out = renderer.draw(g, m.overlayRequest(canvas), () -> false, keepClear);
        g.dispose();
        return out;
    }

    private static List<String> placedLabels(ExplorerModel m, MapViewport vp) {
        return overlay(m, vp).labels().stream().map(LabelPlacer.Placed::candidate).map(LabelPlacer.Candidate::text)
                .toList();
    }

    private static Optional<Rectangle2D> placed(ExplorerModel m, MapViewport vp, String text) {
        return overlay(m, vp).labels().stream().filter(p -> p.candidate().text().equals(text))
                .map(LabelPlacer.Placed::box).findFirst();
    }

    @Test
    void theReferenceNamesAreDrawnOverTheTilesWithTheOtherLabels() {
        ExplorerModel m = new ExplorerModel(data, renderer.styles());
        m.dateProperty().set(LocalDate.of(2026, 1, 1));
        assertThat(m.basemapLayers()).extracting(b -> b.view().layer().id())
                .contains(LayerIds.LAND, LayerIds.LAKES, LayerIds.WORLD).doesNotContain(LayerIds.REFERENCE);
        assertThat(m.overlayRequest(new MapViewport(44, 146, 6.5, 1000, 700)).layers())
                .extracting(v -> v.layer().id()).contains(LayerIds.REFERENCE).doesNotContain(LayerIds.LAND);

        /* The window's first view (zoom 6.5 over the four islands): the seas and the large islands are named. */
        assertThat(placedLabels(m, new MapViewport(44.0, 145.3, 6.5, 1000, 680)))
                .contains("Sea of Okhotsk", "Hokkaido");
        m.viewpointProperty().set(Viewpoint.RUSSIAN);
        assertThat(placedLabels(m, new MapViewport(44.0, 145.3, 6.5, 1000, 680))).contains("Охотское море");
        /* The window draws a larger image than its map shows (the whole window and a margin for panning): a name
           that has a nearer anchor is placed there, in sight, not at its small-scale anchor in the margin. */
        m.viewpointProperty().set(Viewpoint.NEUTRAL);
        MapViewport canvas = OverlayLayer.aheadViewport(44.3, 145.0, 6.5, 1400, 900);
        Rectangle2D seen = new Rectangle2D.Double(canvas.width() / 2.0 - 340, canvas.height() / 2.0 - 340, 680, 680);
        for (String water : List.of("Sea of Okhotsk", "Pacific Ocean")) {
            assertThat(placed(m, canvas, water)).as(water).isPresent()
                    .hasValueSatisfying(box -> assertThat(seen.contains(box)).as(water + " in sight").isTrue());
        }
        /* At the islands' scale, the straits between them. */
        m.viewpointProperty().set(Viewpoint.NEUTRAL);
        assertThat(placedLabels(m, new MapViewport(44.6, 147.0, 8, 1200, 900))).contains("Catherine Strait");
    }

    @Test
    void theHomeViewNamesKunashirAndShikotanBesideThemOverTheSeaAndCutsNoNameAtTheMapsEdge() {
        ExplorerModel m = new ExplorerModel(data, renderer.styles());
        m.dateProperty().set(LocalDate.of(2026, 1, 1));
        /* A 1400 x 900 window's map, drawn (as the window does) larger than the map by a margin for panning. */
        int mapW = 680;
        int mapH = 676;
        MapViewport home = MapViewport.fit(new Envelope(140.0, 150.6, 41.6, 46.3), mapW, mapH, 8);
        MapViewport canvas = OverlayLayer.aheadViewport(home.centerLat(), home.centerLon(), home.zoom(), 1300, 800);
        List<Rectangle2D> edges = OverlayLayer.viewEdges(canvas, mapW, mapH);
        RenderOutcome out = overlay(m, canvas, edges);
        Rectangle2D map = new Rectangle2D.Double(edges.get(0).getX(), edges.get(0).getY(), mapW, mapH);
        LabelPlacer.Placed kunashir = out.labels().stream()
                .filter(p -> p.candidate().text().equals("Kunashir / Kunashiri")).findFirst().orElseThrow();
        assertThat(map.contains(kunashir.box())).as("Kunashir's name in sight").isTrue();
        /* Its symbols and badges take the island: the name stands beside it, within a name's height of its land,
           and over the sea, not over Hokkaido's Shiretoko or Nemuro coast. */
        Rectangle2D island = kunashir.candidate().area();
        double gap = Math.max(0, Math.max(kunashir.box().getMinX() - island.getMaxX(),
                island.getMinX() - kunashir.box().getMaxX()));
        assertThat(gap).isLessThan(kunashir.box().getHeight());
        Geometry land = data.layers().get(LayerIds.LAND_OVERVIEW).features().get(0).geometry();
        GeometryFactory gf = new GeometryFactory();
        for (int i = 0; i <= 4; i++) {
            double x = kunashir.box().getMinX() + kunashir.box().getWidth() * i / 4;
            double y = kunashir.box().getCenterY();
            if (!island.contains(x, y)) {
                assertThat(land.contains(gf.createPoint(new Coordinate(canvas.lon(x), canvas.lat(y)))))
                        .as("Kunashir's name over other land at x=%s", x).isFalse();
            }
        }
        /* Shikotan, under its settlements' symbols, is named just beyond them, over the sea. */
        LabelPlacer.Placed shikotan = out.labels().stream()
                .filter(p -> p.candidate().text().startsWith("Shikotan")).findFirst().orElseThrow();
        Rectangle2D s = shikotan.candidate().area();
        Rectangle2D reach = new Rectangle2D.Double(s.getX() - 40, s.getY() - 40, s.getWidth() + 80, s.getHeight() + 80);
        assertThat(reach.intersects(shikotan.box())).as("Shikotan's name near it: %s, land %s", shikotan.box(), s)
                .isTrue();
        assertThat(land.contains(gf.createPoint(new Coordinate(canvas.lon(shikotan.box().getCenterX()),
                canvas.lat(shikotan.box().getCenterY()))))).as("Shikotan's name over land").isFalse();
        /* Wholly in sight or wholly out of it: no placed name crosses the map's edge. */
        for (LabelPlacer.Placed p : out.labels()) {
            assertThat(map.contains(p.box()) || !map.intersects(p.box()))
                    .as(p.candidate().text() + " cut at the map's edge: " + p.box()).isTrue();
        }
    }
}
