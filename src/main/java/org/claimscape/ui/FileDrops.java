package org.claimscape.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Files dragged onto the window from outside it (not rows dragged within it). */
final class FileDrops {

    private FileDrops() {
    }

    /** Offers files dropped on the target to {@code open}, which says whether it took them. */
    static void install(Node target, Predicate<List<Path>> open) {
        target.addEventFilter(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventFilter(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles() && e.getGestureSource() == null) {
                List<Path> files = new ArrayList<>();
                for (File f : e.getDragboard().getFiles()) {
                    files.add(f.toPath());
                }
                e.setDropCompleted(open.test(files));
                e.consume();
            }
        });
    }
}
