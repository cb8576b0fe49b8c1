package org.claimscape.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.claimscape.render.LayerView;
import org.claimscape.render.LegendEntry;
import org.claimscape.render.RenderText;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.text.UiText;

/**
 * The legend of what the map shows now: the renderer's legend entries (one per claim, symbol type and land tint)
 * for the visible layers under the current viewpoint, each with its swatch drawn by the renderer, grouped under
 * the layer title. Follows visibility, order, viewpoint and language changes (the neutral viewpoint's legend is in
 * the interface language). FX thread only.
 */
public final class LegendView extends VBox {

    /** Swatch size in pixels. */
    static final int SWATCH = 18;

    private final ExplorerModel model;

    public LegendView(ExplorerModel model) {
        this.model = model;
        setId("legend");
        getStyleClass().add("legend");
        setSpacing(2);
        InvalidationListener rebuild = o -> rebuild();
        model.layers().addListener(rebuild);
        model.viewpointProperty().addListener(rebuild);
        for (LayerState s : model.layers()) {
            s.visibleProperty().addListener(rebuild);
        }
        UiText.onChange(this, this::rebuild);
        rebuild();
    }

    /** The entries' labels as shown, for tests. */
    public List<String> labels() {
        List<String> out = new ArrayList<>();
        getChildren().forEach(n -> {
            if (n instanceof HBox) {
                ((HBox) n).getChildren().stream().filter(c -> c instanceof Label)
                        .forEach(c -> out.add(((Label) c).getText()));
            }
        });
        return out;
    }

    private void rebuild() {
        List<LayerView> views = new ArrayList<>();
        for (LayerState s : model.layers()) {
            if (s.layer() != null) {
                views.add(new LayerView(s.layer(), s.group(), s.isVisible(), 1.0));
            }
        }
        Collections.reverse(views);
        List<LegendEntry> entries = model.styles().legend(views, model.viewpointProperty().get(), null);
        getChildren().clear();
        Label title = new Label(RenderText.get(UiText.locale(), "legend.title"));
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        String group = null;
        for (LegendEntry e : entries) {
            if (!e.group().equals(group)) {
                group = e.group();
                Label g = new Label(group);
                g.getStyleClass().add("legend-group");
                getChildren().add(g);
            }
            Label text = new Label(e.label());
            text.setWrapText(true);
            HBox row = new HBox(6, swatch(e), text);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }

    /** The renderer's swatch for an entry, drawn at twice the size for crisp edges. */
    static ImageView swatch(LegendEntry e) {
        int px = SWATCH * 2;
        BufferedImage img = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            e.drawSwatch(g, new Rectangle2D.Double(2, 2, px - 4, px - 4));
        } finally {
            g.dispose();
        }
        ImageView iv = new ImageView(SwingFXUtils.toFXImage(img, null));
        iv.setFitWidth(SWATCH);
        iv.setFitHeight(SWATCH);
        iv.setSmooth(true);
        return iv;
    }

    /** A layer's first legend entry as the renderer draws it (16 px), with every entry of the layer in a tooltip. */
    static Node layerSymbol(ExplorerModel m, LayerState s) {
        String fallback = "legend-" + s.group().toLowerCase(Locale.ROOT);
        if (m == null || s.layer() == null) {
            return LayerPanelView.swatch(fallback);
        }
        List<LegendEntry> entries = m.styles().legend(List.of(new LayerView(s.layer(), s.group(), true, 1.0)),
                m.viewpointProperty().get(), null);
        if (entries.isEmpty()) {
            return LayerPanelView.swatch(fallback);
        }
        ImageView iv = swatch(entries.get(0));
        iv.setFitWidth(16);
        iv.setFitHeight(16);
        StringBuilder tip = new StringBuilder();
        for (LegendEntry e : entries) {
            tip.append(tip.length() == 0 ? "" : "\n").append(e.label());
        }
        Tooltip.install(iv, new Tooltip(tip.toString()));
        return iv;
    }
}
