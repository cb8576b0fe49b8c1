package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextAttribute;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The renderer over the bundled data, icons and fonts. */
class BundledRenderTest {

    static List<LayerView> layers;

    @BeforeAll
    static void load() throws IOException {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    private static BufferedImage draw(RenderRequest r) {
        BufferedImage img = new BufferedImage(r.viewport().width(), r.viewport().height(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new MapRenderer().render(g, r, () -> false);
        g.dispose();
        return img;
    }

    /*
     * A crowd's badge never overlaps another badge on screen: two that would are one, as Leaflet.markercluster's are.
     * (Badges of symbols at one place stay at that place.)
     */
    @Test
    void crowdBadgesNeverOverlapOtherBadges() {
        for (double zoom : new double[] {4, 5, 5.7, 6.5, 7.5, 8.5}) {
            for (int[] size : new int[][] {{400, 470}, {680, 676}}) {
                MapViewport vp = new MapViewport(44.0, 145.3, zoom, size[0], size[1]);
                RenderRequest r = new RenderRequest(vp, layers, LocalDate.of(2026, 1, 1), Viewpoint.NEUTRAL,
                        Set.of(), true);
                Map<SymbolLayout.Cluster, Integer> clusters = new IdentityHashMap<>();
                for (List<SymbolLayout.Placement> placed : SymbolLayout.layout(r, StyleCatalog.standard())) {
                    for (SymbolLayout.Placement p : placed) {
                        if (p.cluster() != null && p.cluster().island() == null) {
                            clusters.merge(p.cluster(), 1, Integer::sum);
                        }
                    }
                }
                List<SymbolLayout.Cluster> all = new ArrayList<>(clusters.keySet());
                for (int i = 0; i < all.size(); i++) {
                    for (int j = i + 1; j < all.size(); j++) {
                        if (!all.get(i).isCrowd() && !all.get(j).isCrowd()) {
                            continue;
                        }
                        assertThat(all.get(i).box().intersects(all.get(j).box()))
                                .as("zoom %s, %sx%s: badges of %s and %s members overlap", zoom, size[0], size[1],
                                        all.get(i).members().size(), all.get(j).members().size()).isFalse();
                    }
                }
            }
        }
    }

    /*
     * An island's "not published" tag stands beside the island's symbols, never on them: at the window's usual
     * views of the four islands, no tag covers a symbol, a cluster or another tag.
     */
    @Test
    void islandTagsCoverNoSymbolAtTheWindowsViews() {
        for (double zoom : new double[] {6.5, 7, 7.5, 8, 9}) {
            for (int[] size : new int[][] {{502, 634}, {800, 600}, {1100, 700}}) {
                MapViewport vp = new MapViewport(44.2, 146.1, zoom, size[0], size[1]);
                RenderRequest r = new RenderRequest(vp, layers, LocalDate.of(2026, 1, 1), Viewpoint.NEUTRAL,
                        Set.of(), true);
                Map<Object, Rectangle2D> boxes = new IdentityHashMap<>();
                for (List<SymbolLayout.Placement> placed : SymbolLayout.layout(r, StyleCatalog.standard())) {
                    for (SymbolLayout.Placement p : placed) {
                        boxes.putIfAbsent(p.cluster() != null ? p.cluster() : p, p.box());
                    }
                }
                boxes.forEach((tag, box) -> {
                    if (tag instanceof SymbolLayout.Cluster c && c.isIslandList()
                            && new Rectangle2D.Double(0, 0, size[0], size[1]).contains(box)) {
                        boxes.forEach((other, b) -> assertThat(other == tag || !box.intersects(b))
                                .as("zoom %s, %sx%s: %s on %s", zoom, size[0], size[1], tag, other).isTrue());
                    }
                });
            }
        }
    }

    /*
     * On screen a land name stays over its land (at least half of it over the land's box, never a line or more
     * above or below it) or, where symbols take the land, touches its box from beside; a point's name stays
     * beside its symbol, a small island's beside it or just beyond the symbols over it.
     */
    @Test
    void namesStayOnWhatTheyName() {
        for (double zoom : new double[] {5.7, 6.5, 7.5, 9}) {
            MapViewport vp = new MapViewport(44.2, 146.1, zoom, 502, 634);
            BufferedImage img = new BufferedImage(502, 634, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            RenderOutcome out = new MapRenderer().draw(g, new RenderRequest(vp, layers, LocalDate.of(2026, 1, 1),
                    Viewpoint.NEUTRAL, Set.of(), true), () -> false);
            g.dispose();
            int areas = 0;
            for (LabelPlacer.Placed p : out.labels()) {
                LabelPlacer.Candidate c = p.candidate();
                if (c.clearance() <= 0 && !c.italic() && c.area() != null) {
                    Rectangle2D land = c.area();
                    areas++;
                    double across = Math.min(p.box().getMaxX(), land.getMaxX())
                            - Math.max(p.box().getMinX(), land.getMinX());
                    Rectangle2D near = new Rectangle2D.Double(land.getX() - 3, land.getY() - p.box().getHeight(),
                            land.getWidth() + 6, land.getHeight() + 2 * p.box().getHeight());
                    assertThat(across >= 0.5 * Math.min(p.box().getWidth(), land.getWidth()) - 1e-9
                            || near.intersects(p.box()))
                            .as("zoom %s: %s over its land or beside it: %s, land %s", zoom, c.text(), p.box(), land)
                            .isTrue();
                    assertThat(p.box().getCenterY()).as("zoom %s: %s over its land", zoom, c.text())
                            .isBetween(land.getMinY() - p.box().getHeight(), land.getMaxY() + p.box().getHeight());
                } else if (c.clearance() > 0) {
                    /* A point's name touches its symbol's ring: on screen there is no leader line to follow. */
                    double dx = c.x() - Math.max(p.box().getMinX(), Math.min(p.box().getMaxX(), c.x()));
                    double dy = c.y() - Math.max(p.box().getMinY(), Math.min(p.box().getMaxY(), c.y()));
                    /* A small island under its own symbols is named just beyond them, a symbol's width off. */
                    double reach = c.area() == null ? 0 : 36;
                    Rectangle2D near = c.area() == null ? null : new Rectangle2D.Double(c.area().getX() - reach,
                            c.area().getY() - reach, c.area().getWidth() + 2 * reach, c.area().getHeight() + 2 * reach);
                    assertThat(Math.hypot(dx, dy) <= c.clearance() + 3 || near != null && near.intersects(p.box()))
                            .as("zoom %s: %s at %s", zoom, c.text(), p.box()).isTrue();
                }
            }
            assertThat(areas).as("zoom %s: island names placed", zoom).isPositive();
        }
    }

    @Test
    void everyIconNamedInTheDataSchemaLoads() {
        for (String type : List.of("missile-battery", "airfield", "garrison", "air-defence", "border-post",
                "barracks", "naval-base", "aquaculture", "greenhouse", "tourism", "wind-power", "waste", "fishing",
                "hospital", "transport", "power-plant", "hospitality", "settlement", "port", "cape", "event",
                "site")) {
            assertThat(IconLibrary.shared().has(type)).as(type).isTrue();
        }
        assertThat(IconLibrary.shared().resolve("unheard-of")).isEqualTo(IconLibrary.FALLBACK);
    }

    @Test
    void bundledMapShowsHokkaidoAsJapanAndIturupByViewpoint() {
        MapViewport vp = MapViewport.fit(new Envelope(141, 149, 42, 46), 800, 500, 0);
        List<LayerView> basemap = layers.stream().filter(StyleCatalog::isBasemap).toList();
        // Interior points far from any coast: central Hokkaido, and Iturup's widest part.
        for (Viewpoint v : Viewpoint.values()) {
            BufferedImage img = draw(new RenderRequest(vp, basemap, LocalDate.of(2026, 1, 1), v, Set.of(), false));
            assertThat(new Color(img.getRGB((int) vp.x(142.8), (int) vp.y(43.4)))).isEqualTo(StyleCatalog.LAND_JP);
            assertThat(new Color(img.getRGB((int) vp.x(148.5), (int) vp.y(42.5)))).isEqualTo(StyleCatalog.SEA);
        }
        BufferedImage ru = draw(new RenderRequest(vp, basemap, LocalDate.of(2026, 1, 1), Viewpoint.RUSSIAN, Set.of(),
                false));
        BufferedImage ja = draw(new RenderRequest(vp, basemap, LocalDate.of(2026, 1, 1), Viewpoint.JAPANESE,
                Set.of(), false));
        assertThat(new Color(ru.getRGB((int) vp.x(147.9), (int) vp.y(45.2)))).isEqualTo(StyleCatalog.LAND_RU);
        assertThat(new Color(ja.getRGB((int) vp.x(147.9), (int) vp.y(45.2)))).isEqualTo(StyleCatalog.LAND_JP);
    }

    @Test
    void labelsFollowTheViewpoint() {
        MapViewport vp = MapViewport.fit(new Envelope(145, 149, 43, 46), 1000, 700, 0);
        RenderOutcome ja = new MapRenderer().draw(new BufferedImage(1000, 700, BufferedImage.TYPE_INT_ARGB)
                .createGraphics(), new RenderRequest(vp, layers, LocalDate.of(2026, 1, 1), Viewpoint.JAPANESE,
                Set.of(), true), () -> false);
        RenderOutcome ru = new MapRenderer().draw(new BufferedImage(1000, 700, BufferedImage.TYPE_INT_ARGB)
                .createGraphics(), new RenderRequest(vp, layers, LocalDate.of(2026, 1, 1), Viewpoint.RUSSIAN,
                Set.of(), true), () -> false);
        assertThat(ja.labels()).extracting(p -> p.candidate().text()).contains("択捉島")
                .noneMatch(t -> t.matches(".*[A-Za-z].*"));
        assertThat(ru.labels()).extracting(p -> p.candidate().text()).contains("Итуруп")
                .noneMatch(t -> t.matches(".*[A-Za-z].*"));
    }

    @Test
    void mixedScriptTextUsesIpaGothicOnlyForJapanese() {
        AttributedCharacterIterator it = Fonts.attributed("Iturup 択捉島 Итуруп", 12f, false).getIterator();
        StringBuilder fonts = new StringBuilder();
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            Font f = (Font) it.getAttribute(TextAttribute.FONT);
            fonts.append(f.getFontName().startsWith("IPA") ? 'J' : 'D');
        }
        assertThat(fonts.toString()).isEqualTo("DDDDDDD" + "JJJ" + "DDDDDDD");
    }
}
