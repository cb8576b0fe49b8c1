package org.claimscape.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.claimscape.map.MapPane;
import org.claimscape.ui.text.UiText;

/**
 * The centre of the window: the map with the loading indicator over it until the layers are in, the search
 * results list, and in side-by-side mode a second map to its right. FX thread only.
 */
final class MapArea extends StackPane {

    private final StackPane main;
    private final StackPane loading = new StackPane();
    private final Label loadingLabel = new Label(UiText.get("status.loading"));
    private final ProgressIndicator progress = new ProgressIndicator();
    private Node second;

    MapArea(MapPane map, ListView<?> searchResults) {
        progress.setMaxSize(48, 48);
        VBox box = new VBox(10, progress, loadingLabel);
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(240, 120);
        box.getStyleClass().add("loading-box");
        loading.getChildren().add(box);
        loading.setId("loadingOverlay");
        loading.setPickOnBounds(false);
        main = new StackPane(map, loading);
        /* The list joins the scene when first shown: its skin would cost start-up time before anyone searches. */
        StackPane.setAlignment(searchResults, Pos.TOP_LEFT);
        StackPane.setMargin(searchResults, new Insets(0, 0, 0, 4));
        searchResults.visibleProperty().addListener((o, was, shown) -> {
            if (shown && searchResults.getParent() == null) {
                main.getChildren().add(searchResults);
            }
        });
        getChildren().add(main);
    }

    /** Shows how far loading the layers has come. */
    void loadingProgress(int done, int total) {
        progress.setProgress((double) done / total);
        loadingLabel.setText(UiText.get("map.loading", done, total));
    }

    void loadingFailed(String message) {
        loadingLabel.setText(UiText.get("map.loading-failed", message));
    }

    void loaded() {
        loading.setVisible(false);
        loading.setManaged(false);
    }

    /** Puts a second map to the right of the main one, half and half; null removes it. */
    void setSecondMap(Node map) {
        if (second == map) {
            return;
        }
        if (map == null) {
            getChildren().setAll(main);
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
            grid.setHgap(3);
            grid.add(main, 0, 0);
            grid.add(map, 1, 0);
            getChildren().setAll(grid);
        }
        second = map;
    }
}
