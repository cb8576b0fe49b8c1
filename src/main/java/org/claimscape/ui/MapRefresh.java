package org.claimscape.ui;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.util.Duration;
import org.claimscape.map.MapPane;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.time.TimeBar;

/**
 * Keeps the map drawing what the model says: a change of a layer's visibility or opacity, of the order, viewpoint,
 * date or selection redraws the overlay, and one that touches the basemap rebuilds its tiles after a short pause
 * (a slider dragged through many values rebuilds them once). FX thread only.
 */
final class MapRefresh {

    private MapRefresh() {
    }

    /**
     * Makes the map follow the model from now on, and installs its basemap.
     *
     * @param titleChanged told when the viewpoint or date changes the window's title
     */
    static void follow(ExplorerModel m, MapPane mapPane, BasemapSwitch basemap, Runnable titleChanged) {
        PauseTransition basemapDebounce = new PauseTransition(Duration.millis(150));
        basemapDebounce.setOnFinished(e -> basemap.install(m));
        for (LayerState s : m.layers()) {
            InvalidationListener changed = o -> {
                if (s.isDrawnAsTiles()) {
                    basemapDebounce.playFromStart();
                } else {
                    mapPane.overlay().invalidateContent();
                }
            };
            s.visibleProperty().addListener(changed);
            s.opacityProperty().addListener(changed);
        }
        m.layers().addListener((InvalidationListener) o -> {
            mapPane.overlay().invalidateContent();
            basemapDebounce.playFromStart();
        });
        m.viewpointProperty().addListener(o -> {
            titleChanged.run();
            mapPane.overlay().invalidateContent();
            basemapDebounce.playFromStart();
        });
        m.selectedProperty().addListener(o -> mapPane.overlay().invalidateContent());
        m.dateProperty().addListener(o -> {
            mapPane.dateBadge().setText(TimeBar.badgeText(m.dateProperty().get()));
            titleChanged.run();
            mapPane.overlay().invalidateContent();
            basemapDebounce.playFromStart();
        });
        basemap.install(m);
    }
}
