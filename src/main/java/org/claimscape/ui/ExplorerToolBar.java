package org.claimscape.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.claimscape.map.MapPane;
import org.claimscape.model.Viewpoint;
import org.claimscape.ui.text.UiText;

/**
 * The window's tool bar: home, zoom, measure, compare, search, viewpoint, settings and briefing map. Its tooltips
 * are made when it joins the window ({@link #joined()}). In a narrow window it never overflows (its overflow menu
 * would open beside the window): the search field narrows, and the settings and briefing buttons (also in the
 * Tools menu) and the viewpoint's label make way. The buttons that act on the map leave the keyboard focus on it.
 * FX thread only.
 */
final class ExplorerToolBar {

    private final ToolBar bar;
    private final ToggleButton measureButton = new ToggleButton();
    private final ToggleButton compareButton = new ToggleButton();
    private final ComboBox<Viewpoint> viewpointBox = new ComboBox<>();
    private final DeferredTooltips tips = new DeferredTooltips();
    /* The search field's widths, and the space kept for the tool bar's gaps and padding. */
    private static final double SEARCH_MAX = 275;
    private static final double SEARCH_MIN = 120;
    private static final double GAP = 8;
    private final List<Node> essential = new ArrayList<>();
    /* Given up in this order as the window narrows. */
    private final List<Node> optional = new ArrayList<>();
    private final SearchField search;

    /**
     * @param map         the map the zoom and measure buttons work on
     * @param search      the search field
     * @param viewpoint   the viewpoint shown first
     * @param home        flies home
     * @param settings    opens the settings
     * @param briefing    opens the briefing-map dialog
     * @param onViewpoint gets the viewpoint the user chooses
     */
    ExplorerToolBar(MapPane map, SearchField search, Viewpoint viewpoint, Runnable home, Runnable settings,
                    Runnable briefing, Consumer<Viewpoint> onViewpoint) {
        Button homeButton = button("toolbar.home", "homeButton", home, "toolbar.home.tip");
        Button zoomIn = button("toolbar.zoom-in", "zoomInButton", () -> map.zoomStep(1), "toolbar.zoom-in.tip");
        Button zoomOut = button("toolbar.zoom-out", "zoomOutButton", () -> map.zoomStep(-1), "toolbar.zoom-out.tip");
        measureButton.setId("measureButton");
        measureButton.textProperty().bind(UiText.text("toolbar.measure"));
        tips.tip(measureButton, "toolbar.measure.tip");
        measureButton.selectedProperty().addListener((o, a, on) -> {
            map.modeProperty().set(on ? MapPane.Mode.MEASURE : MapPane.Mode.NAVIGATE);
            if (!on) {
                map.measure().clear();
            }
        });
        compareButton.setId("compareButton");
        compareButton.textProperty().bind(UiText.text("toolbar.compare"));
        tips.tip(compareButton, "toolbar.compare.tip");
        tips.tip(search, "toolbar.search.tip");

        viewpointBox.setId("viewpointBox");
        viewpointBox.getItems().setAll(Viewpoint.values());
        /* The list names each viewpoint's islands; the box shows the viewpoint only (the badge says the rest). */
        viewpointBox.setConverter(UiText.viewpoints(true));
        viewpointBox.setButtonCell(viewpointCell());
        /* Else the box is as wide as its longest item, and the Russian tool bar overflows at 1280 pixels. */
        viewpointBox.setPrefWidth(150);
        UiText.onChange(viewpointBox, () -> {
            viewpointBox.setConverter(UiText.viewpoints(true));
            viewpointBox.setButtonCell(viewpointCell());
        });
        viewpointBox.setValue(viewpoint);
        tips.tip(viewpointBox, "toolbar.viewpoint.tip");
        viewpointBox.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                onViewpoint.accept(b);
            }
        });
        Button settingsButton = new Button();
        settingsButton.textProperty().bind(UiText.text("toolbar.settings"));
        settingsButton.setId("settingsButton");
        settingsButton.setOnAction(e -> settings.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button briefingButton = button("toolbar.briefing", "briefingButton", briefing, "toolbar.briefing.tip");
        Label viewpointLabel = new Label();
        viewpointLabel.textProperty().bind(UiText.text("toolbar.viewpoint"));
        bar = new ToolBar(homeButton, zoomIn, zoomOut, measureButton, compareButton, search, spacer,
                viewpointLabel, viewpointBox, settingsButton, briefingButton);
        this.search = search;
        essential.addAll(List.of(homeButton, zoomIn, zoomOut, measureButton, compareButton, search, spacer,
                viewpointBox));
        optional.addAll(List.of(settingsButton, briefingButton, viewpointLabel));
        for (Node n : List.of(homeButton, zoomIn, zoomOut, measureButton, compareButton)) {
            n.setFocusTraversable(false);
        }
        bar.widthProperty().addListener(o -> fit());
        UiText.onChange(bar, this::fit);
    }

    /* The items that fit the bar's width, in their order, with the search field as wide as the rest leaves. */
    private void fit() {
        double available = bar.getWidth() - bar.getInsets().getLeft() - bar.getInsets().getRight() - GAP;
        if (available <= 0) {
            return;
        }
        double fixed = 0;
        for (Node n : essential) {
            fixed += (n == search ? 0 : n.prefWidth(-1)) + GAP;
        }
        List<Node> kept = new ArrayList<>(optional);
        while (!kept.isEmpty() && fixed + SEARCH_MIN + widths(kept) > available) {
            kept.remove(0);
        }
        double searchWidth = Math.max(SEARCH_MIN, Math.min(SEARCH_MAX, available - fixed - widths(kept)));
        search.setPrefWidth(searchWidth);
        List<Node> items = new ArrayList<>();
        for (Node n : bar.getItems().isEmpty() ? essential : allItems()) {
            if (essential.contains(n) || kept.contains(n)) {
                items.add(n);
            }
        }
        if (!items.equals(bar.getItems())) {
            bar.getItems().setAll(items);
        }
    }

    private double widths(List<Node> nodes) {
        double w = 0;
        for (Node n : nodes) {
            w += n.prefWidth(-1) + GAP;
        }
        return w;
    }

    /* Every item in the tool bar's order, shown or not. */
    private List<Node> allItems() {
        List<Node> all = new ArrayList<>(essential);
        Node viewpointLabel = optional.get(2);
        all.add(all.indexOf(viewpointBox), viewpointLabel);
        all.add(optional.get(0));
        all.add(optional.get(1));
        return all;
    }

    private static ListCell<Viewpoint> viewpointCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Viewpoint v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : UiText.viewpoints(false).toString(v));
            }
        };
    }

    private Button button(String key, String id, Runnable action, String tipKey) {
        Button b = new Button();
        b.textProperty().bind(UiText.text(key));
        b.setId(id);
        tips.tip(b, tipKey);
        b.setOnAction(e -> action.run());
        return b;
    }

    ToolBar bar() {
        return bar;
    }

    ToggleButton compareButton() {
        return compareButton;
    }

    ToggleButton measureButton() {
        return measureButton;
    }

    ComboBox<Viewpoint> viewpointBox() {
        return viewpointBox;
    }

    /** The bar is in the window: make its tooltips. */
    void joined() {
        tips.install();
    }
}
