package org.claimscape.ui.compare;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.claimscape.analysis.MaritimeChange;
import org.claimscape.map.MapNavigator;
import org.claimscape.map.MapPane;
import org.claimscape.map.OverlayLayer;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.compare.CompareModel.CompareKey;
import org.claimscape.ui.compare.CompareModel.LandResult;
import org.claimscape.ui.compare.CompareModel.Mode;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiText;

/**
 * What compare mode attaches to the map while it is on: claim A on the main overlay and claim B on a second
 * overlay clipped at a draggable divider, with a label on each side (swipe), or claim B on a second map that pans
 * and zooms with the main one (side by side); and the difference layers with their legend. Attaches only through
 * {@link MapPane#addLayer}/{@link MapPane#addDecoration} and {@link ExplorerContext#setOverlayFilter}/
 * {@link ExplorerContext#setSecondMap}. FX thread only.
 */
public final class CompareMapOverlay {

    private final ExplorerContext view;
    private final CompareModel model;
    private final Label labelA = mapLabel("compareLabelA");
    private final Label labelB = mapLabel("compareLabelB");
    private final Label sideLabelB = mapLabel("compareSideLabelB");
    private final Region divider = new Region();
    private final Label grip = new Label("◀ ▶");
    private final StackPane swipePane = new StackPane();
    private final VBox mapLegend = legendBox(true);
    private OverlayLayer overlayB;
    private DifferenceLayer difference;
    private DifferenceLayer sideDifference;
    private MapPane sidePane;
    private boolean syncing;
    private boolean applyQueued;

    public CompareMapOverlay(ExplorerContext view, CompareModel model) {
        this.view = view;
        this.model = model;
        buildSwipe();
        mapLegend.setId("compareLegend");
        mapLegend.getStyleClass().add("compare-legend");
        mapLegend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        mapLegend.setMouseTransparent(true);
        StackPane.setAlignment(mapLegend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(mapLegend, new Insets(0, 8, 28, 0));

        /* What the map shows follows the choices; what it draws follows the results. */
        InvalidationListener apply = o -> applyLater();
        model.activeProperty().addListener(apply);
        model.claimAProperty().addListener(apply);
        model.claimBProperty().addListener(apply);
        model.modeProperty().addListener(apply);
        InvalidationListener show = o -> showDifference();
        model.landProperty().addListener(show);
        model.seaProperty().addListener(show);
        model.differenceShownProperty().addListener(show);
        model.splitProperty().addListener(o -> clipOverlays());

        /* Anything that changes what the maps draw changes both sides. */
        ExplorerModel explorer = model.explorer();
        InvalidationListener content = o -> redrawB();
        explorer.viewpointProperty().addListener(content);
        explorer.selectedProperty().addListener(content);
        explorer.layers().addListener(content);
        for (LayerState s : explorer.layers()) {
            s.visibleProperty().addListener(content);
            s.opacityProperty().addListener(content);
        }
        explorer.dateProperty().addListener(o -> {
            if (model.activeProperty().get()) {
                applyLater();
            }
        });
    }

    /** The divider the user drags in swipe mode. */
    public Region divider() {
        return divider;
    }

    /** The second map in side-by-side mode (null otherwise). */
    public MapPane sidePane() {
        return sidePane;
    }

    /** The difference legend: on the map (a title, the parts drawn) or in the panel (every part). */
    static VBox legendBox(boolean onMap) {
        VBox box = new VBox(3);
        if (onMap) {
            Label t = new Label();
            t.textProperty().bind(UiText.text("compare.difference"));
            t.getStyleClass().add("compare-legend-title");
            box.getChildren().add(t);
        }
        for (DifferenceLayer.Part p : DifferenceLayer.Part.values()) {
            Rectangle sw = new Rectangle(16, 11, p.fill());
            sw.setStroke(p.color().darker());
            Label l = new Label(null, sw);
            l.textProperty().bind(UiText.text(p.key()));
            l.setId((onMap ? "mapLegend-" : "legend-") + p.name());
            box.getChildren().add(l);
        }
        return box;
    }

    private static Label mapLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMouseTransparent(true);
        l.getStyleClass().add("compare-map-label");
        return l;
    }

