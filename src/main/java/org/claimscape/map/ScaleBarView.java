package org.claimscape.map;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.claimscape.render.MapViewport;
import org.claimscape.render.ScaleBar;

/**
 * A scale bar for the map's centre latitude, in kilometres and nautical miles (round lengths from
 * {@link ScaleBar}), no longer than {@link #MAX_WIDTH} pixels; the ground size of a pixel is taken along the
 * centre's parallel on the ellipsoid ({@link MapViewport#metresPerPixel}; Web Mercator's scale changes with
 * latitude), as on printed maps. FX thread only.
 */
public final class ScaleBarView extends VBox {

    /** Longest bar in pixels. */
    public static final double MAX_WIDTH = 140;

    private final Region bar = new Region();
    private final Label label = new Label();
    private final Region nmBar = new Region();
    private final Label nmLabel = new Label();
    private double metres;
    private Wording wording = new Wording() {
        @Override
        public String km(ScaleBar bar) {
            return bar.kmText();
        }

        @Override
        public String nm(ScaleBar bar) {
            return bar.nmText() + "  (true at " + String.format(Locale.ROOT, "%.1f°", bar.latitude()) + ")";
        }
    };
    private MapViewport last;

    /** How the bar's two lines are written (the window writes them in its language). */
    public interface Wording {
        /** The kilometre line: "50 km", "200 m". */
        String km(ScaleBar bar);

        /** The nautical-mile line, with the latitude the bar is true at. */
        String nm(ScaleBar bar);
    }

    public ScaleBarView() {
        getStyleClass().add("scale-bar");
        bar.getStyleClass().add("scale-bar-line");
        nmBar.getStyleClass().addAll("scale-bar-line", "scale-bar-nm");
        label.getStyleClass().add("scale-bar-label");
        nmLabel.getStyleClass().add("scale-bar-label");
        getChildren().addAll(label, bar, nmBar, nmLabel);
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

    /** Words the bar's lines anew, and keeps that wording. */
    public void setWording(Wording w) {
        wording = w;
        if (last != null) {
            update(last);
        }
    }

    /** Sizes the bar for the view. */
    public void update(MapViewport v) {
        last = v;
        ScaleBar sb = ScaleBar.of(v, MAX_WIDTH);
        if (!(sb.kmLength() > 0)) {
            return;
        }
        metres = sb.km() * 1000;
        size(bar, sb.kmLength());
        size(nmBar, sb.nmLength());
        label.setText(wording.km(sb));
        nmLabel.setText(wording.nm(sb));
    }

    private static void size(Region r, double px) {
        r.setPrefWidth(px);
        r.setMinWidth(px);
        r.setMaxWidth(px);
    }

}
