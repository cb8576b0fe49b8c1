package org.claimscape.ui.help;

import java.util.List;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/** Help → Keyboard shortcuts: every key the window answers to, with what it does. FX thread only. */
public final class ShortcutsDialog {

    /** A key (as written on the keyboard, "Ctrl" for the shortcut key) and the key of its description. */
    public record Shortcut(String keys, String what) {
    }

    /** The window's keys, in the order the dialog lists them. */
    public static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("F1", "shortcut.guide"),
            new Shortcut("Ctrl+O", "shortcut.open"),
            new Shortcut("Ctrl+S", "shortcut.save"),
            new Shortcut("Ctrl+Z", "shortcut.undo"),
            new Shortcut("Ctrl+Shift+Z, Ctrl+Y", "shortcut.redo"),
            new Shortcut("Ctrl+F", "shortcut.search"),
            new Shortcut("Esc", "shortcut.escape"),
            new Shortcut("Tab", "shortcut.tab"),
            new Shortcut("← ↑ → ↓", "shortcut.pan"),
            new Shortcut("Shift+← ↑ → ↓", "shortcut.pan-far"),
            new Shortcut("+  −", "shortcut.zoom"),
            new Shortcut("Home", "shortcut.home"),
            new Shortcut("Shift+drag", "shortcut.zoom-box"),
            new Shortcut("Ctrl+M", "shortcut.measure"),
            new Shortcut("Backspace", "shortcut.measure-back"),
            new Shortcut("Ctrl+1, Ctrl+2", "shortcut.panels"),
            new Shortcut("F6", "shortcut.table"),
            new Shortcut("F11", "shortcut.full-screen"),
            new Shortcut("Ctrl+P", "shortcut.briefing"),
            new Shortcut("Ctrl+Q", "shortcut.quit"));

    private ShortcutsDialog() {
    }

    /** Shows the list; returns the dialog (shown, not waited for). */
    public static Dialog<Void> show(Window owner) {
        Dialog<Void> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(UiText.get("help.shortcuts.title"));
        d.getDialogPane().setId("shortcutsDialog");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(5);
        int row = 0;
        for (Shortcut s : SHORTCUTS) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setStyle("-fx-font-weight: bold;");
            Label what = new Label(UiText.get(s.what()));
            what.setWrapText(true);
            what.setMaxWidth(380);
            grid.addRow(row++, keys, what);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(480, row * 26));
        scroll.setStyle("-fx-background-color: transparent;");
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(UiDialogs.close());
        d.show();
        return d;
    }
}
