package org.claimscape.ui.briefing;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.claimscape.export.BriefingPage;
import org.claimscape.export.BriefingPageRenderer;
import org.claimscape.export.BriefingWriter;
import org.claimscape.export.PdfBriefingWriter;
import org.claimscape.export.PngBriefingWriter;
import org.claimscape.export.SvgBriefingWriter;
import org.claimscape.model.PageLayout;
import org.claimscape.model.Viewpoint;
import org.claimscape.model.Workspace;
import org.claimscape.render.LayerView;
import org.claimscape.render.RenderText;
import org.claimscape.render.StyleCatalog;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.text.UiFonts;
import org.claimscape.ui.text.UiText;
import org.locationtech.jts.geom.Envelope;

/**
 * The briefing-map layout dialog: paper, orientation, margins, title, subtitle, handling line, PNG resolution,
 * layers, extent, viewpoint and date, with a live preview drawn by the export's own renderer (what is printed is
 * what is on screen); "Print…" uses the system print dialog, "Export…" writes PDF, PNG or SVG in the background
 * with progress and Cancel. In the preview the legend, the locator and free text boxes are dragged and resized
 * ({@link LayoutOverlay}), and the kinds of map label are ticked on or off; the page settings and this layout go
 * back to the window for its workspace. FX thread only.
 */
public final class BriefingDialog extends BorderPane {

    private static final Logger LOG = Logger.getLogger(BriefingDialog.class.getName());

    private final BriefingContext context;
    private final BriefingPageRenderer pages;
    private final BriefingPreview preview;
    private final ComboBox<BriefingPage.Paper> paper = new ComboBox<>();
    private final CheckBox landscape = new CheckBox();
    private final Spinner<Integer> marginMm = new Spinner<>(0, 40, 10);
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final TextField handling = new TextField();
    private final Spinner<Integer> dpi = new Spinner<>(72, 1200, PngBriefingWriter.DEFAULT_DPI, 50);
    private final ComboBox<Viewpoint> viewpoint = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final LayoutControls layout;
    private final TextField extent = new TextField();
    private final Map<String, CheckBox> layerBoxes = new LinkedHashMap<>();
    /* Set once the fields hold their first values: only the user's changes go back to the window. */
    private boolean started;
    private final ImageView previewView = new ImageView();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Button printButton = new Button();
    private final Button exportButton = new Button();
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final BackgroundTasks tasks;
    private Supplier<PrinterJob> jobFactory = PrinterJob::createPrinterJob;
    private Task<?> running;
    private String defaultTitle;

    public BriefingDialog(BriefingContext context, BackgroundTasks tasks) {
        this.context = context;
        this.tasks = tasks;
        this.pages = new BriefingPageRenderer(context.renderer());
        this.preview = new BriefingPreview(pages, context.layers(), tasks);
        this.layout = new LayoutControls(previewView, () -> preview.resultProperty().get(), this::refresh);
        UiFonts.load();
        getStylesheets().add(UiFonts.STYLESHEET);
        getStylesheets().add(BriefingDialog.class.getResource("briefing.css").toExternalForm());
        setPadding(new Insets(10));
        setLeft(form());
        setCenter(previewPane());
        setBottom(buttons());
        restore(context.saved());
        started = true;
        refresh();
    }

