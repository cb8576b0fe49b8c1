package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Precision;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference layer's names over the bundled map: drawn at their place, in the viewpoint's script, no symbol. */
class ReferenceLabelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    /* The label point of the Sea of Okhotsk on the regional map, zoom 6 (data/reference.geojson). */
    private static final double OKHOTSK_LON = 146.4;
    private static final double OKHOTSK_LAT = 46.4;

    static List<LayerView> layers;

    @BeforeAll
    static void load() throws IOException {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    private record Drawn(RenderOutcome outcome, BufferedImage image) {
    }

    private static Drawn draw(MapViewport vp, Viewpoint v) {
        BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        RenderOutcome out = new MapRenderer().draw(g, new RenderRequest(vp, layers, TODAY, v, Set.of(), true),
                () -> false);
        g.dispose();
        return new Drawn(out, img);
    }

    private static Optional<LabelPlacer.Placed> label(RenderOutcome out, String text) {
        return out.labels().stream().filter(p -> p.candidate().text().equals(text)).findFirst();
    }

    @Test
    void regionalMapNamesTheSeaOfOkhotskAtItsPlaceInEachScriptWithoutASymbol() {
        MapViewport vp = new MapViewport(47, 148, 6.3, 1000, 700);
        for (Viewpoint v : Viewpoint.values()) {
            String name = switch (v) {
                case JAPANESE -> "オホーツク海";
                case RUSSIAN -> "Охотское море";
                default -> "Sea of Okhotsk";
            };
            Drawn d = draw(vp, v);
            LabelPlacer.Placed sea = label(d.outcome(), name).orElseThrow(() -> new AssertionError(v + ": no "
                    + name + " in " + d.outcome().labels().stream().map(p -> p.candidate().text()).toList()));
            Rectangle2D box = sea.box();
            // Anchored: centred on its point, at most half its height off.
            assertThat(Math.abs(box.getCenterX() - vp.x(OKHOTSK_LON))).as(v + " x").isLessThan(1.0);
            assertThat(Math.abs(box.getCenterY() - vp.y(OKHOTSK_LAT))).as(v + " y")
                    .isLessThanOrEqualTo(box.getHeight() / 2 + 0.5);
            assertThat(sea.candidate().italic()).isTrue();
            assertThat(sea.candidate().tracking()).isPositive();
            assertThat(hasColourNear(d.image(), box, ReferenceLabels.WATER)).as(v + " blue letters").isTrue();
            assertThat(d.outcome().symbols()).as(v + " symbols").noneMatch(s -> s.layerId().equals(LayerIds.REFERENCE)
                    || s.feature().precision().orElse(null) == Precision.LABEL);
        }
    }

    @Test
    void atZoomThreeTheOceanIsNamedAndTheStraitsAreNot() {
        MapViewport vp = new MapViewport(45, 150, 3, 1000, 700);
        RenderOutcome out = draw(vp, Viewpoint.NEUTRAL).outcome();
        assertThat(label(out, "Pacific Ocean")).isPresent();
        assertThat(out.labels()).noneMatch(p -> p.candidate().feature() != null
                && "strait".equals(p.candidate().feature().string("kind")));
        // At the islands' scale it is the other way round: the straits are named, the ocean keeps to the large maps.
        MapViewport islands = new MapViewport(44.6, 147.0, 8, 1200, 900);
        RenderOutcome near = draw(islands, Viewpoint.NEUTRAL).outcome();
        assertThat(label(near, "Catherine Strait")).isPresent();
        // The country is named on the part of Hokkaido the large-scale map shows, not at its small-scale place.
        assertThat(label(near, "JAPAN")).hasValueSatisfying(p -> assertThat(p.candidate().feature().id())
                .isEqualTo("ref-japan-east"));
    }

    @Test
    void countriesAreSpacedUprightCapitalsAndLargeIslandsBold() {
        RenderOutcome out = draw(new MapViewport(47, 148, 5.5, 1000, 700), Viewpoint.NEUTRAL).outcome();
        LabelPlacer.Candidate russia = label(out, "RUSSIA").orElseThrow().candidate();
        assertThat(russia.italic()).isFalse();
        assertThat(russia.tracking()).isGreaterThan(0.2f);
        assertThat(russia.color()).isEqualTo(ReferenceLabels.COUNTRY);
        LabelPlacer.Candidate ru = label(draw(new MapViewport(47, 148, 6.3, 1000, 700), Viewpoint.RUSSIAN)
                .outcome(), "Сахалин").orElseThrow().candidate();
        assertThat(ru.bold()).isTrue();
        assertThat(ru.color()).isEqualTo(ReferenceLabels.ISLAND);
    }

    private static boolean hasColourNear(BufferedImage img, Rectangle2D box, Color c) {
        for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
            for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 24) {
                    return true;
                }
            }
        }
        return false;
    }
}
