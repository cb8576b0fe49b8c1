package org.claimscape.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.claimscape.model.Viewpoint;
import org.claimscape.search.NameSearch;
import org.claimscape.ui.text.UiText;

/**
 * The search box: as the user types, lists the islands, places, sites and projects whose names match (any
 * script; see {@link NameSearch}) in {@link #resultsView()}, a list the window places over the map (a list in
 * the scene, not a popup window, so it shows on every platform and under test); Enter or a click chooses a
 * result, Down moves into the list, Escape clears the search. A search that finds nothing says so in the list's
 * place. FX thread only.
 */
public final class SearchField extends TextField {

    private final ListView<NameSearch.Hit> results = new ListView<>();
    private Supplier<NameSearch> search = () -> null;
    private Supplier<Viewpoint> viewpoint = () -> Viewpoint.NEUTRAL;
    private Consumer<NameSearch.Hit> onChoose = h -> { };
    private Function<String, String> layerTitle = id -> id;
    private final Label none = new Label();

    public SearchField() {
        setId("searchField");
        promptTextProperty().bind(UiText.text("search.prompt"));
        setPrefColumnCount(22);
        results.setId("searchResults");
        results.setPrefSize(380, 240);
        results.setMaxWidth(380);
        results.setMaxHeight(Region.USE_PREF_SIZE);
        results.getStyleClass().add("search-results");
        none.setId("searchNone");
        none.setWrapText(true);
        results.setPlaceholder(none);
        hideResults();
        results.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(NameSearch.Hit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                } else {
                    String label = h.feature().label(viewpoint.get());
                    String extra = label.contains(h.matchedName()) ? "" : " — " + h.matchedName();
                    setText(label + extra + "  (" + layerTitle.apply(h.layerId()) + ")");
                }
            }
        });
        focusedProperty().addListener((o, a, f) -> {
            if (!f && !results.isFocused()) {
                hideResults();
            }
        });
        results.focusedProperty().addListener((o, a, f) -> {
            if (!f && !isFocused()) {
                hideResults();
            }
        });
        textProperty().addListener((o, a, b) -> refresh());
        setOnAction(e -> chooseFirst());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && results.isVisible()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                clear();
                hideResults();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> choose(results.getSelectionModel().getSelectedItem()));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(results.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                clear();
                hideResults();
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

    /** How a layer id is shown next to a result. */
    public void setLayerTitles(Function<String, String> titles) {
        layerTitle = titles;
    }

    public void setOnChoose(Consumer<NameSearch.Hit> action) {
        onChoose = action;
    }

    /** The list of results, to be placed over the map by the window; hidden while there are none. */
    public ListView<NameSearch.Hit> resultsView() {
        return results;
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
            hideResults();
            onChoose.accept(h);
        }
    }

    private void refresh() {
        NameSearch s = search.get();
        String text = getText() == null ? "" : getText().strip();
        List<NameSearch.Hit> hits = s == null || text.isEmpty() ? List.of() : s.search(text, 12);
        results.getItems().setAll(hits);
        if (text.isEmpty() || s == null || !isFocused()) {
            hideResults();
        } else {
            none.setText(UiText.get("search.none", text));
            results.setPrefHeight(hits.isEmpty() ? 40 : Math.min(240, hits.size() * 24 + 4));
            results.setVisible(true);
        }
    }

    private void hideResults() {
        results.setVisible(false);
    }
}
