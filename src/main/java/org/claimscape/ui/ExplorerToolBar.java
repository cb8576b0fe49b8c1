package org.claimscape.ui;

import java.util.function.Consumer;
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
 * are made when it joins the window ({@link #joined()}). FX thread only.
 */
final class ExplorerToolBar {

    private final ToolBar bar;
    private final ToggleButton measureButton = new ToggleButton();
    private final ToggleButton compareButton = new ToggleButton();
    private final ComboBox<Viewpoint> viewpointBox = new ComboBox<>();
    private final DeferredTooltips tips = new DeferredTooltips();

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
