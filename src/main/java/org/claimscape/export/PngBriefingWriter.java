package org.claimscape.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.claimscape.io.AtomicFiles;
import org.claimscape.render.LayerView;
import org.claimscape.render.RenderText;

/**
 * Writes a briefing page as a PNG at a resolution (default 300 dpi: A4 landscape is 3508 × 2480 pixels), with
 * the resolution recorded in the file so it prints at the right size. When the page's sources do not fit in its
 * footer in full, the Sources annex is written beside it as {@code NAME-sources.png} (and {@code
 * NAME-sources-2.png}... when it takes more than one sheet), which the footer names. Thread-safe.
 */
public final class PngBriefingWriter implements BriefingWriter {

    public static final int DEFAULT_DPI = 300;

    private final int dpi;
    private final BriefingPageRenderer pages;

    public PngBriefingWriter() {
        this(DEFAULT_DPI);
    }

    public PngBriefingWriter(int dpi) {
        this(dpi, new BriefingPageRenderer());
    }

    public PngBriefingWriter(int dpi, BriefingPageRenderer pages) {
        if (dpi < 36 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be in 36..1200: " + dpi);
        }
        this.dpi = dpi;
        this.pages = pages;
    }

    /** Pixel size of the page at this writer's resolution: {width, height}. */
    public int[] pixelSize(BriefingPage page) {
        return new int[] {(int) Math.round(page.width() * dpi / 72.0), (int) Math.round(page.height() * dpi / 72.0)};
    }

    @Override
    public BriefingPageRenderer.Result write(BriefingPage page, List<LayerView> layers, Path target,
                                             BooleanSupplier cancelled) throws IOException {
        SourceList sources = SourceList.withBundledKey();
        sources.setAnnexPlace(SourcesAnnex.file(target, 0).getFileName().toString());
        BriefingPageRenderer.Result[] result = new BriefingPageRenderer.Result[1];
        BufferedImage img = image(page, g -> result[0] = pages.withSources(sources).render(g, page, layers,
                cancelled));
        if (!result[0].complete()) {
            throw new CancellationException("export cancelled");
        }
        AtomicFiles.write(target, out -> writePng(img, out));
        if (sources.annexNeeded()) {
            List<SourcesAnnex.Sheet> annex = SourcesAnnex.layout(page, sources.all());
            for (int i = 0; i < annex.size(); i++) {
                SourcesAnnex.Sheet sheet = annex.get(i);
                BufferedImage a = image(sheet.page(), g -> SourcesAnnex.draw(g, sheet));
                AtomicFiles.write(SourcesAnnex.file(target, i), out -> writePng(a, out));
            }
        }
        return result[0];
    }

    /**
     * The sheets of a printed briefing at this writer's resolution: the page, then its Sources annex when the
     * sources do not fit the footer in full (the footer then points to page 2, as in the PDF). Empty when
     * cancelled. May run on any thread.
     */
    public List<BufferedImage> sheets(BriefingPage page, List<LayerView> layers, BooleanSupplier cancelled) {
        SourceList sources = SourceList.withBundledKey();
        sources.setAnnexPlace(RenderText.format(page.viewpoint(), "sources.page", 2));
        BriefingPageRenderer.Result[] result = new BriefingPageRenderer.Result[1];
        List<BufferedImage> out = new ArrayList<>();
        out.add(image(page, g -> result[0] = pages.withSources(sources).render(g, page, layers, cancelled)));
        if (!result[0].complete()) {
            return List.of();
        }
        if (sources.annexNeeded()) {
            for (SourcesAnnex.Sheet sheet : SourcesAnnex.layout(page, sources.all())) {
                out.add(image(sheet.page(), g -> SourcesAnnex.draw(g, sheet)));
            }
        }
        return out;
    }

    /* The page drawn at this writer's resolution. */
    private BufferedImage image(BriefingPage page, Consumer<Graphics2D> drawing) {
        int[] size = pixelSize(page);
        BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            // Paper is white to the last pixel: the page's own fill ends part-way into the last row and column.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size[0], size[1]);
            g.scale(dpi / 72.0, dpi / 72.0);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    private void writePng(BufferedImage img, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img),
                    null);
            setDpi(meta);
            writer.write(new IIOImage(img, null, meta));
        } finally {
            writer.dispose();
        }
    }

    /* The pHYs chunk: pixels per metre, so image viewers and printers know the intended size. */
    private void setDpi(IIOMetadata meta) throws IIOInvalidTreeException {
        String ppm = String.valueOf(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", ppm);
        phys.setAttribute("pixelsPerUnitYAxis", ppm);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
    }
}
