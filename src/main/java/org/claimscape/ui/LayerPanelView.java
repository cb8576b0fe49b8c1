package org.claimscape.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerList;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiText;

/**
 * The layer panel: every catalog layer under its group heading (Claims, Military, Projects, Places, Events,
 * Basemap), with its legend swatch or icon, a visibility check box, an opacity slider and a button to zoom to
 * it; its context menu zooms to it and opens its attribute table. Layers are reordered by dragging within their
 * group; the top of the list is drawn last. FX thread only.
 */
public final class LayerPanelView extends VBox implements LayerList {

    private static final DataFormat LAYER_ID = new DataFormat("application/x-claimscape-layer");

    private final ExplorerModel model;
    private final ListView<Object> list = new ListView<>();
    private final Function<LayerState, Node> legend;
    private final Consumer<LayerState> zoomTo;
    private Function<LayerState, List<MenuItem>> contextItems = s -> List.of();
    private Consumer<LayerState> openTable;

    /**
     * @param model  the explorer model
     * @param legend makes the legend swatch or icon of a layer (16×16 or so)
     * @param zoomTo zooms the map to a layer
     */
    public LayerPanelView(ExplorerModel model, Function<LayerState, Node> legend, Consumer<LayerState> zoomTo) {
        this.model = model;
        this.legend = legend;
        this.zoomTo = zoomTo;
        getStyleClass().add("layer-panel");
        Label title = new Label();
        title.textProperty().bind(UiText.text("layers.title"));
        title.getStyleClass().add("panel-title");
        list.setId("layerList");
        list.setCellFactory(v -> new Row());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        model.layers().addListener((InvalidationListener) o -> rebuild());
        UiText.onChange(this, list::refresh);
        rebuild();
    }

    /**
     * Adds entries to a layer's context menu (after "Zoom to layer" and "Open attribute table"); called each time
     * the menu opens.
     */
    @Override
    public void setContextItems(Function<LayerState, List<MenuItem>> items) {
        this.contextItems = items;
    }

    @Override
    public void setOnOpenTable(Consumer<LayerState> open) {
        this.openTable = open;
    }

    @Override
    public LayerState selectedLayer() {
        return list.getSelectionModel().getSelectedItem() instanceof LayerState s ? s : null;
    }

    @Override
    public void refresh() {
        list.refresh();
    }

    /** The list (rows are group heading strings and {@link LayerState}s). */
    public ListView<Object> list() {
        return list;
    }

    private void rebuild() {
        List<Object> rows = new ArrayList<>();
        String group = null;
        for (LayerState s : model.layers()) {
            if (!s.group().equals(group)) {
                group = s.group();
                rows.add(group);
            }
            rows.add(s);
        }
        list.getItems().setAll(rows);
    }

    private final class Row extends ListCell<Object> {
        private LayerState bound;
        private final CheckBox check = new CheckBox();
        private final Slider opacity = new Slider(0, 1, 1);
        private final Label name = new Label();
        private final HBox legendBox = new HBox();
        private final Button zoom = new Button("⤢");
        private final HBox box;

