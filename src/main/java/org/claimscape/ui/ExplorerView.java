package org.claimscape.ui;

import org.claimscape.ui.explorer.MapData;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.explorer.ExplorerModel;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Window;
import org.claimscape.ui.compare.ComparePanel;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.LayerList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.claimscape.map.BasemapTileRetriever;
import org.claimscape.map.BasemapTiles;
import org.claimscape.map.MapNavigator;
import org.claimscape.map.MapPane;
import org.claimscape.map.OsmTileFetcher;
import org.claimscape.map.OverlayLayer;
import org.claimscape.map.TileDiskCache;
import org.claimscape.model.Feature;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.claimscape.search.NameSearch;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * The map explorer window's content: toolbar (home, zoom, measure, search, viewpoint, settings), layer panel,
 * map, info panel and status bar. Loads the layers off the FX thread behind a progress indicator, then wires the
 * {@link ExplorerModel} to the map. Logs the time from launch to the first complete map (overlay and basemap
 * tiles committed). FX thread only.
 */
public final class ExplorerView extends BorderPane implements ExplorerContext {

    private static final Logger LOG = Logger.getLogger(ExplorerView.class.getName());
    /*
     * Style fingerprint of the basemap tiles; changes whenever the renderer's drawing code does. It hashes class
     * files, so the loading task makes it, off the FX thread, before the tiles need it.
     */
    private static volatile String styleFingerprint;
    /** Pick tolerance around the cursor, pixels. */
    public static final double PICK_TOLERANCE = 7;

    private final MapRenderer renderer;
    private final Consumer<String> openLink;
    private final TileDiskCache tileCache;
    private final long startNanos;
    private final MapPane mapPane;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread();
    private final StackPane mapArea;
    private Node secondMap;
    private LayerPanelView layerPanel;
    private Predicate<List<Path>> onFilesDropped = files -> false;
    private final StatusBarView statusBar = new StatusBarView();
    private final SearchField searchField = new SearchField();
    private final ComboBox<Viewpoint> viewpointBox = new ComboBox<>();
    private final ToggleButton measureButton = new ToggleButton("Measure");
    private final ToggleButton compareButton = new ToggleButton("Compare claims");
    private java.util.function.UnaryOperator<RenderRequest> overlayFilter = r -> r;
    private final javafx.scene.control.MenuBar menuBar = new javafx.scene.control.MenuBar();
    private ComparePanel comparePanel;
    private final StackPane loadingOverlay = new StackPane();
    private final Label loadingLabel = new Label("Loading layers…");
    private final ProgressIndicator progress = new ProgressIndicator();
    private final ReadOnlyObjectWrapper<ExplorerModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Claimscape");
    private final ReadOnlyDoubleWrapper firstCompleteMillis = new ReadOnlyDoubleWrapper(this, "firstComplete",
            Double.NaN);
    private final PauseTransition basemapDebounce = new PauseTransition(Duration.millis(150));
    private final PauseTransition hoverDebounce = new PauseTransition(Duration.millis(40));
    private WindowState initial;
    /* Created only when the user switches online tiles on: until then nothing can open a connection. */
    private OsmTileFetcher osm;
    private boolean onlineTiles;
    private String tileSet;
    private int commitsAtLoad = -1;
    /* The model the map draws, set as soon as the layers are loaded; model() follows once the panels are built. */
    private ExplorerModel mapModel;
    private VBox bottom;
    /** Width of the layer and legend column, and of the feature info panel, kept for them while they are built. */
    static final double LEFT_WIDTH = 290;
    static final double RIGHT_WIDTH = 300;
    /**
     * Heights with the bundled fonts of the time bar, of the menu bar and tool bar together, and of the status
     * bar: room is kept for them until they are built; if one comes out otherwise, the map adjusts once.
     */
    static final double TIME_BAR_HEIGHT = 45;
    static final double TOP_HEIGHT = 58;
    static final double STATUS_HEIGHT = 23;
    /** The panels and bars are built once the first map is complete, or after this long at the latest. */
    private static final javafx.util.Duration PANELS_AT_LATEST = javafx.util.Duration.seconds(2);
    /*
     * What the bars take from the window's height: a first run fits the home view into the window less these and
     * the panels' room before the window is laid out, so its overlay can be drawn ahead like a remembered view's.
     */
    private static final double CHROME_HEIGHT = TOP_HEIGHT + TIME_BAR_HEIGHT + STATUS_HEIGHT;
    private final Region statusRoom = room("status-room", Region.USE_COMPUTED_SIZE, STATUS_HEIGHT);
    private final javafx.scene.control.ToolBar toolBar;
    private boolean barsAttached;
    private final java.util.Map<javafx.scene.control.Control, String> barTips = new java.util.LinkedHashMap<>();
    private static final double HOME_PADDING = 8;
    private double dataLoadedMillis = Double.NaN;
    private Point2D hoverPoint;
    /* The view the window opens on: the remembered one, or the home view fitted to the map's expected size. */
    private final MapViewport openingView;

