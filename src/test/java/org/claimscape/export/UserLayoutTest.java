package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.assertj.core.data.Offset;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Feature;
import org.claimscape.model.LabelClass;
import org.claimscape.model.LayerIds;
import org.claimscape.model.PageLayout;
import org.claimscape.render.Callout;
import org.claimscape.render.LabelPlacer;
import org.claimscape.render.LayerView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page laid out by the user: legend and locator where asked, text boxes, and the map's names chosen. */
class UserLayoutTest {

    private static List<LayerView> layers;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    private static BriefingPage page() {
        return BriefingPage.defaults().withAsOf(LocalDate.of(2020, 6, 1)).withTitle("Layout test");
    }

    private static BriefingPageRenderer.Result render(BriefingPage page) {
        BufferedImage img = new BufferedImage((int) Math.ceil(page.width()), (int) Math.ceil(page.height()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            return new BriefingPageRenderer().render(g, page, layers, null);
        } finally {
            g.dispose();
        }
    }

    private static Rectangle2D points(PageLayout.Box b, BriefingPage page) {
        double[] r = b.onPage(page.width(), page.height());
        return new Rectangle2D.Double(r[0], r[1], r[2], r[3]);
    }

    private static void assertSameBox(Rectangle2D actual, Rectangle2D expected) {
        assertThat(actual.getX()).isCloseTo(expected.getX(), Offset.offset(0.01));
        assertThat(actual.getY()).isCloseTo(expected.getY(), Offset.offset(0.01));
        assertThat(actual.getWidth()).isCloseTo(expected.getWidth(), Offset.offset(0.01));
        assertThat(actual.getHeight()).isCloseTo(expected.getHeight(), Offset.offset(0.01));
    }

    /* A callout's disc on the page. */
    private static Rectangle2D disc(Callout c, Rectangle2D map) {
        double k = BriefingPageRenderer.PX_PER_PT;
        return new Rectangle2D.Double(map.getX() + (c.discX() - c.radius()) / k, map.getY()
                + (c.discY() - c.radius()) / k, 2 * c.radius() / k, 2 * c.radius() / k);
    }

    @Test
    void aMovedLegendAndLocatorGoWhereAskedOverTheMapAndTheMapsNamesKeepClear() {
        BriefingPageRenderer.Result auto = render(page());
        for (BriefingPage base : List.of(page(), page().withLandscape(false))) {
            BriefingPageRenderer.Result before = base == page() ? auto : render(base);
            Rectangle2D map = before.layout().map();
            /* Both boxes on the map: the legend over its lower left, the locator over its upper middle. */
            PageLayout.Box legend = PageLayout.Box.ofPoints(map.getX() + 10, map.getCenterY(), 200,
                    map.getHeight() / 2 - 10, base.width(), base.height());
            PageLayout.Box locator = PageLayout.Box.ofPoints(map.getCenterX() - 60, map.getY() + 40, 120, 90,
                    base.width(), base.height());
            BriefingPage page = base.withLayout(PageLayout.AUTOMATIC.withLegend(legend).withLocator(locator));
            BriefingPageRenderer.Result r = render(page);

            /* The map keeps its automatic frame (only the callout table's room below it follows the callouts). */
            assertThat(r.layout().map().getX()).isEqualTo(map.getX());
            assertThat(r.layout().map().getY()).isEqualTo(map.getY());
            assertThat(r.layout().map().getWidth()).isEqualTo(map.getWidth());
            assertSameBox(r.layout().legend(), points(legend, page));
            assertSameBox(r.layout().inset(), points(locator, page));
            assertSameBox(r.drawn().legend(), points(legend, page));
            assertSameBox(r.drawn().locator(), points(locator, page));
            assertThat(r.labelBoxes()).isNotEmpty();
            for (Rectangle2D label : r.labelBoxes()) {
                assertThat(label.intersects(r.layout().legend())).as("label %s vs legend", label).isFalse();
                assertThat(label.intersects(r.layout().inset())).as("label %s vs locator", label).isFalse();
            }
            for (Callout c : r.callouts()) {
                assertThat(disc(c, map).intersects(r.layout().legend())).as("callout %d vs legend", c.number())
                        .isFalse();
                assertThat(disc(c, map).intersects(r.layout().inset())).as("callout %d vs locator", c.number())
                        .isFalse();
            }
            for (Rectangle2D furniture : List.of(r.layout().scaleBar(), r.layout().northArrow())) {
                assertThat(furniture.intersects(r.layout().legend())).as("scale bar and north arrow vs legend")
                        .isFalse();
                assertThat(furniture.intersects(r.layout().inset())).as("scale bar and north arrow vs locator")
                        .isFalse();
            }
        }
    }

    @Test
    void aLegendBoxTooSmallSaysHowManyEntriesAreLeftAndAWideOneTakesColumns() {
        BriefingPageRenderer.Result auto = render(page());
        int all = auto.legend().size();
        assertThat(auto.legendLeft()).isZero();
        assertThat(all).isGreaterThan(8);

        BriefingPage small = page().withLayout(PageLayout.AUTOMATIC.withLegend(new PageLayout.Box(0.05, 0.6, 0.2,
                0.12)));
        BriefingPageRenderer.Result r = render(small);
        assertThat(r.legendLeft()).isPositive();
        assertThat(r.legend().size() + r.legendLeft()).as("shown and left out add up").isEqualTo(all);
        BriefingPageRenderer.Result tiny = render(page().withLayout(PageLayout.AUTOMATIC.withLegend(
                new PageLayout.Box(0.5, 0.5, 0, 0))));
        assertThat(tiny.legendLeft()).as("a box at its smallest holds nothing, and says so").isEqualTo(all);

        /* As wide as the page and half as high as one column of every entry needs: they fit side by side. */
        double oneColumn = PageLegend.heightFor(auto.legend(), 160, "(cont.)");
        double height = (oneColumn / 2) / page().height();
        BriefingPageRenderer.Result wide = render(page().withLayout(PageLayout.AUTOMATIC.withLegend(
                new PageLayout.Box(0.04, 0.7, 0.92, height))));
        assertThat(wide.legendLeft()).isZero();
        assertThat(wide.legend()).hasSize(all);
    }

    @Test
    void aTextBoxIsDrawnWrappedToItsWidthAndGrowsRatherThanCutItsText() throws IOException {
        String text = "Positions of military sites are approximate where so marked. 軍事施設の位置は概略です。"
                + " Позиции военных объектов приблизительны.\nSources: see the foot of the page.";
        /* On the map, whose names keep clear of it: the only text under the box is its own. */
        PageLayout.Box asked = new PageLayout.Box(0.08, 0.2, 0.2, 0.02);
        BriefingPage page = page().withLayout(PageLayout.AUTOMATIC.plusText(new PageLayout.TextBox(text, asked,
                9)));
        Path pdf = dir.resolve("text.pdf");
        BriefingPageRenderer.Result r = new PdfBriefingWriter().write(page, layers, pdf, () -> false);
        Rectangle2D box = r.drawn().texts().get(0);
        Rectangle2D askedPt = points(asked, page);
        assertThat(box.getX()).isCloseTo(askedPt.getX(), Offset.offset(0.01));
        assertThat(box.getWidth()).isCloseTo(askedPt.getWidth(), Offset.offset(0.01));
        assertThat(box.getHeight()).as("grown to the text").isGreaterThan(askedPt.getHeight() * 4);
        assertThat(r.drawn().textLinesLeft()).containsExactly(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            area.setSortByPosition(true);
            area.addRegion("box", new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, box.getWidth() + 2,
                    box.getHeight() + 2));
            area.extractRegions(doc.getPage(0));
            String inBox = area.getTextForRegion("box");
            assertThat(inBox.strip().split("\\R")).as("wrapped onto lines").hasSizeGreaterThan(5);
            assertThat(inBox.replaceAll("\\s", "")).as("every word, in order").isEqualTo(text.replaceAll("\\s", ""));
            for (String line : inBox.strip().split("\\R")) {
                assertThat(PageText.width(line.strip(), 9, false)).isLessThanOrEqualTo(box.getWidth());
            }
        }
    }

