package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Text in exported briefings: sources numbered once per document with a Sources annex, searchable text (no
 * ligature characters), font fallbacks in SVG, and the tags of the PDF.
 */
class BriefingTextExportTest {

    /* Alphabetic presentation forms: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ. */
    private static final Pattern LIGATURE = Pattern.compile("[\\x{FB00}-\\x{FB06}]");
    private static final Pattern NUMBER = Pattern.compile("\\[(\\d+)\\](?:–\\[(\\d+)\\])?");
    private static final Set<String> GENERIC = Set.of("serif", "sans-serif", "monospace", "cursive", "fantasy",
            "system-ui", "ui-sans-serif", "ui-serif", "ui-monospace");

    static List<LayerView> layers;
    static BundledLayers bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadLayers() throws IOException {
        bundled = BundledLayers.load();
        layers = LayerView.fromCatalog(bundled.catalog(), bundled::layer);
    }

    static BriefingPage page() {
        return BriefingPage.defaults().withAsOf(LocalDate.of(2026, 1, 1)).withLandscape(false);
    }

    @Test
    void pdfTextIsPlainCharactersAndTheFooterPointsToTheSourcesAnnex() throws IOException {
        Path pdf = dir.resolve("d.pdf");
        new PdfBriefingWriter().write(page(), layers, pdf, () -> false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Airfield").doesNotContain("data/SOURCES.md");
            String raw = rawText(doc);
            assertThat(raw).contains("Airfield");
            assertThat(LIGATURE.matcher(raw).find()).as("ligature characters in the text").isFalse();
            String map = text(doc, 1, 1);
            assertThat(map).contains("full citations on page 2");
            String annex = text(doc, 2, doc.getNumberOfPages());
            assertThat(annex).startsWith("Sources");
            assertThat(annexNumbers(annex)).isEqualTo(footerNumbers(map));
        }
    }

