package org.claimscape.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.claimscape.render.AutomaticStyle;
import org.claimscape.render.IconLibrary;
import org.claimscape.render.LayerStyle;
import org.claimscape.ui.explorer.LayerState;

/**
 * Edits a user layer's style: fill, stroke and its width, opacity, point icon and label property. FX thread
 * only.
 */
public final class LayerStyleDialog {

    /** The bundled icon names ({@code icons/<name>.svg}). */
    public static final List<String> ICONS = List.of("site", "event", "settlement", "port", "airfield",
            "naval-base", "garrison", "barracks", "missile-battery", "air-defence", "border-post", "aquaculture",
            "fishing", "greenhouse", "tourism", "hospitality", "hospital", "transport", "power-plant", "wind-power",
            "waste", "cape");

    /** What the user chose. */
    public record Result(LayerStyle style, double opacity) {
    }

    private static final String AUTOMATIC_ICON = "(by the type property)";
    private static final String NAMES = "(names under the viewpoint)";

    private LayerStyleDialog() {
    }

    /** Shows the dialog; empty when cancelled. */
    public static Optional<Result> edit(Window owner, LayerState layer, LayerStyle current, IconLibrary icons) {
        LayerStyle s = current != null ? current : AutomaticStyle.forLayer(layer.layer(), List.of());
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Style of " + layer.title());
        ColorPicker fill = new ColorPicker(fx(s.fill()));
        fill.setId("styleFill");
        ColorPicker stroke = new ColorPicker(fx(s.stroke()));
        stroke.setId("styleStroke");
        Spinner<Double> width = new Spinner<>(0.0, 12.0, s.strokeWidth(), 0.5);
        width.setEditable(true);
        Slider opacity = new Slider(0, 1, layer.opacityProperty().get());
        opacity.setShowTickMarks(true);
        opacity.setMajorTickUnit(0.25);
        ComboBox<String> icon = new ComboBox<>();
        icon.getItems().add(AUTOMATIC_ICON);
        for (String i : ICONS) {
            if (icons.has(i)) {
                icon.getItems().add(i);
            }
        }
        icon.setValue(s.icon() == null ? AUTOMATIC_ICON : s.icon());
        ComboBox<String> label = new ComboBox<>();
        label.getItems().add(NAMES);
        List<String> props = new ArrayList<>(layer.layer().propertyNames());
        label.getItems().addAll(props);
        label.setValue(s.labelProperty() == null ? NAMES : s.labelProperty());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label("Fill (areas)"), fill);
        g.addRow(1, new Label("Stroke (lines, outlines, symbol ring)"), stroke);
        g.addRow(2, new Label("Stroke width (px)"), width);
        g.addRow(3, new Label("Opacity"), opacity);
        g.addRow(4, new Label("Icon (points)"), icon);
        g.addRow(5, new Label("Label"), label);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get() != ButtonType.OK) {
            return Optional.empty();
        }
        double w = width.getValue() == null ? s.strokeWidth() : width.getValue();
        LayerStyle out = new LayerStyle(awt(fill.getValue()), awt(stroke.getValue()),
                (float) Math.max(0, Math.min(12, w)), AUTOMATIC_ICON.equals(icon.getValue()) ? null : icon.getValue(),
                NAMES.equals(label.getValue()) ? null : label.getValue());
        return Optional.of(new Result(out, opacity.getValue()));
    }

    static Color fx(java.awt.Color c) {
        return c == null ? Color.TRANSPARENT : Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }

    static java.awt.Color awt(Color c) {
        if (c == null || c.getOpacity() == 0) {
            return null;
        }
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                (float) c.getOpacity());
    }
}
