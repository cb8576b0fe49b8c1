package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Feature;
import org.claimscape.model.Precision;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.Callout;
import org.claimscape.render.LabelPlacer;
import org.claimscape.render.LayerView;
import org.claimscape.render.LegendEntry;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The laid-out pages a briefing officer hands out, checked as a cartographer would read them: no cut text, every
 * label near what it names and clear of every other, no cluster badge on paper, a legend whose every entry is on
 * the page (and only things drawn), and every numbered callout named in the table. Pages: the default page, each
 * viewpoint, a historical date, landscape and A3, and every map page of the pack (comparison included).
 */
class PageQualityTest {

    /** A point's label, in map pixels: beside its symbol, or out of a crowd on a leader no longer than this. */
    static final double POINT_LABEL_REACH = 80;
    /** An area's label, in map pixels: on the area or this close to it. */
    static final double AREA_LABEL_REACH = 32;
    /** A reference name (sea, strait, country): at its anchor, nudged by at most about its height. */
    static final double REFERENCE_LABEL_REACH = 24;

    static BundledLayers bundled;
    static List<LayerView> layers;

    @BeforeAll
    static void load() throws IOException {
        bundled = BundledLayers.load();
        layers = LayerView.fromCatalog(bundled.catalog(), bundled::layer);
    }

    static Stream<Arguments> pages() {
        BriefingPage base = BriefingPage.defaults().withLandscape(false).withAsOf(LocalDate.of(2026, 1, 1));
        List<Arguments> out = new ArrayList<>();
        MapRenderer mr = new MapRenderer();
        out.add(page("default page", new BriefingPageRenderer(mr), base));
        out.add(page("Japanese view", new BriefingPageRenderer(mr), base.withViewpoint(Viewpoint.JAPANESE)));
        out.add(page("Russian view", new BriefingPageRenderer(mr), base.withViewpoint(Viewpoint.RUSSIAN)));
        out.add(page("1875", new BriefingPageRenderer(mr), base.withAsOf(LocalDate.of(1875, 9, 1))));
        out.add(page("landscape", new BriefingPageRenderer(mr), base.withLandscape(true)));
        out.add(page("A3", new BriefingPageRenderer(mr), base.withPaper(BriefingPage.Paper.A3)));
        /* export --compare on a date whose past twelve months hold other events than the first of January's. */
        LocalDate december = LocalDate.of(2026, 12, 3);
        out.add(page("comparison page, December", new BriefingPageRenderer(mr).withComparison(
                BriefingPackWriter.comparison(bundled.layer(LayerIds.CLAIMS), bundled.layer(LayerIds.ISLANDS),
                        "jp-claim", "declaration-1956", december)), base.withAsOf(december)));
        out.add(page("default page, December", new BriefingPageRenderer(mr), base.withAsOf(december)));
        for (BriefingPackWriter.Sheet s : BriefingPackWriter.standard(base, bundled::layer, List.of())) {
            if (s instanceof BriefingPackWriter.MapSheet ms) {
                out.add(page("pack: " + ms.page().title(), BriefingPackWriter.pageRenderer(mr, ms), ms.page()));
            }
        }
        return out.stream();
    }

    private static Arguments page(String name, BriefingPageRenderer renderer, BriefingPage page) {
        return Arguments.of(Named.of(name, renderer), page);
    }

