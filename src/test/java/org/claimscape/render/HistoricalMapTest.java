package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/** The bundled map at dates from 1855 to today, in every viewpoint: land colours, labels, legend. */
class HistoricalMapTest {

    private static final LocalDate Y1800 = LocalDate.of(1800, 1, 1);
    private static final LocalDate Y1860 = LocalDate.of(1860, 6, 1);
    private static final LocalDate Y1875 = LocalDate.of(1875, 9, 1);
    private static final LocalDate Y1910 = LocalDate.of(1910, 1, 1);
    private static final LocalDate Y1946 = LocalDate.of(1946, 7, 1);
    private static final LocalDate Y1957 = LocalDate.of(1957, 1, 1);
    private static final LocalDate TODAY = LocalDate.now();

    /** Iturup's label point in the fact sheet [S06]. */
    private static double[] ITURUP;
    private static double[] URUP;
    private static final double[] SOUTH_SAKHALIN = {142.7, 46.9};
    private static final double[] NORTH_SAKHALIN = {142.9, 51.5};
    /** The mainland coast across the Tatar Strait: Russian under every arrangement, never part of Sakhalin's. */
    private static final double[] MAINLAND = {139.5, 48.5};

    static List<LayerView> all;
    /** The basemap with the claims layer present but hidden, so land pixels are the land fills. */
    static List<LayerView> landOnly;
    static final MapViewport VP = MapViewport.fit(new Envelope(139, 157, 41, 52), 1200, 800, 0);

    @BeforeAll
    static void load() throws IOException {
        BundledLayers b = BundledLayers.load();
        all = LayerView.fromCatalog(b.catalog(), b::layer);
        landOnly = all.stream().filter(v -> StyleCatalog.isBasemap(v) || v.layer().id().equals(LayerIds.CLAIMS))
                .map(v -> v.layer().id().equals(LayerIds.CLAIMS) ? v.withVisible(false) : v).toList();
        ITURUP = new double[] {147.617, 45.033};
        URUP = inside(b.layer(LayerIds.LAND).features(), "Urup");
    }

    private static double[] inside(List<Feature> land, String name) {
        Feature f = land.stream().filter(l -> l.names().en() != null && l.names().en().startsWith(name))
                .max(Comparator.comparingDouble(l -> l.geometry().getArea())).orElseThrow();
        Point p = f.geometry().getInteriorPoint();
        return new double[] {p.getX(), p.getY()};
    }

