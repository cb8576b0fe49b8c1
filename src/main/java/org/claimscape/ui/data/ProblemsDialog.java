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

/**
 * Lists the problems the reader found in a file, one row each: line, column, feature index and id, severity and
 * what is wrong. Asked after a read with errors ("load the valid features, or nothing?"), and shown again,
 * read-only, from a layer's context menu. FX thread only.
 */
public final class ProblemsDialog {

    /** The user's answer after a read with errors. */
    public enum Choice { LOAD_VALID, LOAD_NOTHING }

    /** The button that loads the sound features. */
    public static final ButtonType LOAD_VALID = new ButtonType("Load the valid features", ButtonBar.ButtonData.OK_DONE);
    /** The button that loads nothing. */
    public static final ButtonType LOAD_NOTHING = new ButtonType("Load nothing", ButtonBar.ButtonData.CANCEL_CLOSE);

    private ProblemsDialog() {
    }

    /** Asks whether to load the valid features of a read with errors. */
    public static Choice ask(Window owner, GeoJsonReadResult read) {
        Dialog<ButtonType> d = dialog(owner, read, "Problems in " + fileName(read));
        d.getDialogPane().getButtonTypes().setAll(LOAD_VALID, LOAD_NOTHING);
        d.getDialogPane().lookupButton(LOAD_VALID).setId("loadValidButton");
        d.getDialogPane().lookupButton(LOAD_NOTHING).setId("loadNothingButton");
        d.getDialogPane().lookupButton(LOAD_VALID).setDisable(read.features().isEmpty());
        Optional<ButtonType> answer = d.showAndWait();
        return answer.isPresent() && answer.get() == LOAD_VALID ? Choice.LOAD_VALID : Choice.LOAD_NOTHING;
    }

    /** Shows the report of a loaded layer. */
    public static void show(Window owner, GeoJsonReadResult read) {
        Dialog<ButtonType> d = dialog(owner, read, "Load report of " + fileName(read));
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        d.show();
    }

    /** One sentence: how many features are sound, how many were left out and why reading stopped, if it did. */
    public static String summary(GeoJsonReadResult read) {
        int errors = read.errors().size();
        int warnings = read.warnings().size();
        StringBuilder sb = new StringBuilder();
        sb.append(read.features().size()).append(read.features().size() == 1 ? " feature is" : " features are")
                .append(" valid");
        int dropped = Math.max(0, read.featuresSeen() - read.features().size());
        if (dropped > 0) {
            sb.append(", ").append(dropped).append(dropped == 1 ? " feature has" : " features have")
                    .append(" errors and will be left out");
        }
        sb.append(". ").append(errors).append(errors == 1 ? " error" : " errors");
        if (warnings > 0) {
            sb.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        sb.append('.');
        if (!read.isComplete()) {
            sb.append(" Reading stopped at the first fatal error, so features after it are not known.");
        }
        return sb.toString();
    }

    private static Dialog<ButtonType> dialog(Window owner, GeoJsonReadResult read, String title) {
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
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
        t.getColumns().add(column("Line", 60, p -> p.line() < 0 ? "" : Long.toString(p.line())));
        t.getColumns().add(column("Column", 60, p -> p.column() < 0 ? "" : Long.toString(p.column())));
        t.getColumns().add(column("Feature", 70, p -> p.featureIndex() < 0 ? "" : "#" + p.featureIndex()));
        t.getColumns().add(column("Id", 90, p -> p.featureId() == null ? "" : p.featureId()));
        t.getColumns().add(column("", 70, p -> p.severity().name().toLowerCase(Locale.ROOT)));
        TableColumn<GeoJsonProblem, String> what = column("What is wrong", 440, GeoJsonProblem::message);
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
