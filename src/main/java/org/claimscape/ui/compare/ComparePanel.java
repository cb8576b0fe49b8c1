package org.claimscape.ui.compare;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.claimscape.analysis.ClaimComparison;
import org.claimscape.ui.compare.CompareModel.LandResult;
import org.claimscape.ui.compare.CompareModel.Mode;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.text.UiText;

/**
 * Compare mode's controls: pick claim A and claim B, swipe or side by side, the difference overlay and the sea;
 * a table of the km² per island with shares and the maritime figures, exported to CSV. Every control is bound to
 * the {@link CompareModel}, which computes; the {@link CompareMapOverlay} draws on the map. FX thread only.
 */
public final class ComparePanel extends VBox {

    private static final Logger LOG = Logger.getLogger(ComparePanel.class.getName());

    private final ExplorerContext view;
    private final CompareModel model;
    private final CompareMapOverlay overlay;
    private final ComboBox<ClaimChoice> boxA = new ComboBox<>();
    private final ComboBox<ClaimChoice> boxB = new ComboBox<>();
    private final ToggleButton swipeButton = new ToggleButton();
    private final ToggleButton sideButton = new ToggleButton();
    private final CheckBox differenceBox = new CheckBox();
    private final CheckBox seaBox = new CheckBox();
    private final TableView<ClaimComparison.Row> table = new TableView<>();

    public ComparePanel(ExplorerContext view, ExplorerModel explorer) {
        super(6);
        this.view = view;
        this.model = new CompareModel(explorer, view.tasks());
        this.overlay = new CompareMapOverlay(view, model);
        setId("comparePanel");
        getStyleClass().add("compare-panel");
        setPadding(new Insets(6, 8, 6, 8));
        getChildren().addAll(controls(), heading(), body());
        visibleProperty().bind(model.activeProperty());
        managedProperty().bind(visibleProperty());
        UiText.onChange(this, () -> {
            model.relabel();
            table.refresh();
            boxA.setConverter(claimNames());
            boxB.setConverter(claimNames());
        });
    }

    /** What the panel shows and sets: claims, mode, results. */
    public CompareModel model() {
        return model;
    }

    /** What compare mode draws on the map. */
    public CompareMapOverlay overlay() {
        return overlay;
    }

    public TableView<ClaimComparison.Row> table() {
        return table;
    }

    public CheckBox differenceBox() {
        return differenceBox;
    }

    public CheckBox seaBox() {
        return seaBox;
    }

    // ------------------------------------------------------------------ building

