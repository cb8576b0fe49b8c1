package org.claimscape.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.claimscape.ui.ExplorerView;
import org.claimscape.ui.compare.CompareModel;
import org.claimscape.ui.compare.ComparePanel;

/**
 * Manual harness: opens the explorer window and walks through the time slider and compare mode, writing
 * {@code /tmp/cmp_step_NAME} when a step is on screen and waiting for {@code /tmp/cmp_ack_NAME} (a screenshot
 * script takes the picture in between).
 */
public final class CompareShots {
    private CompareShots() {
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            try {
                script();
            } catch (Exception e) {
                e.printStackTrace();
            }
            Platform.exit();
        });
        t.setDaemon(true);
        t.start();
        Application.launch(ClaimscapeApp.class, args);
    }

    private static void script() throws Exception {
        Node root = null;
        while (root == null || root.lookup("#comparePanel") == null) {
            Thread.sleep(500);
            root = fx(() -> Window.getWindows().isEmpty() ? null : Window.getWindows().get(0).getScene().getRoot());
        }
        Node r = root;
        Thread.sleep(4000);
        for (String year : new String[] {"1855", "1875", "1900", "1945", "1956", "2017", "2022"}) {
            fx(() -> {
                ((Slider) r.lookup("#timeSlider")).setValue(Integer.parseInt(year));
                return null;
            });
            step("year" + year);
        }
        fx(() -> {
            ((CheckBox) r.lookup("#allDates")).setSelected(true);
            ((ToggleButton) r.lookup("#compareButton")).setSelected(true);
            ((ComparePanel) r.lookup("#comparePanel")).model().setClaims("jp-claim", "declaration-1956");
            Stage st = (Stage) r.getScene().getWindow();
            st.setX(0);
            st.setY(0);
            st.setWidth(1600);
            st.setHeight(1000);
            return null;
        });
        Thread.sleep(12000);
        step("swipe");
        fx(() -> {
            ((ExplorerView) r).mapPane().navigator().setView(43.95, 146.1, 8.6);
            ((ComparePanel) r.lookup("#comparePanel")).model().splitProperty().set(0.45);
            return null;
        });
        step("swipe_zoom");
        fx(() -> {
            ((ComparePanel) r.lookup("#comparePanel")).model().splitProperty().set(0.62);
            ((ComparePanel) r.lookup("#comparePanel")).seaBox().setSelected(true);
            return null;
        });
        Thread.sleep(15000);
        step("swipe_sea");
        fx(() -> {
            ((ComparePanel) r.lookup("#comparePanel")).seaBox().setSelected(false);
            ((ComparePanel) r.lookup("#comparePanel")).model().modeProperty().set(CompareModel.Mode.SIDE_BY_SIDE);
            return null;
        });
        Thread.sleep(4000);
        step("side");
    }

    private static void step(String name) throws Exception {
        Thread.sleep(2500);
        Files.writeString(Path.of("/tmp/cmp_step_" + name), name);
        Path ack = Path.of("/tmp/cmp_ack_" + name);
        while (!Files.exists(ack)) {
            Thread.sleep(200);
        }
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        Object[] out = new Object[1];
        Exception[] err = new Exception[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out[0] = c.call();
            } catch (Exception e) {
                err[0] = e;
            }
            done.countDown();
        });
        done.await();
        if (err[0] != null) {
            throw err[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
