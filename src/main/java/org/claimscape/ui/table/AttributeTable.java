package org.claimscape.ui.table;

import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.claimscape.model.Feature;
import org.claimscape.ui.explorer.ExplorerContext;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.explorer.LayerState;
import org.claimscape.ui.table.AttributeTableModel.Column;
import org.claimscape.ui.table.AttributeTableModel.Progress;
import org.claimscape.ui.table.AttributeTableModel.Query;
import org.claimscape.ui.table.AttributeTableModel.Rows;
import org.claimscape.ui.text.UiFonts;
import org.claimscape.ui.text.UiText;

/**
 * One layer's attribute table in a window of its own beside the map. Builds the table's model and runs its
 * queries: at once on the FX thread for a small layer, through the window's
 * {@link org.claimscape.ui.explorer.BackgroundTasks} with progress and Cancel for a large one (the newest query
 * wins). Keeps its selected row and the map's selected feature the same, and follows the layer when its data or
 * title change. FX thread only.
 */
final class AttributeTable {

    /* Typing in the filter of a large layer starts the work once the typing pauses. */
    private static final Duration TYPING = Duration.millis(300);
    /* The window's smallest first size, and the offset of each further table (pixels). */
    private static final double MIN_WIDTH = 520;
    private static final double MIN_HEIGHT = 230;
    private static final double OFFSET = 28;

    private final ExplorerContext ctx;
    private final ExplorerModel explorer;
    private final int syncLimit;
    private final Stage stage = new Stage();
    private final AttributeTableView view;
    private final PauseTransition typing = new PauseTransition(TYPING);
    private LayerState state;
    /* Null while it is being built. */
    private AttributeTableModel model;
    private Task<?> running;
    /* The query running, or null. */
    private Query pending;

