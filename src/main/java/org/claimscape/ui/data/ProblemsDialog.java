package org.claimscape.ui.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.GeoJsonReadResult;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/**
 * Lists the problems the reader found in a file, one row each: line, column, feature index and id, severity and
 * what is wrong. Asked after a read with errors ("load the valid features, or nothing?"), and shown again,
 * read-only, from a layer's context menu. FX thread only.
 */
public final class ProblemsDialog {

    /** The user's answer after a read with errors. */
    public enum Choice { LOAD_VALID, LOAD_NOTHING }

    private ProblemsDialog() {
    }

    /** Asks whether to load the valid features of a read with errors. */
    public static Choice ask(Window owner, GeoJsonReadResult read) {
        Dialog<ButtonType> d = dialog(owner, read, UiText.get("problems.title", fileName(read)));
        ButtonType loadValid = UiDialogs.button("problems.load-valid", ButtonBar.ButtonData.OK_DONE);
        ButtonType loadNothing = UiDialogs.button("problems.load-nothing", ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(loadValid, loadNothing);
        d.getDialogPane().lookupButton(loadValid).setId("loadValidButton");
        d.getDialogPane().lookupButton(loadNothing).setId("loadNothingButton");
        d.getDialogPane().lookupButton(loadValid).setDisable(read.features().isEmpty());
        Optional<ButtonType> answer = d.showAndWait();
        return answer.isPresent() && answer.get() == loadValid ? Choice.LOAD_VALID : Choice.LOAD_NOTHING;
    }

    /** Shows the report of a loaded layer. */
    public static void show(Window owner, GeoJsonReadResult read) {
        Dialog<ButtonType> d = dialog(owner, read, UiText.get("problems.report", fileName(read)));
        d.getDialogPane().getButtonTypes().setAll(UiDialogs.close());
        d.show();
    }

    /**
     * A sentence or two: how many features are sound, how many were left out and why reading stopped, if it did;
     * in the interface language.
     */
    public static String summary(GeoJsonReadResult read) {
        int errors = read.errors().size();
        int warnings = read.warnings().size();
        StringBuilder sb = new StringBuilder(UiText.get("problems.valid", read.features().size()));
        int dropped = Math.max(0, read.featuresSeen() - read.features().size());
        if (dropped > 0) {
            sb.append(UiText.get("problems.dropped", dropped));
        }
        sb.append(UiText.get(warnings > 0 ? "problems.errors-warnings" : "problems.errors", errors, warnings));
        if (!read.isComplete()) {
            sb.append(UiText.get("problems.stopped"));
        }
        return sb.toString();
    }

    private static Dialog<ButtonType> dialog(Window owner, GeoJsonReadResult read, String title) {
        Dialog<ButtonType> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(title);
        d.setResizable(true);
        Label head = new Label(summary(read));
        head.setWrapText(true);
        head.setId("problemsSummary");
        TableView<GeoJsonProblem> table = table(read.problems());
        VBox box = new VBox(8, head, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPrefSize(820, 420);
        d.getDialogPane().setContent(box);
        return d;
    }

    static TableView<GeoJsonProblem> table(List<GeoJsonProblem> problems) {
        TableView<GeoJsonProblem> t = new TableView<>();
        t.setId("problemsTable");
        t.getColumns().add(column(UiText.get("problems.col.line"), 60, p -> p.line() < 0 ? ""
                : Long.toString(p.line())));
        t.getColumns().add(column(UiText.get("problems.col.column"), 60, p -> p.column() < 0 ? ""
                : Long.toString(p.column())));
        t.getColumns().add(column(UiText.get("problems.col.feature"), 70, p -> p.featureIndex() < 0 ? ""
                : "#" + p.featureIndex()));
        t.getColumns().add(column(UiText.get("problems.col.id"), 90, p -> p.featureId() == null ? ""
                : p.featureId()));
        t.getColumns().add(column("", 70, p -> UiText.get("problems.severity."
                + p.severity().name().toLowerCase(Locale.ROOT))));
        /* The reader's own words, as the command line's validate prints them. */
        TableColumn<GeoJsonProblem, String> what = column(UiText.get("problems.col.what"), 440,
                GeoJsonProblem::message);
        t.getColumns().add(what);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getItems().setAll(problems);
        t.setRowFactory(v -> {
            TableRow<GeoJsonProblem> row = new TableRow<>() {
                @Override
                protected void updateItem(GeoJsonProblem p, boolean empty) {
                    super.updateItem(p, empty);
                    setTooltip(empty || p == null ? null : new Tooltip(p.toString()));
                }
            };
            return row;
        });
        return t;
    }

    private static TableColumn<GeoJsonProblem, String> column(String title, double width,
                                                              Function<GeoJsonProblem, String> f) {
        TableColumn<GeoJsonProblem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    private static String fileName(GeoJsonReadResult read) {
        String f = read.file();
        int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
        return slash < 0 ? f : f.substring(slash + 1);
    }
}