    private void buildSwipe() {
        divider.setId("swipeDivider");
        divider.getStyleClass().add("swipe-divider");
        divider.setPrefWidth(14);
        divider.setMinWidth(14);
        divider.setMaxWidth(14);
        divider.setMaxHeight(Double.MAX_VALUE);
        grip.setMouseTransparent(true);
        grip.getStyleClass().add("swipe-grip");
        grip.setManaged(false);
        Tooltip.install(divider, UiText.tooltip("compare.divider.tip"));
        swipePane.setPickOnBounds(false);
        swipePane.getChildren().addAll(labelA, labelB, divider, grip);
        swipePane.setId("swipePane");
        divider.setManaged(false);
        labelA.setManaged(false);
        labelB.setManaged(false);
        InvalidationListener place = o -> placeSwipe();
        model.splitProperty().addListener(place);
        swipePane.widthProperty().addListener(place);
        swipePane.heightProperty().addListener(place);
        labelA.textProperty().addListener(place);
        labelB.textProperty().addListener(place);
        view.mapPane().viewpointBadge().heightProperty().addListener(place);
        divider.setOnMousePressed(e -> e.consume());
        divider.setOnMouseDragged(e -> {
            double x = swipePane.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            double w = swipePane.getWidth();
            if (w > 0) {
                model.splitProperty().set(Math.max(0.02, Math.min(0.98, x / w)));
            }
            e.consume();
        });
        divider.setOnMouseReleased(e -> e.consume());
        divider.setOnMouseClicked(e -> e.consume());
        UiText.onChange(swipePane, this::labelClaims);
    }

    /* The claims' names on the map, in the interface language. */
    private void labelClaims() {
        CompareKey key = model.key();
        if (key == null) {
            return;
        }
        labelA.setText(UiText.get("compare.label.a", model.label(key.claimA())));
        labelB.setText(UiText.get("compare.label.b", model.label(key.claimB())));
        sideLabelB.setText(labelB.getText());
    }

    // ------------------------------------------------------------------ attaching

    /* Several choices in one event (both claims, mode) make one change of the map. */
    private void applyLater() {
        if (!applyQueued) {
            applyQueued = true;
            Platform.runLater(() -> {
                applyQueued = false;
                apply();
            });
        }
    }

    /** Brings the map in line with the model: detach everything, then attach what the mode needs. */
    private void apply() {
        detach();
        CompareKey key = model.key();
        MapPane main = view.mapPane();
        if (!model.activeProperty().get() || key == null) {
            view.setOverlayFilter(null);
            main.overlay().invalidateContent();
            return;
        }
        labelClaims();
        view.setOverlayFilter(r -> model.withClaim(r, key.claimA()));
        if (model.modeProperty().get() == Mode.SWIPE) {
            overlayB = new OverlayLayer(view.renderer(), main.navigator(),
                    v -> model.withClaim(model.explorer().overlayRequest(v), key.claimB()));
            main.addLayer(overlayB);
            main.addDecoration(swipePane);
            clipOverlays();
        } else {
            attachSideBySide(key.claimB());
            /* Claim A's label leaves the swipe pane for the top of the main map. */
            swipePane.getChildren().remove(labelA);
            StackPane.setAlignment(labelA, Pos.TOP_CENTER);
            StackPane.setMargin(labelA, new Insets(40, 0, 0, 0));
            labelA.setManaged(true);
            main.addDecoration(labelA);
        }
        difference = new DifferenceLayer(main.navigator());
        main.addLayer(difference);
        main.addDecoration(mapLegend);
        if (sidePane != null) {
            sideDifference = new DifferenceLayer(sidePane.navigator());
            sidePane.addLayer(sideDifference);
        }
        showDifference();
        main.overlay().invalidateContent();
    }

