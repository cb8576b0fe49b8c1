package org.claimscape.map;

import com.gluonhq.maps.MapLayer;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.util.Duration;
import org.claimscape.render.DrawnSymbols;
import org.claimscape.render.LabelPlacer;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderOutcome;
import org.claimscape.render.RenderRequest;
import org.claimscape.render.SimplifiedLayer;

/**
 * Shows the thematic layers as one image drawn by the shared {@link MapRenderer}, in three phases (as Apache SIS'
 * MapCanvas): the request is snapshotted on the FX thread, drawn on a background thread into an image a margin
 * larger than the view, and committed on the FX thread.
 *
 * <p>While the user pans or zooms, the last image is moved and scaled at once (a transform, no redraw), so each
 * step costs almost nothing on the FX thread; a new image is drawn in the background, one at a time, with the
 * newest view. A result drawn from outdated content (a layer toggled, a selection changed) is dropped; a result
 * drawn for an older view is still committed, since it is positioned by its own viewport.
 *
 * <p>FX thread only, except the drawing itself.
 */
public final class OverlayLayer extends MapLayer {

    private static final Logger LOG = Logger.getLogger(OverlayLayer.class.getName());
    /** Extra pixels drawn around the view so that short pans show content before the redraw. */
    static final int MARGIN = 192;

    private final MapRenderer renderer;
    private final MapNavigator navigator;
    private final Function<MapViewport, RenderRequest> requests;
    private final ImageView imageView = new ImageView();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimscape-overlay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong contentVersion = new AtomicLong();
    private final ReadOnlyIntegerWrapper commits = new ReadOnlyIntegerWrapper(this, "commits", 0);
    /**
     * A drawing slower than this (a million-vertex layer: 300 ms and more) is not started while the view is moving,
     * even when the view has left the drawn image: on two cores it would slow the painting of every frame of the
     * gesture. The redraw comes when the view is still, as in QGIS.
     */
    static final long SLOW_DRAWING_NANOS = 100_000_000L;
    /** Quiet time after a pan before the overlay is redrawn for the new view. */
    static final Duration SETTLE = Duration.millis(120);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private MapViewport imageViewport;
    /* The symbols the shown image placed, and the content version it was drawn for. */
    private DrawnSymbols drawn;
    private long drawnVersion = -1;
    private boolean rendering;
    private boolean pending;
    private boolean paused;
    private volatile long lastRenderNanos;
    /* A drawing started by drawAhead, waiting for the first schedule() to take it. */
    private volatile Ahead ahead;
    private Supplier<List<Rectangle2D>> covers = List::of;

    private record Ahead(RenderRequest request, CompletableFuture<Drawing> drawing) {
    }

    /**
     * @param renderer  the shared renderer
     * @param navigator the map's navigator (current view)
     * @param requests  builds the request for a viewport, or null while there is nothing to draw; called on the FX
     *                  thread, so it may read UI state
     */
    public OverlayLayer(MapRenderer renderer, MapNavigator navigator,
                        Function<MapViewport, RenderRequest> requests) {
        this.renderer = renderer;
        this.navigator = navigator;
        this.requests = requests;
        imageView.setSmooth(false);
        imageView.setPreserveRatio(false);
        setMouseTransparent(true);
        getChildren().add(imageView);
        settle.setOnFinished(e -> {
            if (!coversViewWithMargin()) {
                schedule();
            }
        });
        navigator.addViewListener(this::viewChanged);
    }

    /** Number of images committed so far (observable, for progress and tests). */
    public ReadOnlyIntegerProperty commitsProperty() {
        return commits.getReadOnlyProperty();
    }

    /** Time the last background drawing took, in milliseconds. */
    public double lastRenderMillis() {
        return lastRenderNanos / 1e6;
    }

    /** The image shown (drawn for {@link #imageViewport()}), or null before the first drawing. */
    public Image image() {
        return imageView.getImage();
    }

    /** The viewport the shown image was drawn for (the view plus {@link #MARGIN} on each side). */
    public MapViewport imageViewport() {
        return imageViewport;
    }