    private static BufferedImage draw(List<LayerView> layers, LocalDate date, Viewpoint v) {
        BufferedImage img = new BufferedImage(VP.width(), VP.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new MapRenderer().render(g, new RenderRequest(VP, layers, date, v, Set.of(), false), () -> false);
        g.dispose();
        return img;
    }

    private static Set<Color> around(BufferedImage img, double[] lonLat) {
        return around(img, lonLat, 1);
    }

    /** The colours in a square of 2r+1 px around the point (hatching shows as a second colour). */
    private static Set<Color> around(BufferedImage img, double[] lonLat, int r) {
        Set<Color> out = new HashSet<>();
        int x = (int) VP.x(lonLat[0]);
        int y = (int) VP.y(lonLat[1]);
        for (int dx = -r; dx <= r; dx++) {
            for (int dy = -r; dy <= r; dy++) {
                out.add(new Color(img.getRGB(x + dx, y + dy)));
            }
        }
        return out;
    }

    private static void assertPlain(BufferedImage img, double[] at, Color fill, String what) {
        assertThat(around(img, at)).as(what).containsOnly(fill);
    }

    private static void assertHatched(BufferedImage img, double[] at, String what) {
        Set<Color> c = around(img, at, 5);
        assertThat(c).as(what).contains(StyleCatalog.LAND_DISPUTED).hasSizeGreaterThan(1);
    }

    @Test
    void beforeShimodaLandIsNotColouredBySovereignty() {
        BufferedImage img = draw(landOnly, Y1800, Viewpoint.NEUTRAL);
        assertPlain(img, ITURUP, StyleCatalog.LAND, "Iturup 1800");
        assertPlain(img, SOUTH_SAKHALIN, StyleCatalog.LAND, "Sakhalin 1800");
    }

    @Test
    void historicalDatesOverrideTheViewpoint() {
        for (Viewpoint v : Viewpoint.values()) {
            BufferedImage s1860 = draw(landOnly, Y1860, v);
            assertPlain(s1860, ITURUP, StyleCatalog.LAND_JP, "Iturup 1860 " + v);
            assertPlain(s1860, URUP, StyleCatalog.LAND_RU, "Urup 1860 " + v);
            assertPlain(s1860, MAINLAND, StyleCatalog.LAND_RU, "mainland 1860 " + v);
            assertHatched(s1860, SOUTH_SAKHALIN, "Sakhalin undivided 1860 " + v);

            BufferedImage s1875 = draw(landOnly, Y1875, v);
            assertPlain(s1875, ITURUP, StyleCatalog.LAND_JP, "Iturup 1875 " + v);
            assertPlain(s1875, URUP, StyleCatalog.LAND_JP, "Urup 1875 " + v);
            assertPlain(s1875, SOUTH_SAKHALIN, StyleCatalog.LAND_RU, "Sakhalin 1875 " + v);

            BufferedImage s1910 = draw(landOnly, Y1910, v);
            assertPlain(s1910, ITURUP, StyleCatalog.LAND_JP, "Iturup 1910 " + v);
            assertPlain(s1910, URUP, StyleCatalog.LAND_JP, "Urup 1910 " + v);
            assertPlain(s1910, SOUTH_SAKHALIN, StyleCatalog.LAND_JP, "Karafuto 1910 " + v);
            assertPlain(s1910, NORTH_SAKHALIN, StyleCatalog.LAND_RU, "north Sakhalin 1910 " + v);
            assertPlain(s1910, MAINLAND, StyleCatalog.LAND_RU, "mainland 1910 " + v);
        }
    }

    /* With every layer drawn, the claims over the islands must not tint them into a colour of neither country. */
    @Test
    void inANationalViewTheIslandsHaveThatNationsColourUnderEveryLayer() {
        MapViewport vp = MapViewport.fit(new Envelope(147.6, 148.6, 44.9, 45.5), 900, 600, 0);
        for (Viewpoint v : List.of(Viewpoint.JAPANESE, Viewpoint.RUSSIAN)) {
            BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            new MapRenderer().render(g, new RenderRequest(vp, all, TODAY, v, Set.of(), true), () -> false);
            g.dispose();
            Color expected = v == Viewpoint.JAPANESE ? StyleCatalog.LAND_JP : StyleCatalog.LAND_RU;
            assertThat(new Color(img.getRGB((int) vp.x(148.05), (int) vp.y(45.22)))).as("Iturup " + v)
                    .isEqualTo(expected);
        }
    }

    @Test
    void sinceTheOccupationTheIslandsFollowTheViewpoint() {
        for (LocalDate d : List.of(Y1946, Y1957, TODAY)) {
            BufferedImage n = draw(landOnly, d, Viewpoint.NEUTRAL);
            assertHatched(n, ITURUP, "Iturup neutral " + d);
            assertPlain(draw(landOnly, d, Viewpoint.JAPANESE), ITURUP, StyleCatalog.LAND_JP, "Iturup ja " + d);
            assertPlain(draw(landOnly, d, Viewpoint.RUSSIAN), ITURUP, StyleCatalog.LAND_RU, "Iturup ru " + d);
            for (Viewpoint v : Viewpoint.values()) {
                BufferedImage img = v == Viewpoint.NEUTRAL ? n : draw(landOnly, d, v);
                assertPlain(img, URUP, StyleCatalog.LAND_RU, "Urup " + v + " " + d);
                assertPlain(img, SOUTH_SAKHALIN, StyleCatalog.LAND_RU, "Sakhalin " + v + " " + d);
            }
        }
    }

    @Test
    void legendShowsExactlyTheLandFillsDrawnUnderTheArrangement() {
        record Case(LocalDate date, Viewpoint v, String heading, Set<Color> fills) {
        }
        for (Case c : List.of(
                new Case(Y1860, Viewpoint.NEUTRAL, "Treaty of Shimoda (1855–1875)",
                        Set.of(StyleCatalog.LAND_JP, StyleCatalog.LAND_RU, StyleCatalog.LAND_DISPUTED)),
                new Case(Y1875, Viewpoint.NEUTRAL, "Treaty of Saint Petersburg (1875–1905)",
                        Set.of(StyleCatalog.LAND_JP, StyleCatalog.LAND_RU)),
                new Case(Y1910, Viewpoint.JAPANESE, "ポーツマス条約（1905–1945年）",
                        Set.of(StyleCatalog.LAND_JP, StyleCatalog.LAND_RU)),
                new Case(Y1957, Viewpoint.RUSSIAN,
                        "Советская/российская администрация, претензии Японии (с 1945)",
                        Set.of(StyleCatalog.LAND_JP, StyleCatalog.LAND_RU)),
                new Case(TODAY, Viewpoint.NEUTRAL, "Soviet/Russian administration, claimed by Japan (1945–)",
                        Set.of(StyleCatalog.LAND_JP, StyleCatalog.LAND_RU, StyleCatalog.LAND_DISPUTED)))) {
            List<LegendEntry> land = MapRendererTest.STYLES.legend(landOnly, c.v(), c.date(), VP.zoom(), null)
                    .stream().filter(e -> e.layerId().equals(LayerIds.LAND)).toList();
            assertThat(land).as(c.date() + " " + c.v()).allMatch(e -> e.group().equals(c.heading()));
            Set<Color> fills = new HashSet<>();
            land.stream().map(e -> e.style().fill()).filter(f -> !f.equals(StyleCatalog.SEA)).forEach(fills::add);
            assertThat(fills).as(c.date() + " " + c.v()).isEqualTo(c.fills());
            BufferedImage img = draw(landOnly, c.date(), c.v());
            for (double[] at : List.of(ITURUP, URUP, SOUTH_SAKHALIN, NORTH_SAKHALIN)) {
                assertThat(fills).as("pixel at " + at[0] + "," + at[1] + " is a legend fill")
                        .containsAnyElementsOf(around(img, at));
            }
        }
    }

    @Test
    void placesOnlyAppearWithTheNamesOfTheirTime() {
        List<Feature> places = all.stream().filter(v -> v.layer().id().equals(LayerIds.PLACES)).findFirst()
                .orElseThrow().layer().featuresAt(Y1875);
        assertThat(places).extracting(Feature::id).contains("kurilsk", "yuzhno-kurilsk", "golovnino", "cape-nosappu")
                .doesNotContain("kitovy", "reidovo", "nakashibetsu-airport");
        Feature kurilsk = places.stream().filter(f -> f.id().equals("kurilsk")).findFirst().orElseThrow();
        StyleCatalog s = MapRendererTest.STYLES;
        assertThat(s.labelText(LayerIds.PLACES, kurilsk, Viewpoint.NEUTRAL, Y1875)).isEqualTo("Shana");
        assertThat(s.labelText(LayerIds.PLACES, kurilsk, Viewpoint.RUSSIAN, Y1875)).isEqualTo("Сяна");
        assertThat(s.labelText(LayerIds.PLACES, kurilsk, Viewpoint.JAPANESE, Y1875)).isEqualTo("紗那");
        Feature golovnino = places.stream().filter(f -> f.id().equals("golovnino")).findFirst().orElseThrow();
        assertThat(s.labelText(LayerIds.PLACES, golovnino, Viewpoint.NEUTRAL, Y1875)).isEqualTo("Tomari");
        assertThat(s.labelText(LayerIds.PLACES, kurilsk, Viewpoint.RUSSIAN, Y1957)).isEqualTo("Курильск");
        assertThat(s.labelText(LayerIds.PLACES, kurilsk, Viewpoint.NEUTRAL, Y1957)).isEqualTo("Kurilsk / Shana");
        /* District centres took their Russian names with the districts (June 1946); villages with the decree of
           15 Oct 1947. */
        LocalDate midway = LocalDate.of(1947, 1, 1);
        assertThat(s.labelText(LayerIds.PLACES, kurilsk, Viewpoint.RUSSIAN, midway)).isEqualTo("Курильск");
        assertThat(s.labelText(LayerIds.PLACES, golovnino, Viewpoint.RUSSIAN, midway)).isEqualTo("Томари");
        assertThat(s.labelText(LayerIds.PLACES, golovnino, Viewpoint.RUSSIAN, LocalDate.of(1947, 10, 14)))
                .isEqualTo("Томари");
        assertThat(s.labelText(LayerIds.PLACES, golovnino, Viewpoint.RUSSIAN, LocalDate.of(1947, 10, 15)))
                .isEqualTo("Головнино");
    }

    @Test
    void labelsAreInTheViewpointsScriptAndPeriod() {
        MapViewport vp = MapViewport.fit(new Envelope(145, 149, 43, 46), 1000, 700, 0);
        for (LocalDate d : List.of(Y1875, TODAY)) {
            List<String> ru = labels(vp, d, Viewpoint.RUSSIAN);
            List<String> ja = labels(vp, d, Viewpoint.JAPANESE);
            List<String> neutral = labels(vp, d, Viewpoint.NEUTRAL);
            assertThat(ru).as("ru " + d).contains("Итуруп").noneMatch(t -> t.matches(".*[A-Za-z].*"));
            assertThat(ja).as("ja " + d).contains("択捉島").noneMatch(t -> t.matches(".*[A-Za-z].*"));
            assertThat(neutral).as("neutral " + d).contains("Iturup / Etorofu");
        }
        assertThat(labels(vp, Y1875, Viewpoint.RUSSIAN)).doesNotContain("Курильск", "Китовый");
        assertThat(labels(vp, Y1875, Viewpoint.NEUTRAL)).noneMatch(t -> t.startsWith("Kurilsk")
                || t.startsWith("Kitovy") || t.startsWith("Nakashibetsu"));
    }

    private static List<String> labels(MapViewport vp, LocalDate d, Viewpoint v) {
        RenderOutcome out = new MapRenderer().draw(new BufferedImage(vp.width(), vp.height(),
                BufferedImage.TYPE_INT_ARGB).createGraphics(), new RenderRequest(vp, all, d, v, Set.of(), true),
                () -> false);
        return out.labels().stream().map(p -> p.candidate().text()).toList();
    }

    @Test
    void japansClaimLineIsABorderInTheJapaneseViewOnly() {
        Feature line = all.stream().filter(v -> v.layer().id().equals(LayerIds.CLAIMS)).findFirst()
                .orElseThrow().layer().feature("jp-claim-line-ne");
        StyleCatalog s = MapRendererTest.STYLES;
        assertThat(s.style(LayerIds.CLAIMS, line, Viewpoint.RUSSIAN, TODAY).stroke()).isNull();
        // Japanese view: a national border (the atlas dash-dot), named on the map.
        MapStyle ja = s.style(LayerIds.CLAIMS, line, Viewpoint.JAPANESE, TODAY);
        assertThat(ja.dash()).hasSize(4);
        assertThat(ja.labelPriority()).isPositive();
        // Neutral: the northern limit of the claim, drawn exactly as the legend's "Claimed by Japan".
        MapStyle neutral = s.style(LayerIds.CLAIMS, line, Viewpoint.NEUTRAL, TODAY);
        LegendEntry claimed = s.legend(all, Viewpoint.NEUTRAL, TODAY).stream()
                .filter(e -> e.label().equals("Claimed by Japan")).findFirst().orElseThrow();
        assertThat(neutral.stroke()).isEqualTo(claimed.style().stroke());
        assertThat(neutral.strokeWidth()).isEqualTo(claimed.style().strokeWidth());
        assertThat(neutral.dash()).isEqualTo(claimed.style().dash());
        // Claim and treaty lines are named on the map in every view that draws them.
        assertThat(neutral.labelPriority()).isPositive();
        assertThat(neutral.dash()).isNotEqualTo(ja.dash());
        assertThat(s.legend(all, Viewpoint.JAPANESE, TODAY)).extracting(LegendEntry::label)
                .contains("日本の主張する境界（択捉島の北）", "日本の領有主張");
        assertThat(s.legend(all, Viewpoint.RUSSIAN, TODAY)).extracting(LegendEntry::label)
                .contains("Претензии Японии").doesNotContain("Линия претензий Японии (к северу от Итурупа)");
    }
}
