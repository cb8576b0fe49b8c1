package org.claimscape.ui.briefing;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrintResolution;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import org.claimscape.export.BriefingPage;
import org.claimscape.export.BriefingPageRenderer;
import org.claimscape.export.PngBriefingWriter;
import org.claimscape.render.LayerView;
import org.claimscape.ui.text.UiText;

/**
 * Prints a briefing page through JavaFX printing: the page, and its Sources annex when it needs one, are rendered
 * with the export's {@link BriefingPageRenderer} to images at the printer's resolution (at most 300 dpi) and
 * printed at their true size on the matching paper and orientation. Not thread-safe; the job methods run on the FX thread.
 */
public final class BriefingPrinter {

    /** Highest resolution the page image is rendered at; finer adds memory, not legibility. */
    public static final int MAX_DPI = 300;

    private final BriefingPageRenderer pages;
    private final List<LayerView> layers;

    public BriefingPrinter(BriefingPageRenderer pages, List<LayerView> layers) {
        this.pages = pages;
        this.layers = List.copyOf(layers);
    }

    /** The JavaFX paper for a page's paper size. */
    public static Paper paper(BriefingPage page) {
        switch (page.paper()) {
            case A3:
                return Paper.A3;
            case LETTER:
                return Paper.NA_LETTER;
            default:
                return Paper.A4;
        }
    }

    /** The page layout on a printer: the page's paper and orientation, the printer's smallest margins. */
    public static PageLayout layout(Printer printer, BriefingPage page) {
        return printer.createPageLayout(paper(page), page.landscape() ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
    }

    /**
     * The scale the page prints at on a printer: 1 when the printer's smallest margins leave room for the whole
     * page, less when it must shrink (the scale bar then no longer matches the paper; the status line says so).
     */
    public static double fit(Printer printer, BriefingPage page) {
        PageLayout layout = layout(printer, page);
        return Math.min(1, Math.min(layout.getPrintableWidth() / page.width(),
                layout.getPrintableHeight() / page.height()));
    }

    /** Resolution to render at for a job: the printer's, capped at {@link #MAX_DPI}, at least 150. */
    public static int dpi(PrinterJob job) {
        PrintResolution r = job.getJobSettings().getPrintResolution();
        int dpi = r == null ? MAX_DPI : Math.max(r.getFeedResolution(), r.getCrossFeedResolution());
        return Math.max(150, Math.min(MAX_DPI, dpi));
    }

    /**
     * Draws the page, and its Sources annex when the footer cannot cite the sources in full, into images at a
     * resolution; empty when cancelled. May run on any thread.
     */
    public List<BufferedImage> render(BriefingPage page, int dpi, BooleanSupplier cancelled) {
        return new PngBriefingWriter(dpi, pages).sheets(page, layers, cancelled);
    }

    /**
     * Prints the sheets made by {@link #render} on the job's printer and ends the job. Each sheet is scaled to its
     * true size; when the printer's margins leave less room, it is scaled down to fit.
     *
     * @return true when the job was sent
     */
    public boolean print(PrinterJob job, BriefingPage page, List<BufferedImage> sheets) {
        PageLayout layout = layout(job.getPrinter(), page);
        job.getJobSettings().setPageLayout(layout);
        job.getJobSettings().setJobName(page.title().isBlank() ? UiText.get("briefing.job") : page.title());
        double fit = fit(job.getPrinter(), page);
        for (BufferedImage img : sheets) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(img, null));
            view.setSmooth(true);
            view.setFitWidth(page.width() * fit);
            view.setFitHeight(page.height() * fit);
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                return false;
            }
        }
        return job.endJob();
    }
}