    /** Opens the dialog as a window over the owner. */
    public static Stage show(Window owner, BriefingContext context, BackgroundTasks tasks) {
        BriefingDialog d = new BriefingDialog(context, tasks);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        stage.titleProperty().bind(UiText.text("briefing.title"));
        /* No larger than the screen (an 800 × 600 one would put the buttons out of reach). */
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(d, Math.min(1180, screen.getWidth()), Math.min(760, screen.getHeight()));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && d.running == null) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> d.dispose());
        stage.show();
        return stage;
    }

    // ------------------------------------------------------------------ public surface (also for tests)

    /** Message shown when the system has no printer, in the interface language. */
    public static String noPrinter() {
        return UiText.get("briefing.no-printer");
    }

    /** The page the fields describe now. */
    public BriefingPage page() {
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, CheckBox> e : layerBoxes.entrySet()) {
            if (e.getValue().isSelected()) {
                ids.add(e.getKey());
            }
        }
        return new BriefingPage(paper.getValue(), landscape.isSelected(), marginMm.getValue() * 72 / 25.4,
                title.getText(), subtitle.getText(), date.getValue() == null ? context.date() : date.getValue(),
                viewpoint.getValue(), ids.isEmpty() ? List.of("none") : ids, parseExtent(), handling.getText(),
                List.of(), layout.get());
    }

    /** The page settings a workspace keeps: paper, orientation, texts, PNG resolution and the layout. */
    public Workspace.Page settings() {
        return new Workspace.Page(paper.getValue().name().toLowerCase(Locale.ROOT), landscape.isSelected(),
                title.getText(), subtitle.getText(), handling.getText().isEmpty() ? null : handling.getText(),
                dpi.getValue(), layout.get());
    }

    /** The user's changes to the automatic layout. */
    public PageLayout pageLayout() {
        return layout.get();
    }

    /** Replaces the layout (the preview is drawn again). */
    public void setPageLayout(PageLayout l) {
        layout.set(l);
    }

    public BriefingPreview preview() {
        return preview;
    }

    /** The status line (export results, printer messages). */
    public Label status() {
        return status;
    }

    /** Replaces how print jobs are made (tests; the default is {@link PrinterJob#createPrinterJob()}). */
    public void setJobFactory(Supplier<PrinterJob> factory) {
        this.jobFactory = factory;
    }

    /** Writes the page to a file in the background; the format comes from the extension (pdf, png, svg). */
    public Task<Path> export(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        String fmt = name.endsWith(".png") ? "png" : name.endsWith(".svg") ? "svg" : "pdf";
        BriefingPage page = page();
        int res = dpi.getValue();
        BriefingWriter writer = fmt.equals("png") ? new PngBriefingWriter(res, pages)
                : fmt.equals("svg") ? new SvgBriefingWriter(pages) : new PdfBriefingWriter(pages);
        AtomicBoolean stop = new AtomicBoolean();
        String writing = UiText.get("briefing.writing", target.getFileName());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(writing);
                writer.write(page, context.layers(), target, () -> stop.get() || isCancelled());
                return target;
            }

            @Override
            protected void cancelled() {
                stop.set(true);
            }
        };
        runInBackground(task, UiText.get("task.write", target.getFileName()), UiText.get("briefing.wrote", target),
                UiText.get("briefing.export-cancelled"));
        return task;
    }

    /**
     * Prints through the system print dialog. When there is no printer, says so in the status line and returns
     * false without opening anything.
     *
     * @param showDialog false to print straight to the default printer (harness use)
     */
    public boolean print(boolean showDialog) {
        PrinterJob job = jobFactory.get();
        if (job == null || job.getPrinter() == null) {
            status.setText(noPrinter());
            status.setId("noPrinter");
            return false;
        }
        BriefingPage page = page();
        if (showDialog) {
            job.getJobSettings().setPageLayout(BriefingPrinter.layout(job.getPrinter(), page));
            if (!job.showPrintDialog(getScene() == null ? null : getScene().getWindow())) {
                job.cancelJob();
                status.setText(UiText.get("briefing.print-cancelled"));
                return false;
            }
        }
        BriefingPrinter printer = new BriefingPrinter(pages, context.layers());
        int res = BriefingPrinter.dpi(job);
        AtomicBoolean stop = new AtomicBoolean();
        String preparing = UiText.get("briefing.preparing", job.getPrinter().getName(), res);
        Task<List<BufferedImage>> task = new Task<>() {
            @Override
            protected List<BufferedImage> call() {
                updateMessage(preparing);
                List<BufferedImage> sheets = printer.render(page, res, () -> stop.get() || isCancelled());
                if (sheets.isEmpty()) {
                    throw new CancellationException();
                }
                return sheets;
            }

            @Override
            protected void cancelled() {
                stop.set(true);
            }
        };
        task.setOnSucceeded(e -> {
            boolean ok = printer.print(job, page, task.getValue());
            double fit = BriefingPrinter.fit(job.getPrinter(), page);
            String scale = fit < 0.995 ? UiText.get("briefing.scaled", UiText.number(fit * 100, 0)) : "";
            status.setText(ok ? UiText.get("briefing.sent", job.getPrinter().getName()) + scale
                    : UiText.get("briefing.not-accepted"));
        });
        task.setOnCancelled(e -> job.cancelJob());
        runInBackground(task, UiText.get("task.print"), null, UiText.get("briefing.print-cancelled"));
        return true;
    }

    /** Stops the preview worker. */
    public void dispose() {
        preview.dispose();
        if (running != null) {
            running.cancel();
        }
    }

    // ------------------------------------------------------------------ layout

    private ScrollPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 10, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        int row = 0;
        paper.setId("paperBox");
        paper.getItems().setAll(BriefingPage.Paper.values());
        paper.setValue(BriefingPage.Paper.A4);
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(BriefingPage.Paper p) {
                return p == null ? "" : UiText.get("briefing.paper." + p.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public BriefingPage.Paper fromString(String s) {
                return null;
            }
        });
        landscape.textProperty().bind(UiText.text("briefing.landscape"));
        landscape.setId("landscapeBox");
        landscape.setSelected(true);
        marginMm.setId("marginSpinner");
        marginMm.setEditable(true);
        marginMm.setPrefWidth(80);
        grid.addRow(row++, label("briefing.paper"), new HBox(8, paper, landscape));
        grid.addRow(row++, label("briefing.margins"), marginMm);

        viewpoint.setId("viewpointBox");
        viewpoint.getItems().setAll(Viewpoint.values());
        viewpoint.setValue(context.viewpoint());
        viewpoint.setConverter(UiText.viewpoints(false));
        /* The page's title is in the page's language, as the command line's export has it. */
        defaultTitle = RenderText.islandGroupName(context.viewpoint());
        title.setId("titleField");
        title.setText(defaultTitle);
        title.setPrefColumnCount(26);
        subtitle.setId("subtitleField");
        subtitle.promptTextProperty().bind(UiText.text("briefing.subtitle.prompt"));
        handling.setId("handlingField");
        handling.promptTextProperty().bind(UiText.text("briefing.handling.prompt"));
        grid.addRow(row++, label("briefing.page-title"), title);
        grid.addRow(row++, label("briefing.subtitle"), subtitle);
        grid.addRow(row++, label("briefing.handling"), handling);
        grid.addRow(row++, label("briefing.viewpoint"), viewpoint);
        date.setId("datePicker");
        /* The window's one date style, not the date picker's own (which was 12/3/2026 here). */
        date.setConverter(UiText.dateConverter());
        date.promptTextProperty().bind(UiText.text("format.date.prompt"));
        date.setValue(context.date());
        grid.addRow(row++, label("briefing.as-of"), date);
        extent.setId("extentField");
        extent.setText(format(context.extent()));
        extent.setPrefColumnCount(17);
        extent.setTooltip(UiText.tooltip("briefing.extent.tip"));
        Button fromWindow = new Button();
        fromWindow.textProperty().bind(UiText.text("briefing.window-view"));
        fromWindow.setMinWidth(Region.USE_PREF_SIZE);
        fromWindow.setOnAction(e -> extent.setText(format(context.extent())));
        grid.addRow(row++, label("briefing.extent"), new HBox(6, extent, fromWindow));
        dpi.setId("dpiSpinner");
        dpi.setEditable(true);
        dpi.setPrefWidth(90);
        grid.addRow(row++, label("briefing.dpi"), dpi);

        VBox layersBox = new VBox(3);
        layersBox.setId("layersBox");
        List<String> visible = context.visibleLayerIds();
        for (int i = context.layers().size() - 1; i >= 0; i--) {
            LayerView v = context.layers().get(i);
            if (StyleCatalog.isBasemap(v)) {
                continue;
            }
            String id = v.layer().id();
            String layerTitle = UiText.layerTitle(id, v.layer().title());
            CheckBox cb = new CheckBox(v.opacity() < 1 ? UiText.get("briefing.layer-opacity", layerTitle,
                    UiText.number(v.opacity() * 100, 0)) : layerTitle);
            cb.setId("layer-" + id);
            cb.setSelected(visible.contains(id));
            cb.selectedProperty().addListener(o -> refresh());
            layerBoxes.put(id, cb);
            layersBox.getChildren().add(cb);
        }
        grid.add(label("briefing.layers"), 0, row);
        grid.add(layersBox, 1, row++);
        Label note = label("briefing.layers.note");
        note.setWrapText(true);
        note.setMaxWidth(300);
        note.getStyleClass().add("hint");
        grid.add(note, 1, row++);

        row = layout.addRows(grid, row);

        paper.valueProperty().addListener(o -> refresh());
        landscape.selectedProperty().addListener(o -> refresh());
        dpi.valueProperty().addListener(o -> refresh());
        marginMm.valueProperty().addListener(o -> refresh());
        title.textProperty().addListener(o -> refresh());
        subtitle.textProperty().addListener(o -> refresh());
        handling.textProperty().addListener(o -> refresh());
        date.valueProperty().addListener(o -> refresh());
        extent.textProperty().addListener(o -> refresh());
        viewpoint.valueProperty().addListener((o, a, b) -> {
            /* An untouched default title follows the viewpoint's name for the islands. */
            if (b != null && title.getText().equals(defaultTitle)) {
                defaultTitle = RenderText.islandGroupName(b);
                title.setText(defaultTitle);
            }
            refresh();
        });
        ScrollPane sp = new ScrollPane(grid);
        sp.setFitToWidth(true);
        sp.setPrefWidth(480);
        return sp;
    }

    /* The dialog starts from the page settings the window kept (from an earlier use or a workspace). */
    private void restore(Workspace.Page saved) {
        if (saved == null) {
            return;
        }
        if (saved.size() != null) {
            try {
                paper.setValue(BriefingPage.Paper.parse(saved.size()));
            } catch (IllegalArgumentException e) {
                LOG.log(Level.FINE, "unknown paper " + saved.size(), e);
            }
        }
        landscape.setSelected(saved.landscape());
        if (saved.title() != null) {
            title.setText(saved.title());
        }
        subtitle.setText(saved.subtitle() == null ? "" : saved.subtitle());
        handling.setText(saved.handling() == null ? "" : saved.handling());
        if (saved.dpi() >= 72 && saved.dpi() <= 1200) {
            dpi.getValueFactory().setValue(saved.dpi());
        }
        layout.restore(saved.layout());
    }

    private StackPane previewPane() {
        previewView.setId("briefingPreview");
        previewView.setPreserveRatio(true);
        previewView.setSmooth(true);
        previewView.imageProperty().bind(preview.imageProperty());
        StackPane pane = new StackPane(previewView, layout.overlay());
        preview.imageProperty().addListener((o, a, b) -> layout.drawn(preview.resultProperty().get()));
        pane.getStyleClass().add("briefing-preview-pane");
        pane.setPadding(new Insets(10));
        previewView.fitWidthProperty().bind(pane.widthProperty().subtract(20));
        previewView.fitHeightProperty().bind(pane.heightProperty().subtract(20));
        Label working = label("briefing.drawing");
        working.getStyleClass().add("briefing-working");
        working.visibleProperty().bind(preview.busyProperty());
        StackPane.setAlignment(working, Pos.TOP_RIGHT);
        pane.getChildren().add(working);
        pane.widthProperty().addListener(o -> {
            int w = (int) Math.min(1400, Math.max(400, pane.getWidth() * 1.5));
            preview.setWidthPx(w);
        });
        HBox.setHgrow(pane, Priority.ALWAYS);
        return pane;
    }

    static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(UiText.text(key));
        return l;
    }

    private HBox buttons() {
        printButton.textProperty().bind(UiText.text("briefing.print"));
        exportButton.textProperty().bind(UiText.text("briefing.export"));
        cancel.textProperty().bind(UiText.text("dialog.cancel"));
        printButton.setId("printButton");
        printButton.setOnAction(e -> print(true));
        exportButton.setId("exportButton");
        exportButton.setOnAction(e -> chooseAndExport());
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        status.setId("briefingStatus");
        status.setWrapText(true);
        progress.setVisible(false);
        cancel.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, status, spacer, progress, cancel, printButton, exportButton);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private void chooseAndExport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(UiText.get("briefing.export.title"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(UiText.get("briefing.filter.pdf"), "*.pdf"),
                new FileChooser.ExtensionFilter(UiText.get("briefing.filter.png"), "*.png"),
                new FileChooser.ExtensionFilter(UiText.get("briefing.filter.svg"), "*.svg"));
        fc.setInitialFileName("briefing-" + page().asOf() + ".pdf");
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            export(f.toPath());
        }
    }

    private void runInBackground(Task<?> task, String what, String done, String cancelled) {
        running = task;
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        cancel.setVisible(true);
        printButton.setDisable(true);
        exportButton.setDisable(true);
        status.textProperty().bind(task.messageProperty());
        Runnable finish = () -> {
            status.textProperty().unbind();
            progress.setVisible(false);
            cancel.setVisible(false);
            printButton.setDisable(false);
            exportButton.setDisable(false);
            running = null;
        };
        EventHandler<WorkerStateEvent> succeeded = task.getOnSucceeded();
        task.setOnSucceeded(e -> {
            finish.run();
            if (done != null) {
                status.setText(done);
            }
            if (succeeded != null) {
                succeeded.handle(e);
            }
        });
        EventHandler<WorkerStateEvent> wasCancelled = task.getOnCancelled();
        task.setOnCancelled(e -> {
            finish.run();
            status.setText(cancelled);
            if (wasCancelled != null) {
                wasCancelled.handle(e);
            }
        });
        task.setOnFailed(e -> {
            finish.run();
            Throwable t = task.getException();
            if (t instanceof CancellationException) {
                status.setText(cancelled);
            } else {
                status.setText(UiText.get("status.failure", UiText.get("task.failed", what),
                        t == null ? "" : t.getMessage()));
            }
        });
        tasks.run(what, task);
    }

    private void refresh() {
        try {
            BriefingPage p = page();
            extent.pseudoClassStateChanged(INVALID, false);
            preview.request(p);
            if (started) {
                context.keep().accept(settings());
            }
        } catch (IllegalArgumentException e) {
            extent.pseudoClassStateChanged(INVALID, true);
            status.setText(e.getMessage());
        }
    }

    private Envelope parseExtent() {
        String[] parts = extent.getText().split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException(UiText.get("briefing.extent.four"));
        }
        try {
            double a = Double.parseDouble(parts[0].trim());
            double b = Double.parseDouble(parts[1].trim());
            double c = Double.parseDouble(parts[2].trim());
            double d = Double.parseDouble(parts[3].trim());
            if (a >= c || b >= d || b < -85 || d > 85) {
                throw new IllegalArgumentException(UiText.get("briefing.extent.order"));
            }
            return new Envelope(a, c, b, d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(UiText.get("briefing.extent.numbers"));
        }
    }

    private static String format(Envelope e) {
        return String.format(Locale.ROOT, "%.3f, %.3f, %.3f, %.3f", e.getMinX(), e.getMinY(), e.getMaxX(),
                e.getMaxY());
    }
}
