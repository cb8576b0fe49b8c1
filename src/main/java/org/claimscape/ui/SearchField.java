package org.claimscape.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import org.claimscape.model.Viewpoint;
import org.claimscape.search.NameSearch;

/**
 * The search box: as the user types, lists the islands, places, sites and projects whose names match (any
 * script; see {@link NameSearch}); Enter or a click chooses a result. FX thread only.
 */
public final class SearchField extends TextField {

    private final Popup popup = new Popup();
    private final ListView<NameSearch.Hit> results = new ListView<>();
    private Supplier<NameSearch> search = () -> null;
    private Supplier<Viewpoint> viewpoint = () -> Viewpoint.NEUTRAL;
    private Consumer<NameSearch.Hit> onChoose = h -> { };

    public SearchField() {
        setId("searchField");
        setPromptText("Search: Etorofu, 択捉, Итуруп …");
        setPrefColumnCount(22);
        results.setId("searchResults");
        results.setPrefSize(360, 240);
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(NameSearch.Hit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                } else {
                    String label = h.feature().label(viewpoint.get());
                    String extra = label.equals(h.matchedName()) ? "" : " — " + h.matchedName();
                    setText(label + extra + "  [" + h.layerId() + "]");
                }
            }
        });
        popup.getContent().add(results);
        popup.setAutoHide(true);
        textProperty().addListener((o, a, b) -> refresh());
        setOnAction(e -> chooseFirst());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && popup.isShowing()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        results.setOnMouseClicked(e -> choose(results.getSelectionModel().getSelectedItem()));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(results.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                requestFocus();
            }
        });
    }

    /** Where names are looked up (null while the data loads). */
    public void setSearch(Supplier<NameSearch> search) {
        this.search = search;
    }

    public void setViewpoint(Supplier<Viewpoint> viewpoint) {
        this.viewpoint = viewpoint;
    }

    public void setOnChoose(Consumer<NameSearch.Hit> action) {
        onChoose = action;
    }

    /** The current results. */
    public List<NameSearch.Hit> results() {
        return results.getItems();
    }

    /** Chooses the best result, if any. */
    public void chooseFirst() {
        if (!results.getItems().isEmpty()) {
            choose(results.getItems().get(0));
        }
    }

    private void choose(NameSearch.Hit h) {
        if (h != null) {
            popup.hide();
            onChoose.accept(h);
        }
    }

    private void refresh() {
        NameSearch s = search.get();
        List<NameSearch.Hit> hits = s == null ? List.of() : s.search(getText(), 12);
        results.getItems().setAll(hits);
        if (hits.isEmpty()) {
            popup.hide();
        } else if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null
                && getScene().getWindow().isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            if (b != null) {
                popup.show(this, b.getMinX(), b.getMaxY());
            }
        }
    }
}
