package org.claimscape.ui;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.claimscape.map.MapPane;
import org.claimscape.model.Viewpoint;

/**
 * The window's tool bar: home, zoom, measure, compare, search, viewpoint, settings and briefing map. Its tooltips
 * are made when it joins the window ({@link #joined()}). FX thread only.
 */
final class ExplorerToolBar {

    private final ToolBar bar;
    private final ToggleButton measureButton = new ToggleButton("Measure");
    private final ToggleButton compareButton = new ToggleButton("Compare claims");
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
        Button homeButton = button("⌂ Home", "homeButton", home,
                "Back to the Southern Kurils / Northern Territories (Home key)");
        Button zoomIn = button("+", "zoomInButton", () -> map.zoomStep(1),
                "Zoom in (+, wheel, double-click; shift-drag for a zoom box)");
        Button zoomOut = button("−", "zoomOutButton", () -> map.zoomStep(-1), "Zoom out (-)");
        measureButton.setId("measureButton");
        tips.tip(measureButton, "Click points on the map to measure geodesic distance; click the first point again "
                + "to close the shape and get its area. Backspace removes a point, Esc clears.");
        measureButton.selectedProperty().addListener((o, a, on) -> {
            map.modeProperty().set(on ? MapPane.Mode.MEASURE : MapPane.Mode.NAVIGATE);
            if (!on) {
                map.measure().clear();
            }
        });
        compareButton.setId("compareButton");
        tips.tip(compareButton, "Compare two claims: swipe or side by side, difference map, km² table");
        tips.tip(search, "Find islands, places, sites and projects by any name, in Latin, Japanese or Cyrillic "
                + "script (Ctrl+F)");

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
        viewpointBox.setValue(viewpoint);
        tips.tip(viewpointBox, "Naming viewpoint: place names and the island group's name");
        viewpointBox.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                onViewpoint.accept(b);
            }
        });
        Button settingsButton = new Button("Settings…");
        settingsButton.setId("settingsButton");
        settingsButton.setOnAction(e -> settings.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button briefingButton = button("Briefing map…", "briefingButton", briefing,
                "Lay out, preview, print or export a briefing map of this view (Ctrl+P)");
        bar = new ToolBar(homeButton, zoomIn, zoomOut, measureButton, compareButton, search, spacer,
                new Label("Viewpoint:"), viewpointBox, settingsButton, briefingButton);
    }

    private Button button(String text, String id, Runnable action, String tip) {
        Button b = new Button(text);
        b.setId(id);
        tips.tip(b, tip);
        b.setOnAction(e -> action.run());
        return b;
    }

    ToolBar bar() {
        return bar;
    }

    ToggleButton compareButton() {
        return compareButton;
    }

    ComboBox<Viewpoint> viewpointBox() {
        return viewpointBox;
    }

    /** The bar is in the window: make its tooltips. */
    void joined() {
        tips.install();
    }
}
