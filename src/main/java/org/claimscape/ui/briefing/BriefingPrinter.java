package org.claimscape.ui.briefing;

import java.awt.Graphics2D;
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
import org.claimscape.render.LayerView;
import org.claimscape.ui.text.UiText;

/**
 * Prints a briefing page through JavaFX printing: the page is rendered with the export's
 * {@link BriefingPageRenderer} to an image at the printer's resolution (at most 300 dpi) and printed at its
 * true size on the matching paper and orientation. Not thread-safe; the job methods run on the FX thread.
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

    /** Draws the page into an image at a resolution; null when cancelled. May run on any thread. */
    public BufferedImage render(BriefingPage page, int dpi, BooleanSupplier cancelled) {
        int w = (int) Math.round(page.width() * dpi / 72.0);
        int h = (int) Math.round(page.height() * dpi / 72.0);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(dpi / 72.0, dpi / 72.0);
            return pages.render(g, page, layers, cancelled).complete() ? img : null;
        } finally {
            g.dispose();
        }
    }

    /**
     * Prints an image of the page made by {@link #render} on the job's printer and ends the job. The page is
     * scaled to its true size; when the printer's margins leave less room, it is scaled down to fit.
     *
     * @return true when the job was sent
     */
    public boolean print(PrinterJob job, BriefingPage page, BufferedImage img) {
        PageLayout layout = layout(job.getPrinter(), page);
        job.getJobSettings().setPageLayout(layout);
        job.getJobSettings().setJobName(page.title().isBlank() ? UiText.get("briefing.job") : page.title());
        ImageView view = new ImageView(SwingFXUtils.toFXImage(img, null));
        view.setSmooth(true);
        double fit = fit(job.getPrinter(), page);
        view.setFitWidth(page.width() * fit);
        view.setFitHeight(page.height() * fit);
        boolean ok = job.printPage(layout, view);
        return ok && job.endJob();
    }
}
