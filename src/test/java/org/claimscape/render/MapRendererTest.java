package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MapRendererTest {

    static final IconLibrary TEST_ICONS = new IconLibrary("/test-icons/");
    static final StyleCatalog STYLES = new StyleCatalog(TEST_ICONS);

    /** A square island (JP), a disputed square (RU de facto) and sea around, 146..148 E, 43..45 N. */
    static Layer land() {
        return new Layer("land", "Land", List.of(
                GeoJsonFixtures.wkt("jp", "POLYGON ((146 43, 146.8 43, 146.8 43.8, 146 43.8, 146 43))",
                        "country", "JP", "disputed_jp_ru", false),
                GeoJsonFixtures.wkt("disp", "POLYGON ((147.2 44.2, 148 44.2, 148 45, 147.2 45, 147.2 44.2))",
                        "country", "RU", "disputed_jp_ru", true, "name_en", "Iturup / Etorofu")));
    }

    static Layer sites() {
        return new Layer("military", "Military", List.of(
                GeoJsonFixtures.wkt("af", "POINT (146.4 44.5)", "type", "airfield", "name_en", "Airfield A"),
                GeoJsonFixtures.wkt("old", "POINT (147.6 43.4)", "type", "airfield", "name_en", "Old airfield",
                        "valid_to", "1950-01-01")));
    }

    static MapViewport viewport() {
        return MapViewport.fit(new Envelope(146, 148, 43, 45), 400, 400, 0);
    }

    static RenderRequest request(List<LayerView> layers, LocalDate date, Viewpoint vp) {
        return new RenderRequest(viewport(), layers, date, vp, Set.of(), false);
    }

    static BufferedImage draw(RenderRequest r) {
        BufferedImage img = new BufferedImage(r.viewport().width(), r.viewport().height(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new MapRenderer(STYLES).render(g, r, () -> false);
        g.dispose();
        return img;
    }

    static Color at(BufferedImage img, MapViewport vp, double lon, double lat) {
        return new Color(img.getRGB((int) Math.round(vp.x(lon)), (int) Math.round(vp.y(lat))), true);
    }

    @Test
    void landAndSeaGetTheirColours() {
        RenderRequest r = request(List.of(new LayerView(land(), "Basemap", true, 1)), null, Viewpoint.NEUTRAL);
        BufferedImage img = draw(r);
        assertThat(at(img, r.viewport(), 146.4, 43.4)).isEqualTo(StyleCatalog.LAND_JP);
        assertThat(at(img, r.viewport(), 147.0, 44.0)).isEqualTo(StyleCatalog.SEA);
    }

    @Test
    void viewpointDecidesTheTintOfDisputedLand() {
        LayerView land = new LayerView(land(), "Basemap", true, 1);
        BufferedImage ru = draw(request(List.of(land), null, Viewpoint.RUSSIAN));
        BufferedImage ja = draw(request(List.of(land), null, Viewpoint.JAPANESE));
        BufferedImage neutral = draw(request(List.of(land), null, Viewpoint.NEUTRAL));
        MapViewport vp = viewport();
        assertThat(at(ru, vp, 147.61, 44.61)).isEqualTo(StyleCatalog.LAND_RU);
        assertThat(at(ja, vp, 147.61, 44.61)).isEqualTo(StyleCatalog.LAND_JP);
        // Neutral: hatched, so the disputed square holds both the base tint and darker hatch pixels.
        Set<Integer> colours = new HashSet<>();
        int x0 = (int) vp.x(147.4);
        int y0 = (int) vp.y(44.8);
        for (int dx = 0; dx < 30; dx++) {
            colours.add(neutral.getRGB(x0 + dx, y0));
        }
        assertThat(colours).contains(StyleCatalog.LAND_DISPUTED.getRGB());
        assertThat(colours.stream().map(c -> new Color(c, true))
                .anyMatch(c -> c.getRed() + c.getGreen() + c.getBlue() < StyleCatalog.LAND_DISPUTED.getRed() * 3 - 60))
                .isTrue();
    }

    @Test
    void iconIsDrawnAtTheSitesProjectedPosition() {
        RenderRequest r = request(List.of(new LayerView(sites(), "Military", true, 1)), null, Viewpoint.NEUTRAL);
        BufferedImage img = draw(r);
        Color c = at(img, r.viewport(), 146.4, 44.5);
        // The test airfield icon is a pure green square.
        assertThat(c.getGreen()).isGreaterThan(150);
        assertThat(c.getRed()).isLessThan(60);
        // Nothing far away from it.
        assertThat(at(img, r.viewport(), 146.9, 44.5).getAlpha()).isZero();
    }

    @Test
    void hiddenLayerDrawsNothing() {
        RenderRequest r = request(List.of(new LayerView(land(), "Basemap", false, 1),
                new LayerView(sites(), "Military", false, 1)), null, Viewpoint.NEUTRAL);
        BufferedImage img = draw(r);
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                assertThat(img.getRGB(x, y) >>> 24).isZero();
            }
        }
    }

    @Test
    void featuresOutsideTheDateAreNotDrawn() {
        LayerView v = new LayerView(sites(), "Military", true, 1);
        MapViewport vp = viewport();
        BufferedImage before = draw(request(List.of(v), LocalDate.of(1949, 1, 1), Viewpoint.NEUTRAL));
        BufferedImage after = draw(request(List.of(v), LocalDate.of(2020, 1, 1), Viewpoint.NEUTRAL));
        assertThat(at(before, vp, 147.6, 43.4).getAlpha()).isNotZero();
        assertThat(at(after, vp, 147.6, 43.4).getAlpha()).isZero();
    }

    @Test
    void placedLabelsNeverOverlapEachOtherOrSymbols() {
        List<Feature> pts = new ArrayList<>();
        Random rnd = new Random(7);
        for (int i = 0; i < 60; i++) {
            pts.add(GeoJsonFixtures.wkt("p" + i, String.format(Locale.ROOT, "POINT (%f %f)",
                    146 + rnd.nextDouble() * 2, 43 + rnd.nextDouble() * 2), "type", "site",
                    "name_en", "P" + i));
        }
        LayerView dense = new LayerView(new Layer("places", "Places", pts), "Places", true, 1);
        LayerView land = new LayerView(land(), "Basemap", true, 1);
        RenderRequest r = new RenderRequest(viewport(), List.of(land, dense), null, Viewpoint.NEUTRAL, Set.of(),
                true);
        BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        RenderOutcome out = new MapRenderer(STYLES).draw(g, r, () -> false);
        g.dispose();
        List<LabelPlacer.Placed> labels = out.labels();
        assertThat(labels).hasSizeGreaterThan(5);
        assertThat(labels.size()).isLessThan(60);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).box().intersects(labels.get(j).box()))
                        .as("%s vs %s", labels.get(i).candidate().text(), labels.get(j).candidate().text())
                        .isFalse();
            }
            for (RenderOutcome.Symbol s : out.symbols()) {
                assertThat(labels.get(i).box().intersects(s.box())).isFalse();
            }
            assertThat(new Rectangle2D.Double(0, 0, 400, 400).contains(labels.get(i).box())).isTrue();
        }
    }

    @Test
    void islandsAreLabelledBeforeSites() {
        List<Feature> pts = new ArrayList<>();
        // A site right at the island's label point competes with the island name.
        pts.add(GeoJsonFixtures.wkt("s", "POINT (147.75 44.6)", "type", "site", "name_en", "A long site name"));
        RenderRequest r = new RenderRequest(viewport(), List.of(new LayerView(land(), "Basemap", true, 1),
                new LayerView(new Layer("military", "M", pts), "Military", true, 1)), null, Viewpoint.RUSSIAN,
                Set.of(), true);
        RenderOutcome out = new MapRenderer(STYLES).draw(new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB)
                .createGraphics(), r, () -> false);
        assertThat(out.labels()).extracting(p -> p.candidate().text()).first().asString().startsWith("Iturup");
    }

    @Test
    void cancelledRenderStopsEarly() {
        RenderRequest r = request(List.of(new LayerView(land(), "Basemap", true, 1)), null, Viewpoint.NEUTRAL);
        RenderOutcome out = new MapRenderer(STYLES).draw(new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB)
                .createGraphics(), r, () -> true);
        assertThat(out.complete()).isFalse();
    }

    @Test
    void aSelectedFeatureWithoutIdIsHighlightedButNotAnEqualCopy() {
        Feature site = GeoJsonFixtures.wkt(null, "POLYGON ((146.5 43.5, 147.5 43.5, 147.5 44.5, 146.5 44.5, 146.5 43.5))",
                "name", "Survey area");
        Feature copy = new Feature(null, site.geometry(), site.properties());
        List<LayerView> layers = List.of(new LayerView(new Layer("user-area", "Area", List.of(site)), "Your layers",
                true, 1));
        RenderRequest plain = request(layers, null, Viewpoint.NEUTRAL);
        RenderRequest selected = new RenderRequest(viewport(), layers, null, Viewpoint.NEUTRAL, Set.of(), false,
                false, Set.of(), List.of(site));
        RenderRequest equalCopy = new RenderRequest(viewport(), layers, null, Viewpoint.NEUTRAL, Set.of(), false,
                false, Set.of(), List.of(copy));
        assertThat(selected.isSelected(site)).isTrue();
        assertThat(equalCopy.isSelected(site)).isFalse();
        assertThat(differingPixels(draw(plain), draw(selected))).as("highlight drawn").isGreaterThan(100);
        assertThat(differingPixels(draw(plain), draw(equalCopy))).isZero();
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
