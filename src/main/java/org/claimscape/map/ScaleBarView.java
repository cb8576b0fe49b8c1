package org.claimscape.map;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.claimscape.analysis.Geodesy;
import org.claimscape.render.MapViewport;

/**
 * A scale bar for the map's centre latitude: a bar of a round length (1, 2 or 5 × 10ⁿ metres) no longer than
 * {@link #MAX_WIDTH} pixels, measured geodesically along the centre's parallel (Web Mercator's scale changes with
 * latitude). FX thread only.
 */
public final class ScaleBarView extends VBox {

    /** Longest bar in pixels. */
    public static final double MAX_WIDTH = 140;

    private final Region bar = new Region();
    private final Label label = new Label();
    private double metres;

    public ScaleBarView() {
        getStyleClass().add("scale-bar");
        bar.getStyleClass().add("scale-bar-line");
        label.getStyleClass().add("scale-bar-label");
        getChildren().addAll(label, bar);
        setMaxWidth(USE_PREF_SIZE);
    }

    /** The length the bar stands for, in metres. */
    public double metres() {
        return metres;
    }

    /** Bar width in pixels. */
    public double barWidth() {
        return bar.getPrefWidth();
    }

    public String text() {
        return label.getText();
    }

    /** Sizes the bar for the view. */
    public void update(MapViewport v) {
        double x0 = v.width() / 2.0;
        double lat = v.centerLat();
        double perPx = Geodesy.distanceMetres(lat, v.lon(x0), lat, v.lon(x0 + 100)) / 100;
        if (!(perPx > 0)) {
            return;
        }
        metres = roundLength(perPx * MAX_WIDTH);
        double px = metres / perPx;
        bar.setPrefWidth(px);
        bar.setMinWidth(px);
        bar.setMaxWidth(px);
        label.setText(format(metres));
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above {@code max}. */
    static double roundLength(double max) {
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= max) {
                return m * p;
            }
        }
        return p;
    }

    static String format(double m) {
        return m >= 1000 ? String.format(java.util.Locale.ROOT, "%.0f km", m / 1000)
                : String.format(java.util.Locale.ROOT, "%.0f m", m);
    }
}
