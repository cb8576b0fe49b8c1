package org.claimscape.ui.briefing;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.claimscape.export.BriefingPage;
import org.claimscape.export.BriefingPageRenderer;
import org.claimscape.render.LayerView;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.text.UiText;

/**
 * Renders the page preview off the FX thread with the export's own {@link BriefingPageRenderer}: requests are
 * debounced, one render runs at a time on a background thread, and a render that a newer request overtakes is
 * cancelled and its result dropped. FX thread only (except the worker, which only hands results back).
 */
public final class BriefingPreview {

    private static final Logger LOG = Logger.getLogger(BriefingPreview.class.getName());

    private final BriefingPageRenderer pages;
    private final List<LayerView> layers;
    private final BackgroundTasks.Lane worker;
    private final AtomicLong generation = new AtomicLong();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(180));
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<BriefingPage> requested = new ReadOnlyObjectWrapper<>(this, "requested");
    private final ReadOnlyObjectWrapper<BriefingPage> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<BriefingPageRenderer.Result> result =
            new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int widthPx = 900;

    public BriefingPreview(BriefingPageRenderer pages, List<LayerView> layers, BackgroundTasks tasks) {
        this.pages = pages;
        this.worker = tasks.lane();
        this.layers = List.copyOf(layers);
        debounce.setOnFinished(e -> start());
    }

    /** Asks for a preview of the page; the render starts when requests stop for a moment. */
    public void request(BriefingPage page) {
        requested.set(page);
        generation.incrementAndGet();
        busy.set(true);
        debounce.playFromStart();
    }

    /** Preview width in pixels (the height follows the page's proportions). */
    public void setWidthPx(int w) {
        widthPx = Math.max(200, w);
    }

    /** The last page asked for. */
    public ReadOnlyObjectProperty<BriefingPage> requestedProperty() {
        return requested.getReadOnlyProperty();
    }

    /** The page the current image shows. */
    public ReadOnlyObjectProperty<BriefingPage> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Where the shown page's parts went (legend, locator, text boxes), in the page's points. */
    public ReadOnlyObjectProperty<BriefingPageRenderer.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** True while a requested preview is not yet on screen. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Stops the worker; pending renders are dropped. */
    public void dispose() {
        generation.incrementAndGet();
        debounce.stop();
    }

    private void start() {
        BriefingPage page = requested.get();
        if (page == null) {
            return;
        }
        long gen = generation.get();
        int w = widthPx;
        BooleanSupplier stale = () -> generation.get() != gen;
        worker.submit(UiText.get("task.preview"), job -> stale.getAsBoolean() ? null : render(page, w, stale), f -> {
            if (!stale.getAsBoolean() && f != null) {
                result.set(f.result());
                image.set(f.image());
                shown.set(page);
                busy.set(false);
            }
        }, e -> busy.set(false));
    }

    /* A drawn preview and what the renderer placed on it. */
    private record Frame(Image image, BriefingPageRenderer.Result result) {
    }

    /** The page drawn into an image {@code widthPx} wide, or null when cancelled. */
    private Frame render(BriefingPage page, int widthPx, BooleanSupplier cancelled) {
        double scale = widthPx / page.width();
        int h = (int) Math.round(page.height() * scale);
        BufferedImage img = new BufferedImage(widthPx, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            BriefingPageRenderer.Result r = pages.render(g, page, layers, cancelled);
            return r.complete() ? new Frame(SwingFXUtils.toFXImage(img, null), r) : null;
        } finally {
            g.dispose();
        }
    }
}
