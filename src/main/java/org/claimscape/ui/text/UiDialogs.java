package org.claimscape.ui.text;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Dialogs in the interface language and font: JavaFX words its stock buttons and alert titles itself, and has
 * no Russian, so every dialog of the window takes its buttons and title from here. FX thread.
 */
public final class UiDialogs {

    private UiDialogs() {
    }

    /** An OK button in the interface language (a new one each time: compare with the one the dialog got). */
    public static ButtonType ok() {
        return new ButtonType(UiText.get("dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(UiText.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close() {
        return new ButtonType(UiText.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /** A button with the key's text. */
    public static ButtonType button(String key, ButtonData data) {
        return new ButtonType(UiText.get(key), data);
    }

    /**
     * Owner, title ("Claimscape" unless given) and font of a dialog; buttons still to be set are OK and Cancel
     * in the interface language.
     */
    public static <D extends Dialog<?>> D prepare(D d, Window owner) {
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(UiText.get("app.name"));
        UiFonts.style(d.getDialogPane());
        d.getDialogPane().getButtonTypes().replaceAll(b -> b == ButtonType.OK ? ok() : b == ButtonType.CANCEL
                ? cancel() : b == ButtonType.CLOSE ? close() : b);
        return d;
    }

    /**
     * An alert: header and content text, the given buttons (OK, and Cancel for a confirmation, when none are
     * given).
     */
    public static Alert alert(Alert.AlertType type, Window owner, String header, String content,
                              ButtonType... buttons) {
        Alert a = buttons.length == 0 ? new Alert(type, content) : new Alert(type, content, buttons);
        a.setHeaderText(header);
        return prepare(a, owner);
    }
}
