package org.claimscape.map;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The map widget: a Gluon {@link MapView} with the basemap tiles, the {@link OverlayLayer} of thematic layers,
 * the {@link MeasureLayer}, and on top the viewpoint badge, scale bar, attribution and hover label.
 *
 * <p>Input: drag pans (Gluon), arrow keys pan, the wheel / {@code +} / {@code -} / double-click zoom (around the
 * cursor), shift-drag draws a zoom box, a click without movement picks features or, in measure mode, adds a
 * point (a click on the first point or a double-click closes the shape). The map takes the keyboard focus (Tab
 * reaches it) and shows a ring while it has it. FX thread only.
 */
public final class MapPane extends StackPane {

    /** What a plain click does. */
    public enum Mode { NAVIGATE, MEASURE }

    /** Pixels moved per arrow-key press (four times that with shift). */
    public static final double KEY_PAN = 96;

    static {
        /* While a tile is on its way Gluon shows a placeholder: sea colour, so loading never flashes grey. */
        WritableImage sea = new WritableImage(256, 256);
        int[] argb = new int[256 * 256];
        Arrays.fill(argb, 0xff000000 | BasemapTiles.SEA.getRGB());
        sea.getPixelWriter().setPixels(0, 0, 256, 256, PixelFormat.getIntArgbInstance(), argb, 0,
                256);
        MapView.setPlaceholderImageSupplier(() -> sea);
    }

