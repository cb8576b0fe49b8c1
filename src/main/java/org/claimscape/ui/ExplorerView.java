package org.claimscape.ui;

import static org.claimscape.ui.StartupRooms.room;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.claimscape.map.MapPane;
import org.claimscape.map.OverlayLayer;
import org.claimscape.map.TileDiskCache;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.claimscape.render.RenderWarmUp;
import org.claimscape.search.NameSearch;
import org.claimscape.ui.briefing.BriefingContext;
import org.claimscape.ui.briefing.BriefingDialog;
import org.claimscape.ui.compare.ComparePanel;
import org.claimscape.ui.edit.EditHistory;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerEdits;
import org.claimscape.ui.explorer.LayerList;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.explorer.MapData;
import org.claimscape.ui.table.AttributeTables;
import org.claimscape.ui.text.UiFonts;
import org.claimscape.ui.text.UiText;
import org.claimscape.ui.time.TimeBar;

/**
 * The map explorer window, its composition root: lays out the menus, tool bar, layer panel and legend, map, feature
 * info (the side panels and the map in a split pane, {@link SidePanels}), compare panel, time bar and status bar,
 * and wires them to the {@link ExplorerModel} and the {@link EditHistory}. Features reach it
 * only through {@link ExplorerContext}. The layers load off the FX thread behind a progress indicator; the map is
 * drawn first and the panels are built after it ({@link StartupRooms}). FX thread only.
 */
public final class ExplorerView extends BorderPane implements ExplorerContext {

    private static final Logger LOG = Logger.getLogger(ExplorerView.class.getName());
    /** The panels and bars are built once the first map is complete, or after this long at the latest. */
    private static final Duration PANELS_AT_LATEST = Duration.seconds(2);
    private final MapRenderer renderer;
    private final Consumer<String> openLink;
    private final long startNanos;
    private final WindowState initial;
    private final MapPane mapPane;
    private final BasemapSwitch basemap;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread();
    private final StatusBarView statusBar = new StatusBarView();
    private final SearchField searchField = new SearchField();
    private final ExplorerToolBar toolBar;
    private final MenuBar menuBar = new MenuBar();
    private final MapArea mapArea;
    private final SidePanels sides;
    private final EditHistory edits = new EditHistory();
    private final MapInteraction interaction;
    private Theme theme;
    private final Region statusRoom = room("status-room", Region.USE_COMPUTED_SIZE, StartupRooms.STATUS_HEIGHT);
    private final ReadOnlyObjectWrapper<ExplorerModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Claimscape");
    private final ReadOnlyDoubleWrapper firstCompleteMillis = new ReadOnlyDoubleWrapper(this, "firstComplete",
            Double.NaN);
    /* The view the window opens on: the remembered one, or the home view fitted to the map's expected size. */
    private final MapViewport openingView;
    private UnaryOperator<RenderRequest> overlayFilter = r -> r;
    private Predicate<List<Path>> onFilesDropped = files -> false;
    private LayerPanelView layerPanel;
    private ComparePanel comparePanel;
    private AttributeTables attributeTables;
    private VBox bottom;
    private boolean barsAttached;
    private int commitsAtLoad = -1;
    private double dataLoadedMillis = Double.NaN;
    /* The model the map draws, set as soon as the layers are loaded; model() follows once the panels are built. */
    private ExplorerModel mapModel;
    /* The interface language chosen in Settings, or null for the system's. */
    private String language;

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
        this.startNanos = startNanos;
        this.initial = initial;
        /* The map's first drawing waits for the layers; the renderer gets ready meanwhile. */
        tasks.submit("render warm-up", job -> RenderWarmUp.warm(), done -> { });
        getStyleClass().add("explorer");
        UiFonts.load();
        getStylesheets().add(ExplorerView.class.getResource("explorer.css").toExternalForm());
        language = initial.language();
        if (!Objects.equals(language, UiText.choice())) {
            UiText.choose(language);
        }
        theme = Theme.parse(initial.layout().theme());
        theme.apply(this);

        mapPane = new MapPane(renderer, this::overlayRequest);
        interaction = new MapInteraction(mapPane, statusBar, this::model);
        basemap = new BasemapSwitch(renderer, tileCache, mapPane.navigator(), initial.onlineTiles());
        mapPane.onlineProperty().set(initial.onlineTiles());
        mapPane.viewpointBadge().setId("viewpointBadge");
        mapPane.offlineCreditProperty().bind(UiText.text("map.credit"));
        mapPane.scaleBar().setWording(new ScaleBarWording());
        /* A long badge (Russian) wraps instead of running under the date badge and off the map. */
        mapPane.viewpointBadge().setWrapText(true);
        mapPane.viewpointBadge().maxWidthProperty().bind(Bindings.max(280, mapPane.widthProperty().multiply(0.6)));
        openingView = StartupRooms.openingView(initial);
        mapPane.navigator().setView(openingView.centerLat(), openingView.centerLon(), openingView.zoom());
        wireMap();

