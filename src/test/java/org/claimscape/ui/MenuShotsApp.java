package org.claimscape.ui;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.claimscape.ui.explorer.MapData;

/**
 * Manual harness: opens the window off screen (Monocle) in a language ({@code en}, {@code ja}, {@code ru}, the
 * first argument) and writes each menu of the menu bar, as it opens, to {@code DIR/menu-LANG-N.png} (the second
 * argument), for looking at the menus' words where a screenshot of popups is not to be had.
 */
public final class MenuShotsApp {

    private MenuShotsApp() {
    }

    public static void main(String[] args) throws Exception {
        String lang = args.length > 0 ? args[0] : "en";
        File dir = new File(args.length > 1 ? args[1] : "/tmp");
        MapData data = BundledMapData.load();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExplorerView[] view = new ExplorerView[1];
        Platform.runLater(() -> {
            try {
                WindowState i = WindowState.initial();
                view[0] = TestWindows.explorer(() -> data, new WindowState(i.x(), i.y(), i.width(), i.height(), false,
                        i.centerLat(), i.centerLon(), i.zoom(), null, List.of(), i.viewpoint(), false, lang));
                Stage stage = new Stage();
                stage.setScene(new Scene(view[0], 1280, 820));
                stage.show();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((view[0] == null || view[0].model() == null) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        Thread.sleep(1500);
        int n = 0;
        for (Menu m : view[0].menuBar().getMenus()) {
            int i = n++;
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                m.show();
                shown.countDown();
            });
            shown.await();
            Thread.sleep(600);
            CountDownLatch shot = new CountDownLatch(1);
            Platform.runLater(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof PopupWindow && w.isShowing()) {
                        WritableImage img = w.getScene().getRoot().snapshot(null, null);
                        try {
                            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png",
                                    new File(dir, "menu-" + lang + "-" + i + ".png"));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                m.hide();
                shot.countDown();
            });
            shot.await();
        }
        Files.createDirectories(dir.toPath());
        Platform.exit();
        System.exit(0);
    }
}
