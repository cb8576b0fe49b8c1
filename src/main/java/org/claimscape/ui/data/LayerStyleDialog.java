package org.claimscape.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
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
import javafx.util.StringConverter;
import org.claimscape.render.AutomaticStyle;
import org.claimscape.render.IconLibrary;
import org.claimscape.render.LayerStyle;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

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

    /* The boxes' first choice, "automatic": shown in words, never a real icon or property name. */
    private static final String AUTOMATIC_ICON = "";
    private static final String NAMES = "";

    private LayerStyleDialog() {
    }

    /** Shows the dialog; empty when cancelled. */
    public static Optional<Result> edit(Window owner, LayerState layer, LayerStyle current, IconLibrary icons) {
        LayerStyle s = current != null ? current : AutomaticStyle.forLayer(layer.layer(), List.of());
        Dialog<ButtonType> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(UiText.get("style.title", UiText.layerTitle(layer.id(), layer.title())));
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
        icon.setConverter(named(i -> i.isEmpty() ? UiText.get("style.icon.automatic") : UiText.typeName(i)));
        ComboBox<String> label = new ComboBox<>();
        label.getItems().add(NAMES);
        List<String> props = new ArrayList<>(layer.layer().propertyNames());
        label.getItems().addAll(props);
        label.setValue(s.labelProperty() == null ? NAMES : s.labelProperty());
        label.setConverter(named(p -> p.isEmpty() ? UiText.get("style.label.names") : p));
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(UiText.get("style.fill")), fill);
        g.addRow(1, new Label(UiText.get("style.stroke")), stroke);
        g.addRow(2, new Label(UiText.get("style.width")), width);
        g.addRow(3, new Label(UiText.get("style.opacity")), opacity);
        g.addRow(4, new Label(UiText.get("style.icon")), icon);
        g.addRow(5, new Label(UiText.get("style.label")), label);
        d.getDialogPane().setContent(g);
        ButtonType ok = UiDialogs.ok();
        d.getDialogPane().getButtonTypes().setAll(ok, UiDialogs.cancel());
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get() != ok) {
            return Optional.empty();
        }
        double w = width.getValue() == null ? s.strokeWidth() : width.getValue();
        LayerStyle out = new LayerStyle(awt(fill.getValue()), awt(stroke.getValue()),
                (float) Math.max(0, Math.min(12, w)), AUTOMATIC_ICON.equals(icon.getValue()) ? null : icon.getValue(),
                NAMES.equals(label.getValue()) ? null : label.getValue());
        return Optional.of(new Result(out, opacity.getValue()));
    }

    private static StringConverter<String> named(UnaryOperator<String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : words.apply(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
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