    /**
     * @param loader     loads the layers (called on a background thread)
     * @param renderer   the shared renderer (overlay and basemap tiles)
     * @param initial    the remembered window state
     * @param openLink   opens a URL in the user's browser
     * @param tileCache  disk cache for basemap tiles, or null for none
     * @param startNanos {@link System#nanoTime()} at launch, for the first-map timing
     */
    public ExplorerView(Callable<MapData> loader, MapRenderer renderer, WindowState initial,
                        Consumer<String> openLink, TileDiskCache tileCache, long startNanos) {
        this.renderer = renderer;
        this.openLink = openLink;
        this.tileCache = tileCache;
        this.startNanos = startNanos;
        this.initial = initial;
        this.onlineTiles = initial.onlineTiles();
        getStyleClass().add("explorer");
        getStylesheets().add(ExplorerView.class.getResource("explorer.css").toExternalForm());

        mapPane = new MapPane(renderer, this::overlayRequest);
        mapPane.onlineProperty().set(onlineTiles);
        mapPane.viewpointBadge().setId("viewpointBadge");
        openingView = initial.hasView()
                ? new MapViewport(initial.centerLat(), initial.centerLon(), initial.zoom(), (int) initial.width(),
                        (int) initial.height())
                : MapViewport.fit(WindowState.HOME, (int) (initial.width() - LEFT_WIDTH - RIGHT_WIDTH),
                        (int) (initial.height() - CHROME_HEIGHT), HOME_PADDING);
        mapPane.navigator().setView(openingView.centerLat(), openingView.centerLon(), openingView.zoom());
        mapPane.setOnHome(this::home);
        mapPane.setOnPick(this::pickAt);
        mapPane.setOnHover((p, v) -> {
            hoverPoint = p;
            hoverDebounce.playFromStart();
        });
        hoverDebounce.setOnFinished(e -> hover());
        mapPane.setOnMeasurePoint(c -> showMeasurement());
        mapPane.measure().points().addListener((InvalidationListener) o -> showMeasurement());
        mapPane.modeProperty().addListener(o -> showMeasurement());
        mapPane.cursorLatProperty().addListener(o -> statusBar.cursor(mapPane.cursorLatProperty().get(),
                mapPane.cursorLonProperty().get()));
        mapPane.cursorLonProperty().addListener(o -> statusBar.cursor(mapPane.cursorLatProperty().get(),
                mapPane.cursorLonProperty().get()));
        mapPane.navigator().addViewListener(() -> statusBar.view(mapPane.navigator().viewport()));
        basemapDebounce.setOnFinished(e -> installBasemap());

        menuBar.setId("menuBar");
        toolBar = toolbar();
        /* The menu bar and tool bar join the window after the first map (attachBars), in room kept for them. */
        setTop(room("bar-room", Region.USE_COMPUTED_SIZE, TOP_HEIGHT));
        progress.setMaxSize(48, 48);
        VBox loadingBox = new VBox(10, progress, loadingLabel);
        loadingBox.setAlignment(Pos.CENTER);
        loadingBox.setMaxSize(240, 120);
        loadingBox.getStyleClass().add("loading-box");
        loadingOverlay.getChildren().add(loadingBox);
        loadingOverlay.setId("loadingOverlay");
        loadingOverlay.setPickOnBounds(false);
        javafx.scene.control.ListView<NameSearch.Hit> results = searchField.resultsView();
        StackPane.setAlignment(results, Pos.TOP_LEFT);
        StackPane.setMargin(results, new javafx.geometry.Insets(0, 0, 0, 4));
        StackPane center = new StackPane(mapPane, loadingOverlay);
        mapArea = center;
        /* The list joins the scene when first shown: its skin would cost start-up time before anyone searches. */
        results.visibleProperty().addListener((o, was, shown) -> {
            if (shown && results.getParent() == null) {
                center.getChildren().add(results);
            }
        });
        setCenter(center);
        setBottom(statusRoom);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.F) {
                searchField.requestFocus();
                searchField.selectAll();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && model() != null
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)
                    && mapPane.modeProperty().get() == MapPane.Mode.NAVIGATE) {
                model().selectedProperty().set(null);
                model().picked().clear();
            }
        });
        tasks.setReporter((what, e) -> statusBar.status(what + ": " + e.getMessage()));
        addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                List<Path> files = new ArrayList<>();
                for (File f : e.getDragboard().getFiles()) {
                    files.add(f.toPath());
                }
                e.setDropCompleted(onFilesDropped.test(files));
                e.consume();
            }
        });
        statusBar.status("Loading layers…");
        updateTitle(initial.viewpoint());
        start(loader);
    }

    // ------------------------------------------------------------------ public surface

    /** Reports loading progress (layers done of all); may be called from any thread. */
    public void loadingProgress(int done, int total) {
        javafx.application.Platform.runLater(() -> {
            if (total > 0 && model() == null) {
                progress.setProgress((double) done / total);
                loadingLabel.setText("Loading layers " + done + " of " + total + "…");
            }
        });
    }

    @Override
    public void setSecondMap(Node map) {
        if (secondMap == map) {
            return;
        }
        if (map == null) {
            setCenter(mapArea);
        } else {
            GridPane grid = new GridPane();
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(half, half);
            RowConstraints full = new RowConstraints();
            full.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(full);
            grid.getStyleClass().add("side-by-side");
            grid.add(mapArea, 0, 0);
            grid.add(map, 1, 0);
            setCenter(grid);
        }
        secondMap = map;
    }

    @Override
    public LayerList layerList() {
        return layerPanel;
    }

    @Override
    public void setOnFilesDropped(Predicate<List<Path>> open) {
        onFilesDropped = open == null ? files -> false : open;
    }

    @Override
    public void layoutNow() {
        applyCss();
        layout();
    }

    @Override
    public void status(String message) {
        statusBar.status(message);
    }

    @Override
    public Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    @Override
    public BackgroundTasks tasks() {
        return tasks;
    }

    /** The window's menu bar (File, and the menus other parts add). */
    @Override
    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    @Override
    public void setViewpoint(Viewpoint vp) {
        viewpointBox.setValue(vp == null ? Viewpoint.NEUTRAL : vp);
    }

    /** The model, null until the layers are loaded. */
    @Override
    public ReadOnlyObjectProperty<ExplorerModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    @Override
    public ExplorerModel model() {
        return model.get();
    }

    @Override
    public MapPane mapPane() {
        return mapPane;
    }

    @Override
    public MapRenderer renderer() {
        return renderer;
    }

    /** The toolbar's toggle that opens the compare panel. */
    /** The compare-mode panel; null until the layers are loaded. */
    public ComparePanel comparePanel() {
        return comparePanel;
    }

    public ToggleButton compareButton() {
        return compareButton;
    }

    @Override
    public void setOverlayFilter(java.util.function.UnaryOperator<RenderRequest> filter) {
        overlayFilter = filter == null ? r -> r : filter;
    }

    public StatusBarView statusBar() {
        return statusBar;
    }

    public SearchField searchField() {
        return searchField;
    }

    /** Window title: application, island group name under the viewpoint, viewpoint. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Milliseconds from launch to the first complete map (NaN until then). */
    public ReadOnlyDoubleProperty firstCompleteMillisProperty() {
        return firstCompleteMillis.getReadOnlyProperty();
    }

    /** The measure tool's current result. */
    public Measurement measurement() {
        return new Measurement(mapPane.measure().points(), mapPane.measure().isClosed());
    }

    /** Flies back to the home view (Hokkaido to Urup). */
    public void home() {
        home(true);
    }

    private void home(boolean animate) {
        mapPane.navigator().fit(WindowState.HOME, HOME_PADDING, 12, animate);
    }

    @Override
    public void zoomToLayer(LayerState layer) {
        if (layer.layer() != null) {
            mapPane.navigator().fit(layer.layer().bounds(), 40, 12, true);
        }
    }

    /** Centres a point feature at street-level zoom, or fits a line or area into the view. */
    public void zoomToFeature(ExplorerModel.Pick p) {
        Feature f = p.feature();
        if (f.geometry() == null || f.geometry().isEmpty()) {
            return;
        }
        MapNavigator nav = mapPane.navigator();
        if (f.geometry() instanceof Point) {
            Point pt = (Point) f.geometry();
            nav.flyTo(pt.getY(), pt.getX(), Math.max(nav.zoom(), 11));
        } else {
            Envelope e = f.geometry().getEnvelopeInternal();
            nav.fit(e, 60, 13, true);
        }
    }

    /** Selects a search result: shows its layer, lists and selects it, and flies the map there. */
    public void choose(NameSearch.Hit hit) {
        ExplorerModel m = model();
        if (m == null) {
            return;
        }
        LayerState s = m.layer(hit.layerId());
        if (s != null && !s.isVisible()) {
            s.visibleProperty().set(true);
        }
        ExplorerModel.Pick p = new ExplorerModel.Pick(hit.layerId(), s == null ? hit.layerId() : s.title(),
                hit.feature());
        m.picked().setAll(p);
        m.selectedProperty().set(p);
        zoomToFeature(p);
    }

    /** Lists and selects the features under a screen point of the map. */
    public void pickAt(Point2D p, MapViewport v) {
        ExplorerModel m = model();
        if (m == null) {
            return;
        }
        List<ExplorerModel.Pick> picks = pick(m, v, p.getX(), p.getY());
        m.picked().setAll(picks);
        m.selectedProperty().set(picks.isEmpty() ? null : picks.get(0));
    }

    /* What is on screen: the symbols the overlay drew, when the image shown is current and at this zoom. */
    private List<ExplorerModel.Pick> pick(ExplorerModel m, MapViewport v, double x, double y) {
        org.claimscape.render.DrawnSymbols drawn = mapPane.overlay().drawnSymbols();
        if (drawn != null && drawn.request().viewport().zoom() == v.zoom()) {
            MapViewport dv = drawn.request().viewport();
            return m.pick(drawn, dv.x(v.lon(x)), dv.y(v.lat(y)), PICK_TOLERANCE);
        }
        return m.pick(v, x, y, PICK_TOLERANCE);
    }

    /** Switches OpenStreetMap tiles on or off. */
    public void setOnlineTiles(boolean online) {
        onlineTiles = online;
        mapPane.onlineProperty().set(online);
        installBasemap();
    }

    public boolean onlineTiles() {
        return onlineTiles;
    }

    /** What to remember of this window. */
    public WindowState captureState(Stage stage) {
        MapViewport v = mapPane.navigator().viewport();
        ExplorerModel m = model();
        List<String> visible = null;
        List<String> order = List.of();
        Viewpoint vp = viewpointBox.getValue();
        if (m != null) {
            visible = new ArrayList<>();
            order = new ArrayList<>();
            for (LayerState s : m.layers()) {
                order.add(s.id());
                if (s.isVisible()) {
                    visible.add(s.id());
                }
            }
            vp = m.viewpointProperty().get();
        } else {
            visible = initial.visibleLayers();
            order = initial.layerOrder();
        }
        boolean max = stage != null && stage.isMaximized();
        return new WindowState(stage == null ? Double.NaN : stage.getX(), stage == null ? Double.NaN : stage.getY(),
                stage == null ? getWidth() : stage.getWidth(), stage == null ? getHeight() : stage.getHeight(), max,
                v.centerLat(), v.centerLon(), v.zoom(), visible, order, vp, onlineTiles);
    }

    // ------------------------------------------------------------------ building

    /* The bars' tooltips are made when the bars join the window: the first one costs 30 ms of class set-up. */
    private void tip(javafx.scene.control.Control control, String text) {
        barTips.put(control, text);
    }

    private ToolBar toolbar() {
        Button homeButton = new Button("⌂ Home");
        homeButton.setId("homeButton");
        tip(homeButton, "Back to the Southern Kurils / Northern Territories (Home key)");
        homeButton.setOnAction(e -> home());
        Button zoomIn = new Button("+");
        zoomIn.setId("zoomInButton");
        tip(zoomIn, "Zoom in (+, wheel, double-click; shift-drag for a zoom box)");
        zoomIn.setOnAction(e -> mapPane.zoomStep(1));
        Button zoomOut = new Button("−");
        zoomOut.setId("zoomOutButton");
        tip(zoomOut, "Zoom out (-)");
        zoomOut.setOnAction(e -> mapPane.zoomStep(-1));
        measureButton.setId("measureButton");
        tip(measureButton, "Click points on the map to measure geodesic distance; click the "
                + "first point again to close the shape and get its area. Backspace removes a point, Esc clears.");
        measureButton.selectedProperty().addListener((o, a, on) -> {
            mapPane.modeProperty().set(on ? MapPane.Mode.MEASURE : MapPane.Mode.NAVIGATE);
            if (!on) {
                mapPane.measure().clear();
            }
        });
        searchField.setSearch(() -> model() == null ? null : model().search());
        tip(searchField, "Find islands, places, sites and projects by any name, in Latin, Japanese "
                + "or Cyrillic script (Ctrl+F)");
        searchField.setViewpoint(() -> viewpointBox.getValue() == null ? Viewpoint.NEUTRAL : viewpointBox.getValue());
        searchField.setOnChoose(this::choose);
        searchField.setLayerTitles(id -> {
            LayerState s = model() == null ? null : model().layer(id);
            return s == null ? id : s.title();
        });

        viewpointBox.setId("viewpointBox");
        viewpointBox.getItems().setAll(Viewpoint.values());
        viewpointBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Viewpoint v) {
                return v == null ? "" : v.title() + " — " + v.islandGroupName();
            }

            @Override
            public Viewpoint fromString(String s) {
                return Viewpoint.parse(s).orElse(Viewpoint.NEUTRAL);
            }
        });
        viewpointBox.setValue(initial.viewpoint());
        tip(viewpointBox, "Naming viewpoint: place names and the island group's name");
        viewpointBox.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                updateTitle(b);
                /* The map's model: it exists before the panels are built, and the map must follow at once. */
                if (mapModel != null) {
                    mapModel.viewpointProperty().set(b);
                }
            }
        });
        Button settings = new Button("Settings…");
        settings.setId("settingsButton");
        settings.setOnAction(e -> SettingsDialog.show(getScene() == null ? null : getScene().getWindow(),
                onlineTiles).ifPresent(this::setOnlineTiles));
        Label vpLabel = new Label("Viewpoint:");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button briefing = new Button("Briefing map…");
        briefing.setId("briefingButton");
        tip(briefing, "Lay out, preview, print or export a briefing map of this view (Ctrl+P)");
        briefing.setOnAction(e -> openBriefing());
        sceneProperty().addListener((o, a, sc) -> {
            if (sc != null) {
                sc.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.P,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), this::openBriefing);
            }
        });
        compareButton.setId("compareButton");
        tip(compareButton, "Compare two claims: swipe or side by side, difference map, km² table");
        return new ToolBar(homeButton, zoomIn, zoomOut, measureButton, compareButton, searchField, spacer, vpLabel,
                viewpointBox, settings, briefing);
    }

    /** Opens the briefing-map dialog on the current view, layers, viewpoint and date; null before loading. */
    public javafx.stage.Stage openBriefing() {
        if (model() == null) {
            return null;
        }
        org.claimscape.ui.briefing.BriefingContext ctx = org.claimscape.ui.briefing.BriefingContext.of(model(),
                mapPane.navigator().viewport().bounds(), model().dateProperty().get() != null
                        ? model().dateProperty().get() : java.time.LocalDate.now(), renderer);
        return org.claimscape.ui.briefing.BriefingDialog.show(getScene() == null ? null : getScene().getWindow(),
                ctx);
    }

    private void start(Callable<MapData> loader) {
        Task<ExplorerModel> task = new Task<>() {
            @Override
            protected ExplorerModel call() throws Exception {
                ExplorerModel m = newModel(loader.call());
                styleFingerprint();
                /* The window is still being built: draw the view it opens on meanwhile, on the other core. */
                mapPane.overlay().drawAhead(m.overlayRequest(OverlayLayer.aheadViewport(openingView.centerLat(),
                        openingView.centerLon(), openingView.zoom(), initial.width(), initial.height())));
                return m;
            }
        };
        task.setOnSucceeded(e -> dataLoaded(task.getValue()));
        task.setOnFailed(e -> {
            loadingLabel.setText("Cannot load the layers: " + task.getException().getMessage());
            statusBar.status("Loading failed");
            attachBars();
        });
        tasks.run("load the layers", task);
    }

    private static String styleFingerprint() {
        String f = styleFingerprint;
        if (f == null) {
            f = BasemapTiles.rendererFingerprint();
            styleFingerprint = f;
        }
        return f;
    }

    /* The model in the remembered state (order, visibility, viewpoint); any thread, it is not shown yet. */
    private ExplorerModel newModel(MapData data) {
        ExplorerModel m = new ExplorerModel(data, renderer.styles());
        m.applyOrder(initial.layerOrder());
        if (initial.visibleLayers() != null) {
            for (LayerState s : m.layers()) {
                s.visibleProperty().set(initial.visibleLayers().contains(s.id()));
            }
        }
        m.viewpointProperty().set(initial.viewpoint());
        return m;
    }

    private void dataLoaded(ExplorerModel m) {
        dataLoadedMillis = (System.nanoTime() - startNanos) / 1e6;
        MapData data = m.data();
        m.viewpointProperty().set(viewpointBox.getValue());
        for (LayerState s : m.layers()) {
            InvalidationListener changed = o -> layerChanged(s);
            s.visibleProperty().addListener(changed);
            s.opacityProperty().addListener(changed);
        }
        m.layers().addListener((InvalidationListener) o -> {
            mapPane.overlay().invalidateContent();
            basemapDebounce.playFromStart();
        });
        m.viewpointProperty().addListener(o -> {
            updateTitle(m.viewpointProperty().get());
            mapPane.overlay().invalidateContent();
            basemapDebounce.playFromStart();
        });
        m.selectedProperty().addListener(o -> mapPane.overlay().invalidateContent());
        m.dateProperty().addListener(o -> {
            mapPane.dateBadge().setText(org.claimscape.ui.time.TimeBar.badgeText(m.dateProperty().get()));
            mapPane.overlay().invalidateContent();
        });
        mapModel = m;
        installBasemap();
        commitsAtLoad = mapPane.overlay().commitsProperty().get();
        mapPane.overlay().invalidateContent();
        /*
         * The map comes first: the side panels are built once it is complete (buildPanels), in room kept for them
         * now, so the map keeps its size when they arrive. Building them costs the FX thread about half a second
         * at start-up, which the first map would otherwise wait for.
         */
        Region timeBarRoom = room("time-bar-room", Region.USE_COMPUTED_SIZE, TIME_BAR_HEIGHT);
        bottom = new VBox(timeBarRoom, barsAttached ? statusBar : statusRoom);
        setBottom(bottom);
        setLeft(room("left-column", LEFT_WIDTH, Region.USE_COMPUTED_SIZE));
        setRight(room("info-panel", RIGHT_WIDTH, Region.USE_COMPUTED_SIZE));
        loadingOverlay.setVisible(false);
        loadingOverlay.setManaged(false);
        if (!initial.hasView()) {
            /* The panels' room is taken: if the map came out smaller than expected, fit home into it. */
            applyCss();
            layout();
            if (!mapPane.navigator().viewport().bounds().contains(WindowState.HOME)) {
                home(false);
            }
        }
        statusBar.status(data.layers().size() + " layers loaded");
        statusBar.view(mapPane.navigator().viewport());
        mapPane.mapView().requestFocus();
        watchFirstFrame(() -> buildPanels(m));
        javafx.animation.PauseTransition atLatest = new javafx.animation.PauseTransition(PANELS_AT_LATEST);
        atLatest.setOnFinished(e -> buildPanels(m));
        atLatest.play();
    }

    /* Empty room where a panel (of this width) or a bar (of this height) will be; the other side is computed. */
    private static Region room(String styleClass, double width, double height) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setPrefSize(width, height);
        r.setMinSize(width, height);
        return r;
    }

    /*
     * The menu bar, tool bar and status bar, into the room kept for them. They cost the FX thread about 0.2 s of
     * CSS and layout at start-up, which the first map would otherwise wait for.
     */
    private void attachBars() {
        if (barsAttached) {
            return;
        }
        barsAttached = true;
        barTips.forEach((c, text) -> c.setTooltip(new Tooltip(text)));
        barTips.clear();
        setTop(new VBox(menuBar, toolBar));
        if (bottom != null) {
            bottom.getChildren().set(bottom.getChildren().indexOf(statusRoom), statusBar);
        } else {
            setBottom(statusBar);
        }
    }

    /** The bars, the layer list, legend, feature info and compare panels; then {@link #model()} is set. */
    private void buildPanels(ExplorerModel m) {
        if (model() != null) {
            return;
        }
        attachBars();
        comparePanel = new ComparePanel(this, m);
        compareButton.selectedProperty().bindBidirectional(comparePanel.model().activeProperty());
        compareButton.setDisable(!comparePanel.model().isAvailable());
        bottom.getChildren().setAll(comparePanel,
                new org.claimscape.ui.time.TimeBar(m.dateProperty(), java.time.LocalDate::now), statusBar);

        layerPanel = new LayerPanelView(m, this::legend, this::zoomToLayer);
        /* The layer list takes the rows it needs; the legend of what is visible fills the rest. */
        long groups = m.layers().stream().map(LayerState::group).distinct().count();
        layerPanel.list().setPrefHeight((m.layers().size() + groups) * 25 + 8);
        layerPanel.list().setMinHeight(Region.USE_PREF_SIZE);
        javafx.scene.control.ScrollPane legendScroll = new javafx.scene.control.ScrollPane(new LegendView(m));
        legendScroll.setFitToWidth(true);
        legendScroll.setMinHeight(60);
        legendScroll.getStyleClass().add("legend-scroll");
        VBox left = new VBox(layerPanel, legendScroll);
        VBox.setVgrow(legendScroll, Priority.ALWAYS);
        left.getStyleClass().add("left-column");
        left.setPrefWidth(LEFT_WIDTH);
        left.setMinWidth(LEFT_WIDTH);
        left.setMaxWidth(LEFT_WIDTH);
        setLeft(left);
        FeatureInfoView info = new FeatureInfoView(m, openLink, this::zoomToFeature);
        info.setPrefWidth(RIGHT_WIDTH);
        info.setMinWidth(RIGHT_WIDTH);
        info.setMaxWidth(RIGHT_WIDTH);
        setRight(info);
        LOG.info(String.format(java.util.Locale.ROOT, "window complete (bars and panels built) %.0f ms after launch",
                (System.nanoTime() - startNanos) / 1e6));
        model.set(m);
    }

    private void layerChanged(LayerState s) {
        if (s.isBasemap()) {
            basemapDebounce.playFromStart();
        } else {
            mapPane.overlay().invalidateContent();
        }
    }

    private void installBasemap() {
        ExplorerModel m = mapModel;
        if (m == null) {
            return;
        }
        if (onlineTiles && osm == null) {
            osm = new OsmTileFetcher();
        }
        BasemapTiles tiles = new BasemapTiles(renderer, m.basemapLayers(), m.viewpointProperty().get(), tileCache,
                onlineTiles ? osm : null, styleFingerprint());
        BasemapTileRetriever.install(tiles);
        if (tileSet != null && !tileSet.equals(tiles.tileSet())) {
            mapPane.navigator().reloadTiles();
        }
        tileSet = tiles.tileSet();
    }

    private RenderRequest overlayRequest(MapViewport v) {
        ExplorerModel m = mapModel;
        if (m == null) {
            return null;
        }
        return overlayFilter.apply(m.overlayRequest(v));
    }

    /** The layer's first legend entry drawn by the renderer, with every entry of the layer in a tooltip. */
    private Node legend(LayerState s) {
        ExplorerModel m = model();
        if (m == null || s.layer() == null) {
            return LayerPanelView.swatch("legend-" + s.group().toLowerCase(java.util.Locale.ROOT));
        }
        List<org.claimscape.render.LegendEntry> entries = m.styles().legend(
                List.of(new org.claimscape.render.LayerView(s.layer(), s.group(), true, 1.0)),
                m.viewpointProperty().get(), null);
        if (entries.isEmpty()) {
            return LayerPanelView.swatch("legend-" + s.group().toLowerCase(java.util.Locale.ROOT));
        }
        javafx.scene.image.ImageView iv = LegendView.swatch(entries.get(0));
        iv.setFitWidth(16);
        iv.setFitHeight(16);
        StringBuilder tip = new StringBuilder();
        for (org.claimscape.render.LegendEntry e : entries) {
            tip.append(tip.length() == 0 ? "" : "\n").append(e.label());
        }
        Tooltip.install(iv, new Tooltip(tip.toString()));
        return iv;
    }

    private void hover() {
        ExplorerModel m = model();
        Point2D p = hoverPoint;
        if (m == null || p == null || mapPane.modeProperty().get() == MapPane.Mode.MEASURE) {
            mapPane.hoverTextProperty().set(null);
            return;
        }
        List<ExplorerModel.Pick> picks = pick(m, mapPane.navigator().viewport(), p.getX(), p.getY());
        StringBuilder sb = new StringBuilder();
        Viewpoint vp = m.viewpointProperty().get();
        for (int i = 0; i < picks.size() && i < 5; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(picks.get(i).feature().label(vp));
        }
        if (picks.size() > 5) {
            sb.append("\n+ ").append(picks.size() - 5).append(" more");
        }
        mapPane.hoverTextProperty().set(sb.length() == 0 ? null : sb.toString());
    }

    private void showMeasurement() {
        if (mapPane.modeProperty().get() != MapPane.Mode.MEASURE) {
            statusBar.measure("");
            return;
        }
        Measurement m = measurement();
        statusBar.measure(m.points().isEmpty() ? "Measure: click points on the map" : m.describe());
    }

    private void updateTitle(Viewpoint vp) {
        title.set("Claimscape — " + vp.islandGroupName() + " — " + vp.title() + " viewpoint");
        mapPane.viewpointBadge().setText("Viewpoint: " + vp.title() + " · " + vp.islandGroupName() + " · disputed land "
                + (vp == Viewpoint.RUSSIAN ? "as Russia administers it" : vp == Viewpoint.JAPANESE
                        ? "as Japan claims it" : "hatched"));
    }

    /* CPU time says more than wall time on a busy machine. */
    private static double processCpuMillis() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() / 1e6;
        }
        return Double.NaN;
    }

    /* Logs the first complete map and then runs the action, after that frame. */
    private void watchFirstFrame(Runnable then) {
        new AnimationTimer() {
            private final long started = System.nanoTime();

            @Override
            public void handle(long now) {
                boolean overlayDone = mapPane.overlay().commitsProperty().get() > commitsAtLoad
                        && mapPane.overlay().isIdle();
                boolean tilesDone = BasemapTileRetriever.pendingTiles() == 0
                        && mapPane.mapView().getWidth() > 0;
                if (overlayDone && tilesDone) {
                    double ms = (System.nanoTime() - startNanos) / 1e6;
                    firstCompleteMillis.set(ms);
                    LOG.info(String.format(java.util.Locale.ROOT,
                            "first complete map %.0f ms after launch (layers loaded at %.0f ms, overlay drawn "
                                    + "in %.0f ms, %d tiles made, process CPU %.0f ms)", ms, dataLoadedMillis,
                            mapPane.overlay().lastRenderMillis(), BasemapTileRetriever.producedTiles(),
                            processCpuMillis()));
                    stop();
                    /* After this pulse, whose frame shows the complete map. */
                    javafx.application.Platform.runLater(then);
                } else if (now - started > 60_000_000_000L) {
                    stop();
                }
            }
        }.start();
    }
}
