package org.claimscape.ui.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimscape.io.postgis.PostgisConnection;
import org.claimscape.io.postgis.PostgisException;
import org.claimscape.io.postgis.PostgisLayerWriter;
import org.claimscape.io.postgis.PostgisSpec;
import org.claimscape.io.postgis.PostgisTable;
import org.claimscape.ui.explorer.BackgroundTasks;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/**
 * The PostGIS dialogs: connect and choose tables ("Connect to PostGIS…"), choose where to save a layer, ask for
 * a password, edit a feature's attributes. The password field may stay empty: the driver then looks in
 * {@code ~/.pgpass}. Passwords are handed over as character arrays and never kept by the dialogs. FX thread only.
 */
public final class PostgisDialog {

    /** Tables chosen on a connection; {@code password} null means ~/.pgpass. */
    public record Choice(PostgisSpec connection, char[] password, List<PostgisTable> tables, boolean live) {
    }

    /** Where to save a layer. */
    public record SaveTarget(PostgisSpec connection, char[] password, String schema, String table,
                             PostgisLayerWriter.Mode mode, boolean selectionOnly) {
    }

    /* Wide enough for the longest field labels (Russian), narrow enough that long headers wrap. */
    private static final double WIDTH = 640;

    private PostgisDialog() {
    }

    // ------------------------------------------------------------------ connect

