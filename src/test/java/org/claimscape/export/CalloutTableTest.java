package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.Callout;
import org.claimscape.render.LayerView;
import org.claimscape.render.LegendEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

/** A briefing page names its numbered callouts in a table that stays off the map. */
class CalloutTableTest {

    static List<LayerView> layers;

    @BeforeAll
    static void load() throws IOException {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    private static BriefingPageRenderer.Result render(BriefingPage page) {
        BufferedImage img = new BufferedImage((int) page.width(), (int) page.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            return new BriefingPageRenderer().render(g, page, layers, () -> false);
        } finally {
            g.dispose();
        }
    }

    @ParameterizedTest
    @CsvSource({"false, NEUTRAL, 145.2, 43.5, 146.4, 44.6", "true, NEUTRAL, 145.2, 43.5, 146.4, 44.6",
            "false, JAPANESE, 144.6, 42.9, 149.4, 45.9", "true, RUSSIAN, 144.6, 42.9, 149.4, 45.9"})
    void everyCalloutIsListedBesideTheMap(boolean landscape, Viewpoint viewpoint, double minLon, double minLat,
                                          double maxLon, double maxLat) {
        BriefingPage page = BriefingPage.defaults().withAsOf(LocalDate.of(2026, 1, 1)).withLandscape(landscape)
                .withViewpoint(viewpoint).withBbox(new Envelope(minLon, maxLon, minLat, maxLat));
        BriefingPageRenderer.Result r = render(page);
        assertThat(r.complete()).isTrue();
        List<Callout> callouts = r.callouts();
        assertThat(callouts).isNotEmpty();
        assertThat(r.tabled()).containsExactlyElementsOf(callouts);
        assertThat(r.tabled()).allMatch(c -> !c.name().isBlank());
        Rectangle2D table = r.calloutTable();
        assertThat(table.intersects(r.layout().map())).isFalse();
        assertThat(r.layout().page().contains(table)).isTrue();
        assertThat(table.getMaxY()).isLessThanOrEqualTo(r.layout().footer().getY());
        // No cluster badges on paper, so none in the legend.
        assertThat(r.legend()).noneMatch(e -> e.kind() == LegendEntry.Kind.CLUSTER);
    }
}
