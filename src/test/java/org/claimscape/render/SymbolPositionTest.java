package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

/**
 * A point's symbol is drawn where the viewport projects the point, at every zoom from the whole world to the
 * street, in a view of window size and in one taller than the world (the window's overlay image at zoom 1–2).
 */
class SymbolPositionTest {

    private static Layer yuzhnoKurilsk;
    private static Feature feature;

    @BeforeAll
    static void load() throws IOException {
        Layer places = BundledLayers.load().layer(LayerIds.PLACES);
        feature = places.features().stream().filter(f -> "yuzhno-kurilsk".equals(f.id())).findFirst().orElseThrow();
        yuzhnoKurilsk = new Layer(LayerIds.PLACES, "Places", List.of(feature));
    }

    @Test
    void theSymbolIsAtItsProjectedPixelAtEveryZoom() {
        Point p = (Point) feature.geometry();
        for (int z = 1; z <= 18; z++) {
            for (int[] size : new int[][] {{1000, 700}, {1384, 1184}}) {
                // Centred on the islands; at street zooms a little off the point so it is not at the centre.
                MapViewport vp = new MapViewport(44.0306, 145.8556, z, size[0], size[1]).panBy(-120, 90);
                RenderOutcome out = draw(vp);
                assertThat(out.symbols()).as("z%d %dx%d", z, size[0], size[1]).hasSize(1);
                Rectangle2D box = out.symbols().get(0).box();
                assertThat(box.getCenterX()).as("x at z%d %dx%d", z, size[0], size[1])
                        .isCloseTo(vp.x(p.getX()), within(1.5));
                assertThat(box.getCenterY()).as("y at z%d %dx%d", z, size[0], size[1])
                        .isCloseTo(vp.y(p.getY()), within(1.5));
            }
        }
    }

    private static RenderOutcome draw(MapViewport vp) {
        BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            LayerView view = new LayerView(yuzhnoKurilsk, "Places", true, 1.0, 0, 99);
            return new MapRenderer().draw(g, new RenderRequest(vp, List.of(view), null, Viewpoint.NEUTRAL,
                    Set.of(), false), () -> false);
        } finally {
            g.dispose();
        }
    }
}
