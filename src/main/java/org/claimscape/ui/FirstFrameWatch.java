package org.claimscape.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.claimscape.map.BasemapTileRetriever;
import org.claimscape.map.MapPane;

/**
 * Watches for the first complete map (overlay drawn and every basemap tile in), logs how long it took from launch,
 * and then runs the next step of the start-up after that frame. FX thread only.
 */
final class FirstFrameWatch {

    private static final Logger LOG = Logger.getLogger(FirstFrameWatch.class.getName());
    private static final long GIVE_UP_NANOS = 60_000_000_000L;

    private FirstFrameWatch() {
    }

    /**
     * @param map             the map
     * @param commitsAtLoad   the overlay's commits when the layers were loaded (a later commit is their drawing)
     * @param startNanos      launch time
     * @param dataLoadedMillis when the layers were loaded, for the log
     * @param complete        gets the milliseconds from launch to the complete map
     * @param then            runs after the frame that shows the complete map
     */
    static void watch(MapPane map, int commitsAtLoad, long startNanos, double dataLoadedMillis,
                      DoubleConsumer complete, Runnable then) {
        new AnimationTimer() {
            private final long started = System.nanoTime();

            @Override
            public void handle(long now) {
                boolean overlayDone = map.overlay().commitsProperty().get() > commitsAtLoad
                        && map.overlay().isIdle();
                boolean tilesDone = BasemapTileRetriever.pendingTiles() == 0 && map.mapView().getWidth() > 0;
                /* Timers run before the pulse's layout: a window still to be laid out is not yet the one shown. */
                boolean laidOut = map.getScene() != null && !map.getScene().getRoot().isNeedsLayout();
                if (overlayDone && tilesDone && laidOut) {
                    double ms = (System.nanoTime() - startNanos) / 1e6;
                    complete.accept(ms);
                    LOG.info(String.format(Locale.ROOT,
                            "first complete map %.0f ms after launch (layers loaded at %.0f ms, overlay drawn "
                                    + "in %.0f ms, %d tiles made, process CPU %.0f ms)", ms, dataLoadedMillis,
                            map.overlay().lastRenderMillis(), BasemapTileRetriever.producedTiles(),
                            processCpuMillis()));
                    stop();
                    Platform.runLater(then);
                } else if (now - started > GIVE_UP_NANOS) {
                    stop();
                }
            }
        }.start();
    }

    /* CPU time says more than wall time on a busy machine. */
    private static double processCpuMillis() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e6
                : Double.NaN;
    }
}
