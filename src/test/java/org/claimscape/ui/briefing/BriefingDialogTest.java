package org.claimscape.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.claimscape.export.BriefingPage;
import org.claimscape.io.BundledLayers;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The briefing dialog headless (Monocle): preview, fields, export and the no-printer message. */
@ExtendWith(ApplicationExtension.class)
class BriefingDialogTest {

    private static List<LayerView> layers;

    @TempDir
    Path dir;

    private BriefingDialog dialog;

    @BeforeAll
    static void load() throws Exception {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    @Start
    void start(Stage stage) {
        BriefingContext ctx = new BriefingContext(layers, new Envelope(145.0, 148.8, 43.2, 45.7),
                Viewpoint.JAPANESE, LocalDate.of(2020, 6, 1), new MapRenderer());
        dialog = new BriefingDialog(ctx, BackgroundTasks.onFxThread());
        stage.setScene(new Scene(dialog, 1100, 720));
        stage.show();
    }

    private void awaitPreviewOf(BriefingPage page) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> page.equals(dialog.preview().shownProperty().get()) && dialog.preview().imageProperty().get()
                        != null);
    }

    @Test
    void opensWithTheWindowsStateAndShowsAPreview(FxRobot robot) throws Exception {
        BriefingPage[] read = new BriefingPage[1];
        robot.interact(() -> read[0] = dialog.page());
        BriefingPage page = read[0];
        assertThat(page.viewpoint()).isEqualTo(Viewpoint.JAPANESE);
        assertThat(page.title()).as("the page's title in the page's language").isEqualTo("北方領土");
        assertThat(page.asOf()).isEqualTo(LocalDate.of(2020, 6, 1));
        assertThat(page.bbox().getMinX()).isEqualTo(145.0);
        assertThat(page.layerIds()).contains("claims", "military").doesNotContain("land");
        awaitPreviewOf(page);
        Image img = dialog.preview().imageProperty().get();
        assertThat(img.getWidth() / img.getHeight()).isCloseTo(page.width() / page.height(),
                Offset.offset(0.01));
    }

    @Test
    void changingFieldsChangesThePreviewsRequest(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ((TextField) robot.lookup("#titleField").query()).setText("Kunashir briefing");
            ((CheckBox) robot.lookup("#landscapeBox").query()).setSelected(false);
            ((CheckBox) robot.lookup("#layer-military").query()).setSelected(false);
            ((TextField) robot.lookup("#handlingField").query()).setText("For internal briefing");
        });
        BriefingPage req = dialog.preview().requestedProperty().get();
        assertThat(req.title()).isEqualTo("Kunashir briefing");
        assertThat(req.landscape()).isFalse();
        assertThat(req.layerIds()).doesNotContain("military");
        assertThat(req.handling()).isEqualTo("For internal briefing");
        awaitPreviewOf(req);
        Image img = dialog.preview().imageProperty().get();
        assertThat(img.getHeight()).isGreaterThan(img.getWidth());
    }

    @Test
    void exportWritesThePageInTheBackground(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("briefing.pdf");
        robot.interact(() -> ((TextField) robot.lookup("#subtitleField").query()).setText("Dialog export"));
        Task<Path>[] task = new Task[1];
        robot.interact(() -> task[0] = dialog.export(pdf));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.status().getText()).startsWith("Wrote");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Dialog export", "Northern Territories", "2020年6月1日現在");
        }
        Path png = dir.resolve("b.png");
        robot.interact(() -> task[0] = dialog.export(png));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(3508);
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().contains(".tmp"))).isEmpty();
    }

    @Test
    void printingWithoutAPrinterSaysSo(FxRobot robot) {
        robot.interact(() -> dialog.setJobFactory(() -> null));
        boolean[] started = new boolean[1];
        robot.interact(() -> started[0] = dialog.print(true));
        assertThat(started[0]).isFalse();
        assertThat(dialog.status().getText()).isEqualTo(BriefingDialog.noPrinter());
        assertThat(dialog.status().getId()).isEqualTo("noPrinter");
    }
}
