package org.claimscape.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.claimscape.export.BriefingPage;
import org.claimscape.export.BriefingPageRenderer;
import org.claimscape.io.BundledLayers;
import org.claimscape.io.WorkspaceReader;
import org.claimscape.io.WorkspaceWriter;
import org.claimscape.model.LabelClass;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
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

/** The layout in the briefing dialog headless (Monocle): dragging the legend, text boxes, label choices, reset. */
@ExtendWith(ApplicationExtension.class)
class BriefingLayoutTest {

    private static List<LayerView> layers;

    @TempDir
    Path dir;

    private BriefingDialog dialog;
    /* What the dialog hands back to the window for its workspace. */
    private final List<Workspace.Page> kept = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        BundledLayers b = BundledLayers.load();
        layers = LayerView.fromCatalog(b.catalog(), b::layer);
    }

    @Start
    void start(Stage stage) {
        BriefingContext ctx = new BriefingContext(layers, new Envelope(145.0, 148.8, 43.2, 45.7),
                Viewpoint.NEUTRAL, LocalDate.of(2020, 6, 1), new MapRenderer(), null, kept::add);
        dialog = new BriefingDialog(ctx, BackgroundTasks.onFxThread());
        stage.setScene(new Scene(dialog, 1100, 720));
        stage.show();
    }

    /* Waits until the preview shows the page the fields describe now, with its layout frames. */
    private BriefingPageRenderer.Result awaitPreview(FxRobot robot) throws Exception {
        BriefingPage[] page = new BriefingPage[1];
        robot.interact(() -> page[0] = dialog.page());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> page[0].equals(dialog.preview().shownProperty().get())
                && !dialog.preview().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return dialog.preview().resultProperty().get();
    }

    private static Rectangle2D points(PageLayout.Box b, BriefingPageRenderer.Result r) {
        double[] p = b.onPage(r.layout().page().getWidth(), r.layout().page().getHeight());
        return new Rectangle2D.Double(p[0], p[1], p[2], p[3]);
    }

    @Test
    void draggingTheLegendMovesItOnThePageAndIntoTheSavedWorkspace(FxRobot robot) throws Exception {
        BriefingPageRenderer.Result before = awaitPreview(robot);
        Rectangle2D legend = before.drawn().legend();
        Rectangle frame = robot.lookup("#layoutLegend").queryAs(Rectangle.class);
        ImageView image = robot.lookup("#briefingPreview").queryAs(ImageView.class);
        double pxPerPt = image.localToScreen(image.getBoundsInLocal()).getWidth() / before.layout().page().getWidth();
        Bounds b = frame.localToScreen(frame.getBoundsInLocal());
        /* From the side column to the map's lower left, as in a GIS print layout. */
        Point2D grab = new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + 15);
        double dxPt = before.layout().map().getX() + 20 - legend.getX();
        double dyPt = before.layout().map().getMaxY() - 150 - legend.getY();
        robot.drag(grab, MouseButton.PRIMARY).moveTo(grab.add(dxPt * pxPerPt, dyPt * pxPerPt)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        PageLayout layout = dialog.pageLayout();
        assertThat(layout.legend()).as("the legend is placed by the user now").isNotNull();
        Rectangle2D asked = points(layout.legend(), before);
        double onePixel = 1.5 / pxPerPt;
        assertThat(asked.getX()).isCloseTo(legend.getX() + dxPt, Offset.offset(onePixel));
        assertThat(asked.getY()).isCloseTo(legend.getY() + dyPt, Offset.offset(onePixel));
        assertThat(asked.getWidth()).as("moved, not resized").isCloseTo(legend.getWidth(), Offset.offset(onePixel));
        assertThat(layout.locator()).isNull();

        Workspace.Page saved = kept.get(kept.size() - 1);
        assertThat(saved.layout()).isEqualTo(layout);
        Path file = dir.resolve("dragged.claimscape");
        new WorkspaceWriter().write(new Workspace(List.of(), null, null, Viewpoint.NEUTRAL, null, saved), file);
        assertThat(new WorkspaceReader().read(file).page().layout()).isEqualTo(layout);

        BriefingPageRenderer.Result after = awaitPreview(robot);
        assertThat(after.layout().legend().getX()).isCloseTo(asked.getX(), Offset.offset(0.01));
        assertThat(after.layout().legend().getY()).isCloseTo(asked.getY(), Offset.offset(0.01));
        assertThat(after.layout().legend().intersects(after.layout().map())).as("over the map").isTrue();
        Rectangle moved = robot.lookup("#layoutLegend").queryAs(Rectangle.class);
        assertThat(moved.localToScreen(moved.getBoundsInLocal()).getMinX())
                .isCloseTo(b.getMinX() + dxPt * pxPerPt, Offset.offset(2.0));
    }

    @Test
    void aTextBoxIsAddedAndPrintedLabelsAreChosenAndResetRestoresTheAutomaticLayout(FxRobot robot)
            throws Exception {
        awaitPreview(robot);
        robot.interact(() -> robot.lookup("#addTextButton").queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#textBoxEditor").queryAs(TextArea.class)
                .setText("Site positions are approximate.\nサイトの位置は概略。"));
        robot.interact(() -> robot.lookup("#label-sites").queryAs(CheckBox.class).setSelected(false));
        PageLayout layout = dialog.pageLayout();
        assertThat(layout.texts()).hasSize(1);
        assertThat(layout.texts().get(0).text()).isEqualTo("Site positions are approximate.\nサイトの位置は概略。");
        assertThat(layout.hiddenLabels()).containsExactly(LabelClass.SITES);
        assertThat(kept.get(kept.size() - 1).layout()).isEqualTo(layout);

        BriefingPageRenderer.Result r = awaitPreview(robot);
        assertThat(r.drawn().texts()).hasSize(1);
        assertThat(robot.lookup("#layoutText-0").tryQuery()).isPresent();
        Path pdf = dir.resolve("text.pdf");
        Task<Path>[] task = new Task[1];
        robot.interact(() -> task[0] = dialog.export(pdf));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Site positions are approximate.", "サイトの位置は概略。");
        }

        robot.interact(() -> robot.lookup("#resetLayoutButton").queryAs(Button.class).fire());
        assertThat(dialog.pageLayout()).isEqualTo(PageLayout.AUTOMATIC);
        assertThat(robot.lookup("#label-sites").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#textBoxEditor").queryAs(TextArea.class).isDisabled()).isTrue();
    }
}