    /**
     * The point symbols the shown image placed, in {@link #imageViewport()} pixels, so that a click tests what
     * is on screen; null when the content has changed since (a redraw is coming) or before the first drawing.
     */
    public DrawnSymbols drawnSymbols() {
        return drawnVersion == contentVersion.get() ? drawn : null;
    }

    /**
     * The viewport a drawing ahead should have to cover the map however the window lays it out: the view
     * centred on (lat, lon) at the zoom, the size of the whole window plus the margin on each side.
     */
    public static MapViewport aheadViewport(double lat, double lon, double zoom, double windowWidth,
                                            double windowHeight) {
        return new MapViewport(lat, lon, zoom, (int) Math.ceil(windowWidth) + 2 * MARGIN,
                (int) Math.ceil(windowHeight) + 2 * MARGIN).onPixelGrid();
    }

    /**
     * Starts drawing a request at once, from any thread, before the map asks for it: at start-up the layers
     * are loaded while the window is still being built, so the first map can be drawn meanwhile on the other
     * core. The next redraw takes this drawing instead of starting its own when it would draw the same
     * content at the same zoom and this drawing covers the view (see {@link #aheadViewport}); otherwise it is
     * dropped.
     */
    public void drawAhead(RenderRequest request, double mapWidth, double mapHeight) {
        CompletableFuture<Drawing> drawing = new CompletableFuture<>();
        ahead = new Ahead(request, drawing);
        drawThen(request, viewEdges(request.viewport(), mapWidth, mapHeight), () -> false, 1, drawing::complete);
    }

    /**
     * While paused (the map shows a zoom preview instead of this layer) view changes only move the image: drawing
     * frames nobody sees would take a core from the painting of the preview. Unpausing redraws if the view needs it.
     */
    public void setPaused(boolean pause) {
        if (paused != pause) {
            paused = pause;
            if (!pause && !coversViewWithMargin()) {
                /* The view has been still for a while already: no need to wait for it to settle. */
                settle.stop();
                schedule();
            }
        }
    }

    /** True while nothing newer than the shown image is being drawn or waiting. */
    public boolean isIdle() {
        return !rendering && !pending && settle.getStatus() != Animation.Status.RUNNING;
    }

    /** The content changed (visibility, opacity, order, viewpoint, selection, data): redraw, drop older drawings. */
    public void invalidateContent() {
        contentVersion.incrementAndGet();
        schedule();
    }

    /**
     * The view moved: reposition the current image now and redraw in the background. While the shown image,
     * moved and scaled, still covers the whole view (a pan within the margin, a wheel step), the redraw waits
     * until the view has been still for {@link #SETTLE}, so a drag or a zoom gesture does not keep a core busy
     * drawing frames nobody will see.
     */
    public void viewChanged() {
        position();
        if (paused) {
            settle.stop();
            return;
        }
        if (navigator.isFlying()) {
            /* Frames of an animated move are not worth drawing: the move's last step redraws. */
            settle.stop();
            return;
        }
        if (coversView() || lastRenderNanos > SLOW_DRAWING_NANOS) {
            settle.playFromStart();
        } else {
            settle.stop();
            schedule();
        }
    }

    /* The shown image, moved and scaled, still fills the view and is less than a zoom level off. */
    private boolean coversView() {
        MapViewport now = navigator.viewport();
        return imageViewport != null && Math.abs(now.zoom() - imageViewport.zoom()) < 1
                && reaches(imageViewport, now, 0);
    }

    /*
     * The shown image is of the current content at this very zoom and reaches at least half a margin past each
     * edge of the view: a redraw would give the same pixels, so none is needed.
     */
    private boolean coversViewWithMargin() {
        return imageViewport != null && drawnVersion == contentVersion.get()
                && coversWithMargin(imageViewport, navigator.viewport());
    }

    private static boolean coversWithMargin(MapViewport image, MapViewport view) {
        return Math.abs(view.zoom() - image.zoom()) <= 1e-9 && reaches(image, view, MARGIN / 2.0);
    }