    /**
     * Asks for a connection, lists its spatial tables and views (in the background) and lets the user pick some.
     *
     * @param last the connection used last, to fill the fields, or null
     */
    public static Optional<Choice> connect(Window owner, BackgroundTasks tasks, PostgisSpec last) {
        Dialog<ButtonType> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(UiText.get("pg.connect.title"));
        d.setHeaderText(UiText.get("pg.connect.header"));
        Fields f = new Fields(last);
        Button list = new Button(UiText.get("pg.connect.list"));
        list.setId("pgListTables");
        list.setDefaultButton(true);
        ListView<PostgisTable> tables = new ListView<>();
        tables.setId("pgTables");
        tables.setPrefHeight(220);
        tables.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tables.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PostgisTable t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : summary(t));
            }
        });
        tables.setPlaceholder(new Label(UiText.get("pg.connect.placeholder")));
        CheckBox live = new CheckBox(UiText.get("pg.connect.live"));
        live.setId("pgLive");
        live.setWrapText(true);
        Label message = new Label();
        message.setId("pgMessage");
        message.setWrapText(true);
        /* A failure's message runs to three lines or more: the table list gives up the room, the text is not cut. */
        message.setMinHeight(Region.USE_PREF_SIZE);
        live.setMinHeight(Region.USE_PREF_SIZE);
        PostgisSpec[] connected = new PostgisSpec[1];
        list.setOnAction(e -> {
            PostgisSpec spec;
            try {
                spec = f.spec();
            } catch (IllegalArgumentException ex) {
                message.setText(ex.getMessage());
                return;
            }
            char[] pw = f.password();
            message.setText(UiText.get("pg.connecting", spec.label()));
            list.setDisable(true);
            tasks.submit(UiText.get("pg.task.list", spec.label()), job -> {
                try (PostgisConnection c = PostgisConnection.open(spec, pw)) {
                    return new Listed(c.tables(), c.isEncrypted(), c.postgisVersion());
                }
            }, r -> {
                list.setDisable(false);
                connected[0] = spec;
                tables.getItems().setAll(r.tables());
                message.setText(UiText.get("pg.connect.listed", r.tables().size(), r.version(),
                        UiText.get(r.encrypted() ? "pg.connect.tls" : "pg.connect.plain")));
            }, ex -> {
                list.setDisable(false);
                message.setText(explain(ex));
                if (ex instanceof PostgisException p && (p.kind() == PostgisException.Kind.NEEDS_PASSWORD
                        || p.kind() == PostgisException.Kind.WRONG_PASSWORD)) {
                    f.password.requestFocus();
                }
            });
        });
        GridPane grid = f.grid();
        grid.add(list, 1, 5);
        VBox box = new VBox(8, grid, tables, live, message);
        VBox.setVgrow(tables, Priority.ALWAYS);
        d.getDialogPane().setContent(box);
        d.getDialogPane().setPrefWidth(WIDTH); // the header wraps instead of widening the dialog
        ButtonType open = UiDialogs.button("pg.connect.open", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(open, UiDialogs.cancel());
        d.getDialogPane().lookupButton(open).disableProperty().bind(Bindings.isEmpty(
                tables.getSelectionModel().getSelectedItems()));
        d.getDialogPane().lookupButton(open).setId("pgOpen");
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get() != open || connected[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Choice(connected[0], f.password(),
                new ArrayList<>(tables.getSelectionModel().getSelectedItems()), live.isSelected()));
    }

    private record Listed(List<PostgisTable> tables, boolean encrypted, String version) {
    }

    // ------------------------------------------------------------------ save

    /**
     * Asks where to save a layer: connection, {@code schema.table}, new / replace / append, and whether only the
     * selected features.
     *
     * @param selected how many of the layer's features are selected (0: the choice is not offered)
     */
    public static Optional<SaveTarget> saveTarget(Window owner, PostgisSpec last, String layerTitle,
                                                  String suggestedTable, int selected) {
        Dialog<ButtonType> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(UiText.get("pg.save.title"));
        d.setHeaderText(UiText.get("pg.save.header", layerTitle));
        Fields f = new Fields(last);
        TextField table = new TextField(suggestedTable);
        table.setId("pgSaveTable");
        table.setPromptText(UiText.get("pg.save.table.prompt"));
        ComboBox<String> mode = new ComboBox<>(FXCollections.observableArrayList(UiText.get("pg.save.mode.create"),
                UiText.get("pg.save.mode.replace"), UiText.get("pg.save.mode.append")));
        mode.getSelectionModel().select(0);
        mode.setId("pgSaveMode");
        CheckBox onlySelected = new CheckBox(UiText.get("pg.save.selected", selected));
        onlySelected.setDisable(selected == 0);
        GridPane grid = f.grid();
        grid.addRow(5, new Label(UiText.get("pg.save.table")), table);
        grid.addRow(6, new Label(UiText.get("pg.save.if-exists")), mode);
        grid.add(onlySelected, 1, 7);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setPrefWidth(WIDTH);
        ButtonType save = UiDialogs.button("pg.save.button", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(save, UiDialogs.cancel());
        d.getDialogPane().lookupButton(save).disableProperty().bind(table.textProperty().isEmpty());
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get() != save) {
            return Optional.empty();
        }
        PostgisSpec spec = f.spec().withTable(table.getText().strip(), null);
        PostgisLayerWriter.Mode m = switch (mode.getSelectionModel().getSelectedIndex()) {
            case 1 -> PostgisLayerWriter.Mode.REPLACE;
            case 2 -> PostgisLayerWriter.Mode.APPEND;
            default -> PostgisLayerWriter.Mode.CREATE;
        };
        return Optional.of(new SaveTarget(spec.withoutTable(), f.password(), spec.schema(), spec.tableName(), m,
                onlySelected.isSelected()));
    }

    // ------------------------------------------------------------------ password

    /** Asks for the password of a connection; empty when cancelled. */
    public static Optional<char[]> askPassword(Window owner, PostgisSpec spec, String why) {
        Dialog<ButtonType> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(UiText.get("pg.password.title"));
        d.setHeaderText(UiText.get("pg.password.header", spec.withoutTable().label()));
        PasswordField pw = new PasswordField();
        pw.setId("pgPasswordPrompt");
        Label reason = new Label(why);
        reason.setWrapText(true);
        reason.setMaxWidth(480);
        d.getDialogPane().setContent(new VBox(8, reason, pw));
        ButtonType ok = UiDialogs.ok();
        d.getDialogPane().getButtonTypes().setAll(ok, UiDialogs.cancel());
        pw.requestFocus();
        Optional<ButtonType> b = d.showAndWait();
        return b.isPresent() && b.get() == ok ? Optional.of(pw.getText().toCharArray()) : Optional.empty();
    }

    // ------------------------------------------------------------------ attributes

    /**
     * Edits a feature's attributes: a text field per column (typed as text; the server converts them to the
     * column's type on saving, and refuses what does not fit). An empty field clears the value.
     *
     * @return the columns whose text changed, with their new values (null for cleared); empty when cancelled
     */
    public static Optional<Map<String, Object>> editAttributes(Window owner, String title, List<String> columns,
                                                               Map<String, Object> current) {
        Dialog<ButtonType> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(UiText.get("pg.attributes.title"));
        d.setHeaderText(title);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Map<String, TextField> fields = new LinkedHashMap<>();
        int row = 0;
        for (String c : columns) {
            Object v = current.get(c);
            TextField t = new TextField(v == null ? "" : v.toString());
            t.setId("pgAttr-" + c);
            t.setPrefColumnCount(28);
            fields.put(c, t);
            grid.addRow(row++, new Label(c), t);
        }
        grid.getColumnConstraints().setAll(labelColumn(), fieldColumn());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 32 * Math.max(1, row)));
        d.getDialogPane().setContent(scroll);
        ButtonType ok = UiDialogs.ok();
        d.getDialogPane().getButtonTypes().setAll(ok, UiDialogs.cancel());
        Optional<ButtonType> b = d.showAndWait();
        if (b.isEmpty() || b.get() != ok) {
            return Optional.empty();
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        fields.forEach((c, t) -> {
            Object v = current.get(c);
            String before = v == null ? "" : v.toString();
            if (!Objects.equals(before, t.getText())) {
                changed.put(c, t.getText().isEmpty() ? null : t.getText());
            }
        });
        return Optional.of(changed);
    }

    // ------------------------------------------------------------------ words

    /** A table for a list, in the interface language: "public.sites (POINT, SRID 4326, ~1,000 rows, dated)". */
    static String summary(PostgisTable t) {
        List<String> details = new ArrayList<>();
        details.add(t.geometryType().toUpperCase(Locale.ROOT));
        details.add("SRID " + t.srid());
        if (t.estimatedRows() >= 0) {
            details.add(UiText.get("pg.table.rows", t.estimatedRows()));
        }
        if (t.view()) {
            details.add(UiText.get("pg.table.view"));
        }
        if (t.hasTimeColumns()) {
            details.add(UiText.get("pg.table.dated"));
        }
        return UiText.get("pg.table.summary", t.schema() + "." + t.name(),
                String.join(UiText.get("pg.table.separator"), details));
    }

    /**
     * What went wrong, for an alert or the dialog's message: in Japanese and Russian a sentence of the interface
     * language for the kinds of failure the window knows, then the server's own words (which are English and name
     * the server and table); in English those words alone.
     */
    static String explain(Throwable e) {
        String detail = e.getMessage() == null ? e.toString() : e.getMessage();
        if (!(e instanceof PostgisException p) || UiText.locale().equals(Locale.ENGLISH)) {
            return detail;
        }
        String key = switch (p.kind()) {
            case NEEDS_PASSWORD -> "pg.problem.needs-password";
            case WRONG_PASSWORD -> "pg.problem.wrong-password";
            case UNREACHABLE -> "pg.problem.unreachable";
            case NO_SUCH_DATABASE -> "pg.problem.no-database";
            case NO_POSTGIS -> "pg.problem.no-postgis";
            case NO_SUCH_TABLE -> "pg.problem.no-table";
            case CONNECTION_LOST -> "pg.problem.connection-lost";
            case PERMISSION -> "pg.problem.permission";
            case WRITE_REFUSED -> "pg.problem.write-refused";
            case SERVER_ERROR -> "pg.problem.server";
        };
        return UiText.get(key) + "\n" + detail;
    }

    /* Labels keep their whole text (Russian ones are long); the fields take the rest. */
    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private static ColumnConstraints fieldColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    // ------------------------------------------------------------------ fields

    /** Host, port, database, user and password fields. */
    private static final class Fields {
        final TextField host = new TextField();
        final TextField port = new TextField();
        final TextField database = new TextField();
        final TextField user = new TextField();
        final PasswordField password = new PasswordField();

        Fields(PostgisSpec last) {
            host.setText(last == null ? "localhost" : last.host());
            port.setText(String.valueOf(last == null ? PostgisSpec.DEFAULT_PORT : last.port()));
            database.setText(last == null ? "" : last.database());
            user.setText(last == null || last.user() == null ? System.getProperty("user.name", "") : last.user());
            password.setPromptText(UiText.get("pg.field.password.prompt"));
            host.setId("pgHost");
            port.setId("pgPort");
            database.setId("pgDatabase");
            user.setId("pgUser");
            password.setId("pgPassword");
            port.setPrefColumnCount(6);
        }

        GridPane grid() {
            GridPane g = new GridPane();
            g.setHgap(8);
            g.setVgap(6);
            g.addRow(0, new Label(UiText.get("pg.field.host")), host);
            g.addRow(1, new Label(UiText.get("pg.field.port")), port);
            g.addRow(2, new Label(UiText.get("pg.field.database")), database);
            g.addRow(3, new Label(UiText.get("pg.field.user")), user);
            g.addRow(4, new Label(UiText.get("pg.field.password")), password);
            g.getColumnConstraints().setAll(labelColumn(), fieldColumn());
            return g;
        }

        PostgisSpec spec() {
            int p;
            try {
                p = Integer.parseInt(port.getText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(UiText.get("pg.field.port.bad"));
            }
            if (database.getText().isBlank()) {
                throw new IllegalArgumentException(UiText.get("pg.field.database.missing"));
            }
            return new PostgisSpec(host.getText().strip(), p, database.getText().strip(), user.getText().strip(),
                    null, null);
        }

        char[] password() {
            return password.getText().isEmpty() ? null : password.getText().toCharArray();
        }
    }
}
