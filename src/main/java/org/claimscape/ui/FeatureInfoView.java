package org.claimscape.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.claimscape.model.Feature;
import org.claimscape.model.Names;
import org.claimscape.model.PeriodNames;
import org.claimscape.model.Precision;
import org.claimscape.model.TimeSpan;
import org.claimscape.model.Viewpoint;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.table.AttributeTableModel;
import org.claimscape.ui.text.UiText;
import org.claimscape.ui.time.ProjectStatus;

/**
 * The info panel: the features under the last click (a list when there are several) and the details of the
 * selected one: names in English, Japanese and Russian, type, dates, description, location precision in plain
 * words, and the source as a link with its confidence; then every other property of the feature as it is in the
 * data (a user's {@code name}, {@code note}, ...), so that nothing a feature carries is hidden. FX thread only.
 */
public final class FeatureInfoView extends VBox {

    private final ExplorerModel model;
    private final Consumer<String> openLink;
    private final Consumer<ExplorerModel.Pick> zoomTo;
    private final Label hitsTitle = new Label();
    private final ListView<ExplorerModel.Pick> hits = new ListView<>();
    private final VBox details = new VBox(6);

    /**
     * @param model    the explorer model (selection and picked features)
     * @param openLink opens a source URL in the user's browser
     * @param zoomTo   zooms the map to a feature
     */
    public FeatureInfoView(ExplorerModel model, Consumer<String> openLink, Consumer<ExplorerModel.Pick> zoomTo) {
        this.model = model;
        this.openLink = openLink;
        this.zoomTo = zoomTo;
        getStyleClass().add("info-panel");
        setId("infoPanel");
        Label title = new Label();
        title.textProperty().bind(UiText.text("info.title"));
        title.getStyleClass().add("panel-title");
        hits.setId("pickList");
        hits.setPrefHeight(120);
        hits.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ExplorerModel.Pick p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null
                        : title(p) + "  (" + UiText.layerTitle(p.layerId(), p.layerTitle()) + ")");
            }
        });
        hits.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        details.setId("featureDetails");
        details.setPadding(new Insets(4, 2, 4, 2));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, hitsTitle, hits, scroll);
        model.picked().addListener((InvalidationListener) o -> showPicked());
        model.selectedProperty().addListener(o -> showSelected());
        model.dateProperty().addListener(o -> showSelected());
        model.viewpointProperty().addListener(o -> {
            hits.refresh();
            showSelected();
        });
        UiText.onChange(this, () -> {
            hits.refresh();
            showPicked();
            showSelected();
        });
        showPicked();
        showSelected();
    }

    /** The details box (for tests: its labels and links). */
    public VBox details() {
        return details;
    }

    public ListView<ExplorerModel.Pick> pickList() {
        return hits;
    }

    private void showPicked() {
        int n = model.picked().size();
        hits.getItems().setAll(model.picked());
        boolean many = n > 1;
        hitsTitle.setText(many ? UiText.get("info.many", n) : "");
        hitsTitle.setVisible(many);
        hitsTitle.setManaged(many);
        hits.setVisible(many);
        hits.setManaged(many);
        ExplorerModel.Pick sel = model.selectedProperty().get();
        if (sel != null && model.picked().contains(sel)) {
            hits.getSelectionModel().select(sel);
        }
    }

    private void showSelected() {
        details.getChildren().clear();
        ExplorerModel.Pick p = model.selectedProperty().get();
        if (p == null) {
            Label hint = new Label(UiText.get("info.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("hint");
            details.getChildren().add(hint);
            return;
        }
        Feature f = p.feature();
        Label name = new Label(title(p));
        name.setId("featureTitle");
        name.getStyleClass().add("feature-title");
        name.setWrapText(true);
        details.getChildren().add(name);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        /* The properties the rows and paragraphs below present; every other one is listed as it is. */
        Set<String> shown = new HashSet<>();
        Names n = f.names();
        row = add(grid, row, "english", UiText.get("info.english"), n.en(), shown, "name_en");
        row = add(grid, row, "japanese", UiText.get("info.japanese"), join(n.ja(), n.jaLatin()), shown, "name_ja",
                "name_ja_latn");
        row = add(grid, row, "russian", UiText.get("info.russian"), n.ru(), shown, "name_ru");
        for (PeriodNames.Period former : f.formerNames().periods()) {
            Names fn = former.names();
            String names = Stream.of(fn.en(), fn.ja(), fn.ru()).filter(x -> x != null && !x.isBlank())
                    .collect(Collectors.joining(" · "));
            row = add(grid, row, former.span().to() == null ? "former-name" : "until-" + former.span().to(),
                    former.span().to() == null ? UiText.get("info.former-name")
                            : UiText.get("info.until", UiText.date(former.span().to())), names, shown,
                    "former_names");
        }
        row = add(grid, row, "type", UiText.get("info.type"), UiText.typeName(f.type()), shown, "type");
        row = add(grid, row, "layer", UiText.get("info.layer"), UiText.layerTitle(p.layerId(), p.layerTitle()),
                shown);
        row = add(grid, row, "dates", UiText.get("info.dates"), dates(f.validity()), shown, "valid_from",
                "valid_to");
        row = add(grid, row, "date-note", UiText.get("info.date-note"), f.string("date_note"), shown, "date_note");
        row = add(grid, row, "status", UiText.get("info.status"),
                ProjectStatus.describe(f, model.dateProperty().get()), shown, "status", "stage_reached",
                "suspended_from");
        row = add(grid, row, "island", UiText.get("info.island"), f.string("island"), shown, "island");
        row = add(grid, row, "population", UiText.get("info.population"), f.string("population"), shown,
                "population");
        add(grid, row, "confidence", UiText.get("info.confidence"), f.confidence()
                .map(c -> UiText.get("info.confidence." + c.name().toLowerCase(Locale.ROOT))).orElse(null), shown,
                "confidence");
        details.getChildren().add(grid);

        addParagraph(f.string("description"), "description", shown, "description");
        f.precision().ifPresent(pr -> addParagraph(precisionNote(pr), "precision-note", shown, "precision"));
        addParagraph(f.string("location_note"), "location-note", shown, "location_note");

        if (!f.source().isEmpty()) {
            shown.add("source");
            shown.add("source_url");
            Label src = new Label(UiText.get("info.source"));
            src.getStyleClass().add("field-name");
            details.getChildren().add(src);
            String text = f.source().text() == null ? f.source().url() : f.source().text();
            Label srcText = new Label(text);
            srcText.setId("sourceText");
            srcText.setWrapText(true);
            details.getChildren().add(srcText);
            String url = f.source().url();
            if (url != null && !url.isBlank()) {
                Hyperlink link = new Hyperlink(url);
                link.setId("sourceLink");
                link.setWrapText(true);
                link.setOnAction(e -> openLink.accept(url));
                details.getChildren().add(link);
            }
        }
        addProperties(f, shown);
        Button zoom = new Button(UiText.get("info.zoom"));
        zoom.setId("zoomToFeature");
        zoom.setOnAction(e -> zoomTo.accept(p));
        details.getChildren().add(zoom);
    }

    /** A plain-words explanation of a location's precision, in the interface language. */
    public static String precisionNote(Precision p) {
        return switch (p) {
            case EXACT -> UiText.get("info.precision.exact");
            case APPROXIMATE -> UiText.get("info.precision.approximate");
            case ISLAND -> UiText.get("info.precision.island");
            case LABEL -> UiText.get("info.precision.label");
        };
    }

    /* The feature's name: a user layer's label property ("name"), else its name under the viewpoint. */
    private String title(ExplorerModel.Pick p) {
        Viewpoint vp = model.viewpointProperty().get();
        String t = model.styles().labelText(p.layerId(), p.feature(), vp, model.dateProperty().get());
        return t == null || t.isBlank() ? p.feature().label(vp, model.dateProperty().get()) : t;
    }

    /* Every property no row above presents, in the data's order, as the attribute table writes it. */
    private void addProperties(Feature f, Set<String> shown) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setId("featureProperties");
        int row = 0;
        for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            if (!shown.contains(e.getKey())) {
                String value = AttributeTableModel.text(e.getValue());
                row = add(grid, row, "property-" + e.getKey(), e.getKey(), value.isEmpty() ? "—" : value, shown);
            }
        }
        if (row > 0) {
            Label heading = new Label(UiText.get("info.properties"));
            heading.getStyleClass().add("field-name");
            details.getChildren().addAll(heading, grid);
        }
    }

    private void addParagraph(String text, String styleClass, Set<String> shown, String key) {
        if (text == null || text.isBlank()) {
            return;
        }
        shown.add(key);
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        details.getChildren().add(l);
    }

    /*
     * A row "name  value" when there is a value, which then presents the properties {@code keys}; the value's id
     * ("field-type") does not depend on the language.
     */
    private static int add(GridPane grid, int row, String id, String field, String value, Set<String> shown,
                           String... keys) {
        if (value == null || value.isBlank()) {
            return row;
        }
        shown.addAll(List.of(keys));
        Label k = new Label(field);
        k.getStyleClass().add("field-name");
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        v.setId("field-" + id);
        grid.addRow(row, k, v);
        return row + 1;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + " (" + b + ")";
    }

    static String dates(TimeSpan t) {
        if (t == null || t.isAlways()) {
            return null;
        }
        if (t.from() != null && t.from().equals(t.to())) {
            return UiText.date(t.from());
        }
        if (t.to() == null) {
            return UiText.get("info.dates.from", UiText.date(t.from()));
        }
        if (t.from() == null) {
            return UiText.get("info.dates.until", UiText.date(t.to()));
        }
        return UiText.get("info.dates.range", UiText.date(t.from()), UiText.date(t.to()));
    }
}
