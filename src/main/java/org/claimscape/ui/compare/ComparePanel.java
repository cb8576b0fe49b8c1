package org.claimscape.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.analysis.ClaimComparisonOp;
import org.claimscape.analysis.ClaimDifference;
import org.claimscape.analysis.Claims;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.analysis.MaritimeZonesOp;
import org.claimscape.map.MapNavigator;
import org.claimscape.map.MapPane;
import org.claimscape.map.OverlayLayer;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.claimscape.ui.ExplorerModel;
import org.claimscape.ui.ExplorerView;
import org.claimscape.ui.LayerState;

/**
 * Compare mode: pick claim A and claim B, see them by swipe (a draggable divider, A drawn on the left, B on the
 * right, each side labelled) or side by side (two synchronized maps), with a difference overlay of the land in A
 * only, B only and both and, on request, the sea that changes hands; a table of the km² per island with shares
 * and the maritime figures, exported to CSV.
 *
 * <p>The land comparison and the maritime computation run off the FX thread; the maritime one (seconds) shows
 * progress, can be cancelled and is cached per (A, B, date). With no map date set, claims are compared as of
 * today. FX thread only.
 */
public final class ComparePanel extends VBox {

    /** How the two claims are shown. */
    public enum Mode { SWIPE, SIDE_BY_SIDE }

    private static final Logger LOG = Logger.getLogger(ComparePanel.class.getName());