    @Test
    void aTextTallerThanThePageIsReportedNotDroppedSilently() {
        String text = String.join(" ", Collections.nCopies(400, "overflowing"));
        BriefingPage page = page().withLayout(PageLayout.AUTOMATIC.plusText(new PageLayout.TextBox(text,
                new PageLayout.Box(0.1, 0.5, 0.3, 0.1), 20)));
        BriefingPageRenderer.Result r = render(page);
        assertThat(r.drawn().textLinesLeft().get(0)).isPositive();
        Rectangle2D box = r.drawn().texts().get(0);
        assertThat(box.getY()).isGreaterThanOrEqualTo(0);
        assertThat(box.getMaxY()).isLessThanOrEqualTo(page.height() + 1e-9);
    }

    @Test
    void hiddenKindsOfNameAreNotDrawnNorNumbered() {
        Set<Feature> places = identitySet(layers.stream().filter(v -> v.layer().id().equals(LayerIds.PLACES))
                .findFirst().orElseThrow().layer().features());
        BriefingPageRenderer.Result all = render(page());
        assertThat(labelled(all)).anyMatch(places::contains).anyMatch(UserLayoutTest::isSeaOrStrait);
        assertThat(all.callouts()).extracting(Callout::layerId).contains(LayerIds.PLACES);

        BriefingPage hidden = page().withLayout(PageLayout.AUTOMATIC.withLabels(LabelClass.PLACES, false)
                .withLabels(LabelClass.REFERENCE, false));
        BriefingPageRenderer.Result r = render(hidden);
        assertThat(labelled(r)).isNotEmpty().noneMatch(places::contains).noneMatch(UserLayoutTest::isSeaOrStrait);
        assertThat(r.callouts()).extracting(Callout::layerId).doesNotContain(LayerIds.PLACES);
        assertThat(r.labelBoxes()).isNotEmpty();
        assertThat(r.map().labels()).extracting(p -> p.candidate().text()).anyMatch(t -> t.contains("Iturup"));
    }

    private static List<Feature> labelled(BriefingPageRenderer.Result r) {
        return r.map().labels().stream().map(LabelPlacer.Placed::candidate).map(LabelPlacer.Candidate::feature)
                .filter(f -> f != null).toList();
    }

    private static boolean isSeaOrStrait(Feature f) {
        String kind = f.string("kind");
        return kind != null && Set.of("sea", "ocean", "strait", "country").contains(kind);
    }

    private static Set<Feature> identitySet(List<Feature> features) {
        Set<Feature> s = Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(features);
        return s;
    }
}
