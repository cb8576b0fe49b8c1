package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The legend is the map: the bundled map drawn as a briefing page draws it (its layers, extent, viewpoint and date;
 * labels off so they hide nothing), then read back pixel by pixel. Inside every land polygon and out at sea the map
 * shows exactly the fill of a legend swatch (hatched land: the swatch's ground between its lines), every line it
 * draws is a legend line of the same colour, width and dash, and each swatch paints those colours.
 */
class LegendMatchesMapTest {

    /** The page's default extent, and the historical pages' (Sakhalin to Kamchatka). */
    private static final Envelope ISLANDS = new Envelope(144.6, 149.4, 42.9, 45.9);
    private static final Envelope REGION = new Envelope(140, 157, 41, 52);
    /** Sampled pixels keep this far (px) from every outline, line and symbol the map draws. */
    private static final double CLEAR = 6;
    private static final int WINDOW = 2;
    private static final int GRID = 12;
    private static final Set<String> AREA_LAYERS = Set.of(LayerIds.LAND, LayerIds.WORLD);
    private static final Set<String> LINE_LAYERS = Set.of(LayerIds.CLAIMS, LayerIds.ISLANDS, LayerIds.COUNTRIES,
            LayerIds.WORLD);

    private static final MapRenderer RENDERER = new MapRenderer();
    /** Each page is drawn once and read by every test. */
    private static final Map<List<Object>, Page> PAGES = new ConcurrentHashMap<>();
    /* Distances to the outlines (of areas; IndexedFacetDistance measures to the facets) and point-in-area tests. */
    private static final Map<Feature, IndexedFacetDistance> EDGES = new ConcurrentHashMap<>();
    private static final Map<Feature, PreparedGeometry> AREAS = new ConcurrentHashMap<>();
    private static List<LayerView> layers;

    @BeforeAll
    static void load() throws IOException {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    static Stream<Arguments> pages() {
        LocalDate today = LocalDate.now();
        return Stream.of(
                Arguments.of(Viewpoint.NEUTRAL, today, ISLANDS),
                Arguments.of(Viewpoint.JAPANESE, today, ISLANDS),
                Arguments.of(Viewpoint.RUSSIAN, today, ISLANDS),
                Arguments.of(Viewpoint.NEUTRAL, LocalDate.of(1875, 6, 1), REGION),
                Arguments.of(Viewpoint.NEUTRAL, LocalDate.of(1910, 6, 1), REGION),
                Arguments.of(Viewpoint.RUSSIAN, LocalDate.of(1946, 1, 1), REGION));
    }

    /** One page's map and legend. */
    private record Page(MapViewport vp, BufferedImage image, RenderOutcome outcome, List<LegendEntry> legend,
                        LocalDate date, Viewpoint viewpoint, SovereigntyAtDate sovereignty) {

        static Page of(Viewpoint v, LocalDate date, Envelope extent) {
            return PAGES.computeIfAbsent(List.of(v, date, extent), k -> draw(v, date, extent));
        }

        private static Page draw(Viewpoint v, LocalDate date, Envelope extent) {
            MapViewport vp = MapViewport.fit(extent, 1000, 800, 0);
            BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            RenderOutcome out = RENDERER.draw(g, new RenderRequest(vp, layers, date, v, Set.of(), false),
                    () -> false);
            g.dispose();
            List<LegendEntry> legend = RENDERER.styles().legend(layers, v, date, vp.zoom(), vp.bounds());
            return new Page(vp, img, out, legend, date, v, SovereigntyAtDate.of(layers, date));
        }

        MapStyle style(String layerId, Feature f) {
            return RENDERER.styles().style(layerId, f, viewpoint, date, sovereignty);
        }

        /** Pixels per degree, at least (Mercator stretches latitude, never shrinks it). */
        double pxPerDegree() {
            return vp.x(vp.centerLon() + 1) - vp.x(vp.centerLon());
        }

        Set<Color> window(double lon, double lat) {
            Set<Color> out = new HashSet<>();
            int x = (int) vp.x(lon);
            int y = (int) vp.y(lat);
            for (int dx = -WINDOW; dx <= WINDOW; dx++) {
                for (int dy = -WINDOW; dy <= WINDOW; dy++) {
                    out.add(new Color(image.getRGB(x + dx, y + dy), true));
                }
            }
            return out;
        }

        /** Whether the point is well inside the frame and clear of every outline, line and symbol drawn. */
        boolean clear(Point p) {
            double x = vp.x(p.getX());
            double y = vp.y(p.getY());
            if (x < CLEAR + WINDOW || y < CLEAR + WINDOW || x > vp.width() - CLEAR - WINDOW
                    || y > vp.height() - CLEAR - WINDOW) {
                return false;
            }
            Rectangle2D near = new Rectangle2D.Double(x - CLEAR, y - CLEAR, 2 * CLEAR, 2 * CLEAR);
            if (outcome.symbols().stream().anyMatch(s -> s.box().intersects(near))) {
                return false;
            }
            double reach = (CLEAR + WINDOW) / pxPerDegree();
            Envelope around = new Envelope(p.getX() - reach, p.getX() + reach, p.getY() - reach, p.getY() + reach);
            for (LayerView v : layers) {
                if (!v.drawnAt(vp.zoom())) {
                    continue;
                }
                for (Feature f : v.layer().query(around)) {
                    Geometry g = f.geometry();
                    if (g == null || g.getDimension() == 0 || !f.isValidAt(date)) {
                        continue;
                    }
                    if (EDGES.computeIfAbsent(f, k -> new IndexedFacetDistance(g)).distance(p) < reach) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * A point of the polygon clear of everything else drawn: its interior point, else the first clear point of
         * a grid over it (settlement symbols often sit mid-island); null when there is none.
         */
        Point clearPointIn(Geometry polygon) {
            Envelope e = polygon.getEnvelopeInternal().intersection(vp.bounds());
            if (e.isNull() || Math.min(e.getWidth(), e.getHeight()) * pxPerDegree() < 3 * (CLEAR + WINDOW)) {
                return null;
            }
            Point p = polygon.getInteriorPoint();
            if (clear(p)) {
                return p;
            }
            GeometryFactory gf = polygon.getFactory();
            for (int i = 1; i < GRID; i++) {
                for (int j = 1; j < GRID; j++) {
                    Point q = gf.createPoint(new Coordinate(e.getMinX() + e.getWidth() * i / GRID,
                            e.getMinY() + e.getHeight() * j / GRID));
                    if (polygon.contains(q) && clear(q)) {
                        return q;
                    }
                }
            }
            return null;
        }

        /** Whether an area of some drawn layer (land, lakes, world, overview) covers the point. */
        boolean onLand(Point p) {
            for (LayerView v : layers) {
                if (!v.drawnAt(vp.zoom()) || !StyleCatalog.isBasemap(v)) {
                    continue;
                }
                for (Feature f : v.layer().query(p.getEnvelopeInternal())) {
                    if (f.geometry() != null && f.geometry().getDimension() == 2
                            && AREAS.computeIfAbsent(f, k -> PreparedGeometryFactory.prepare(k.geometry()))
                            .contains(p)) {
                        return true;
                    }
                }
            }
            return false;
        }

        List<MapStyle> legendAreas() {
            return legend.stream().filter(e -> e.kind() == LegendEntry.Kind.AREA && e.style().fill() != null)
                    .map(LegendEntry::style).toList();
        }
    }

    private static boolean sameArea(MapStyle a, MapStyle b) {
        return a.fill().equals(b.fill()) && java.util.Objects.equals(a.hatch(), b.hatch());
    }

    private static int brightness(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void landShowsTheFillOfItsLegendSwatch(Viewpoint v, LocalDate date, Envelope extent) {
        Page page = Page.of(v, date, extent);
        Set<List<Color>> sampled = new HashSet<>();
        for (LayerView view : layers) {
            if (!AREA_LAYERS.contains(view.layer().id()) || !view.drawnAt(page.vp().zoom())) {
                continue;
            }
            for (Feature f : view.layer().query(page.vp().bounds())) {
                if (f.geometry() == null || f.geometry().getDimension() != 2 || !f.isValidAt(date)) {
                    continue;
                }
                Point p = page.clearPointIn(f.geometry());
                if (p == null) {
                    continue;
                }
                MapStyle drawn = page.style(view.layer().id(), f);
                String what = view.layer().id() + " " + f.id() + " at " + p + " (" + v + " " + date + ")";
                assertThat(page.legendAreas()).as("legend swatch for " + what).anyMatch(s -> sameArea(s, drawn));
                Set<Color> seen = page.window(p.getX(), p.getY());
                if (drawn.hatch() == null) {
                    // Sakhalin 1905–1945 is painted in two holders' fills: either must be a swatch's.
                    assertThat(seen).as(what).hasSize(1);
                    Color c = seen.iterator().next();
                    assertThat(page.legendAreas()).as("swatch of " + c + " for " + what)
                            .anyMatch(s -> s.fill().equals(c) && s.hatch() == null);
                    if (page.sovereignty().holder(f) != SovereigntyAtDate.Holder.SPLIT
                            || !LayerIds.LAND.equals(view.layer().id())) {
                        assertThat(c).as(what).isEqualTo(drawn.fill());
                    }
                } else {
                    assertThat(seen).as("hatched " + what).contains(drawn.fill());
                    assertThat(seen).as("hatch lines of " + what)
                            .allMatch(c -> c.equals(drawn.fill()) || brightness(c) < brightness(drawn.fill()));
                }
                sampled.add(Arrays.asList(drawn.fill(), drawn.hatch()));
            }
        }
        // And the other way round: every land swatch of the legend was found on the map.
        List<List<Color>> swatches = page.legend().stream().filter(e -> e.layerId().equals(LayerIds.LAND)
                && e.style().fill() != null && !e.style().fill().equals(StyleCatalog.SEA))
                .map(e -> Arrays.asList(e.style().fill(), e.style().hatch())).toList();
        assertThat(swatches).as("land swatches").isNotEmpty();
        assertThat(sampled).as("land classes seen on the map").containsAll(swatches);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void seaShowsTheSeaSwatch(Viewpoint v, LocalDate date, Envelope extent) {
        Page page = Page.of(v, date, extent);
        GeometryFactory gf = new GeometryFactory();
        int sampled = 0;
        for (int i = 1; i < 20; i++) {
            for (int j = 1; j < 16; j++) {
                double x = page.vp().width() * i / 20.0;
                double y = page.vp().height() * j / 16.0;
                Point p = gf.createPoint(new Coordinate(page.vp().lon(x), page.vp().lat(y)));
                if (page.onLand(p) || !page.clear(p)) {
                    continue;
                }
                Set<Color> seen = page.window(p.getX(), p.getY());
                assertThat(seen).as("sea at " + p).hasSize(1);
                Color c = seen.iterator().next();
                assertThat(page.legendAreas()).as("sea swatch").anyMatch(s -> s.fill().equals(c));
                sampled++;
            }
        }
        assertThat(sampled).as("sea points sampled").isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void everyLineDrawnIsALegendLine(Viewpoint v, LocalDate date, Envelope extent) {
        Page page = Page.of(v, date, extent);
        List<List<Object>> legendLines = new ArrayList<>();
        for (LegendEntry e : page.legend()) {
            legendLines.add(line(e.style()));
        }
        int drawn = 0;
        for (LayerView view : layers) {
            if (!LINE_LAYERS.contains(view.layer().id()) || !view.drawnAt(page.vp().zoom())) {
                continue;
            }
            for (Feature f : view.layer().query(page.vp().bounds())) {
                if (f.geometry() == null || f.geometry().getDimension() == 0 || !f.isValidAt(date)
                        || !f.geometry().intersects(new GeometryFactory().toGeometry(page.vp().bounds()))) {
                    continue;
                }
                MapStyle s = page.style(view.layer().id(), f);
                if (s.stroke() == null || s.strokeWidth() <= 0 || s.fill() != null) {
                    continue;
                }
                assertThat(legendLines).as("legend line for %s %s (%s %s)", view.layer().id(), f.id(), v, date)
                        .contains(line(s));
                drawn++;
            }
        }
        assertThat(drawn).as("lines drawn").isPositive();
    }

    private static List<Object> line(MapStyle s) {
        return Arrays.asList(s.stroke(), s.strokeWidth(), Arrays.toString(s.dash()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void swatchesPaintTheirStyleColours(Viewpoint v, LocalDate date, Envelope extent) {
        Page page = Page.of(v, date, extent);
        for (LegendEntry e : page.legend()) {
            MapStyle s = e.style();
            Set<Color> painted = swatch(e, 34, 17);
            if (e.kind() == LegendEntry.Kind.AREA && s.fill() != null) {
                assertThat(painted).as("swatch of '%s'", e.label()).contains(s.fill());
            } else if ((e.kind() == LegendEntry.Kind.LINE || e.kind() == LegendEntry.Kind.AREA)
                    && s.stroke() != null && s.strokeWidth() >= 1.5f) {
                assertThat(painted).as("swatch of '%s'", e.label()).contains(s.stroke());
            }
        }
    }

    /** The cluster key rings its badge in the family colours the map's badges use. */
    @Test
    void clusterSwatchUsesTheMapsFamilyColours() {
        List<LayerView> visible = layers.stream().map(v -> v.withVisible(true)).toList();
        LegendEntry cluster = RENDERER.styles().legend(visible, Viewpoint.NEUTRAL, LocalDate.now()).stream()
                .filter(e -> e.kind() == LegendEntry.Kind.CLUSTER).findFirst().orElseThrow();
        Set<Color> painted = swatch(cluster, 40, 40);
        for (String id : List.of(LayerIds.MILITARY, LayerIds.PROJECTS)) {
            LayerView view = visible.stream().filter(v -> v.layer().id().equals(id)).findFirst().orElseThrow();
            Color accent = RENDERER.styles().style(id, view.layer().features().get(0), Viewpoint.NEUTRAL).accent();
            assertThat(painted).as("%s colour in the cluster key", id).contains(accent);
        }
    }

    private static Set<Color> swatch(LegendEntry e, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        e.drawSwatch(g, new Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        Set<Color> out = new HashSet<>();
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                out.add(new Color(img.getRGB(x, y), true));
            }
        }
        return out;
    }
}