    private final MapView mapView = new MapView();
    private final MapNavigator navigator;
    private final OverlayLayer overlay;
    private final MeasureLayer measure;
    private final Pane chrome = new Pane();
    private final Rectangle zoomBox = new Rectangle();
    private final Label hoverLabel = new Label();
    private final Label badge = new Label();
    private final Label dateBadge = new Label();
    private final Label attribution = new Label();
    /* The scale bar's width and margins, left free of the credits in a narrow map. */
    private static final double SCALE_BAR_ROOM = 190;
    private final StringProperty offlineCredit = new SimpleStringProperty(this, "offlineCredit",
            "Coastlines: GSHHG 2.3.7 (LGPL-3+) · Natural Earth");
    private final ScaleBarView scaleBar = new ScaleBarView();
    private final ZoomPreview zoomPreview;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.NAVIGATE);
    private final DoubleProperty cursorLat = new SimpleDoubleProperty(this, "cursorLat", Double.NaN);
    private final DoubleProperty cursorLon = new SimpleDoubleProperty(this, "cursorLon", Double.NaN);
    private final StringProperty hoverText = new SimpleStringProperty(this, "hoverText");
    private final BooleanProperty online = new SimpleBooleanProperty(this, "online", false);
    private BiConsumer<Point2D, MapViewport> onPick = (p, v) -> { };
    private BiConsumer<Point2D, MapViewport> onHover = (p, v) -> { };
    private Runnable onHome = () -> { };
    private Consumer<Coordinate> onMeasurePoint = c -> { };
    private Predicate<List<Coordinate>> mayClose = points -> true;
    private final Region focusRing = new Region();
    private final WorldCopies worldCopies;
    private Point2D boxStart;
    private double lastX;
    private double lastY;

    /**
     * @param renderer the shared renderer
     * @param requests builds the overlay's render request for a viewport (FX thread)
     */
    public MapPane(MapRenderer renderer, Function<MapViewport, RenderRequest> requests) {
        getStyleClass().add("map-pane");
        navigator = new MapNavigator(mapView);
        overlay = new OverlayLayer(renderer, navigator, requests);
        measure = new MeasureLayer(navigator);
        worldCopies = new WorldCopies(navigator, new BasemapTileRetriever());
        mapView.addLayer(worldCopies);
        mapView.addLayer(overlay);
        mapView.addLayer(measure);
        mapView.setFocusTraversable(true);

        zoomBox.getStyleClass().add("zoom-box");
        zoomBox.setVisible(false);
        zoomBox.setManaged(false);
        hoverLabel.getStyleClass().add("hover-label");
        hoverLabel.setManaged(false);
        hoverLabel.setVisible(false);
        hoverLabel.setMouseTransparent(true);
        hoverLabel.textProperty().bind(hoverText);
        hoverText.addListener((o, a, b) -> placeHoverLabel());
        chrome.setPickOnBounds(false);
        chrome.setMouseTransparent(true);
        chrome.getChildren().addAll(zoomBox, hoverLabel);

        badge.getStyleClass().add("viewpoint-badge");
        badge.setMouseTransparent(true);
        dateBadge.getStyleClass().addAll("viewpoint-badge", "date-badge");
        dateBadge.setMouseTransparent(true);
        dateBadge.visibleProperty().bind(dateBadge.textProperty().isNotEmpty());
        dateBadge.managedProperty().bind(dateBadge.visibleProperty());
        HBox badges = new HBox(6, badge, dateBadge);
        badges.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        badges.setPickOnBounds(false);
        badges.setMouseTransparent(true);
        StackPane.setAlignment(badges, Pos.TOP_LEFT);
        StackPane.setMargin(badges, new Insets(8));

        attribution.getStyleClass().add("attribution");
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        attribution.setMouseTransparent(true);
        attribution.textProperty().bind(Bindings.when(online)
                .then(OsmTileFetcher.ATTRIBUTION)
                .otherwise(offlineCredit));

        VBox scaleBox = new VBox(scaleBar);
        scaleBox.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        scaleBox.setMouseTransparent(true);
        StackPane.setAlignment(scaleBox, Pos.BOTTOM_LEFT);
        StackPane.setMargin(scaleBox, new Insets(8));

        zoomPreview = new ZoomPreview(mapView, navigator, overlay);
        focusRing.getStyleClass().add("map-focus-ring");
        focusRing.setMouseTransparent(true);
        focusRing.visibleProperty().bind(mapView.focusedProperty());
        /* In a narrow map the credits wrap beside the scale bar rather than run under it. */
        attribution.setWrapText(true);
        attribution.setMaxHeight(USE_PREF_SIZE);
        widthProperty().addListener((o, was, now) -> attribution.setMaxWidth(
                Math.max(80, now.doubleValue() - SCALE_BAR_ROOM)));
        getChildren().addAll(mapView, zoomPreview.node(), chrome, badges, scaleBox, attribution, focusRing);
        overlay.setCovers(() -> {
            List<java.awt.geom.Rectangle2D> boxes = new ArrayList<>();
            for (Node n : List.of(badges, scaleBox, attribution)) {
                if (n.isVisible()) {
                    Bounds b = mapView.parentToLocal(n.localToParent(n.getLayoutBounds()));
                    boxes.add(new java.awt.geom.Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(),
                            b.getHeight()));
                }
            }
            return boxes;
        });
        navigator.addViewListener(() -> scaleBar.update(navigator.viewport()));
        mapView.widthProperty().addListener(o -> scaleBar.update(navigator.viewport()));
        installInput();
    }

    /**
     * Attaches a layer drawn over the overlay, as Gluon's {@link MapLayer}s are: it projects with the navigator's
     * viewport and redraws on {@code markDirty()}. Detach it with {@link #removeLayer}.
     */
    public void addLayer(MapLayer layer) {
        mapView.addLayer(layer);
    }

    public void removeLayer(MapLayer layer) {
        mapView.removeLayer(layer);
    }

    /** Attaches a node (label, legend, handle) over the map and its badges; StackPane alignment applies. */
    public void addDecoration(Node node) {
        if (!getChildren().contains(node)) {
            getChildren().add(node);
        }
    }

    public void removeDecoration(Node node) {
        getChildren().remove(node);
    }

    public MapView mapView() {
        return mapView;
    }

    public MapNavigator navigator() {
        return navigator;
    }

    public OverlayLayer overlay() {
        return overlay;
    }

    public MeasureLayer measure() {
        return measure;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Latitude under the cursor, NaN when the cursor is off the map. */
    public DoubleProperty cursorLatProperty() {
        return cursorLat;
    }

    public DoubleProperty cursorLonProperty() {
        return cursorLon;
    }

    /** Text shown next to the cursor (feature names under it), null or empty for none. */
    public StringProperty hoverTextProperty() {
        return hoverText;
    }

    /** The viewpoint badge shown on the map. */
    public Label viewpointBadge() {
        return badge;
    }

    /** The "as of DATE" badge next to the viewpoint badge (hidden while its text is empty). */
    public Label dateBadge() {
        return dateBadge;
    }

    /** The credit shown for the offline basemap (the window sets it in its language). */
    public StringProperty offlineCreditProperty() {
        return offlineCredit;
    }

    /** The scale bar over the map. */
    public ScaleBarView scaleBar() {
        return scaleBar;
    }

    /** Whether OpenStreetMap tiles are shown (switches the attribution). */
    public BooleanProperty onlineProperty() {
        return online;
    }

    /** Called with the screen point and view of a click that should pick features. */
    public void setOnPick(BiConsumer<Point2D, MapViewport> action) {
        onPick = action;
    }

    /** Called with the cursor position and view as the mouse moves over the map. */
    public void setOnHover(BiConsumer<Point2D, MapViewport> action) {
        onHover = action;
    }

    public void setOnHome(Runnable action) {
        onHome = action;
    }

    /** Called after a measure point (lon/lat) was added. */
    public void setOnMeasurePoint(Consumer<Coordinate> action) {
        onMeasurePoint = action;
    }

    /**
     * Decides whether the measured points may close into a shape (a self-crossing one has no area); the check
     * says why not itself.
     */
    public void setMeasureCloseCheck(Predicate<List<Coordinate>> mayClose) {
        this.mayClose = mayClose;
    }

    /** Adds a measure point (lon/lat) as a click there would. */
    public void addMeasurePoint(Coordinate lonLat) {
        if (measure.isClosed()) {
            measure.clear();
        }
        measure.points().add(new Coordinate(lonLat));
        onMeasurePoint.accept(lonLat);
    }

    /** Closes the measured shape, when it has three points or more and the check lets it; true when closed. */
    public boolean closeMeasure() {
        if (measure.isClosed() || measure.points().size() < 3 || !mayClose.test(List.copyOf(measure.points()))) {
            return false;
        }
        measure.setClosed(true);
        onMeasurePoint.accept(measure.points().get(0));
        return true;
    }

    /** Zooms one level in (positive) or out around the centre. */
    public void zoomStep(double delta) {
        navigator.zoomAt(delta, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    /** True while the zoom preview stands in for the live map. */
    public boolean isZoomPreviewShown() {
        return zoomPreview.isShown();
    }

    private void installInput() {
        EventHandler<? super MouseEvent> gluonPressed = mapView.getOnMousePressed();
        EventHandler<? super MouseEvent> gluonDragged = mapView.getOnMouseDragged();
        EventHandler<? super MouseEvent> gluonReleased = mapView.getOnMouseReleased();
        mapView.setOnMousePressed(e -> {
            mapView.requestFocus();
            if (e.isShiftDown() && e.getButton() == MouseButton.PRIMARY) {
                boxStart = new Point2D(e.getX(), e.getY());
                zoomBox.setX(e.getX());
                zoomBox.setY(e.getY());
                zoomBox.setWidth(0);
                zoomBox.setHeight(0);
                zoomBox.setVisible(true);
            } else if (gluonPressed != null) {
                gluonPressed.handle(e);
            }
        });
        mapView.setOnMouseDragged(e -> {
            if (boxStart != null) {
                zoomBox.setX(Math.min(boxStart.getX(), e.getX()));
                zoomBox.setY(Math.min(boxStart.getY(), e.getY()));
                zoomBox.setWidth(Math.abs(e.getX() - boxStart.getX()));
                zoomBox.setHeight(Math.abs(e.getY() - boxStart.getY()));
            } else if (gluonDragged != null) {
                gluonDragged.handle(e);
            }
        });
        mapView.setOnMouseReleased(e -> {
            if (boxStart != null) {
                zoomBox.setVisible(false);
                Point2D start = boxStart;
                boxStart = null;
                if (Math.abs(e.getX() - start.getX()) > 4 && Math.abs(e.getY() - start.getY()) > 4) {
                    MapViewport v = navigator.viewport();
                    Envelope box = new Envelope(v.lon(start.getX()), v.lon(e.getX()),
                            v.lat(start.getY()), v.lat(e.getY()));
                    navigator.fit(box, 4, MapNavigator.MAX_ZOOM, true);
                }
            } else if (gluonReleased != null) {
                gluonReleased.handle(e);
            }
        });
        mapView.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            if (e.getClickCount() == 2 && mode.get() == Mode.NAVIGATE) {
                navigator.zoomAt(e.isShiftDown() || e.isAltDown() ? -1 : 1, e.getX(), e.getY());
                return;
            }
            MapViewport v = navigator.viewport();
            if (mode.get() == Mode.MEASURE) {
                if (e.getClickCount() == 1) {
                    addMeasurePoint(e.getX(), e.getY(), v);
                } else if (e.getClickCount() == 2) {
                    /* The double-click's first click added its point: the second closes the shape there. */
                    closeMeasure();
                }
            } else if (e.getClickCount() == 1) {
                onPick.accept(new Point2D(e.getX(), e.getY()), v);
            }
        });
        mapView.setOnScroll(e -> zoomByWheel(e));
        mapView.setOnMouseMoved(e -> {
            lastX = e.getX();
            lastY = e.getY();
            MapViewport v = navigator.viewport();
            cursorLat.set(v.lat(e.getY()));
            cursorLon.set(v.lon(e.getX()));
            placeHoverLabel();
            onHover.accept(new Point2D(e.getX(), e.getY()), v);
        });
        mapView.setOnMouseExited(e -> {
            cursorLat.set(Double.NaN);
            cursorLon.set(Double.NaN);
            hoverText.set(null);
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void addMeasurePoint(double x, double y, MapViewport v) {
        if (measure.isClosed()) {
            measure.clear();
        }
        if (measure.points().size() >= 3) {
            Coordinate first = measure.points().get(0);
            if (Math.hypot(v.x(first.x) - x, v.y(first.y) - y) < 8) {
                closeMeasure();
                return;
            }
        }
        Coordinate c = new Coordinate(v.lon(x), v.lat(y));
        measure.points().add(c);
        onMeasurePoint.accept(c);
    }

    private void zoomByWheel(ScrollEvent e) {
        double dy = e.getDeltaY();
        if (dy == 0 || e.isInertia()) {
            return;
        }
        /* One wheel notch is 40 units on most platforms: half a zoom level; touchpads send many small deltas. */
        double delta = Math.max(-1, Math.min(1, dy / 80.0));
        navigator.zoomAt(delta, e.getX(), e.getY());
        e.consume();
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        double step = e.isShiftDown() ? KEY_PAN * 4 : KEY_PAN;
        KeyCode k = e.getCode();
        boolean handled = true;
        switch (k) {
            case LEFT: case KP_LEFT: navigator.panBy(-step, 0); break;
            case RIGHT: case KP_RIGHT: navigator.panBy(step, 0); break;
            case UP: case KP_UP: navigator.panBy(0, -step); break;
            case DOWN: case KP_DOWN: navigator.panBy(0, step); break;
            case PLUS: case ADD: case EQUALS: zoomStep(1); break;
            case MINUS: case SUBTRACT: zoomStep(-1); break;
            case HOME: onHome.run(); break;
            case ESCAPE: measure.clear(); hoverText.set(null); break;
            case BACK_SPACE:
                if (mode.get() == Mode.MEASURE && !measure.points().isEmpty()) {
                    measure.setClosed(false);
                    measure.points().remove(measure.points().size() - 1);
                } else {
                    handled = false;
                }
                break;
            default: handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void placeHoverLabel() {
        String t = hoverText.get();
        boolean show = t != null && !t.isBlank();
        hoverLabel.setVisible(show);
        if (show) {
            hoverLabel.applyCss();
            hoverLabel.autosize();
            double x = lastX + 14;
            double y = lastY + 16;
            if (x + hoverLabel.getWidth() > getWidth()) {
                x = lastX - hoverLabel.getWidth() - 6;
            }
            if (y + hoverLabel.getHeight() > getHeight()) {
                y = lastY - hoverLabel.getHeight() - 6;
            }
            hoverLabel.relocate(x, y);
        }
    }
}