    /* An image drawn for one viewport, moved and scaled to another, reaches past each edge of it by the margin. */
    private static boolean reaches(MapViewport image, MapViewport view, double margin) {
        double scale = Math.pow(2, view.zoom() - image.zoom());
        double left = view.xFrom(image, 0);
        double top = view.yFrom(image, 0);
        return left <= -margin && top <= -margin && left + image.width() * scale >= view.width() + margin
                && top + image.height() * scale >= view.height() + margin;
    }

    @Override
    protected void layoutLayer() {
        position();
        if (imageViewport == null && !rendering) {
            schedule();
        }
    }

    private void position() {
        if (imageViewport == null) {
            return;
        }
        MapViewport now = navigator.viewport();
        double scale = Math.pow(2, now.zoom() - imageViewport.zoom());
        /* Not through lat/lon: zoomed out, the image reaches past the poles, where latitudes are clamped. */
        double x = now.xFrom(imageViewport, 0);
        double y = now.yFrom(imageViewport, 0);
        if (scale == 1) {
            Transform toScene = getLocalToSceneTransform();
            x = onWholePixel(toScene.getTx(), x);
            y = onWholePixel(toScene.getTy(), y);
        }
        imageView.setLayoutX(x);
        imageView.setLayoutY(y);
        imageView.setFitWidth(imageViewport.width() * scale);
        imageView.setFitHeight(imageViewport.height() * scale);
    }

    /**
     * The image's offset from a parent at {@code origin} on the screen, moved onto a whole screen pixel when it is
     * off one only by rounding: the map's pixel alignment and the viewport's arithmetic cancel to within 1e-11 px,
     * and at that distance from the grid JavaFX's software pipeline resamples the image instead of copying it
     * (about 4 ms a frame for a map 800 px wide). The sum is made exact, as JavaFX adds the two.
     */
    private static double onWholePixel(double origin, double offset) {
        double pixel = Math.rint(origin + offset);
        double snapped = pixel - origin;
        for (int i = 0; i < 4 && origin + snapped != pixel; i++) {
            snapped = origin + snapped < pixel ? Math.nextUp(snapped) : Math.nextDown(snapped);
        }
        return Math.abs(snapped - offset) < 1e-6 && origin + snapped == pixel ? snapped : offset;
    }

    private void schedule() {
        if (rendering) {
            pending = true;
            return;
        }
        MapViewport now = navigator.viewport();
        if (now.width() < 2 || now.height() < 2 || getScene() == null) {
            return;
        }
        MapViewport view = new MapViewport(now.centerLat(), now.centerLon(), now.zoom(),
                now.width() + 2 * MARGIN, now.height() + 2 * MARGIN).onPixelGrid();
        RenderRequest request = requests.apply(view);
        if (request == null) {
            /* Nothing to draw yet (no data): keep the drawing thread free for the first real request. */
            return;
        }
        long version = contentVersion.get();
        /* On a HiDPI screen draw at the screen's pixel density; the image view shows it at logical size. */
        double scale = getScene().getWindow() == null ? 1 : Math.max(1, getScene().getWindow().getOutputScaleX());
        rendering = true;
        pending = false;
        Ahead a = ahead;
        ahead = null;
        if (a != null && scale == 1 && sameContent(a.request(), request)
                && coversWithMargin(a.request().viewport(), now)) {
            MapViewport drawnFor = a.request().viewport();
            /* Drawn before the window had its badges and scale bar: drawn again if a name lies under one. */
            a.drawing().thenAccept(d -> Platform.runLater(() -> {
                commit(d, drawnFor, version);
                MapViewport shown = navigator.viewport();
                List<Rectangle2D> under = covers(-shown.xFrom(drawnFor, 0), -shown.yFrom(drawnFor, 0));
                if (d != null && !rendering
                        && d.labels().stream().anyMatch(l -> under.stream().anyMatch(l::intersects))) {
                    schedule();
                }
            }));
            return;
        }
        List<Rectangle2D> keepClear = new ArrayList<>(viewEdges(view, now.width(), now.height()));
        keepClear.addAll(covers(MARGIN, MARGIN));
        drawThen(request, keepClear, () -> contentVersion.get() != version, scale,
                done -> Platform.runLater(() -> commit(done, view, version)));
    }

