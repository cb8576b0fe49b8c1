package org.claimscape.ui.table;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableListBase;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.claimscape.model.Feature;
import org.claimscape.ui.table.AttributeTableModel.Column;
import org.claimscape.ui.table.AttributeTableModel.Kind;
import org.claimscape.ui.table.AttributeTableModel.Query;
import org.claimscape.ui.table.AttributeTableModel.Role;
import org.claimscape.ui.table.AttributeTableModel.Rows;
import org.claimscape.ui.text.UiFonts;
import org.claimscape.ui.text.UiText;

/**
 * The attribute table's controls: a filter field, the count of rows shown, a progress bar with Cancel while a
 * large layer is read, filtered or sorted, and the table itself (virtualised: only the rows in sight are made).
 * It shows what {@link AttributeTable} gives it and reports what the user asks for; it decides nothing. FX thread
 * only.
 */
final class AttributeTableView extends BorderPane {

    /* Columns are fitted to the header and this many rows, between these widths (pixels). */
    private static final int WIDTH_SAMPLE = 200;
    private static final double MIN_WIDTH = 56;
    private static final double MAX_WIDTH = 320;

    private final RowList items = new RowList();
    private final TableView<Feature> table = new TableView<>(items);
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Label placeholder = new Label();
    private AttributeTableModel model;
    private Rows rows;
    /* Set while the table is changed from outside: its own events are then not the user's. */
    private boolean quiet;

    /**
     * @param onQuery       called when the user changes the filter or the sort
     * @param onRowSelected called with the feature of a row the user selects (not one selected from the map)
     */
    AttributeTableView(Runnable onQuery, Consumer<Feature> onRowSelected) {
        getStyleClass().add("attribute-table");
        filter.setId("tableFilter");
        filter.promptTextProperty().bind(UiText.text("table.filter"));
        filter.setPrefColumnCount(24);
        filter.textProperty().addListener(o -> {
            if (!quiet) {
                onQuery.run();
            }
        });
        count.setId("tableCount");
        count.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("tableProgress");
        progress.setPrefWidth(160);
        cancel.setId("tableCancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        UiText.labeled(cancel, "dialog.cancel");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, count, gap, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);
        table.setId("attributeTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        /* Rows of one height: the table can place a million rows without measuring them. */
        table.setFixedCellSize(24);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        /* Sorting is the model's work (off the FX thread for a large layer): the table only reports the wish. */
        table.setSortPolicy(t -> {
            if (!quiet) {
                onQuery.run();
            }
            return true;
        });
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            int i = now.intValue();
            if (!quiet && i >= 0 && i < table.getItems().size()) {
                onRowSelected.accept(table.getItems().get(i));
            }
        });
        setCenter(table);
        idle();
    }

    TableView<Feature> table() {
        return table;
    }

    TextField filter() {
        return filter;
    }

    Label count() {
        return count;
    }

    Button cancelButton() {
        return cancel;
    }

    /** The query the controls ask for (columns as the model numbers them). */
    Query wanted() {
        int sortColumn = -1;
        boolean ascending = true;
        if (!table.getSortOrder().isEmpty()) {
            TableColumn<Feature, ?> c = table.getSortOrder().get(0);
            sortColumn = (Integer) c.getUserData();
            ascending = c.getSortType() == TableColumn.SortType.ASCENDING;
        }
        return new Query(filter.getText(), sortColumn, ascending);
    }

    /** Puts the controls back to a query (after a cancelled one). */
    void showQuery(Query q) {
        quiet = true;
        try {
            showQueryNow(q);
        } finally {
            quiet = false;
        }
    }

    private void showQueryNow(Query q) {
        if (!filter.getText().strip().equals(q.filter())) {
            filter.setText(q.filter());
        }
        if (q.sortColumn() < 0) {
            table.getSortOrder().clear();
        } else {
            TableColumn<Feature, ?> c = table.getColumns().get(q.sortColumn());
            c.setSortType(q.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != c) {
                table.getSortOrder().setAll(List.of(c));
            }
        }
    }

    /** Makes the columns of a (new) model; the sort follows its column by key when it has one. */
    void setModel(AttributeTableModel m, int sortColumn, boolean ascending) {
        quiet = true;
        try {
            makeColumns(m, sortColumn, ascending);
        } finally {
            quiet = false;
        }
    }