    @Test
    void packCitesEverySourceOnceInItsAnnex() throws IOException {
        Path pdf = dir.resolve("pack.pdf");
        BriefingPage base = page();
        List<BriefingPackWriter.Sheet> sheets = BriefingPackWriter.standard(base, bundled::layer, null);
        int pages = new BriefingPackWriter().write(sheets, layers, pdf, () -> false, null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages).isGreaterThan(sheets.size());
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Airfield").doesNotContain("data/SOURCES.md");
            String raw = rawText(doc);
            assertThat(raw).contains("Airfield");
            assertThat(LIGATURE.matcher(raw).find()).as("ligature characters in the text").isFalse();
            Set<Integer> cited = new TreeSet<>();
            for (int p = 1; p <= sheets.size(); p++) {
                if (sheets.get(p - 1) instanceof BriefingPackWriter.MapSheet) {
                    cited.addAll(footerNumbers(text(doc, p, p)));
                }
            }
            String annex = text(doc, sheets.size() + 1, doc.getNumberOfPages());
            assertThat(annex).startsWith("Sources");
            List<Integer> listed = new ArrayList<>(annexNumbers(annex));
            // Numbered 1..n without gaps or repeats, and every number a page cites is listed.
            assertThat(listed).isEqualTo(java.util.stream.IntStream.rangeClosed(1, listed.size()).boxed().toList());
            assertThat(listed).containsAll(cited);
            PDOutlineItem last = doc.getDocumentCatalog().getDocumentOutline().getLastChild();
            assertThat(last.getTitle()).isEqualTo("Sources");
            assertThat(last.findDestinationPage(doc)).isEqualTo(doc.getPage(sheets.size()));
        }
    }

    @Test
    void pdfIsTaggedWithLanguageTitleAndLinkedUrls() throws Exception {
        Path pdf = dir.resolve("ru.pdf");
        BriefingPage page = page().withViewpoint(Viewpoint.RUSSIAN).withTitle("Курилы — тест");
        new PdfBriefingWriter().write(page, layers, pdf, () -> false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("ru");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Курилы — тест");
            XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().exportXMPMetadata());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Курилы — тест");
            assertThat(xmp.getDublinCoreSchema().getLanguages()).containsExactly("ru");

            List<Object> top = catalog.getStructureTreeRoot().getKids();
            assertThat(top).hasSize(1);
            PDStructureElement document = (PDStructureElement) top.get(0);
            assertThat(document.getStructureType()).isEqualTo("Document");
            List<PDStructureElement> sections = new ArrayList<>();
            for (Object k : document.getKids()) {
                sections.add((PDStructureElement) k);
            }
            assertThat(sections).hasSize(doc.getNumberOfPages());
            for (int i = 0; i < sections.size(); i++) {
                assertThat(sections.get(i).getStructureType()).isEqualTo("Sect");
                assertThat(sections.get(i).getPage().getCOSObject()).isSameAs(doc.getPage(i).getCOSObject());
                // The parent tree leads from the page's marked content (MCID 0) back to its section.
                COSArray byMcid = (COSArray) parentTree(catalog).get(doc.getPage(i).getStructParents());
                assertThat(byMcid.getObject(0)).isSameAs(sections.get(i).getCOSObject());
            }
            assertThat(sections.get(0).getTitle()).isEqualTo("Курилы — тест");
            assertThat(sections.get(1).getTitle()).isEqualTo("Источники");

            List<String> uris = new ArrayList<>();
            for (int i = 1; i < doc.getNumberOfPages(); i++) {
                for (PDAnnotation a : doc.getPage(i).getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertThat(uris).isNotEmpty().allMatch(u -> u.startsWith("http://") || u.startsWith("https://"));
        }
    }

    @Test
    void aPageWhoseSourcesFitItsFooterCitesThemInFullWithoutAnAnnex() throws IOException {
        Path pdf = dir.resolve("matua.pdf");
        BriefingPage page = page().withLandscape(true).withLayerIds(List.of(LayerIds.MILITARY))
                .withBbox(new Envelope(153.1, 153.4, 48.0, 48.15));
        BriefingPageRenderer.Result r = new PdfBriefingWriter().write(page, layers, pdf, () -> false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        String footer = String.join(" ", r.sources());
        assertThat(footer).contains("Sources: [1] ").contains("https://").doesNotContain("full citations on");
    }

    @Test
    void svgNamesAGenericFamilyAfterEveryFontAndItsAnnexSitsBesideIt() throws Exception {
        Path svg = dir.resolve("brief.svg");
        BriefingPageRenderer.Result r = new SvgBriefingWriter().write(page().withTitle("北方領土 briefing"), layers,
                svg, () -> false);
        Path annex = dir.resolve("brief-sources.svg");
        assertThat(String.join(" ", r.sources())).contains("full citations on brief-sources.svg");
        assertThat(annex).exists();
        for (Path file : List.of(svg, annex)) {
            Set<String> families = fontFamilies(file);
            assertThat(families).isNotEmpty();
            for (String list : families) {
                String[] names = list.split(",");
                String last = names[names.length - 1].strip();
                assertThat(GENERIC).as(list).contains(last);
                assertThat(names.length).as(list).isGreaterThan(1);
            }
        }
        assertThat(fontFamilies(svg)).anyMatch(f -> f.startsWith("\"IPAGothic\""))
                .anyMatch(f -> f.startsWith("\"DejaVu Sans\""));
    }

    @Test
    void svgTextKeepsItsFractionalSizes() throws Exception {
        Path svg = dir.resolve("sizes.svg");
        BriefingPageRenderer.Result r = new SvgBriefingWriter().write(page(), layers, svg, () -> false);
        assertThat(r.callouts()).isNotEmpty();
        String name = r.callouts().get(0).name();
        NodeList texts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text");
        Pattern size = Pattern.compile("font-size:\\s*([0-9.]+)px");
        Pattern scale = Pattern.compile("matrix\\(([-0-9.E]+),");
        List<Double> sizes = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (!t.getTextContent().equals(name)) {
                continue;
            }
            Matcher m = size.matcher(t.getAttribute("style"));
            assertThat(m.find()).isTrue();
            double effective = Double.parseDouble(m.group(1));
            for (Node n = t.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
                Matcher k = scale.matcher(e.getAttribute("transform"));
                if (k.find()) {
                    effective *= Double.parseDouble(k.group(1));
                }
            }
            sizes.add(effective);
        }
        /* The callout table sets its names in 6.5 pt (CalloutTable); whole sizes only would make it 6 or 7. */
        assertThat(sizes).as("the first callout's name, " + name).isNotEmpty()
                .anySatisfy(v -> assertThat(v).isCloseTo(6.5, within(0.05)));
    }

    @Test
    void pngAnnexIsWrittenBesideTheImageWithNothingInItsMargins() throws IOException {
        Path png = dir.resolve("brief.png");
        BriefingPage page = page();
        new PngBriefingWriter(100).write(page, layers, png, () -> false);
        BufferedImage annex = ImageIO.read(dir.resolve("brief-sources.png").toFile());
        assertThat(annex.getWidth()).isEqualTo(new PngBriefingWriter(100).pixelSize(page)[0]);
        int margin = (int) Math.floor(page.margin() * 100 / 72.0) - 1;
        int ink = 0;
        for (int y = 0; y < annex.getHeight(); y++) {
            for (int x = 0; x < annex.getWidth(); x++) {
                boolean inMargin = x < margin || x >= annex.getWidth() - margin || y < margin
                        || y >= annex.getHeight() - margin;
                if ((annex.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    assertThat(inMargin).as("ink at %d, %d", x, y).isFalse();
                    ink++;
                }
            }
        }
        assertThat(ink).isPositive();
    }

    @Test
    void printedSheetsAreThePdfsPagesTheAnnexIncluded() throws IOException {
        BriefingPage full = page();
        BriefingPage matua = page().withLandscape(true).withLayerIds(List.of(LayerIds.MILITARY))
                .withBbox(new Envelope(153.1, 153.4, 48.0, 48.15));
        for (BriefingPage page : List.of(full, matua)) {
            Path pdf = dir.resolve("sheets.pdf");
            new PdfBriefingWriter().write(page, layers, pdf, () -> false);
            List<BufferedImage> sheets = new PngBriefingWriter(36).sheets(page, layers, () -> false);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(sheets).hasSize(doc.getNumberOfPages());
            }
            assertThat(sheets).allSatisfy(img -> assertThat(img.getWidth())
                    .isEqualTo(new PngBriefingWriter(36).pixelSize(page)[0]));
        }
        assertThat(new PngBriefingWriter(36).sheets(full, layers, () -> true)).isEmpty();
    }

    // ================================================================== helpers

    /*
     * The text as the PDF maps its glyphs to Unicode, before PDFTextStripper's normalisation (which decomposes
     * ligatures such as U+FB01 and so would hide them; viewers and pdftotext do not).
     */
    private static String rawText(PDDocument doc) throws IOException {
        StringBuilder raw = new StringBuilder();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    raw.append(p.getUnicode());
                }
            }
        };
        s.getText(doc);
        return raw.toString();
    }

    private static Map<Integer, COSBase> parentTree(PDDocumentCatalog catalog) {
        COSDictionary tree = catalog.getStructureTreeRoot().getCOSObject().getCOSDictionary(COSName.PARENT_TREE);
        COSArray nums = tree.getCOSArray(COSName.NUMS);
        Map<Integer, COSBase> out = new HashMap<>();
        for (int i = 0; i < nums.size(); i += 2) {
            out.put(((COSInteger) nums.getObject(i)).intValue(), nums.getObject(i + 1));
        }
        return out;
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc);
    }

    /* The numbers a page's footer cites, ranges expanded. */
    private static Set<Integer> footerNumbers(String pageText) {
        int at = Math.max(pageText.lastIndexOf("Sources:"), pageText.lastIndexOf("出典："));
        assertThat(at).as("a sources line").isNotNegative();
        Set<Integer> out = new TreeSet<>();
        Matcher m = NUMBER.matcher(pageText.substring(at));
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            for (int i = a; i <= b; i++) {
                out.add(i);
            }
        }
        return out;
    }

    /* The numbers the annex lists: each entry starts a line with "[n]". */
    private static Set<Integer> annexNumbers(String annexText) {
        Set<Integer> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\[(\\d+)\\]").matcher(annexText);
        List<Integer> all = new ArrayList<>();
        while (m.find()) {
            all.add(Integer.parseInt(m.group(1)));
        }
        out.addAll(all);
        assertThat(out).as("each source listed once").hasSameSizeAs(all);
        return out;
    }

    private static Set<String> fontFamilies(Path svg) throws Exception {
        NodeList texts = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text");
        Set<String> out = new LinkedHashSet<>();
        Pattern family = Pattern.compile("font-family:\\s*([^;]+);");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            String declared = t.getAttribute("font-family");
            if (!declared.isEmpty()) {
                out.add(declared.strip());
            }
            Matcher m = family.matcher(t.getAttribute("style"));
            while (m.find()) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }
}