    private void detach() {
        MapPane main = view.mapPane();
        if (overlayB != null) {
            main.removeLayer(overlayB);
            overlayB = null;
        }
        if (difference != null) {
            main.removeLayer(difference);
            difference = null;
        }
        main.overlay().setClip(null);
        main.removeDecoration(swipePane);
        main.removeDecoration(mapLegend);
        main.removeDecoration(labelA);
        if (!swipePane.getChildren().contains(labelA)) {
            labelA.setManaged(false);
            StackPane.setMargin(labelA, null);
            swipePane.getChildren().add(0, labelA);
        }
        if (sidePane != null) {
            view.setSecondMap(null);
            sidePane = null;
            sideDifference = null;
        }
    }

    private void attachSideBySide(String idB) {
        MapPane main = view.mapPane();
        MapPane side = new MapPane(view.renderer(), v -> model.withClaim(model.explorer().overlayRequest(v), idB));
        side.setId("sideMap");
        side.viewpointBadge().textProperty().bind(main.viewpointBadge().textProperty());
        side.dateBadge().textProperty().bind(main.dateBadge().textProperty());
        StackPane.setAlignment(sideLabelB, Pos.TOP_CENTER);
        StackPane.setMargin(sideLabelB, new Insets(40, 0, 0, 0));
        side.addDecoration(sideLabelB);
        MapViewport v = main.navigator().viewport();
        side.navigator().setView(v.centerLat(), v.centerLon(), v.zoom());
        sidePane = side;
        view.setSecondMap(side);
        /* A side map that was detached no longer follows, nor leads. */
        main.navigator().addViewListener(() -> {
            if (sidePane == side) {
                follow(main.navigator(), side);
            }
        });
        side.navigator().addViewListener(() -> {
            if (sidePane == side) {
                follow(side.navigator(), main);
            }
        });
    }

    /* Moves the other map to this map's view; small differences are ignored so the two do not echo forever. */
    private void follow(MapNavigator from, MapPane to) {
        if (syncing) {
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
        left.widthProperty().bind(main.mapView().widthProperty().multiply(model.splitProperty()));
        left.heightProperty().bind(main.mapView().heightProperty());
        Rectangle right = new Rectangle();
        right.xProperty().bind(left.widthProperty());
        right.widthProperty().bind(main.mapView().widthProperty().subtract(left.widthProperty()));
        right.heightProperty().bind(main.mapView().heightProperty());
        main.overlay().setClip(left);
        overlayB.setClip(right);
    }

    private void placeSwipe() {
        double w = swipePane.getWidth();
        double h = swipePane.getHeight();
        double x = w * model.splitProperty().get();
        divider.resizeRelocate(x - 7, 0, 14, h);
        grip.autosize();
        grip.relocate(x - grip.getWidth() / 2, h / 2 - grip.getHeight() / 2);
        /* Each label stays on its own side of the divider, shortened with an ellipsis when the side is narrow. */
        /* Below the viewpoint badge, which takes two lines in long languages. */
        Label badge = view.mapPane().viewpointBadge();
        double top = 40;
        if (badge.getScene() != null && swipePane.getScene() == badge.getScene()) {
            top = Math.max(top, swipePane.sceneToLocal(badge.localToScene(badge.getBoundsInLocal())).getMaxY() + 6);
        }
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

    // ------------------------------------------------------------------ the difference

    private void showDifference() {
        boolean shown = model.differenceShownProperty().get();
        LandResult land = model.landProperty().get();
        MaritimeChange m = model.seaProperty().get();
        for (DifferenceLayer layer : new DifferenceLayer[] {difference, sideDifference}) {
            if (layer == null) {
                continue;
            }
            layer.clear();
            if (!shown) {
                continue;
            }
            if (land != null) {
                layer.set(DifferenceLayer.Part.A_ONLY, land.difference().aOnly());
                layer.set(DifferenceLayer.Part.B_ONLY, land.difference().bOnly());
                layer.set(DifferenceLayer.Part.BOTH, land.difference().both());
            }
            if (m != null) {
                layer.set(DifferenceLayer.Part.SEA_TO_JAPAN, m.zoneToJapan());
                layer.set(DifferenceLayer.Part.SEA_TO_RUSSIA, m.zoneToRussia());
            }
        }
        mapLegend.setVisible(shown);
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
}
