package org.claimscape.ui.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's undo and redo stacks. An edit is recorded after it was made, with what undoes and redoes it;
 * {@link #undo()} and {@link #redo()} run those with recording paused ({@link #isApplying()}), so observers of
 * the model that record changes do not record the history's own steps. Edits recorded inside {@link #group} become
 * one step; a quick run of edits with the same merge key (an opacity slider being dragged) becomes one step too.
 * Recording a new edit drops the redo stack. At most {@value #LIMIT} steps are kept.
 *
 * <p>FX thread only (or any one thread; the properties are for menu items).
 */
public final class EditHistory {

    /** Steps kept; the oldest go first. */
    public static final int LIMIT = 200;
    /** Edits with the same merge key less than this far apart (ms) merge into one step. */
    public static final long MERGE_MILLIS = 1500;

    /** One reversible change, already made when it is recorded. */
    public interface Edit {
        /** What the change was, for the menu ("Hide layer Military sites"). */
        String name();

        /** Puts things back as they were before the change. */
        void undo();

        /** Makes the change again, after {@link #undo()}. */
        void redo();
    }

    /** An edit made of two functions. */
    public static Edit of(String name, Runnable undo, Runnable redo) {
        Objects.requireNonNull(undo);
        Objects.requireNonNull(redo);
        return new Edit() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }
        };
    }

    private static final class Step {
        final Edit edit;
        final Object mergeKey;
        final long at;

        Step(Edit edit, Object mergeKey, long at) {
            this.edit = edit;
            this.mergeKey = mergeKey;
            this.at = at;
        }
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final LongSupplier clock;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName");
    private int applying;
    private List<Edit> grouping;
    /* The top step takes no more merges (after an undo or redo, or another kind of edit). */
    private boolean sealed = true;

    /** A history on the system clock. */
    public EditHistory() {
        this(System::currentTimeMillis);
    }

    /** @param clock milliseconds, for merging quick runs of edits (tests give their own) */
    public EditHistory(LongSupplier clock) {
        this.clock = clock;
    }

    /** Records an edit as a step of its own; ignored while the history applies one. */
    public void record(Edit edit) {
        record(edit, null);
    }

    /**
     * Records an edit; when the step on top has the same merge key, was recorded less than
     * {@value #MERGE_MILLIS} ms ago and nothing came between, the two become one step (undo goes back to before the
     * first). Ignored while the history applies an edit.
     */
    public void record(Edit edit, Object mergeKey) {
        Objects.requireNonNull(edit);
        if (applying > 0) {
            return;
        }
        if (grouping != null) {
            grouping.add(edit);
            return;
        }
        long now = clock.getAsLong();
        Step top = undo.peek();
        if (mergeKey != null && !sealed && top != null && mergeKey.equals(top.mergeKey)
                && now - top.at < MERGE_MILLIS) {
            undo.pop();
            undo.push(new Step(merged(top.edit, edit), mergeKey, now));
        } else {
            undo.push(new Step(edit, mergeKey, now));
            while (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        sealed = false;
        redo.clear();
        update();
    }

    /**
     * Runs changes whose edits become one step named {@code name} (nothing is recorded when they record nothing).
     * Groups do not nest: an inner group joins the outer one.
     */
    public void group(String name, Runnable changes) {
        if (grouping != null || applying > 0) {
            changes.run();
            return;
        }
        List<Edit> edits = new ArrayList<>();
        grouping = edits;
        try {
            changes.run();
        } finally {
            grouping = null;
        }
        if (edits.size() == 1) {
            record(of(name, edits.get(0)::undo, edits.get(0)::redo));
        } else if (!edits.isEmpty()) {
            record(of(name, () -> {
                for (int i = edits.size() - 1; i >= 0; i--) {
                    edits.get(i).undo();
                }
            }, () -> edits.forEach(Edit::redo)));
        }
    }

    /** Runs changes that are not to be recorded (loading a workspace, the history's own steps). */
    public void quietly(Runnable changes) {
        applying++;
        try {
            changes.run();
        } finally {
            applying--;
        }
    }

    /** True while an undo, a redo or {@link #quietly} runs: observers should not record what changes now. */
    public boolean isApplying() {
        return applying > 0;
    }

    /** Undoes the last step; does nothing when there is none. */
    public void undo() {
        Step s = undo.poll();
        if (s == null) {
            return;
        }
        quietly(s.edit::undo);
        redo.push(s);
        sealed = true;
        update();
    }

    /** Redoes the last undone step; does nothing when there is none. */
    public void redo() {
        Step s = redo.poll();
        if (s == null) {
            return;
        }
        quietly(s.edit::redo);
        undo.push(s);
        sealed = true;
        update();
    }

    /** Forgets every step (a workspace was opened: its state is not the result of edits). */
    public void clear() {
        undo.clear();
        redo.clear();
        sealed = true;
        update();
    }

    /** Ends merging: the next edit is a step of its own even with the same key (a slider was let go). */
    public void seal() {
        sealed = true;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The name of the step {@link #undo()} would undo, or null. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    /** The name of the step {@link #redo()} would redo, or null. */
    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private static Edit merged(Edit first, Edit then) {
        return of(then.name(), first::undo, then::redo);
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? null : undo.peek().edit.name());
        redoName.set(redo.isEmpty() ? null : redo.peek().edit.name());
    }
}
