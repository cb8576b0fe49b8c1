package org.claimscape.ui.briefing;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.Printer;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.locationtech.jts.geom.Envelope;

/**
 * Prints a briefing page from the dialog to the default printer without the print dialog (not a test: run its
 * main under a real display, e.g. Xvfb, with a CUPS PDF queue as default printer). Prints the status line;
 * with a file argument, also saves a picture of the dialog there.
 */
public final class BriefingPrintHarness {

    private BriefingPrintHarness() {
    }

    public static void main(String[] args) throws Exception {
        BundledLayers b = BundledLayers.load();
        BriefingContext ctx = new BriefingContext(LayerView.fromCatalog(b.catalog(), b::layer),
                new Envelope(144.9, 149.1, 43.0, 45.8), Viewpoint.NEUTRAL, LocalDate.of(2023, 1, 1),
                new MapRenderer());
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = BriefingDialog.show(null, ctx, BackgroundTasks.onFxThread());
            BriefingDialog d = (BriefingDialog) stage.getScene().getRoot();
            d.status().textProperty().addListener((o, a, s) -> {
                System.out.println("status: " + s);
                if (s != null && (s.startsWith("Sent") || s.startsWith("No printer") || s.startsWith("Cannot")
                        || s.startsWith("The printer"))) {
                    done.countDown();
                }
            });
            TextField handling = (TextField) stage.getScene()
                    .lookup("#handlingField");
            handling.setText("For internal briefing");
            System.out.println("printer: " + Printer.getDefaultPrinter());
            if (args.length > 0) {
                /* Saves a picture of the dialog once its preview is on screen. */
                d.preview().shownProperty().addListener((o, a, p) -> Platform.runLater(() -> {
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(
                                stage.getScene().snapshot(null), null), "png", new File(args[0]));
                        System.out.println("snapshot: " + args[0]);
                    } catch (IOException e) {
                        System.out.println("snapshot failed: " + e);
                    }
                }));
            }
            if (!d.print(false)) {
                done.countDown();
            }
        });
        boolean ok = done.await(120, TimeUnit.SECONDS);
        System.out.println(ok ? "finished" : "timed out");
        Thread.sleep(15000);
        Platform.exit();
        System.exit(0);
    }
}