    private FlowPane controls() {
        bindClaim(boxA, "compareA", model.claimAProperty(), "compare.a.tip");
        bindClaim(boxB, "compareB", model.claimBProperty(), "compare.b.tip");

        ToggleGroup modes = new ToggleGroup();
        swipeButton.setToggleGroup(modes);
        sideButton.setToggleGroup(modes);
        swipeButton.setId("swipeMode");
        sideButton.setId("sideBySideMode");
        swipeButton.textProperty().bind(UiText.text("compare.swipe"));
        sideButton.textProperty().bind(UiText.text("compare.side"));
        swipeButton.setTooltip(UiText.tooltip("compare.swipe.tip"));
        sideButton.setTooltip(UiText.tooltip("compare.side.tip"));
        showMode(model.modeProperty().get());
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                /* A mode is always chosen: clicking the selected button keeps it. */
                was.setSelected(true);
            } else {
                model.modeProperty().set(now == sideButton ? Mode.SIDE_BY_SIDE : Mode.SWIPE);
            }
        });
        model.modeProperty().addListener((o, was, now) -> showMode(now));

        differenceBox.setId("differenceToggle");
        differenceBox.textProperty().bind(UiText.text("compare.difference-box"));
        differenceBox.selectedProperty().bindBidirectional(model.differenceShownProperty());
        seaBox.setId("seaToggle");
        seaBox.textProperty().bind(UiText.text("compare.sea-box"));
        seaBox.setTooltip(UiText.tooltip("compare.sea-box.tip"));
        seaBox.selectedProperty().bindBidirectional(model.seaWantedProperty());
        ProgressIndicator seaProgress = progress("seaProgress", 18);
        seaProgress.visibleProperty().bind(model.seaComputingProperty());
        Button cancelSea = new Button();
        cancelSea.textProperty().bind(UiText.text("dialog.cancel"));
        cancelSea.setId("cancelSea");
        cancelSea.visibleProperty().bind(model.seaComputingProperty());
        cancelSea.setOnAction(e -> model.cancelSea());
        Button exportButton = new Button();
        exportButton.textProperty().bind(UiText.text("compare.export"));
        exportButton.setId("exportCsv");
        exportButton.setOnAction(e -> chooseAndExport());

        /* Words are never cut (the Japanese and Russian ones are longer): a narrow window takes a second row. */
        FlowPane controls = new FlowPane(6, 4, new Label("A:"), boxA, new Label("B:"), boxB, swipeButton, sideButton,
                differenceBox, seaBox, seaProgress, cancelSea, exportButton);
        controls.getChildren().forEach(n -> {
            if (n instanceof Region r && !(n instanceof ComboBox)) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        controls.setAlignment(Pos.CENTER_LEFT);
        return controls;
    }

    /* The box shows the model's claim and sets it; the model keeps ids, the box choices. */
    private void bindClaim(ComboBox<ClaimChoice> box, String id, StringProperty claim, String tipKey) {
        box.setId(id);
        box.setPrefWidth(260);
        box.setConverter(claimNames());
        box.getItems().setAll(model.choices());
        box.setValue(model.choice(claim.get()));
        box.setTooltip(UiText.tooltip(tipKey));
        box.valueProperty().addListener((o, was, now) -> {
            String chosen = now == null ? null : now.id();
            if (!Objects.equals(chosen, claim.get())) {
                claim.set(chosen);
            }
        });
        claim.addListener((o, was, now) -> box.setValue(model.choice(now)));
    }

    /* "Name — id": the claim's name in the interface language and its id as the command line takes it. */
    private static StringConverter<ClaimChoice> claimNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ClaimChoice c) {
                return c == null ? "" : CompareModel.name(c) + " — " + c.id();
            }

            @Override
            public ClaimChoice fromString(String s) {
                return null;
            }
        };
    }

    private void showMode(Mode mode) {
        (mode == Mode.SIDE_BY_SIDE ? sideButton : swipeButton).setSelected(true);
    }

    private static ProgressIndicator progress(String id, double size) {
        ProgressIndicator p = new ProgressIndicator();
        p.setId(id);
        p.setMaxSize(size, size);
        return p;
    }

    private HBox heading() {
        Label heading = new Label();
        heading.setId("compareHeading");
        heading.getStyleClass().add("compare-heading");
        heading.textProperty().bind(model.headingProperty());
        ProgressIndicator landProgress = progress("landProgress", 16);
        landProgress.visibleProperty().bind(model.landComputingProperty());
        HBox head = new HBox(6, heading, landProgress);
        head.setAlignment(Pos.CENTER_LEFT);
        return head;
    }

    private HBox body() {
        buildTable();
        Label shares = wrapped("compareShares");
        shares.textProperty().bind(model.sharesTextProperty());
        Label seaFigures = wrapped("seaFigures");
        seaFigures.textProperty().bind(model.seaTextProperty());
        Label notice = new Label();
        notice.textProperty().bind(UiText.text("compare.sea.notice"));
        notice.setId("seaNotice");
        notice.getStyleClass().add("sea-notice");
        VBox figures = new VBox(4, shares, seaFigures, notice, CompareMapOverlay.legendBox(false));
        figures.setPrefWidth(420);
        figures.setMinWidth(300);
        HBox.setHgrow(table, Priority.ALWAYS);
        return new HBox(10, table, figures);
    }

    private static Label wrapped(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private void buildTable() {
        table.setId("compareTable");
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ClaimComparison.Row, String> name = new TableColumn<>();
        name.textProperty().bind(UiText.text("compare.col.island"));
        name.setCellValueFactory(c -> new SimpleStringProperty("total".equals(c.getValue().id())
                ? UiText.get("compare.total") : c.getValue().names().label(model.explorer().viewpointProperty().get())));
        name.setPrefWidth(220);
        table.getColumns().add(name);
        addColumn("compare.col.land", ClaimComparison.Row::landKm2);
        addColumn("compare.col.in-a", ClaimComparison.Row::inAKm2);
        addColumn("compare.col.in-b", ClaimComparison.Row::inBKm2);
        addColumn("compare.col.a-only", ClaimComparison.Row::aOnlyKm2);
        addColumn("compare.col.b-only", ClaimComparison.Row::bOnlyKm2);
        addColumn("compare.col.both", ClaimComparison.Row::bothKm2);
        Label placeholder = new Label();
        /* While a comparison runs the empty table says so, not "choose claims". */
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.landComputingProperty())
                .then(UiText.text("compare.computing")).otherwise(UiText.text("compare.placeholder")));
        table.setPlaceholder(placeholder);
        model.landProperty().addListener((o, was, land) -> showRows(land));
        model.landComputingProperty().addListener(o -> showRows(model.landProperty().get()));
        showRows(model.landProperty().get());
    }

    private void showRows(LandResult land) {
        if (land == null || model.landComputingProperty().get()) {
            table.getItems().clear();
            return;
        }
        List<ClaimComparison.Row> rows = new ArrayList<>(land.comparison().islands());
        rows.add(land.comparison().total());
        table.getItems().setAll(rows);
    }

    private void addColumn(String titleKey, ToDoubleFunction<ClaimComparison.Row> value) {
        TableColumn<ClaimComparison.Row, String> col = new TableColumn<>();
        col.textProperty().bind(UiText.text(titleKey));
        col.setCellValueFactory(c -> new SimpleStringProperty(CompareModel.km2(value.applyAsDouble(c.getValue()))));
        col.getStyleClass().add("numeric");
        table.getColumns().add(col);
    }

    private void chooseAndExport() {
        ClaimComparison c = model.comparison();
        if (c == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(UiText.get("compare.export.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        fc.setInitialFileName("compare-" + c.claimA() + "-" + c.claimB() + "-" + c.date() + ".csv");
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            model.exportCsv(f.toPath());
            view.status(UiText.get("compare.export.done", f));
        } catch (IOException ex) {
            LOG.log(Level.WARNING, "CSV export failed", ex);
            view.status(UiText.get("compare.export.failed", f, ex.getMessage()));
        }
    }
}