    private static BriefingPageRenderer.Result render(BriefingPageRenderer renderer, BriefingPage page) {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            return renderer.render(g, page, layers, () -> false);
        } finally {
            g.dispose();
        }
    }

    /* One rendering per page, read three ways. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageReadsAsACartographerWouldSignIt(BriefingPageRenderer renderer, BriefingPage page) {
        BriefingPageRenderer.Result r = render(renderer, page);
        assertThat(r.complete()).isTrue();
        labelsAreWholeNearTheirFeatureAndApart(r);
        noBadgesOnPaperAndEveryCalloutIsNamed(r);
        theLegendIsTheMap(r);
        theScaleBarHidesNoDisputedIsland(r, page);
    }

    /* However small (a Habomai islet between the corner's land samples), a disputed island stays in sight. */
    private static void theScaleBarHidesNoDisputedIsland(BriefingPageRenderer.Result r, BriefingPage page) {
        Rectangle2D bar = r.layout().scaleBar();
        Rectangle2D map = r.layout().map();
        MapViewport vp = r.viewport();
        double x0 = (bar.getX() - map.getX()) * BriefingPageRenderer.PX_PER_PT;
        double y0 = (bar.getY() - map.getY()) * BriefingPageRenderer.PX_PER_PT;
        double x1 = x0 + bar.getWidth() * BriefingPageRenderer.PX_PER_PT;
        double y1 = y0 + bar.getHeight() * BriefingPageRenderer.PX_PER_PT;
        Envelope under = new Envelope(vp.lon(x0), vp.lon(x1), vp.lat(y1), vp.lat(y0));
        Geometry box = new GeometryFactory().toGeometry(under);
        for (Feature f : bundled.layer(LayerIds.ISLANDS).query(under)) {
            if (f.geometry().getDimension() == 2 && f.isValidAt(page.asOf())) {
                assertThat(f.geometry().intersects(box)).as("scale bar over %s", f.id()).isFalse();
            }
        }
    }

    private static void labelsAreWholeNearTheirFeatureAndApart(BriefingPageRenderer.Result r) {
        MapViewport vp = r.viewport();
        List<LabelPlacer.Placed> labels = r.map().labels();
        assertThat(labels).isNotEmpty();
        for (LabelPlacer.Placed p : labels) {
            String text = p.candidate().text();
            assertThat(text).as("label text").doesNotContain("…").doesNotEndWith("...");
            Feature f = p.candidate().feature();
            if (f == null || f.geometry() == null) {
                continue;
            }
            double d = distance(p.box(), f, vp);
            if (f.precision().orElse(null) == Precision.LABEL) {
                assertThat(d).as("reference name %s from its place", text).isLessThanOrEqualTo(REFERENCE_LABEL_REACH);
            } else if (f.geometry().getDimension() == 0) {
                assertThat(d).as("label %s from its point", text).isLessThanOrEqualTo(POINT_LABEL_REACH);
            } else {
                assertThat(d).as("label %s from its area", text).isLessThanOrEqualTo(AREA_LABEL_REACH);
            }
        }
        List<Rectangle2D> boxes = r.labelBoxes();
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(r.layout().map().contains(boxes.get(i))).as("label inside the map frame").isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("labels %s and %s overlap",
                        labels.get(i).candidate().text(), labels.get(j).candidate().text()).isFalse();
            }
        }
    }

    private static void noBadgesOnPaperAndEveryCalloutIsNamed(BriefingPageRenderer.Result r) {
        assertThat(r.map().symbols()).filteredOn(RenderOutcome.Symbol::badge).as("badges other than island lists")
                .allMatch(s -> s.feature().precision().orElse(Precision.EXACT) == Precision.ISLAND);
        /* An island's tag is read whole or not at all, and no scale bar or north arrow lies over it. */
        MapViewport vp = r.viewport();
        Rectangle2D frame = new Rectangle2D.Double(0, 0, vp.width(), vp.height());
        Rectangle2D map = r.layout().map();
        for (RenderOutcome.Symbol s : r.map().symbols()) {
            if (!s.badge()) {
                continue;
            }
            String what = "the tag of " + s.feature().string("island");
            assertThat(frame.contains(s.box()) || !frame.intersects(s.box())).as(what + " cut by the frame").isTrue();
            for (Rectangle2D furniture : List.of(r.layout().scaleBar(), r.layout().northArrow())) {
                Rectangle2D px = new Rectangle2D.Double((furniture.getX() - map.getX()) * BriefingPageRenderer.PX_PER_PT,
                        (furniture.getY() - map.getY()) * BriefingPageRenderer.PX_PER_PT,
                        furniture.getWidth() * BriefingPageRenderer.PX_PER_PT,
                        furniture.getHeight() * BriefingPageRenderer.PX_PER_PT);
                assertThat(s.box().intersects(px)).as(what + " under the page's furniture").isFalse();
            }
        }
        assertThat(r.tabled()).containsExactlyElementsOf(r.callouts());
        for (int i = 0; i < r.callouts().size(); i++) {
            assertThat(r.callouts().get(i).number()).isEqualTo(i + 1);
        }
        if (!r.callouts().isEmpty()) {
            Rectangle2D table = r.calloutTable();
            assertThat(table.intersects(r.layout().map())).isFalse();
            assertThat(table.intersects(r.layout().legend())).isFalse();
            assertThat(table.getMaxY()).isLessThanOrEqualTo(r.layout().footer().getY());
        }
    }

    private static void theLegendIsTheMap(BriefingPageRenderer.Result r) {
        assertThat(r.legendLeft()).as("legend entries left out").isZero();
        assertThat(r.layout().legend().intersects(r.layout().map())).as("legend over the map").isFalse();
        assertThat(r.layout().page().contains(r.layout().legend())).isTrue();
        assertThat(r.legend()).noneMatch(e -> e.kind() == LegendEntry.Kind.CLUSTER);
        // Each symbol the legend explains is drawn on the page, on the map or at a callout.
        Map<String, Set<String>> drawnTypes = new HashMap<>();
        for (RenderOutcome.Symbol s : r.map().symbols()) {
            if (!s.badge()) {
                drawnTypes.computeIfAbsent(s.layerId(), k -> new HashSet<>()).add(String.valueOf(s.feature().type()));
            }
        }
        for (Callout c : r.callouts()) {
            drawnTypes.computeIfAbsent(c.layerId(), k -> new HashSet<>()).add(String.valueOf(c.feature().type()));
        }
        Map<String, Integer> symbolEntries = new HashMap<>();
        for (LegendEntry e : r.legend()) {
            if (e.kind() == LegendEntry.Kind.SYMBOL) {
                symbolEntries.merge(e.layerId(), 1, Integer::sum);
            }
        }
        symbolEntries.forEach((layer, n) -> assertThat(drawnTypes.getOrDefault(layer, Set.of()).size())
                .as("symbol types of %s drawn vs in the legend", layer).isGreaterThanOrEqualTo(n));
    }

    /* Map-pixel distance from the label's box to the feature: its nearest point, or its projected extent. */
    private static double distance(Rectangle2D box, Feature f, MapViewport vp) {
        if (f.geometry().getDimension() == 0) {
            double best = Double.MAX_VALUE;
            for (Coordinate c : f.geometry().getCoordinates()) {
                best = Math.min(best, gap(box, vp.x(c.x), vp.x(c.x), vp.y(c.y), vp.y(c.y)));
            }
            return best;
        }
        Envelope e = f.geometry().getEnvelopeInternal();
        return gap(box, vp.x(e.getMinX()), vp.x(e.getMaxX()), vp.y(e.getMaxY()), vp.y(e.getMinY()));
    }

    private static double gap(Rectangle2D box, double x0, double x1, double y0, double y1) {
        double dx = Math.max(0, Math.max(x0 - box.getMaxX(), box.getMinX() - x1));
        double dy = Math.max(0, Math.max(y0 - box.getMaxY(), box.getMinY() - y1));
        return Math.hypot(dx, dy);
    }
}
