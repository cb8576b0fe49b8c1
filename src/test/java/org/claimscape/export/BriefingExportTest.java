package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class BriefingExportTest {

    static List<LayerView> layers;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadLayers() throws IOException {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    static BriefingPage page() {
        return BriefingPage.defaults().withAsOf(LocalDate.of(2026, 1, 1))
                .withTitle("Kurils briefing — 北方領土 / Южные Курилы").withSubtitle("Claims and military sites")
                .withHandling("FOR TEST USE ONLY");
    }

    @Test
    void pdfHasThePageSizeEmbeddedFontsAndRealText() throws IOException {
        Path pdf = dir.resolve("brief.pdf");
        new PdfBriefingWriter().write(page(), layers, pdf, () -> false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // The map, then the Sources annex its footer points to.
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            PDPage p = doc.getPage(0);
            assertThat(p.getMediaBox().getWidth()).isCloseTo(841.89f, Offset.offset(0.5f));
            assertThat(p.getMediaBox().getHeight()).isCloseTo(595.28f, Offset.offset(0.5f));
            List<PDFont> fonts = new ArrayList<>();
            collectFonts(p.getResources(), fonts);
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(n -> n.endsWith("DejaVuSans")).anyMatch(n -> n.endsWith("IPAGothic"));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Kurils briefing", "北方領土", "Южные Курилы", "Claims and military sites",
                    "As of 1 January 2026", "Viewpoint: Neutral", "Legend", "Claimed by Japan",
                    "Administered by Russia", "km", "nm", "Coastlines: GSHHG 2.3.7 (Wessel & Smith 1996)",
                    "Made with Natural Earth", "Sources: [1]", "FOR TEST USE ONLY", "°E",
                    "Iturup / Etorofu", "Numbered features on the map");
        }
    }

    private static void collectFonts(PDResources res, List<PDFont> out) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            out.add(res.getFont(n));
        }
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDFormXObject) {
                collectFonts(((PDFormXObject) x).getResources(), out);
            }
        }
    }

    @Test
    void japaneseViewpointIsStatedOnThePage() throws IOException {
        Path pdf = dir.resolve("ja.pdf");
        new PdfBriefingWriter().write(page().withViewpoint(Viewpoint.JAPANESE), layers, pdf, () -> false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("視点：日本", "北方領土：日本固有の領土");
        }
    }

    @Test
    void pngHasThePixelSizeOfTheResolution() throws IOException {
        Path png = dir.resolve("brief.png");
        new PngBriefingWriter(300).write(page(), layers, png, () -> false);
        BufferedImage img = ImageIO.read(png.toFile());
        // A4 landscape, 297 × 210 mm at 300 dpi.
        assertThat(img.getWidth()).isEqualTo(3508);
        assertThat(img.getHeight()).isEqualTo(2480);
        assertThat(new PngBriefingWriter(72).pixelSize(page().withPaper(BriefingPage.Paper.LETTER)
                .withLandscape(false))).containsExactly(612, 792);
    }

    @Test
    void svgIsWellFormedXmlWithText() throws Exception {
        Path svg = dir.resolve("brief.svg");
        new SvgBriefingWriter().write(page(), layers, svg, () -> false);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("0.0 0.0 841.89");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Legend", "Kurils briefing");
    }

    @Test
    void mapLabelsKeepClearOfLegendScaleBarAndNorthArrow() throws IOException {
        for (BriefingPage p : List.of(page(), page().withLandscape(false), page().withPaper(BriefingPage.Paper.A3))) {
            BriefingPageRenderer.Result r = new PngBriefingWriter(72).write(p, layers, dir.resolve("p.png"),
                    () -> false);
            BriefingPageRenderer.Layout l = r.layout();
            assertThat(r.labelBoxes()).isNotEmpty();
            assertThat(l.legend().intersects(l.map())).as("legend vs map").isFalse();
            for (Rectangle2D label : r.labelBoxes()) {
                assertThat(label.intersects(l.scaleBar())).as("label vs scale bar").isFalse();
                assertThat(label.intersects(l.northArrow())).as("label vs north arrow").isFalse();
                assertThat(label.intersects(l.legend())).as("label vs legend").isFalse();
                assertThat(l.map().contains(label)).isTrue();
            }
            for (int i = 0; i < r.labelBoxes().size(); i++) {
                for (int j = i + 1; j < r.labelBoxes().size(); j++) {
                    assertThat(r.labelBoxes().get(i).intersects(r.labelBoxes().get(j))).isFalse();
                }
            }
        }
    }

    @Test
    void scaleBarIsTrueAtTheMapsCentreLatitude() throws IOException {
        BriefingPageRenderer.Result r = new PngBriefingWriter(72).write(page(), layers, dir.resolve("s.png"),
                () -> false);
        double lat = r.viewport().centerLat();
        // Ground metres per point at the centre: the viewport's metres per 96-dpi pixel times 96/72.
        double metresPerPt = r.viewport().metresPerPixel(lat) * 96 / 72;
        assertThat(r.scale().kmLength() * metresPerPt).isCloseTo(r.scale().km() * 1000,
                Offset.offset(0.01));
        assertThat(r.scale().nmLength() * metresPerPt).isCloseTo(r.scale().nm() * 1852,
                Offset.offset(0.01));
        assertThat(r.scale().latitude()).isCloseTo(44.4, Offset.offset(0.1));
    }

    @Test
    void legendShowsOnlyTheLayersShown() throws IOException {
        BriefingPageRenderer.Result r = new PngBriefingWriter(72).write(page().withLayerIds(List.of("claims")),
                layers, dir.resolve("l.png"), () -> false);
        assertThat(r.legend()).extracting(e -> e.layerId()).containsOnly("claims", "land");
    }

    @Test
    void cancelledExportLeavesNoFile() {
        Path pdf = dir.resolve("never.pdf");
        assertThatThrownBy(() -> new PdfBriefingWriter().write(page(), layers, pdf, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(pdf).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }
}