    /**
     * @param syncLimit layers of up to this many features are worked on the FX thread
     * @param onClosed  called once the window is closed
     */
    AttributeTable(ExplorerContext ctx, LayerState state, int syncLimit, Consumer<AttributeTable> onClosed) {
        this.ctx = ctx;
        this.explorer = ctx.model();
        this.state = state;
        this.syncLimit = syncLimit;
        this.view = new AttributeTableView(this::queryWanted, this::rowSelected);
        typing.setOnFinished(e -> query());
        Scene scene = new Scene(view);
        UiFonts.style(scene);
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        view.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (copy.match(e)) {
                copyRow();
                e.consume();
            }
        });
        view.filter().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !view.filter().getText().isEmpty()) {
                view.filter().clear();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            stop();
            onClosed.accept(this);
        });
        UiText.onChange(view, () -> {
            updateTitle();
            view.showCount();
        });
        updateTitle();
    }

    /** Shows the window over the lower part of the map (each further table a little offset) and reads the table. */
    void show(int cascade) {
        Window owner = ctx.owner();
        Bounds map = ctx.mapPane().localToScreen(ctx.mapPane().getBoundsInLocal());
        if (owner != null) {
            stage.initOwner(owner);
        }
        if (map != null) {
            /* The layer panel and the feature info stay in sight, and the map's centre (where a row is shown). */
            double width = Math.max(MIN_WIDTH, map.getWidth());
            double height = Math.max(MIN_HEIGHT, map.getHeight() * 0.45);
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(map.getMinX() - Math.max(0, width - map.getWidth()) / 2 + OFFSET * cascade);
            stage.setY(map.getMaxY() - height - OFFSET * cascade);
        } else {
            stage.setWidth(900);
            stage.setHeight(360);
        }
        stage.show();
        view.table().requestFocus();
        build();
    }

    Stage stage() {
        return stage;
    }

    AttributeTableView view() {
        return view;
    }

    LayerState state() {
        return state;
    }

    /** The model, or null while it is being built. */
    AttributeTableModel model() {
        return model;
    }

    /** Whether a piece of work (reading, filtering, sorting) is running. */
    boolean isBusy() {
        return running != null;
    }

    void close() {
        stage.close();
    }

    // ------------------------------------------------------------------ following the window

    /** Follows the layer's row of the panel: a new title, new data (the table is read again) or none. */
    void follow(LayerState now) {
        LayerState was = state;
        state = now;
        if (!now.title().equals(was.title())) {
            updateTitle();
        }
        if (now.layer() == null) {
            close();
        } else if (model != null && now.layer().features() != model.layer().features()) {
            build();
        }
    }

    /** Selects the row of the map's selected feature when it is of this layer, else none. */
    void showSelection(ExplorerModel.Pick p) {
        Rows rows = view.rows();
        if (model == null || rows == null) {
            return;
        }
        int row = -1;
        if (p != null && p.layerId().equals(state.id())) {
            int i = model.indexOf(p.feature());
            if (i < 0 && p.feature().id() != null) {
                /* Live data read again since: the same feature by its id. */
                i = indexOfId(p.feature().id());
            }
            row = i < 0 ? -1 : rows.rowOf(i);
        }
        view.select(row);
    }

    private int indexOfId(String id) {
        for (int i = 0; i < model.total(); i++) {
            if (id.equals(model.feature(i).id())) {
                return i;
            }
        }
        return -1;
    }

    private void rowSelected(Feature f) {
        ExplorerModel.Pick p = new ExplorerModel.Pick(state.id(), state.title(), f);
        /* As a search result does: a feature chosen in the table is shown, on a hidden layer too. */
        if (!state.isVisible()) {
            state.visibleProperty().set(true);
        }
        explorer.picked().setAll(p);
        explorer.selectedProperty().set(p);
        /* The table's window stands over the map: what it shows goes where it can be seen. */
        ctx.zoomToFeature(p, new BoundingBox(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    }

    private void updateTitle() {
        stage.setTitle(UiText.get("table.title", UiText.layerTitle(state.id(), state.title())));
    }

    // ------------------------------------------------------------------ work

    private void build() {
        /* A rebuilt table keeps its filter and its sort, by the sorted column's key. */
        Query keep = view.wanted();
        Column sorted = model != null && keep.sortColumn() >= 0 && keep.sortColumn() < model.columns().size()
                ? model.columns().get(keep.sortColumn()) : null;
        var layer = state.layer();
        pending = null;
        compute(UiText.get("table.reading", layer.size()), layer.size(),
                UiText.get("table.task.read", state.title()), p -> AttributeTableModel.of(layer, p), m -> {
                    if (state.layer() == null) {
                        return;
                    }
                    if (m.layer().features() != state.layer().features()) {
                        build();
                        return;
                    }
                    model = m;
                    int sortColumn = sorted == null ? -1 : m.columns().indexOf(sorted);
                    if (sortColumn < 0 && sorted != null) {
                        for (int i = 0; i < m.columns().size(); i++) {
                            if (m.columns().get(i).role() == sorted.role()
                                    && m.columns().get(i).key().equals(sorted.key())) {
                                sortColumn = i;
                            }
                        }
                    }
                    view.setModel(m, sortColumn, keep.ascending());
                    view.setRows(m.all());
                    query();
                    showSelection(explorer.selectedProperty().get());
                }, () -> {
                    if (model == null) {
                        close();
                    }
                });
    }

    /* The user changed the filter or the sort: at once for a small layer, after a pause in typing for a large. */
    private void queryWanted() {
        if (model == null) {
            return;
        }
        Rows rows = view.rows();
        boolean onlyFilter = rows != null && view.wanted().sortColumn() == rows.query().sortColumn()
                && view.wanted().ascending() == rows.query().ascending();
        if (model.total() > syncLimit && onlyFilter) {
            typing.playFromStart();
        } else {
            typing.stop();
            query();
        }
    }

    private void query() {
        if (model == null) {
            return;
        }
        Query q = view.wanted();
        Rows shown = view.rows();
        if (q.equals(pending) || pending == null && shown != null && q.equals(shown.query())) {
            return;
        }
        AttributeTableModel m = model;
        pending = q;
        String message = UiText.get(q.filter().isEmpty() ? "table.sorting" : "table.filtering");
        compute(message, m.total(), UiText.get("table.task.query", state.title()), p -> m.query(q, p), rows -> {
            pending = null;
            if (m == model) {
                view.setRows(rows);
                showSelection(explorer.selectedProperty().get());
            }
        }, () -> {
            pending = null;
            /* The controls go back to what the table shows. */
            view.showQuery(view.rows() == null ? Query.ALL : view.rows().query());
        });
    }

    /*
     * Work on the table: for a small layer now, for a large one as a task of the window's background work with
     * progress and Cancel. A newer piece of work cancels the one running; a cancelled or failed one calls
     * {@code stopped} (a failure is reported by the background work as every other).
     */
    private <T> void compute(String message, int features, String what, Function<Progress, T> work,
                             Consumer<T> done, Runnable stopped) {
        Task<?> previous = running;
        running = null;
        if (previous != null) {
            previous.cancel();
        }
        if (features <= syncLimit) {
            view.idle();
            done.accept(work.apply(Progress.NONE));
            view.idle();
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                Task<T> self = this;
                return work.apply(new Progress() {
                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }

                    @Override
                    public void worked(long doneSoFar, long total) {
                        updateProgress(doneSoFar, total);
                    }
                });
            }
        };
        running = task;
        view.busy(message, task.progressProperty(), task::cancel);
        task.setOnSucceeded(e -> {
            if (running == task) {
                running = null;
                done.accept(task.getValue());
                view.idle();
            }
        });
        Runnable end = () -> {
            if (running == task) {
                running = null;
                view.idle();
                stopped.run();
            }
        };
        task.setOnCancelled(e -> end.run());
        task.setOnFailed(e -> end.run());
        ctx.tasks().run(what, task);
    }

    private void stop() {
        typing.stop();
        Task<?> t = running;
        running = null;
        if (t != null) {
            t.cancel();
        }
    }

    /* Ctrl+C: the selected row's cells, tab-separated, as a spreadsheet pastes them. */
    private void copyRow() {
        Feature f = view.table().getSelectionModel().getSelectedItem();
        if (f == null || model == null) {
            return;
        }
        StringJoiner row = new StringJoiner("\t");
        for (int c = 0; c < model.columns().size(); c++) {
            row.add(model.text(f, c).replaceAll("[\t\r\n]+", " "));
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(row.toString());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