        menuBar.setId("menuBar");
        toolBar = new ExplorerToolBar(mapPane, searchField, initial.viewpoint(), this::home, this::openSettings,
                this::openBriefing, this::viewpointChosen);
        wireSearch();
        /* The menu bar and tool bar join the window after the first map (attachBars), in room kept for them. */
        setTop(room("bar-room", Region.USE_COMPUTED_SIZE, StartupRooms.TOP_HEIGHT));
        mapArea = new MapArea(mapPane, searchField.resultsView());
        WindowState.Layout layout = initial.layout();
        sides = new SidePanels(mapArea, StartupRooms.leftWidth(initial), StartupRooms.rightWidth(initial));
        sides.leftShownProperty().set(layout.leftShown());
        sides.rightShownProperty().set(layout.rightShown());
        setCenter(sides.node());
        setBottom(statusRoom);
        new AppMenus(this);
        interaction.attachContextMenu(toolBar.measureButton());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        FileDrops.install(this, files -> onFilesDropped.test(files));
        tasks.setReporter((what, e) -> statusBar.status(UiText.get("status.failure", what, e.getMessage())));
        statusBar.status(UiText.get("status.loading"));
        updateTitle(initial.viewpoint());
        UiText.onChange(this, this::languageChanged);
        start(loader);
    }

    private void wireMap() {
        mapPane.setOnHome(this::home);
        interaction.wire();
        InvalidationListener cursor = o -> statusBar.cursor(mapPane.cursorLatProperty().get(),
                mapPane.cursorLonProperty().get());
        mapPane.cursorLatProperty().addListener(cursor);
        mapPane.cursorLonProperty().addListener(cursor);
        mapPane.navigator().addViewListener(() -> statusBar.view(mapPane.navigator().viewport()));
    }

    private void wireSearch() {
        searchField.setSearch(() -> model() == null ? null : model().search());
        searchField.setViewpoint(() -> toolBar.viewpointBox().getValue() == null ? Viewpoint.NEUTRAL
                : toolBar.viewpointBox().getValue());
        searchField.setOnChoose(this::choose);
        searchField.setLayerTitles(id -> {
            LayerState s = model() == null ? null : model().layer(id);
            return UiText.layerTitle(id, s == null ? id : s.title());
        });
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            searchField.requestFocus();
            searchField.selectAll();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && model() != null && !(e.getTarget() instanceof TextInputControl)
                && mapPane.modeProperty().get() == MapPane.Mode.NAVIGATE) {
            model().selectedProperty().set(null);
            model().picked().clear();
        }
    }

    // ------------------------------------------------------------------ what features see (ExplorerContext)

    @Override
    public ReadOnlyObjectProperty<ExplorerModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    @Override
    public MapPane mapPane() {
        return mapPane;
    }

    @Override
    public MapRenderer renderer() {
        return renderer;
    }

    @Override
    public void setSecondMap(Node map) {
        mapArea.setSecondMap(map);
    }

    @Override
    public void setOverlayFilter(UnaryOperator<RenderRequest> filter) {
        overlayFilter = filter == null ? r -> r : filter;
    }

    @Override
    public LayerList layerList() {
        return layerPanel;
    }

    @Override
    public MenuBar menuBar() {
        return menuBar;
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

    @Override
    public void zoomToLayer(LayerState layer) {
        if (layer.layer() != null) {
            mapPane.navigator().fit(layer.layer().bounds(), 40, 12, true);
        }
    }

    @Override
    public void setViewpoint(Viewpoint vp) {
        toolBar.viewpointBox().setValue(vp == null ? Viewpoint.NEUTRAL : vp);
    }

    @Override
    public EditHistory edits() {
        return edits;
    }

    // ------------------------------------------------------------------ the window's own surface

    /** Reports loading progress (layers done of all); may be called from any thread. */
    public void loadingProgress(int done, int total) {
        Platform.runLater(() -> {
            if (total > 0 && model() == null) {
                mapArea.loadingProgress(done, total);
            }
        });
    }

    /** The layers' attribute tables; null until the panels are built. */
    public AttributeTables attributeTables() {
        return attributeTables;
    }

    /** The compare-mode panel; null until the layers are loaded. */
    public ComparePanel comparePanel() {
        return comparePanel;
    }

    /** The tool bar's compare toggle. */
    public ToggleButton compareButton() {
        return toolBar.compareButton();
    }

    /** The tool bar's measure toggle. */
    public ToggleButton measureButton() {
        return toolBar.measureButton();
    }

    /** The side panels around the map (View menu). */
    SidePanels sidePanels() {
        return sides;
    }

    /** The map's right-click menu. */
    public ContextMenu mapContextMenu() {
        return interaction.contextMenu();
    }

    /** The window's theme. */
    public Theme theme() {
        return theme;
    }

    /** Switches the theme of the window and its dialogs; the map keeps its colours. */
    public void setTheme(Theme t) {
        theme = t == null ? Theme.LIGHT : t;
        theme.apply(this);
        statusBar.status(UiText.get(theme == Theme.DARK ? "status.theme.dark" : "status.theme.light"));
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
        return interaction.measurement();
    }

    /** Flies back to the home view (Hokkaido to Urup). */
    public void home() {
        home(true);
    }

    private void home(boolean animate) {
        mapPane.navigator().fit(WindowState.HOME, StartupRooms.HOME_PADDING, 12, animate);
    }

    /**
     * Centres a point feature at street-level zoom, or fits a line or area into the view: into the part of the map
     * a window at {@code overOnScreen} (screen coordinates; null for none) leaves in sight.
     */
    @Override
    public void zoomToFeature(ExplorerModel.Pick p, Bounds overOnScreen) {
        interaction.zoomToFeature(p, overOnScreen);
    }

    /** Selects a search result: shows its layer, lists and selects it, and flies the map there. */
    public void choose(NameSearch.Hit hit) {
        interaction.choose(hit);
    }

    /** Lists and selects the features under a screen point of the map. */
    public void pickAt(Point2D p, MapViewport v) {
        interaction.pickAt(p, v);
    }

    /** Switches OpenStreetMap tiles on or off. */
    public void setOnlineTiles(boolean online) {
        mapPane.onlineProperty().set(online);
        basemap.setOnline(online, mapModel);
    }

    public boolean onlineTiles() {
        return basemap.isOnline();
    }

    /**
     * Switches the interface language ({@code en}, {@code ja}, {@code ru}; null follows the system) in place:
     * every text of the window follows, the layers, view, date and selection stay.
     */
    public void setLanguage(String language) {
        this.language = language == null || language.isBlank() ? null : language;
        UiText.choose(this.language);
    }

    /** The chosen interface language, or null when it follows the system. */
    public String language() {
        return language;
    }

    /* The window's own texts made from its state; the panels follow by themselves. */
    private void languageChanged() {
        ExplorerModel m = mapModel;
        updateTitle(m != null ? m.viewpointProperty().get() : toolBar.viewpointBox().getValue());
        if (m != null) {
            mapPane.dateBadge().setText(TimeBar.badgeText(m.dateProperty().get()));
        }
        statusBar.view(mapPane.navigator().viewport());
        mapPane.scaleBar().setWording(new ScaleBarWording());
        interaction.showMeasurement();
        /* The neutral viewpoint's words on the map (island tags) are in the interface language. */
        mapPane.overlay().invalidateContent();
        statusBar.status(UiText.get("status.language", UiText.languageName(UiText.locale())));
    }

    /** What to remember of this window. */
    public WindowState captureState(Stage stage) {
        Rectangle2D bounds = stage == null ? new Rectangle2D(Double.NaN, Double.NaN, getWidth(), getHeight())
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        WindowState.Layout layout = new WindowState.Layout(sides.leftWidth(), sides.rightWidth(),
                sides.leftShownProperty().get(), sides.rightShownProperty().get(), theme.code());
        return WindowState.capture(bounds, stage != null && stage.isMaximized(), mapPane.navigator().viewport(),
                model(), initial, toolBar.viewpointBox().getValue(), onlineTiles(), language, layout);
    }

    /** Opens the briefing-map dialog on the current view, layers, viewpoint and date; null before loading. */
    public Stage openBriefing() {
        ExplorerModel m = model();
        if (m == null) {
            return null;
        }
        LocalDate date = m.dateProperty().get() != null ? m.dateProperty().get() : LocalDate.now();
        BriefingContext ctx = BriefingContext.of(m, mapPane.navigator().viewport().bounds(), date, renderer);
        return BriefingDialog.show(owner(), ctx, tasks);
    }

    void openSettings() {
        SettingsDialog.show(owner(), new SettingsDialog.Settings(onlineTiles(), language)).ifPresent(s -> {
            setOnlineTiles(s.onlineTiles());
            if (!Objects.equals(s.language(), language)) {
                setLanguage(s.language());
            }
        });
    }

    private void viewpointChosen(Viewpoint vp) {
        updateTitle(vp);
        /* The map's model: it exists before the panels are built, and the map must follow at once. */
        if (mapModel != null) {
            mapModel.viewpointProperty().set(vp);
        }
    }

    // ------------------------------------------------------------------ loading and building

    private void start(Callable<MapData> loader) {
        Task<ExplorerModel> task = new Task<>() {
            @Override
            protected ExplorerModel call() throws Exception {
                ExplorerModel m = newModel(loader.call());
                BasemapSwitch.prepare();
                /* The window is still being built: draw the view it opens on meanwhile, on the other core. */
                mapPane.overlay().drawAhead(m.overlayRequest(OverlayLayer.aheadViewport(openingView.centerLat(),
                        openingView.centerLon(), openingView.zoom(), initial.width(), initial.height())),
                        StartupRooms.mapWidth(initial), StartupRooms.mapHeight(initial));
                return m;
            }
        };
        task.setOnSucceeded(e -> dataLoaded(task.getValue()));
        task.setOnFailed(e -> {
            mapArea.loadingFailed(task.getException().getMessage());
            statusBar.status(UiText.get("status.loading-failed"));
            attachBars();
        });
        tasks.run(UiText.get("task.load-layers"), task);
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
        m.viewpointProperty().set(toolBar.viewpointBox().getValue());
        mapModel = m;
        MapRefresh.follow(m, mapPane, basemap, () -> updateTitle(m.viewpointProperty().get()));
        commitsAtLoad = mapPane.overlay().commitsProperty().get();
        mapPane.overlay().invalidateContent();
        /* The map comes first: the side panels are built once it is complete, in room kept for them now. */
        Region timeBarRoom = room("time-bar-room", Region.USE_COMPUTED_SIZE, StartupRooms.TIME_BAR_HEIGHT);
        bottom = new VBox(timeBarRoom, barsAttached ? statusBar : statusRoom);
        setBottom(bottom);
        sides.setLeft(room("left-column", sides.leftWidth(), Region.USE_COMPUTED_SIZE));
        sides.setRight(room("info-panel", sides.rightWidth(), Region.USE_COMPUTED_SIZE));
        mapArea.loaded();
        if (!initial.hasView()) {
            /* The panels' room is taken: if the map came out smaller than expected, fit home into it. */
            layoutNow();
            if (!mapPane.navigator().viewport().bounds().contains(WindowState.HOME)) {
                home(false);
            }
        }
        statusBar.status(UiText.get("status.layers-loaded", m.data().layers().size()));
        statusBar.view(mapPane.navigator().viewport());
        mapPane.mapView().requestFocus();
        FirstFrameWatch.watch(mapPane, commitsAtLoad, startNanos, dataLoadedMillis, firstCompleteMillis::set,
                () -> buildPanels(m));
        PauseTransition atLatest = new PauseTransition(PANELS_AT_LATEST);
        atLatest.setOnFinished(e -> buildPanels(m));
        atLatest.play();
    }

    /* The menu bar, tool bar and status bar, into the room kept for them (0.2 s of CSS and layout at start-up). */
    private void attachBars() {
        if (barsAttached) {
            return;
        }
        barsAttached = true;
        toolBar.joined();
        setTop(new VBox(menuBar, toolBar.bar()));
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
        compareButton().selectedProperty().bindBidirectional(comparePanel.model().activeProperty());
        compareButton().setDisable(!comparePanel.model().isAvailable());
        bottom.getChildren().setAll(comparePanel, new TimeBar(m.dateProperty(), LocalDate::now), statusBar);

        layerPanel = new LayerPanelView(m, s -> LegendView.layerSymbol(model(), s), this::zoomToLayer);
        sides.setLeft(layerPanel.withLegend(new LegendView(m), sides.leftWidth()));
        FeatureInfoView info = new FeatureInfoView(m, openLink, this::zoomToFeature);
        info.setPrefWidth(sides.rightWidth());
        sides.setRight(info);
        LayerEdits.attach(m, edits);
        LOG.info(String.format(Locale.ROOT, "window complete (bars and panels built) %.0f ms after launch",
                (System.nanoTime() - startNanos) / 1e6));
        model.set(m);
        attributeTables = new AttributeTables(this);
        /* The keys work on the map from the start (arrows, +/-, Home), unless the user is already typing. */
        if (getScene() == null || !(getScene().getFocusOwner() instanceof TextInputControl)) {
            mapPane.mapView().requestFocus();
        }
    }

    private RenderRequest overlayRequest(MapViewport v) {
        ExplorerModel m = mapModel;
        return m == null ? null : overlayFilter.apply(m.overlayRequest(v));
    }

    private void updateTitle(Viewpoint vp) {
        title.set(ViewpointText.title(vp));
        mapPane.viewpointBadge().setText(ViewpointText.badge(vp, mapModel == null ? null
                : mapModel.dateProperty().get()));
    }
}