    /* The decorations' boxes in an image whose view starts at (left, top). */
    private List<Rectangle2D> covers(double left, double top) {
        List<Rectangle2D> out = new ArrayList<>();
        for (Rectangle2D r : covers.get()) {
            out.add(new Rectangle2D.Double(r.getX() + left, r.getY() + top, r.getWidth(), r.getHeight()));
        }
        return out;
    }

    /**
     * Tells where the map's own decorations (viewpoint badge, scale bar, credits) cover it, in the map's pixels,
     * read on the FX thread at each drawing: no name is set under them.
     */
    public void setCovers(Supplier<List<Rectangle2D>> boxes) {
        covers = boxes == null ? List::of : boxes;
    }

    /* Draws on the drawing thread and hands the result (null if it failed or was cancelled) over. */
    private void drawThen(RenderRequest request, List<Rectangle2D> edges, BooleanSupplier cancelled, double scale,
                          Consumer<Drawing> handOver) {
        executor.execute(() -> {
            Drawing drawing = null;
            try {
                drawing = draw(request, edges, cancelled, scale);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "overlay drawing failed", e);
            }
            handOver.accept(drawing);
            /* After the hand-over, so a slow disk never delays the image. */
            SimplifiedLayer.saveChanges();
        });
    }

    /* An image and the symbols it shows, for picking. */
    private record Drawing(WritableImage image, DrawnSymbols symbols, List<Rectangle2D> labels) {
    }

    /* Same layers, styles, date, viewpoint, selection and labels; the viewports may differ. */
    private static boolean sameContent(RenderRequest a, RenderRequest b) {
        return a.equals(b.withViewport(a.viewport()));
    }

    private Drawing draw(RenderRequest request, List<Rectangle2D> edges, BooleanSupplier cancelled, double scale) {
        long t0 = System.nanoTime();
        MapViewport v = request.viewport();
        BufferedImage img = new BufferedImage((int) Math.ceil(v.width() * scale), (int) Math.ceil(v.height() * scale),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        RenderOutcome outcome;
        try {
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            outcome = renderer.draw(g, request, cancelled, edges);
        } finally {
            g.dispose();
        }
        if (cancelled.getAsBoolean()) {
            return null;
        }
        WritableImage fx = SwingFXUtils.toFXImage(img, null);
        DrawnSymbols symbols = outcome.complete() ? DrawnSymbols.of(request, outcome) : null;
        lastRenderNanos = System.nanoTime() - t0;
        return new Drawing(fx, symbols, outcome.labels().stream().map(LabelPlacer.Placed::box).toList());
    }

    /*
     * The edges of the view (the map's size, centred) inside the image drawn a margin larger for panning, as hairlines
     * no label or island tag may cross: a name is wholly in sight or wholly in the margin, never cut at the map's edge
     * once the map rests.
     */
    public static List<Rectangle2D> viewEdges(MapViewport image, double viewWidth, double viewHeight) {
        double l = (image.width() - viewWidth) / 2;
        double t = (image.height() - viewHeight) / 2;
        double r = l + viewWidth;
        double b = t + viewHeight;
        if (r <= l || b <= t) {
            return List.of();
        }
        return List.of(new Rectangle2D.Double(l, t, r - l, 0.01), new Rectangle2D.Double(l, b, r - l, 0.01),
                new Rectangle2D.Double(l, t, 0.01, b - t), new Rectangle2D.Double(r, t, 0.01, b - t));
    }

    private void commit(Drawing drawing, MapViewport view, long version) {
        rendering = false;
        if (drawing != null && version == contentVersion.get()) {
            imageView.setImage(drawing.image());
            imageViewport = view;
            drawn = drawing.symbols();
            drawnVersion = version;
            position();
            commits.set(commits.get() + 1);
            if (pending && coversViewWithMargin()) {
                /* The view moved (a resize, a short pan) while drawing, but this image still covers it. */
                pending = false;
            }
        } else {
            pending = true;
        }
        if (pending) {
            schedule();
        }
    }
}
