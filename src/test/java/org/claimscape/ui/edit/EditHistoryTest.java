package org.claimscape.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The undo and redo stacks, without a window: a counter stands in for the model. */
class EditHistoryTest {

    private long now;
    private final EditHistory history = new EditHistory(() -> now);
    private int value;

    /* Sets the value and records the change, as an observer of the model would. */
    private void set(int v, Object mergeKey) {
        int was = value;
        value = v;
        history.record(EditHistory.of("set " + v, () -> value = was, () -> value = v), mergeKey);
    }

    @Test
    void undoAndRedoStepThroughTheEditsInOrder() {
        set(1, null);
        set(2, null);
        assertThat(history.undoNameProperty().get()).isEqualTo("set 2");
        history.undo();
        assertThat(value).isEqualTo(1);
        assertThat(history.redoNameProperty().get()).isEqualTo("set 2");
        history.undo();
        assertThat(value).isZero();
        assertThat(history.canUndoProperty().get()).isFalse();
        history.undo();
        assertThat(value).as("nothing left to undo").isZero();
        history.redo();
        history.redo();
        assertThat(value).isEqualTo(2);
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewEditDropsWhatCouldBeRedone() {
        set(1, null);
        set(2, null);
        history.undo();
        set(5, null);
        assertThat(history.canRedoProperty().get()).isFalse();
        history.redo();
        assertThat(value).isEqualTo(5);
        history.undo();
        assertThat(value).isEqualTo(1);
    }

    @Test
    void changesMadeWhileUndoingAreNotRecorded() {
        List<String> seen = new ArrayList<>();
        set(1, null);
        /* An observer that records every change it sees, as LayerEdits does. */
        EditHistory.Edit echo = EditHistory.of("echo", () -> { }, () -> { });
        history.record(EditHistory.of("observed", () -> {
            seen.add("undo");
            history.record(echo);
        }, () -> history.record(echo)));
        history.undo();
        assertThat(seen).containsExactly("undo");
        assertThat(history.undoNameProperty().get()).isEqualTo("set 1");
        assertThat(history.redoNameProperty().get()).isEqualTo("observed");
        history.quietly(() -> set(9, null));
        assertThat(history.undoNameProperty().get()).as("quiet changes are not steps").isEqualTo("set 1");
    }

    @Test
    void quickEditsWithTheSameKeyMergeIntoOneStep() {
        set(1, null);
        for (int v = 10; v <= 50; v += 10) {
            now += 100;
            set(v, "slider");
        }
        history.undo();
        assertThat(value).as("one undo takes back the whole drag").isEqualTo(1);
        history.redo();
        assertThat(value).isEqualTo(50);
    }

    @Test
    void editsWithTheSameKeyFarApartOrSealedStaySeparate() {
        set(10, "slider");
        now += EditHistory.MERGE_MILLIS + 1;
        set(20, "slider");
        history.seal();
        now += 10;
        set(30, "slider");
        now += 10;
        set(40, "other");
        history.undo();
        assertThat(value).isEqualTo(30);
        history.undo();
        assertThat(value).isEqualTo(20);
        history.undo();
        assertThat(value).isEqualTo(10);
    }

    @Test
    void aGroupIsOneStepUndoneInReverse() {
        List<String> order = new ArrayList<>();
        history.group("style", () -> {
            history.record(EditHistory.of("a", () -> order.add("undo a"), () -> order.add("redo a")));
            history.record(EditHistory.of("b", () -> order.add("undo b"), () -> order.add("redo b")));
        });
        assertThat(history.undoNameProperty().get()).isEqualTo("style");
        history.undo();
        history.redo();
        assertThat(order).containsExactly("undo b", "undo a", "redo a", "redo b");
        history.group("nothing", () -> { });
        assertThat(history.undoNameProperty().get()).as("an empty group records nothing").isEqualTo("style");
    }

    @Test
    void theOldestStepsGoBeyondTheLimit() {
        for (int i = 1; i <= EditHistory.LIMIT + 5; i++) {
            set(i, null);
        }
        int undone = 0;
        while (history.canUndoProperty().get()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(EditHistory.LIMIT);
        assertThat(value).isEqualTo(5);
    }

    @Test
    void clearForgetsEverything() {
        set(1, null);
        history.undo();
        set(2, null);
        history.clear();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
        assertThat(history.undoNameProperty().get()).isNull();
    }
}