    private final ExplorerView view;
    private final ExplorerModel model;
    private final Claims claims;
    /* Built on first use: their equal-area frame (Apache SIS) costs a few hundred ms at start-up otherwise. */
    private final java.util.function.Supplier<ClaimComparisonOp> comparisonOp;
    private final java.util.function.Supplier<MaritimeZonesOp> maritimeOp;
    private final boolean hasSea;
    private final ComboBox<ClaimChoice> boxA = new ComboBox<>();
    private final ComboBox<ClaimChoice> boxB = new ComboBox<>();
    private final ToggleButton swipeButton = new ToggleButton("Swipe");
    private final ToggleButton sideButton = new ToggleButton("Side by side");
    private final CheckBox differenceBox = new CheckBox("Difference overlay");
    private final CheckBox seaBox = new CheckBox("Sea (12 / 200 nm)");
    private final ProgressIndicator seaProgress = new ProgressIndicator();
    private final Button cancelSea = new Button("Cancel");
    private final Button exportButton = new Button("Export CSV…");
    private final Label heading = new Label();
    private final Label shares = new Label();
    private final Label seaFigures = new Label();
    private final Label notice = new Label(MaritimeZonesOp.NOTICE);
    private final TableView<ClaimComparison.Row> table = new TableView<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.SWIPE);
    private final DoubleProperty split = new SimpleDoubleProperty(this, "split", 0.5);
    private final ReadOnlyObjectWrapper<ClaimComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<MaritimeChange> sea = new ReadOnlyObjectWrapper<>(this, "sea");
    private final Map<String, MaritimeChange> seaCache = new ConcurrentHashMap<>();
    private final Map<String, Object[]> landCache = new ConcurrentHashMap<>();
    private final ProgressIndicator landProgress = new ProgressIndicator();
    private boolean applyQueued;
    private final Map<String, Layer> claimLayers = new HashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "claimscape-compare");
        t.setDaemon(true);
        return t;
    });

    /* What is attached to the map while compare mode is on. */
    private final Label labelA = mapLabel("compareLabelA");
    private final Label labelB = mapLabel("compareLabelB");
    private final Label sideLabelB = mapLabel("compareSideLabelB");
    private final Region divider = new Region();
    private final StackPane swipePane = new StackPane();
    private final VBox mapLegend = new VBox(3);
    private OverlayLayer overlayB;
    private DifferenceLayer difference;
    private DifferenceLayer sideDifference;
    private MapPane sidePane;
    private Node originalCenter;
    private boolean syncing;
    private volatile long version;
    private Task<MaritimeChange> seaTask;

    public ComparePanel(ExplorerView view, ExplorerModel model) {
        super(6);
        this.view = view;
        this.model = model;
        Layer claimsLayer = model.data().layers().get("claims");
        Layer islands = model.data().layers().get("islands");
        Layer land = model.data().layers().get("land");
        this.claims = claimsLayer == null ? null : Claims.of(claimsLayer);
        this.comparisonOp = claims == null || islands == null ? () -> null
                : lazily(() -> new ClaimComparisonOp(claims, islands));
        this.hasSea = claims != null && land != null;
        this.maritimeOp = !hasSea ? () -> null
                : lazily(() -> new MaritimeZonesOp(land, claims, MaritimeZonesOp.Settings.DEFAULT));
        setId("comparePanel");
        setPadding(new Insets(6, 8, 6, 8));
        setStyle("-fx-background-color: #fafaf8; -fx-border-color: #d0d0cc; -fx-border-width: 1 0 0 0;");
        build();
        visibleProperty().bind(view.compareButton().selectedProperty());
        managedProperty().bind(visibleProperty());
        view.compareButton().selectedProperty().addListener((o, a, on) -> applyLater());
        if (claims == null) {
            view.compareButton().setDisable(true);
        }
    }

    /* Thread-safe memo: the ops are first used on a background task. */
    private static <T> java.util.function.Supplier<T> lazily(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    // ------------------------------------------------------------------ public surface

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Where the swipe divider sits, 0 (left edge) to 1 (right edge) of the map. */
    public DoubleProperty splitProperty() {
        return split;
    }

    /** The land comparison shown in the table (null until computed). */
    public ReadOnlyObjectProperty<ClaimComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The maritime figures shown (null until computed, or when the sea is off). */
    public ReadOnlyObjectProperty<MaritimeChange> seaProperty() {
        return sea.getReadOnlyProperty();
    }

    /** Chooses the two claims (ids of the claims layer's {@code claim} property). */
    public void setClaims(String a, String b) {
        boxA.setValue(choice(a));
        boxB.setValue(choice(b));
    }

    /** The claim ids chosen as A and B (null when none), for saving the session. */
    public String claimA() {
        return boxA.getValue() == null ? null : boxA.getValue().id();
    }

    public String claimB() {
        return boxB.getValue() == null ? null : boxB.getValue().id();
    }

    public TableView<ClaimComparison.Row> table() {
        return table;
    }

    public CheckBox differenceBox() {
        return differenceBox;
    }

    public CheckBox seaBox() {
        return seaBox;
    }

    /** The divider the user drags in swipe mode. */
    public Region divider() {
        return divider;
    }

    /** The second map in side-by-side mode (null otherwise). */
    public MapPane sidePane() {
        return sidePane;
    }

    /** The date the claims are compared at: the map's date, else today. */
    public LocalDate compareDate() {
        LocalDate d = model.dateProperty().get();
        return d == null ? LocalDate.now() : d;
    }

    /** Writes the table shown (and the sea figures, when computed) as CSV. */
    public void exportCsv(Path file) throws IOException {
        ClaimComparison c = comparison.get();
        if (c == null) {
            throw new IOException("nothing to export: no comparison yet");
        }
        MaritimeChange m = sea.get();
        ComparisonCsvWriter.write(file, c, m != null && sameKey(m, c) ? m : null, model.viewpointProperty().get());
    }

    // ------------------------------------------------------------------ building

    private void build() {
        List<ClaimChoice> choices = claims == null ? List.of() : ClaimChoice.all(claims, this::legendTitle);
        boxA.getItems().setAll(choices);
        boxB.getItems().setAll(choices);
        boxA.setId("compareA");
        boxB.setId("compareB");
        boxA.setPrefWidth(300);
        boxB.setPrefWidth(300);
        boxA.setValue(choice("jp-claim"));
        boxB.setValue(choice("ru-admin"));
        boxA.valueProperty().addListener(o -> applyLater());
        boxB.valueProperty().addListener(o -> applyLater());
        boxA.setTooltip(new Tooltip("Claim A: drawn on the left of the divider (or on the left map)"));
        boxB.setTooltip(new Tooltip("Claim B: drawn on the right of the divider (or on the right map)"));

        ToggleGroup modes = new ToggleGroup();
        swipeButton.setToggleGroup(modes);
        sideButton.setToggleGroup(modes);
        swipeButton.setId("swipeMode");
        sideButton.setId("sideBySideMode");
        swipeButton.setSelected(true);
        swipeButton.setTooltip(new Tooltip("One map, a divider to drag: A on the left, B on the right"));
        sideButton.setTooltip(new Tooltip("Two maps that pan and zoom together: A on the left, B on the right"));
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                mode.set(b == sideButton ? Mode.SIDE_BY_SIDE : Mode.SWIPE);
            }
        });
        mode.addListener((o, a, b) -> {
            (b == Mode.SIDE_BY_SIDE ? sideButton : swipeButton).setSelected(true);
            applyLater();
        });

        differenceBox.setId("differenceToggle");
        differenceBox.setSelected(true);
        differenceBox.selectedProperty().addListener(o -> showDifference());
        seaBox.setId("seaToggle");
        seaBox.setTooltip(new Tooltip("Territorial sea and 200-nm zone under each claim (takes a few seconds); "
                + MaritimeZonesOp.NOTICE));
        seaBox.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                computeSea();
            } else {
                cancelSeaTask();
                sea.set(null);
                showSea();
            }
        });
        seaProgress.setId("seaProgress");
        seaProgress.setMaxSize(18, 18);
        seaProgress.setVisible(false);
        cancelSea.setId("cancelSea");
        cancelSea.setVisible(false);
        cancelSea.setOnAction(e -> {
            cancelSeaTask();
            seaBox.setSelected(false);
            seaFigures.setText("Sea computation cancelled.");
        });
        exportButton.setId("exportCsv");
        exportButton.setOnAction(e -> chooseAndExport());

        HBox controls = new HBox(6, new Label("A:"), boxA, new Label("B:"), boxB, swipeButton, sideButton,
                differenceBox, seaBox, seaProgress, cancelSea, exportButton);
        controls.setAlignment(Pos.CENTER_LEFT);

        landProgress.setMaxSize(16, 16);
        landProgress.setVisible(false);
        landProgress.setId("landProgress");
        heading.setId("compareHeading");
        heading.setStyle("-fx-font-weight: bold;");
        buildTable();
        shares.setId("compareShares");
        shares.setWrapText(true);
        seaFigures.setId("seaFigures");
        seaFigures.setWrapText(true);
        notice.setId("seaNotice");
        notice.setStyle("-fx-font-style: italic; -fx-text-fill: #7a4a00;");
        VBox figures = new VBox(4, shares, seaFigures, notice, legendBox(false));
        figures.setPrefWidth(420);
        figures.setMinWidth(300);
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox body = new HBox(10, table, figures);
        HBox head = new HBox(6, heading, landProgress);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, head, body);

        mapLegend.getChildren().addAll(new ArrayList<>(legendBox(true).getChildren()));
        mapLegend.setId("compareLegend");
        mapLegend.setStyle("-fx-background-color: rgba(255,255,255,0.88); -fx-padding: 6; "
                + "-fx-background-radius: 4; -fx-border-color: #bbb; -fx-border-radius: 4;");
        mapLegend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        mapLegend.setMouseTransparent(true);
        StackPane.setAlignment(mapLegend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(mapLegend, new Insets(0, 8, 28, 0));

        divider.setId("swipeDivider");
        divider.setStyle("-fx-background-color: linear-gradient(to right, transparent 40%, #222 40%, #222 60%, "
                + "transparent 60%); -fx-cursor: h-resize;");
        divider.setPrefWidth(14);
        divider.setMinWidth(14);
        divider.setMaxWidth(14);
        divider.setMaxHeight(Double.MAX_VALUE);
        Label grip = new Label("◀ ▶");
        grip.setMouseTransparent(true);
        grip.setStyle("-fx-background-color: #222; -fx-text-fill: white; -fx-padding: 4 6; -fx-background-radius: 10;");
        grip.setManaged(false);
        Tooltip.install(divider, new Tooltip("Drag: claim A on the left, claim B on the right"));
        swipePane.setPickOnBounds(false);
        swipePane.getChildren().addAll(labelA, labelB, divider, grip);
        swipePane.setId("swipePane");
        divider.setManaged(false);
        labelA.setManaged(false);
        labelB.setManaged(false);
        InvalidationListener place = o -> placeSwipe(grip);
        split.addListener(place);
        swipePane.widthProperty().addListener(place);
        swipePane.heightProperty().addListener(place);
        labelA.textProperty().addListener(place);
        labelB.textProperty().addListener(place);
        divider.setOnMousePressed(e -> e.consume());
        divider.setOnMouseDragged(e -> {
            double x = swipePane.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            double w = swipePane.getWidth();
            if (w > 0) {
                split.set(Math.max(0.02, Math.min(0.98, x / w)));
            }
            e.consume();
        });
        divider.setOnMouseReleased(e -> e.consume());
        divider.setOnMouseClicked(e -> e.consume());
        split.addListener(o -> clipOverlays());

        /* Anything that changes what the maps draw changes both sides. */
        InvalidationListener content = o -> redrawB();
        model.viewpointProperty().addListener(content);
        model.selectedProperty().addListener(content);
        model.layers().addListener(content);
        for (LayerState s : model.layers()) {
            s.visibleProperty().addListener(content);
            s.opacityProperty().addListener(content);
        }
        model.dateProperty().addListener(o -> {
            if (isOn()) {
                applyLater();
            }
        });
    }

    private void buildTable() {
        table.setId("compareTable");
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ClaimComparison.Row, String> name = new TableColumn<>("Island");
        name.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                "total".equals(c.getValue().id()) ? "Total (four islands)"
                        : c.getValue().names().label(model.viewpointProperty().get())));
        name.setPrefWidth(220);
        table.getColumns().add(name);
        addColumn("Land km²", ClaimComparison.Row::landKm2);
        addColumn("In A", ClaimComparison.Row::inAKm2);
        addColumn("In B", ClaimComparison.Row::inBKm2);
        addColumn("A only", ClaimComparison.Row::aOnlyKm2);
        addColumn("B only", ClaimComparison.Row::bOnlyKm2);
        addColumn("Both", ClaimComparison.Row::bothKm2);
        table.setPlaceholder(new Label("Choose claim A and claim B"));
    }

    private void addColumn(String title, java.util.function.ToDoubleFunction<ClaimComparison.Row> value) {
        TableColumn<ClaimComparison.Row, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                km2(value.applyAsDouble(c.getValue()))));
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(col);
    }

    private VBox legendBox(boolean onMap) {
        VBox box = new VBox(3);
        if (onMap) {
            Label t = new Label("Difference");
            t.setStyle("-fx-font-weight: bold;");
            box.getChildren().add(t);
        }
        for (DifferenceLayer.Part p : DifferenceLayer.Part.values()) {
            Rectangle sw = new Rectangle(16, 11, p.fill());
            sw.setStroke(p.color().darker());
            Label l = new Label(p.label(), sw);
            l.setId((onMap ? "mapLegend-" : "legend-") + p.name());
            box.getChildren().add(l);
        }
        return box;
    }

    private static Label mapLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMouseTransparent(true);
        l.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-padding: 3 8; -fx-background-radius: 4; "
                + "-fx-border-color: #333; -fx-border-radius: 4; -fx-font-weight: bold;");
        return l;
    }

    /* The map legend's wording for a claim ("Administered by Russia"), null when it has none. */
    private String legendTitle(String claimId) {
        Layer claimsLayer = model.data().layers().get("claims");
        List<Feature> fs = new ArrayList<>(claims.features(claimId));
        List<org.claimscape.render.LegendEntry> entries = model.styles().legend(List.of(new LayerView(
                new Layer(claimsLayer.id(), claimsLayer.title(), fs), "Claims", true, 1.0)),
                model.viewpointProperty().get(), null);
        return entries.isEmpty() ? null : entries.get(0).label();
    }

    // ------------------------------------------------------------------ mode switching

    private boolean isOn() {
        return view.compareButton().isSelected() && a() != null && b() != null;
    }

    private ClaimChoice a() {
        return boxA.getValue();
    }

    private ClaimChoice b() {
        return boxB.getValue();
    }

    private ClaimChoice choice(String id) {
        for (ClaimChoice c : boxA.getItems()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /* Several choices in one event (both claims, mode) make one change of the map. */
    private void applyLater() {
        if (!applyQueued) {
            applyQueued = true;
            javafx.application.Platform.runLater(() -> {
                applyQueued = false;
                apply();
            });
        }
    }

    /** Brings the map in line with the panel: detach everything, then attach what the mode needs. */
    private void apply() {
        detach();
        if (!isOn()) {
            view.setOverlayFilter(null);
            view.mapPane().overlay().invalidateContent();
            return;
        }
        String idA = a().id();
        String idB = b().id();
        labelA.setText("A · " + a().label(claims, compareDate()));
        labelB.setText("B · " + b().label(claims, compareDate()));
        sideLabelB.setText(labelB.getText());
        view.setOverlayFilter(r -> withClaim(r, idA));
        MapPane main = view.mapPane();
        if (mode.get() == Mode.SWIPE) {
            overlayB = new OverlayLayer(view.renderer(), main.navigator(),
                    v -> withClaim(model.overlayRequest(v), idB));
            main.mapView().addLayer(overlayB);
            main.getChildren().add(swipePane);
            clipOverlays();
        } else {
            attachSideBySide(idB);
            StackPane.setAlignment(labelA, Pos.TOP_CENTER);
            StackPane.setMargin(labelA, new Insets(40, 0, 0, 0));
            labelA.setManaged(true);
            main.getChildren().add(labelA);
        }
        difference = new DifferenceLayer(main.navigator());
        main.mapView().addLayer(difference);
        main.getChildren().add(mapLegend);
        if (sidePane != null) {
            sideDifference = new DifferenceLayer(sidePane.navigator());
            sidePane.mapView().addLayer(sideDifference);
        }
        main.overlay().invalidateContent();
        compute();
    }

    private void detach() {
        MapPane main = view.mapPane();
        if (overlayB != null) {
            main.mapView().removeLayer(overlayB);
            overlayB = null;
        }
        if (difference != null) {
            main.mapView().removeLayer(difference);
            difference = null;
        }
        main.overlay().setClip(null);
        main.getChildren().removeAll(swipePane, mapLegend, labelA);
        if (labelA.getParent() instanceof javafx.scene.layout.Pane) {
            ((javafx.scene.layout.Pane) labelA.getParent()).getChildren().remove(labelA);
        }
        if (!swipePane.getChildren().contains(labelA)) {
            labelA.setManaged(false);
            StackPane.setMargin(labelA, null);
            swipePane.getChildren().add(0, labelA);
        }
        if (sidePane != null) {
            view.setCenter(originalCenter);
            sidePane = null;
            sideDifference = null;
            originalCenter = null;
        }
    }

    private void attachSideBySide(String idB) {
        MapPane main = view.mapPane();
        sidePane = new MapPane(view.renderer(), v -> withClaim(model.overlayRequest(v), idB));
        sidePane.setId("sideMap");
        sidePane.viewpointBadge().textProperty().bind(main.viewpointBadge().textProperty());
        sidePane.dateBadge().textProperty().bind(main.dateBadge().textProperty());
        StackPane.setAlignment(sideLabelB, Pos.TOP_CENTER);
        StackPane.setMargin(sideLabelB, new Insets(40, 0, 0, 0));
        sidePane.getChildren().add(sideLabelB);
        MapViewport v = main.navigator().viewport();
        sidePane.navigator().setView(v.centerLat(), v.centerLon(), v.zoom());
        originalCenter = view.getCenter();
        GridPane grid = new GridPane();
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        javafx.scene.layout.RowConstraints full = new javafx.scene.layout.RowConstraints();
        full.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(full);
        grid.add(originalCenter, 0, 0);
        grid.add(sidePane, 1, 0);
        grid.setHgap(3);
        grid.setStyle("-fx-background-color: #333;");
        view.setCenter(grid);
        MapPane side = sidePane;
        main.navigator().addViewListener(() -> follow(main.navigator(), side));
        side.navigator().addViewListener(() -> {
            if (sidePane == side) {
                follow(side.navigator(), main);
            }
        });
    }

    /* Moves the other map to this map's view; small differences are ignored so the two do not echo forever. */
    private void follow(MapNavigator from, MapPane to) {
        if (syncing || sidePane == null) {
            return;
        }
        MapViewport a = from.viewport();
        MapViewport b = to.navigator().viewport();
        if (Math.abs(a.centerLat() - b.centerLat()) < 1e-7 && Math.abs(a.centerLon() - b.centerLon()) < 1e-7
                && Math.abs(a.zoom() - b.zoom()) < 1e-6) {
            return;
        }
        syncing = true;
        try {
            to.navigator().setView(a.centerLat(), a.centerLon(), a.zoom());
        } finally {
            syncing = false;
        }
    }

    private void clipOverlays() {
        if (overlayB == null) {
            return;
        }
        MapPane main = view.mapPane();
        Rectangle left = new Rectangle();
        left.widthProperty().bind(main.mapView().widthProperty().multiply(split));
        left.heightProperty().bind(main.mapView().heightProperty());
        Rectangle right = new Rectangle();
        right.xProperty().bind(left.widthProperty());
        right.widthProperty().bind(main.mapView().widthProperty().subtract(left.widthProperty()));
        right.heightProperty().bind(main.mapView().heightProperty());
        main.overlay().setClip(left);
        overlayB.setClip(right);
    }

    private void placeSwipe(Label grip) {
        double w = swipePane.getWidth();
        double h = swipePane.getHeight();
        double x = w * split.get();
        divider.resizeRelocate(x - 7, 0, 14, h);
        grip.autosize();
        grip.relocate(x - grip.getWidth() / 2, h / 2 - grip.getHeight() / 2);
        /* Each label stays on its own side of the divider, shortened with an ellipsis when the side is narrow. */
        double top = 40;
        double wa = Math.max(30, Math.min(labelA.prefWidth(-1), x - 16));
        double wb = Math.max(30, Math.min(labelB.prefWidth(-1), w - x - 16));
        labelA.resize(wa, labelA.prefHeight(wa));
        labelB.resize(wb, labelB.prefHeight(wb));
        labelA.relocate(Math.max(4, x - 10 - wa), top);
        labelB.relocate(x + 10, top);
    }

    private void redrawB() {
        if (overlayB != null) {
            overlayB.invalidateContent();
        }
        if (sidePane != null) {
            sidePane.overlay().invalidateContent();
        }
    }

    /** The request with the claims layer reduced to one claim's features valid at the compare date. */
    private RenderRequest withClaim(RenderRequest r, String claim) {
        List<LayerView> views = new ArrayList<>();
        for (LayerView v : r.layers()) {
            if (v.layer().id().equals("claims")) {
                views.add(new LayerView(claimLayer(v.layer(), claim, compareDate()), v.group(), true,
                        v.opacity() > 0 ? v.opacity() : 1, 0, LayerView.NO_MAX_ZOOM));
            } else {
                views.add(v);
            }
        }
        return new RenderRequest(r.viewport(), views, r.date(), r.viewpoint(), r.selectedIds(), r.labels());
    }

    private Layer claimLayer(Layer claimsLayer, String claim, LocalDate date) {
        return claimLayers.computeIfAbsent(claim + "@" + date, k -> {
            List<Feature> fs = new ArrayList<>();
            for (Feature f : claimsLayer.features()) {
                if (claim.equals(f.string("claim")) && f.isValidAt(date)) {
                    fs.add(f);
                }
            }
            return new Layer(claimsLayer.id(), claimsLayer.title(), fs);
        });
    }

    // ------------------------------------------------------------------ computing

    private void compute() {
        String idA = a().id();
        String idB = b().id();
        LocalDate date = compareDate();
        long v = ++version;
        heading.setText("A: " + a().label(claims, date) + "   ·   B: " + b().label(claims, date) + "   ·   as of " + date
                + "   (km², WGS84 ellipsoid, equal-area overlays)");
        shares.setText("Computing…");
        String cacheKey = key(idA, idB, date);
        Object[] cached = landCache.get(cacheKey);
        Task<Object[]> task = new Task<>() {
            @Override
            protected Object[] call() {
                if (cached != null) {
                    return cached;
                }
                if (v != version) {
                    /* A newer choice is queued behind this one: skip the work. */
                    return null;
                }
                long t0 = System.nanoTime();
                ClaimComparison c = comparisonOp.get().compare(idA, idB, date);
                ClaimDifference d = comparisonOp.get().difference(idA, idB, date);
                LOG.fine(() -> String.format(Locale.ROOT, "compare %s %s %s: %.0f ms", idA, idB, date,
                        (System.nanoTime() - t0) / 1e6));
                Object[] out = {c, d};
                landCache.put(cacheKey, out);
                return out;
            }
        };
        landProgress.setVisible(true);
        task.setOnSucceeded(e -> {
            if (v != version || task.getValue() == null) {
                return;
            }
            landProgress.setVisible(false);
            ClaimComparison c = (ClaimComparison) task.getValue()[0];
            ClaimDifference d = (ClaimDifference) task.getValue()[1];
            comparison.set(c);
            List<ClaimComparison.Row> rows = new ArrayList<>(c.islands());
            rows.add(c.total());
            table.getItems().setAll(rows);
            shares.setText(sharesText(c));
            landShapes = d;
            showDifference();
            if (seaBox.isSelected()) {
                computeSea();
            } else {
                showSea();
            }
        });
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "comparison failed", task.getException());
            landProgress.setVisible(false);
            shares.setText("Comparison failed: " + task.getException().getMessage());
        });
        executor.execute(task);
    }

    private ClaimDifference landShapes;

    private String sharesText(ClaimComparison c) {
        ClaimComparison.Row t = c.total();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Of the four islands' %s km²: A covers %s (%s), B covers %s (%s); "
                        + "A only %s (%s), B only %s (%s), both %s (%s).",
                km2(t.landKm2()), km2(t.inAKm2()), pct(c.shareOfIslands(t.inAKm2())), km2(t.inBKm2()),
                pct(c.shareOfIslands(t.inBKm2())), km2(t.aOnlyKm2()), pct(c.shareOfIslands(t.aOnlyKm2())),
                km2(t.bOnlyKm2()), pct(c.shareOfIslands(t.bOnlyKm2())), km2(t.bothKm2()),
                pct(c.shareOfIslands(t.bothKm2()))));
        if (!Double.isNaN(c.formula1956Km2())) {
            sb.append(String.format(Locale.ROOT, "%nThe 1956 formula (Shikotan and the Habomai islands) covers "
                    + "%s km² (%s of the four islands).", km2(c.formula1956Km2()),
                    pct(c.shareOfIslands(c.formula1956Km2()))));
        }
        return sb.toString();
    }

    private void showDifference() {
        for (DifferenceLayer layer : new DifferenceLayer[] {difference, sideDifference}) {
            if (layer == null) {
                continue;
            }
            layer.clear();
            if (!differenceBox.isSelected()) {
                continue;
            }
            if (landShapes != null) {
                layer.set(DifferenceLayer.Part.A_ONLY, landShapes.aOnly());
                layer.set(DifferenceLayer.Part.B_ONLY, landShapes.bOnly());
                layer.set(DifferenceLayer.Part.BOTH, landShapes.both());
            }
            MaritimeChange m = sea.get();
            if (m != null) {
                layer.set(DifferenceLayer.Part.SEA_TO_JAPAN, m.zoneToJapan());
                layer.set(DifferenceLayer.Part.SEA_TO_RUSSIA, m.zoneToRussia());
            }
        }
        mapLegend.setVisible(differenceBox.isSelected());
        /* The map legend lists only the parts drawn (the sea once it is computed). */
        List<DifferenceLayer.Part> drawn = difference == null ? List.of() : difference.parts();
        for (Node n : mapLegend.getChildren()) {
            if (n.getId() != null && n.getId().startsWith("mapLegend-")) {
                boolean sea = n.getId().contains("SEA");
                n.setVisible(!sea || drawn.contains(DifferenceLayer.Part.valueOf(n.getId().substring(10))));
                n.setManaged(n.isVisible());
            }
        }
    }

    private static String key(String a, String b, LocalDate d) {
        return a + "|" + b + "|" + d;
    }

    private static boolean sameKey(MaritimeChange m, ClaimComparison c) {
        return m.claimA().equals(c.claimA()) && m.claimB().equals(c.claimB())
                && java.util.Objects.equals(m.date(), c.date());
    }

    private void computeSea() {
        cancelSeaTask();
        if (!isOn() || !hasSea) {
            return;
        }
        String idA = a().id();
        String idB = b().id();
        LocalDate date = compareDate();
        String key = key(idA, idB, date);
        MaritimeChange cached = seaCache.get(key);
        if (cached != null) {
            sea.set(cached);
            showSea();
            showDifference();
            return;
        }
        sea.set(null);
        seaFigures.setText("Computing the maritime zones under A and B…");
        Task<MaritimeChange> task = new Task<>() {
            @Override
            protected MaritimeChange call() {
                return maritimeOp.get().change(idA, idB, date, this::isCancelled);
            }
        };
        seaTask = task;
        seaProgress.setVisible(true);
        cancelSea.setVisible(true);
        task.setOnSucceeded(e -> {
            seaCache.put(key, task.getValue());
            if (seaTask == task) {
                seaTask = null;
                seaProgress.setVisible(false);
                cancelSea.setVisible(false);
                sea.set(task.getValue());
                showSea();
                showDifference();
            }
        });
        task.setOnFailed(e -> {
            if (seaTask == task) {
                seaTask = null;
                seaProgress.setVisible(false);
                cancelSea.setVisible(false);
                if (!(task.getException() instanceof java.util.concurrent.CancellationException)) {
                    LOG.log(Level.WARNING, "maritime zones failed", task.getException());
                    seaFigures.setText("Maritime zones failed: " + task.getException().getMessage());
                }
            }
        });
        Thread t = new Thread(task, "claimscape-maritime");
        t.setDaemon(true);
        t.start();
    }

    private void cancelSeaTask() {
        if (seaTask != null) {
            seaTask.cancel(false);
            seaTask = null;
        }
        seaProgress.setVisible(false);
        cancelSea.setVisible(false);
    }

    private void showSea() {
        MaritimeChange m = sea.get();
        if (m == null) {
            if (seaTask == null) {
                seaFigures.setText("Sea: tick \"Sea (12 / 200 nm)\" to compute the zones each claim gives each side.");
            }
            return;
        }
        seaFigures.setText(String.format(Locale.ROOT, "Sea changing hands from A to B — 200-nm zone: %s km² to "
                        + "Japan, %s km² to Russia; territorial sea (12 nm): %s km² to Japan, %s km² to Russia.",
                km2(m.zoneToJapanKm2()), km2(m.zoneToRussiaKm2()), km2(m.territorialToJapanKm2()),
                km2(m.territorialToRussiaKm2())));
    }

    private void chooseAndExport() {
        ClaimComparison c = comparison.get();
        if (c == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the comparison as CSV");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        fc.setInitialFileName("compare-" + c.claimA() + "-" + c.claimB() + "-" + c.date() + ".csv");
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            exportCsv(f.toPath());
            view.statusBar().status("Comparison written to " + f);
        } catch (IOException ex) {
            LOG.log(Level.WARNING, "CSV export failed", ex);
            view.statusBar().status("Cannot write " + f + ": " + ex.getMessage());
        }
    }

    static String km2(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
