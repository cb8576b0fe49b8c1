package org.claimscape.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.claimscape.io.AtomicFiles;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;

/**
 * Writes a briefing page as a one-page PDF (PDFBox): vector paths, and real text in the bundled fonts
 * (DejaVu Sans, IPA Gothic) embedded as subsets, so Latin, Japanese and Cyrillic stay selectable and
 * searchable. Thread-safe: every write uses its own document.
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
            Sheet sheet = Sheet.add(doc, page, fonts);
            PdfBoxGraphics2D g = sheet.graphics();
            try {
                result[0] = pages.render(g, page, layers, cancelled);
            } finally {
                g.dispose();
            }
            if (!result[0].complete()) {
                throw new CancellationException("export cancelled");
            }
            sheet.place(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(page.title());
            info.setSubject(page.subtitle().isEmpty() ? "Briefing map" : page.subtitle());
            info.setKeywords("as of " + page.asOf() + "; viewpoint " + page.viewpoint().code());
            info.setCreator("Claimscape");
            info.setProducer("Claimscape (PDFBox)");
            info.setCreationDate(Calendar.getInstance());
            AtomicFiles.write(target, doc::save);
        } finally {
            fonts.close();
        }
        return result[0];
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

        /** Puts what was drawn (after {@code graphics().dispose()}) on the page. */
        void place(PDDocument doc) throws IOException {
            try (PDPageContentStream cs = new PDPageContentStream(doc, pdfPage)) {
                cs.drawForm(graphics.getXFormObject());
            }
        }
    }
}