        Row() {
            /* Cells as wide as the list: the title shrinks (with an ellipsis) instead of a horizontal scroll bar. */
            setPrefWidth(0);
            opacity.setPrefWidth(64);
            opacity.setMaxWidth(64);
            opacity.getStyleClass().add("opacity-slider");
            legendBox.setMinSize(18, 18);
            legendBox.setPrefSize(18, 18);
            legendBox.setAlignment(Pos.CENTER);
            zoom.getStyleClass().add("zoom-layer-button");
            zoom.setTooltip(UiText.tooltip("layers.zoom"));
            zoom.setFocusTraversable(false);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setMinWidth(40);
            HBox.setHgrow(name, Priority.ALWAYS);
            box = new HBox(6, check, legendBox, name, opacity, zoom);
            box.setAlignment(Pos.CENTER_LEFT);
            zoom.setOnAction(e -> {
                if (bound != null) {
                    zoomTo.accept(bound);
                }
            });
            MenuItem zoomItem = new MenuItem();
            zoomItem.textProperty().bind(UiText.text("layers.zoom"));
            zoomItem.setOnAction(e -> {
                if (bound != null) {
                    zoomTo.accept(bound);
                }
            });
            MenuItem tableItem = new MenuItem();
            tableItem.setId("openTableItem");
            tableItem.textProperty().bind(UiText.text("table.open"));
            tableItem.setOnAction(e -> {
                if (bound != null && openTable != null) {
                    openTable.accept(bound);
                }
            });
            ContextMenu menu = new ContextMenu(zoomItem);
            setOnDragDetected(e -> {
                if (bound == null) {
                    return;
                }
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.put(LAYER_ID, bound.id());
                db.setContent(c);
                db.setDragView(snapshot(null, null));
                e.consume();
            });
            setOnDragOver(e -> {
                LayerState src = dragged(e.getDragboard());
                if (src != null && bound != null && src != bound && src.group().equals(bound.group())) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                LayerState src = dragged(e.getDragboard());
                boolean ok = src != null && bound != null && src.group().equals(bound.group());
                if (ok) {
                    model.move(src, model.layers().indexOf(bound));
                }
                e.setDropCompleted(ok);
                e.consume();
            });
            setOnContextMenuRequested(e -> {
                if (bound != null) {
                    menu.getItems().setAll(zoomItem);
                    if (openTable != null) {
                        tableItem.setDisable(bound.layer() == null);
                        menu.getItems().add(tableItem);
                    }
                    menu.getItems().addAll(contextItems.apply(bound));
                    menu.show(this, e.getScreenX(), e.getScreenY());
                }
            });
        }

        private LayerState dragged(Dragboard db) {
            Object id = db.getContent(LAYER_ID);
            return id == null ? null : model.layer(id.toString());
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                check.selectedProperty().unbindBidirectional(bound.visibleProperty());
                opacity.valueProperty().unbindBidirectional(bound.opacityProperty());
                bound = null;
            }
            getStyleClass().removeAll("group-heading", "layer-row");
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
            } else if (item instanceof LayerState) {
                LayerState s = (LayerState) item;
                bound = s;
                getStyleClass().add("layer-row");
                check.selectedProperty().bindBidirectional(s.visibleProperty());
                opacity.valueProperty().bindBidirectional(s.opacityProperty());
                boolean loaded = s.layer() != null;
                check.setDisable(!loaded);
                opacity.setDisable(!loaded);
                zoom.setDisable(!loaded);
                check.setId("visible-" + s.id());
                opacity.setId("opacity-" + s.id());
                String title = UiText.layerTitle(s.id(), s.title());
                name.setText(loaded ? title : UiText.get("layers.not-loaded", title));
                legendBox.getChildren().setAll(legend.apply(s));
                String tip = UiText.layerAbout(s.id(), s.entry().description() == null ? title
                        : s.entry().description());
                if (loaded) {
                    tip += "\n" + UiText.get("layers.features", s.layer().size());
                }
                setTooltip(new Tooltip(tip));
                setText(null);
                setGraphic(box);
                setPadding(new Insets(2, 4, 2, 4));
            } else {
                getStyleClass().add("group-heading");
                Label h = new Label(UiText.groupName(item.toString()));
                h.getStyleClass().add("group-heading-label");
                setGraphic(h);
                setText(null);
                setTooltip(null);
            }
        }
    }

    /** A plain colour square, the legend of a layer when no icon or style swatch is known. */
    static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("legend-swatch", styleClass);
        r.setMinSize(14, 14);
        r.setPrefSize(14, 14);
        r.setMaxSize(14, 14);
        return r;
    }

    /**
     * The window's left column: this list above the legend. The list takes the rows it needs, the legend the rest;
     * when short, the list scrolls (the bars stay in view).
     */
    VBox withLegend(LegendView legend, double width) {
        long groups = model.layers().stream().map(LayerState::group).distinct().count();
        list().setPrefHeight((model.layers().size() + groups) * 25 + 8);
        list().setMinHeight(4 * 25 + 8);
        ScrollPane legendScroll = new ScrollPane(legend);
        legendScroll.setFitToWidth(true);
        legendScroll.setMinHeight(60);
        legendScroll.setPrefHeight(60);
        legendScroll.getStyleClass().add("legend-scroll");
        VBox left = new VBox(this, legendScroll);
        VBox.setVgrow(legendScroll, Priority.ALWAYS);
        left.getStyleClass().add("left-column");
        left.setPrefWidth(width);
        return left;
    }
}
