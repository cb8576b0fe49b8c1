package org.claimscape.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.text.UiText;

/**
 * The status bar: cursor position in degrees-minutes and decimal degrees, the map scale (1:N at the screen's
 * resolution, measured geodesically at the view's centre latitude), the zoom, the measure tool's result and a
 * status message. FX thread only.
 */
public final class StatusBarView extends HBox {

    private final Label cursorDm = new Label("—");
    private final Label cursorDec = new Label("");
    private final Label scale = new Label("");
    private final Label zoom = new Label("");
    private final Label measure = new Label("");
    private final Label status = new Label("");

    public StatusBarView() {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(3, 8, 3, 8));
        cursorDm.setId("cursorDm");
        cursorDec.setId("cursorDecimal");
        scale.setId("mapScale");
        zoom.setId("mapZoom");
        measure.setId("measureResult");
        status.setId("statusMessage");
        cursorDm.setMinWidth(190);
        cursorDec.setMinWidth(140);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(cursorDm, cursorDec, new Separator(Orientation.VERTICAL), scale, zoom,
                new Separator(Orientation.VERTICAL), measure, spacer, status);
    }

    /** Shows the cursor position, or a dash when the cursor is off the map. */
    public void cursor(double lat, double lon) {
        if (Double.isNaN(lat) || Double.isNaN(lon)) {
            cursorDm.setText("—");
            cursorDec.setText("");
        } else {
            cursorDm.setText(CoordinateFormat.degreesMinutes(lat, lon));
            cursorDec.setText(CoordinateFormat.decimal(lat, lon));
        }
    }

    /** Shows the scale and zoom of the view. */
    public void view(MapViewport v) {
        scale.setText(UiText.get("status.scale", UiText.integer(Math.round(scaleDenominator(v, dpi())))));
        zoom.setText(UiText.get("status.zoom", UiText.number(v.zoom(), 1)));
    }

    public void measure(String text) {
        measure.setText(text);
    }

    public void status(String text) {
        status.setText(text);
    }

    public Label scaleLabel() {
        return scale;
    }

    public Label measureLabel() {
        return measure;
    }

    /**
     * The N of 1:N at the view's centre: ground metres per screen pixel (along the centre parallel)
     * divided by the pixel's physical size.
     */
    public static double scaleDenominator(MapViewport v, double dpi) {
        double groundPerPx = v.metresPerPixel(v.centerLat());
        double screenPerPx = 0.0254 / dpi;
        return groundPerPx / screenPerPx;
    }

    private static double dpi() {
        double d = Screen.getPrimary().getDpi();
        return d > 20 ? d : 96;
    }
}
