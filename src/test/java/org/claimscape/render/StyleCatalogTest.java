package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.Test;

class StyleCatalogTest {

    private final StyleCatalog styles = MapRendererTest.STYLES;

    private static Layer claims() {
        return new Layer("claims", "Claims", List.of(
                GeoJsonFixtures.wkt("jp-claim", "POLYGON ((146 43, 147 43, 147 44, 146 44, 146 43))",
                        "claim", "jp-claim", "kind", "claim-area"),
                GeoJsonFixtures.wkt("shimoda", "LINESTRING (146 44, 148 44)", "claim", "shimoda-1855",
                        "kind", "boundary-line", "valid_from", "1855-02-07", "valid_to", "1875-05-07")));
    }

    @Test
    void historicalBoundariesAreDashedAndCurrentClaimsSolid() {
        Layer c = claims();
        assertThat(styles.style("claims", c.feature("shimoda"), Viewpoint.NEUTRAL).isDashed()).isTrue();
        assertThat(styles.style("claims", c.feature("jp-claim"), Viewpoint.NEUTRAL).isDashed()).isFalse();
        // Outlines only: a tint over the land would mix into a colour that no legend entry shows.
        for (Viewpoint v : Viewpoint.values()) {
            assertThat(styles.style("claims", c.feature("jp-claim"), v).fill()).isNull();
        }
    }

    @Test
    void legendListsOnlyVisibleLayersAndWhatIsValidAtTheDate() {
        List<LayerView> layers = List.of(new LayerView(MapRendererTest.land(), "Basemap", true, 1),
                new LayerView(claims(), "Claims", true, 1),
                new LayerView(MapRendererTest.sites(), "Military", false, 1));
        List<LegendEntry> today = styles.legend(layers, Viewpoint.NEUTRAL, LocalDate.of(2020, 1, 1));
        assertThat(today).extracting(LegendEntry::label).contains("Claimed by Japan",
                "Japan", "Sea").doesNotContain("Treaty of Shimoda, 1855", "Airfield");
        assertThat(today).extracting(LegendEntry::label)
                .anyMatch(l -> l.startsWith("Disputed"));
        List<LegendEntry> in1860 = styles.legend(layers, Viewpoint.NEUTRAL, LocalDate.of(1860, 1, 1));
        assertThat(in1860).extracting(LegendEntry::label).contains("Treaty of Shimoda, 1855");
        assertThat(in1860).filteredOn(e -> e.label().startsWith("Treaty")).first()
                .extracting(LegendEntry::kind).isEqualTo(LegendEntry.Kind.LINE);
    }

    @Test
    void legendNamesTheIslandGroupByViewpoint() {
        List<LayerView> layers = List.of(new LayerView(MapRendererTest.land(), "Basemap", true, 1));
        assertThat(styles.legend(layers, Viewpoint.JAPANESE, null)).extracting(LegendEntry::label)
                .anyMatch(l -> l.startsWith("北方領土"));
        assertThat(styles.legend(layers, Viewpoint.RUSSIAN, null)).extracting(LegendEntry::label)
                .anyMatch(l -> l.startsWith("Южные Курилы"));
    }

    @Test
    void swatchDrawsTheStyleColours() {
        List<LayerView> layers = List.of(new LayerView(MapRendererTest.land(), "Basemap", true, 1),
                new LayerView(MapRendererTest.sites(), "Military", true, 1));
        List<LegendEntry> legend = styles.legend(layers, Viewpoint.NEUTRAL, null);
        LegendEntry jp = legend.stream().filter(e -> e.label().equals("Japan")).findFirst()
                .orElseThrow();
        BufferedImage img = new BufferedImage(32, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        jp.drawSwatch(g, new Rectangle2D.Double(0, 0, 32, 16));
        g.dispose();
        assertThat(new Color(img.getRGB(16, 8), true)).isEqualTo(StyleCatalog.LAND_JP);

        LegendEntry airfield = legend.stream().filter(e -> e.label().equals("Airfield")).findFirst().orElseThrow();
        assertThat(airfield.kind()).isEqualTo(LegendEntry.Kind.SYMBOL);
        BufferedImage icon = new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB);
        Graphics2D gi = icon.createGraphics();
        airfield.drawSwatch(gi, new Rectangle2D.Double(0, 0, 24, 24));
        gi.dispose();
        assertThat(new Color(icon.getRGB(12, 12), true).getGreen()).isGreaterThan(150);
    }

    @Test
    void unknownIconTypesFallBackToSite() {
        assertThat(MapRendererTest.TEST_ICONS.resolve("no-such-type")).isEqualTo("site");
        assertThat(MapRendererTest.TEST_ICONS.resolve("airfield")).isEqualTo("airfield");
    }

    @Test
    void landIsColouredByItsHolderAtTheDate() {
        Feature disputed = MapRendererTest.land().feature("disp");
        assertThat(styles.style("land", disputed, Viewpoint.NEUTRAL, LocalDate.of(1800, 1, 1)).fill())
                .isEqualTo(StyleCatalog.LAND);
        assertThat(styles.style("land", disputed, Viewpoint.RUSSIAN, LocalDate.of(1900, 1, 1)).fill())
                .isEqualTo(StyleCatalog.LAND_JP);
        assertThat(styles.style("land", disputed, Viewpoint.NEUTRAL, LocalDate.of(1900, 1, 1)).hatch()).isNull();
        assertThat(styles.style("land", disputed, Viewpoint.NEUTRAL, LocalDate.of(2000, 1, 1)).hatch()).isNotNull();
        List<LayerView> layers = List.of(new LayerView(MapRendererTest.land(), "Basemap", true, 1));
        assertThat(styles.legend(layers, Viewpoint.NEUTRAL, LocalDate.of(1900, 1, 1)))
                .extracting(LegendEntry::label).noneMatch(l -> l.contains("administered by"));
    }
}
