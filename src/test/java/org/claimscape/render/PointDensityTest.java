package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A user's point layer with many points in view is drawn as counted squares of the map grid, and as symbols
 * when few are in view; every point in view is counted once, by the square that contains it. Counts are checked
 * against a plain scan of the points.
 */
class PointDensityTest {

    private static final GeometryFactory GF = new GeometryFactory();
    /** The region of the bundled data: lon 139–157, lat 41–52. */
    private static final Envelope REGION = new Envelope(139, 157, 41, 52);
    private final MapRenderer renderer = new MapRenderer(MapRendererTest.STYLES);
    private final FeaturePicker picker = new FeaturePicker(MapRendererTest.STYLES);

    private static Feature point(int id, double lon, double lat, Map<String, Object> properties) {
        return new Feature(id, GF.createPoint(new Coordinate(lon, lat)), properties);
    }

    /** n points spread at random (seeded) over the envelope. */
    private static List<Feature> scattered(int n, Envelope where, int firstId, long seed) {
        Random random = new Random(seed);
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(point(firstId + i, where.getMinX() + random.nextDouble() * where.getWidth(),
                    where.getMinY() + random.nextDouble() * where.getHeight(), Map.of("type", "site")));
        }
        return out;
    }

    private static RenderRequest request(Layer layer, MapViewport vp, LocalDate date) {
        return new RenderRequest(vp, List.of(new LayerView(layer, "Your layers", true, 1)), date, Viewpoint.NEUTRAL,
                Set.of(), false);
    }

    private RenderOutcome draw(RenderRequest r) {
        BufferedImage img = new BufferedImage(r.viewport().width(), r.viewport().height(),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            return renderer.draw(g, r, () -> false);
        } finally {
            g.dispose();
        }
    }

    /* Whether a point lies in a square: west and north edges included, east and south not. */
    private static boolean inSquare(Feature f, Envelope b) {
        Coordinate c = f.geometry().getCoordinate();
        return c.x >= b.getMinX() && c.x < b.getMaxX() && c.y <= b.getMaxY() && c.y > b.getMinY();
    }

    @Test
    void eachSquareCountsExactlyThePointsInsideIt() {
        Layer layer = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 7));
        RenderOutcome out = draw(request(layer, MapViewport.fit(REGION, 1200, 800, 0), null));

        assertThat(out.cells()).isNotEmpty();
        for (PointDensity.Cell cell : out.cells()) {
            long inside = layer.features().stream().filter(f -> inSquare(f, cell.bounds())).count();
            assertThat(cell.count()).as("square %d/%d/%d", cell.level(), cell.column(), cell.row())
                    .isEqualTo(inside);
        }
    }

    @Test
    void aSelectedPointInsideASquareIsShownWhereItIsHighlightedAndClickable() {
        Layer layer = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 7));
        MapViewport vp = MapViewport.fit(REGION, 1200, 800, 0);
        Feature chosen = layer.features().get(4321);
        RenderRequest plain = request(layer, vp, null);
        RenderRequest selected = new RenderRequest(vp, plain.layers(), null, Viewpoint.NEUTRAL, Set.of(), false,
                false, Set.of(), List.of(chosen));

        assertThat(draw(plain).symbols()).isEmpty();
        RenderOutcome out = draw(selected);
        assertThat(out.cells()).isNotEmpty();
        Coordinate c = chosen.geometry().getCoordinate();
        assertThat(out.symbols()).singleElement().satisfies(s -> {
            assertThat(s.feature()).isSameAs(chosen);
            assertThat(s.box().getCenterX()).isCloseTo(vp.x(c.x), within(1e-6));
            assertThat(s.box().getCenterY()).isCloseTo(vp.y(c.y), within(1e-6));
        });
        /* A feature of another layer is not drawn in this one's squares. */
        Feature stranger = point(999_999, c.x, c.y, Map.of());
        assertThat(draw(new RenderRequest(vp, plain.layers(), null, Viewpoint.NEUTRAL, Set.of(), false, false,
                Set.of(), List.of(stranger))).symbols()).isEmpty();
    }

    @Test
    void squaresTogetherHoldEveryPointInViewOnce() {
        Layer layer = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 11));
        /* A view inside the region: points lie beyond every edge. */
        MapViewport vp = new MapViewport(46.5, 148, 7, 900, 700);
        RenderOutcome out = draw(request(layer, vp, null));

        Envelope view = vp.bounds();
        List<Feature> inView = layer.features().stream()
                .filter(f -> view.contains(f.geometry().getCoordinate())).toList();
        assertThat(inView.size()).isGreaterThan(PointDensity.THRESHOLD);
        for (Feature f : inView) {
            assertThat(out.cells().stream().filter(c -> inSquare(f, c.bounds())).count()).as(f.toString())
                    .isEqualTo(1);
        }
        long inSquares = layer.features().stream()
                .filter(f -> out.cells().stream().anyMatch(c -> inSquare(f, c.bounds()))).count();
        assertThat(out.cells().stream().mapToLong(PointDensity.Cell::count).sum()).isEqualTo(inSquares);
        assertThat(out.symbols()).as("no symbol drawn for a point in a square").isEmpty();
    }

    @Test
    void squaresAreThirtyTwoToSixtyFourPixelsAndStayPutWhenPanning() {
        Layer layer = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 3));
        MapViewport vp = new MapViewport(46.5, 148, 6.4, 900, 700);
        RenderOutcome here = draw(request(layer, vp, null));
        RenderOutcome panned = draw(request(layer, vp.panBy(37, -21), null));

        for (PointDensity.Cell c : here.cells()) {
            assertThat(c.box().getWidth()).isBetween(32.0, 64.0);
            assertThat(c.box().getHeight()).isBetween(32.0, 64.0);
        }
        /* The same square of the map holds the same count whichever view drew it. */
        PointDensity.Cell some = here.cells().stream().filter(c -> c.box().contains(450, 350)).findFirst()
                .orElseThrow();
        assertThat(panned.cells()).anySatisfy(c -> {
            assertThat(c.column()).isEqualTo(some.column());
            assertThat(c.row()).isEqualTo(some.row());
            assertThat(c.count()).isEqualTo(some.count());
        });
    }

    @Test
    void aLayerWithNoMoreThanTheThresholdInViewIsDrawnAsSymbols() {
        Envelope centre = new Envelope(147.9, 148.1, 46.45, 46.55);
        Envelope elsewhere = new Envelope(10, 20, -10, 0);
        MapViewport vp = new MapViewport(46.5, 148, 8, 1000, 800);

        List<Feature> atThreshold = new ArrayList<>(scattered(PointDensity.THRESHOLD, centre, 1, 5));
        atThreshold.addAll(scattered(2000, elsewhere, 100_000, 6));
        RenderOutcome exact = draw(request(new Layer("user-points", "Points", atThreshold), vp, null));

        List<Feature> oneMore = new ArrayList<>(atThreshold);
        oneMore.addAll(scattered(1, centre, 200_000, 8));
        RenderOutcome squares = draw(request(new Layer("user-points", "Points", oneMore), vp, null));

        assertThat(exact.cells()).isEmpty();
        assertThat(exact.symbols()).isNotEmpty();
        assertThat(squares.cells()).isNotEmpty();
        assertThat(squares.cells().stream().mapToInt(PointDensity.Cell::count).sum())
                .isEqualTo(PointDensity.THRESHOLD + 1);
        assertThat(squares.symbols()).isEmpty();
    }

    @Test
    void aSmallPointLayerIsDrawnAsBeforeWithASymbolPerPoint() {
        Layer layer = new Layer("user-points", "Points", scattered(40, REGION, 1, 9));
        RenderOutcome out = draw(request(layer, MapViewport.fit(REGION, 1200, 800, 0), null));

        assertThat(out.cells()).isEmpty();
        Set<Feature> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
        out.symbols().forEach(s -> drawn.add(s.feature()));
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(layer.features());
    }

    @Test
    void aBundledLayerKeepsItsSymbolsHoweverManyPointsItHas() {
        Layer layer = new Layer(LayerIds.PLACES, "Places", scattered(5000, REGION, 1, 10));
        RenderOutcome out = draw(request(layer, MapViewport.fit(REGION, 1200, 800, 0), null));

        assertThat(out.cells()).isEmpty();
        assertThat(out.symbols()).isNotEmpty();
    }

    @Test
    void squaresCountOnlyThePointsValidAtTheDate() {
        List<Feature> features = new ArrayList<>();
        Random random = new Random(12);
        for (int i = 0; i < 12_000; i++) {
            Map<String, Object> p = i % 3 == 0 ? Map.of("valid_from", "2000-01-01") : Map.of();
            features.add(point(i, 139 + random.nextDouble() * 18, 41 + random.nextDouble() * 11, p));
        }
        Layer layer = new Layer("user-points", "Points", features);
        MapViewport vp = MapViewport.fit(REGION, 1200, 800, 0);
        LocalDate date = LocalDate.of(1990, 1, 1);

        RenderOutcome out = draw(request(layer, vp, date));

        long valid = features.stream().filter(f -> f.isValidAt(date)).count();
        assertThat(valid).isEqualTo(8000);
        assertThat(out.cells().stream().mapToLong(PointDensity.Cell::count).sum()).isEqualTo(valid);
        for (PointDensity.Cell cell : out.cells()) {
            assertThat(cell.count()).isEqualTo(features.stream().filter(f -> f.isValidAt(date))
                    .filter(f -> inSquare(f, cell.bounds())).count());
        }
    }

    @Test
    void aClickOnASquareFindsItAndItsCount() {
        Layer layer = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 13));
        RenderRequest r = request(layer, MapViewport.fit(REGION, 1200, 800, 0), null);
        RenderOutcome out = draw(r);
        DrawnSymbols drawn = DrawnSymbols.of(r, out);

        PointDensity.Cell target = out.cells().get(out.cells().size() / 3);
        double x = target.box().getCenterX();
        double y = target.box().getCenterY();
        PointDensity.Cell fromDrawing = picker.cellAt(drawn, x, y, 7);
        PointDensity.Cell fresh = picker.cellAt(r, x, y, 7);

        assertThat(fromDrawing).isEqualTo(target);
        assertThat(fresh.count()).isEqualTo(target.count());
        assertThat(fresh.bounds()).isEqualTo(target.bounds());
        assertThat(picker.pick(drawn, x, y, 7)).as("no single point is under a square").isEmpty();
    }

    @Test
    void theLegendSaysWhatTheSquaresAreOnlyWhenTheMapDrawsThem() {
        Layer layer = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 14));
        List<LayerView> views = List.of(new LayerView(layer, "Your layers", true, 1));
        MapViewport overview = MapViewport.fit(REGION, 1200, 800, 0);
        MapViewport close = new MapViewport(46.5, 148, 12, 1200, 800);

        List<LegendEntry> far = MapRendererTest.STYLES.legend(views, Viewpoint.NEUTRAL, null, overview.zoom(),
                overview.bounds(), Set.of());
        List<LegendEntry> near = MapRendererTest.STYLES.legend(views, Viewpoint.NEUTRAL, null, close.zoom(),
                close.bounds(), null);

        assertThat(far).extracting(LegendEntry::kind).contains(LegendEntry.Kind.DENSITY);
        assertThat(far).filteredOn(e -> e.kind() == LegendEntry.Kind.DENSITY).first()
                .extracting(LegendEntry::label).asString().contains("square");
        assertThat(near).extracting(LegendEntry::kind).doesNotContain(LegendEntry.Kind.DENSITY);
    }

    @Test
    void theLayerPanelsLegendNamesTheSquaresForABigPointLayerOnly() {
        Layer pointLayer = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 19));
        List<Feature> boxes = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            double lon = 139 + (i % 80) * 0.2;
            double lat = 41 + (i / 80) * 0.2;
            boxes.add(new Feature(i, GF.toGeometry(new Envelope(lon, lon + 0.1, lat, lat + 0.1)), Map.of()));
        }
        Layer areaLayer = new Layer("user-areas", "Areas", boxes);

        List<LegendEntry> points = MapRendererTest.STYLES.legend(
                List.of(new LayerView(pointLayer, "Your layers", true, 1)), Viewpoint.NEUTRAL, null);
        List<LegendEntry> areas = MapRendererTest.STYLES.legend(
                List.of(new LayerView(areaLayer, "Your layers", true, 1)), Viewpoint.NEUTRAL, null);

        assertThat(points).extracting(LegendEntry::kind).contains(LegendEntry.Kind.DENSITY);
        assertThat(areas).extracting(LegendEntry::kind).doesNotContain(LegendEntry.Kind.DENSITY);
    }

    @Test
    void paperDrawsTheSameSquaresAsTheScreen() {
        Layer layer = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 15));
        MapViewport vp = MapViewport.fit(REGION, 1200, 800, 0);
        RenderRequest screen = request(layer, vp, null);
        RenderRequest paper = new RenderRequest(vp, screen.layers(), null, Viewpoint.NEUTRAL, Set.of(), true, true);

        assertThat(draw(paper).cells()).isEqualTo(draw(screen).cells());
    }

    @Test
    void aSymbolAboveASquareIsPickedAndOneBelowItIsHidden() {
        Layer dense = new Layer("user-points", "Points", scattered(20_000, REGION, 1, 16));
        MapViewport vp = MapViewport.fit(REGION, 1200, 800, 0);
        PointDensity.Cell target = draw(request(dense, vp, null)).cells().get(200);
        double x = target.box().getCenterX();
        double y = target.box().getCenterY();
        Layer one = new Layer("user-one", "One", List.of(point(1, vp.lon(x), vp.lat(y), Map.of("type", "site"))));
        LayerView denseView = new LayerView(dense, "Your layers", true, 1);
        LayerView oneView = new LayerView(one, "Your layers", true, 1);

        RenderRequest above = new RenderRequest(vp, List.of(denseView, oneView), null, Viewpoint.NEUTRAL, Set.of(),
                false);
        RenderRequest below = new RenderRequest(vp, List.of(oneView, denseView), null, Viewpoint.NEUTRAL, Set.of(),
                false);
        DrawnSymbols drawnAbove = DrawnSymbols.of(above, draw(above));
        DrawnSymbols drawnBelow = DrawnSymbols.of(below, draw(below));

        assertThat(picker.cellAt(drawnAbove, x, y, 7)).isNull();
        assertThat(picker.cellAt(above, x, y, 7)).isNull();
        assertThat(picker.pick(drawnAbove, x, y, 7)).extracting(FeaturePicker.Hit::feature)
                .containsExactly(one.features().get(0));
        assertThat(picker.cellAt(drawnBelow, x, y, 7)).isEqualTo(target);
        assertThat(picker.cellAt(below, x, y, 7)).isEqualTo(target);
    }

    /**
     * The grid's square of a point at level L is the one whose column is floor(x · 2^L) of its unit Web Mercator x
     * (rows likewise), so counts can be checked at every level, including points a few millimetres apart.
     */
    @Test
    void gridCountsAreExactAtEveryLevelEvenForPointsCrowdedAtOnePlace() {
        List<Feature> features = new ArrayList<>(scattered(3000, REGION, 1, 17));
        Random random = new Random(18);
        for (int i = 0; i < 3000; i++) {
            features.add(point(10_000 + i, 147.5 + random.nextDouble() * 1e-7, 44.5 + random.nextDouble() * 1e-7,
                    Map.of()));
        }
        Layer layer = new Layer("user-points", "Points", features);
        PointGrid grid = PointGrid.of(layer);

        assertThat(grid.size()).isEqualTo(features.size());
        for (int level : new int[] {0, 4, 9, 15, 21, 24, 27, 30}) {
            double n = Math.pow(2, level);
            for (Feature probe : List.of(features.get(0), features.get(1500), features.get(3001), features.get(5999))) {
                Coordinate c = probe.geometry().getCoordinate();
                long i = (long) Math.floor(MapViewport.unitX(c.x) * n);
                long j = (long) Math.floor(MapViewport.unitY(c.y) * n);
                List<Feature> expected = features.stream().filter(f -> {
                    Coordinate p = f.geometry().getCoordinate();
                    return (long) Math.floor(MapViewport.unitX(p.x) * n) == i
                            && (long) Math.floor(MapViewport.unitY(p.y) * n) == j;
                }).toList();
                assertThat(grid.count(level, i, j)).as("level %d", level).isEqualTo(expected.size());
                assertThat(grid.features(level, i, j)).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }
}
