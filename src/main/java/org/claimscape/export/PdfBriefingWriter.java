package org.claimscape.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.claimscape.io.AtomicFiles;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.RenderText;

/**
 * Writes a briefing page as a PDF (PDFBox): vector paths, and real text in the bundled fonts (DejaVu Sans,
 * IPA Gothic) embedded as subsets, so Latin, Japanese and Cyrillic stay selectable and searchable. When the
 * page's sources do not fit in its footer in full, a Sources annex follows on page 2 (and on). The document is
 * tagged ({@link PdfStructureBuilder}). Thread-safe: every write uses its own document.
 */
public final class PdfBriefingWriter implements BriefingWriter {

    private final BriefingPageRenderer pages;

    public PdfBriefingWriter() {
        this(new BriefingPageRenderer());
    }

    public PdfBriefingWriter(BriefingPageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public BriefingPageRenderer.Result write(BriefingPage page, List<LayerView> layers, Path target,
                                             BooleanSupplier cancelled) throws IOException {
        BriefingPageRenderer.Result[] result = new BriefingPageRenderer.Result[1];
        PdfBoxGraphics2DFontTextDrawer fonts = new BundledFontTextDrawer();
        try (PDDocument doc = new PDDocument()) {
            PdfStructureBuilder tags = new PdfStructureBuilder(doc);
            SourceList sources = SourceList.withBundledKey();
            sources.setAnnexPlace(RenderText.format(page.viewpoint(), "sources.page", 2));
            Sheet sheet = Sheet.add(doc, page, fonts);
            PdfBoxGraphics2D g = sheet.graphics();
            try {
                result[0] = pages.withSources(sources).render(g, page, layers, cancelled);
            } finally {
                g.dispose();
            }
            if (!result[0].complete()) {
                throw new CancellationException("export cancelled");
            }
            sheet.place(tags, page.title());
            if (sources.annexNeeded()) {
                addAnnex(doc, tags, page, sources, fonts);
            }
            doc.getDocumentInformation().setKeywords("as of " + page.asOf() + "; viewpoint "
                    + page.viewpoint().code());
            tags.finish(page.title(), page.subtitle().isEmpty() ? "Briefing map" : page.subtitle(),
                    RenderText.locale(page.viewpoint()));
            AtomicFiles.write(target, doc::save);
        } finally {
            fonts.close();
        }
        return result[0];
    }

    /**
     * Appends the Sources annex: every source the document cited, in full, on pages like the base page, with its
     * URLs linked. Returns the annex's pages.
     */
    static List<PDPage> addAnnex(PDDocument doc, PdfStructureBuilder tags, BriefingPage base, SourceList sources,
                                 PdfBoxGraphics2DFontTextDrawer fonts) throws IOException {
        List<PDPage> added = new ArrayList<>();
        for (SourcesAnnex.Sheet annex : SourcesAnnex.layout(base, sources.all())) {
            Sheet sheet = Sheet.add(doc, annex.page(), fonts);
            try {
                SourcesAnnex.draw(sheet.graphics(), annex);
            } finally {
                sheet.graphics().dispose();
            }
            sheet.place(tags, annex.page().title());
            float h = (float) annex.page().height();
            for (SourcesAnnex.Entry e : annex.entries()) {
                for (SourcesAnnex.Line l : e.lines()) {
                    if (l.url() == null) {
                        continue;
                    }
                    Rectangle2D b = l.box();
                    PDAnnotationLink link = new PDAnnotationLink();
                    link.setRectangle(new PDRectangle((float) b.getX(), h - (float) b.getMaxY(), (float) b.getWidth(),
                            (float) b.getHeight()));
                    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
                    border.setWidth(0);
                    link.setBorderStyle(border);
                    PDActionURI uri = new PDActionURI();
                    uri.setURI(l.url());
                    link.setAction(uri);
                    tags.addLink(sheet.pdfPage(), link, e.citation().label() + " " + l.url());
                }
            }
            added.add(sheet.pdfPage());
        }
        return added;
    }

    /** A page added to a document, with the vector graphics drawing it (the pack writer's pages too). */
    record Sheet(PDPage pdfPage, PdfBoxGraphics2D graphics) {

        /** Adds a page of the briefing page's size, drawn in the bundled fonts, as vector output. */
        static Sheet add(PDDocument doc, BriefingPage page, PdfBoxGraphics2DFontTextDrawer fonts) throws IOException {
            PDRectangle box = new PDRectangle((float) page.width(), (float) page.height());
            PDPage pdfPage = new PDPage(box);
            doc.addPage(pdfPage);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, box.getWidth(), box.getHeight());
            g.setFontTextDrawer(fonts);
            g.setRenderingHint(MapRenderer.VECTOR_OUTPUT, Boolean.TRUE);
            return new Sheet(pdfPage, g);
        }

        /** Puts what was drawn (after {@code graphics().dispose()}) on the page, as a tagged section with the title. */
        void place(PdfStructureBuilder tags, String title) throws IOException {
            tags.placeSection(pdfPage, graphics.getXFormObject(), title);
        }
    }
}