    private void makeColumns(AttributeTableModel m, int sortColumn, boolean ascending) {
        this.model = m;
        List<TableColumn<Feature, String>> columns = new ArrayList<>();
        for (int i = 0; i < m.columns().size(); i++) {
            columns.add(column(m.columns().get(i), i));
        }
        fitWidths(m, columns);
        table.getSortOrder().clear();
        table.getColumns().setAll(columns);
        if (sortColumn >= 0) {
            TableColumn<Feature, String> c = columns.get(sortColumn);
            c.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(c));
        }
    }

    private TableColumn<Feature, String> column(Column c, int index) {
        TableColumn<Feature, String> col = new TableColumn<>();
        if (c.role() == Role.PROPERTY) {
            col.setText(c.key());
        } else {
            col.textProperty().bind(UiText.text(c.role() == Role.ID ? "table.column.id" : "table.column.geometry"));
        }
        col.setId("column-" + index);
        col.setUserData(index);
        col.setCellValueFactory(cell -> cellText(cell.getValue(), index));
        if (c.kind() == Kind.NUMBER) {
            col.getStyleClass().add("number-column");
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return col;
    }

    /*
     * Each column as wide as its header and a sample of its cells need, within bounds: a long description
     * is cut (the user widens its column) rather than pushing the others out of sight.
     */
    private static void fitWidths(AttributeTableModel m, List<TableColumn<Feature, String>> columns) {
        Font plain = Font.font(UiFonts.FAMILY, Font.getDefault().getSize());
        Font bold = Font.font(UiFonts.FAMILY, FontWeight.BOLD, Font.getDefault().getSize());
        Text measure = new Text();
        int sample = Math.min(m.total(), WIDTH_SAMPLE);
        for (int c = 0; c < columns.size(); c++) {
            TableColumn<Feature, String> col = columns.get(c);
            measure.setFont(bold);
            measure.setText(col.getText());
            double width = measure.getLayoutBounds().getWidth() + 30;
            measure.setFont(plain);
            for (int i = 0; i < sample && width < MAX_WIDTH; i++) {
                /* Rows from all over the layer: its first rows may be its shortest ("site 1" … "site 199"). */
                measure.setText(m.text(m.feature((int) ((long) i * m.total() / sample)), c));
                width = Math.max(width, measure.getLayoutBounds().getWidth() + 18);
            }
            col.setPrefWidth(Math.ceil(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width))));
        }
    }

    /* One line per cell: line breaks in a value would be cut by the fixed row height. */
    private ObservableValue<String> cellText(Feature f, int column) {
        String t = model.text(f, column);
        return new ReadOnlyStringWrapper(t.indexOf('\n') < 0 ? t : t.replaceAll("\\s*\\R\\s*", " ⏎ "));
    }

    /** Shows rows of the model (a list that reads them as the table scrolls: nothing is copied). */
    void setRows(Rows r) {
        this.rows = r;
        quiet = true;
        try {
            items.show(model, r);
        } finally {
            quiet = false;
        }
        placeholder.setText(UiText.get("table.none"));
        showCount();
    }

    Rows rows() {
        return rows;
    }

    /** Selects a row and brings it into sight, or clears the selection (row -1). */
    void select(int row) {
        if (row < 0) {
            quiet = true;
            try {
                table.getSelectionModel().clearSelection();
            } finally {
                quiet = false;
            }
            return;
        }
        if (table.getSelectionModel().getSelectedIndex() == row) {
            return;
        }
        quiet = true;
        try {
            table.getSelectionModel().clearAndSelect(row);
        } finally {
            quiet = false;
        }
        if (!inSight(row)) {
            table.scrollTo(Math.max(0, row - 3));
        }
    }

    /* Whether a row is wholly in sight (then the table does not jump to it). */
    private boolean inSight(int row) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null
                || flow.getLastVisibleCell() == null) {
            return false;
        }
        return row > flow.getFirstVisibleCell().getIndex() && row < flow.getLastVisibleCell().getIndex();
    }

    /** Says that work is running, with its progress and a way to cancel it. */
    void busy(String message, ObservableValue<? extends Number> workDone, Runnable onCancel) {
        progress.progressProperty().bind(workDone);
        progress.setVisible(true);
        cancel.setVisible(true);
        cancel.setOnAction(e -> onCancel.run());
        count.setText(message);
        if (rows == null) {
            placeholder.setText(message);
        }
    }

    void idle() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.setOnAction(null);
        showCount();
    }

    /** The count in the interface language ("12 of 340 features"). */
    void showCount() {
        count.setText(rows == null ? "" : UiText.get("table.count", rows.size(), rows.total()));
    }

    /*
     * The table's one list of items: row i is the feature the query put there, read as the table scrolls. A new
     * query changes its content; a new list would clear the table's sort order (JavaFX does so for any list but
     * a SortedList).
     */
    private static final class RowList extends ObservableListBase<Feature> implements RandomAccess {
        private AttributeTableModel model;
        private Rows rows;

        void show(AttributeTableModel m, Rows r) {
            List<Feature> was = rows == null ? List.of() : new Snapshot(model, rows);
            model = m;
            rows = r;
            beginChange();
            if (!was.isEmpty()) {
                nextRemove(0, was);
            }
            if (r.size() > 0) {
                nextAdd(0, r.size());
            }
            endChange();
        }

        @Override
        public Feature get(int index) {
            return model.feature(rows.featureIndex(index));
        }

        @Override
        public int size() {
            return rows == null ? 0 : rows.size();
        }
    }

    /* The rows a list showed, for the change that replaces them (nothing is copied). */
    private static final class Snapshot extends AbstractList<Feature> implements RandomAccess {
        private final AttributeTableModel model;
        private final Rows rows;

        Snapshot(AttributeTableModel model, Rows rows) {
            this.model = model;
            this.rows = rows;
        }

        @Override
        public Feature get(int index) {
            return model.feature(rows.featureIndex(index));
        }

        @Override
        public int size() {
            return rows.size();
        }
    }
}
