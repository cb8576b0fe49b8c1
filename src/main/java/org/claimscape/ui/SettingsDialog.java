package org.claimscape.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.claimscape.map.OsmTileFetcher;
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/**
 * The settings dialog: the interface language (the system's, English, Japanese or Russian; applied at once,
 * without a restart) and the switch for online OpenStreetMap tiles (off by default; Claimscape opens no network
 * connection unless it is on). FX thread only.
 */
public final class SettingsDialog {

    /**
     * What the dialog sets.
     *
     * @param onlineTiles whether OpenStreetMap tiles are on
     * @param language    {@code en}, {@code ja} or {@code ru}; null to follow the system
     */
    public record Settings(boolean onlineTiles, String language) {
    }

    /* The system's choice is the empty code in the box (a ComboBox shows null as nothing). */
    private static final String SYSTEM = "";

    private SettingsDialog() {
    }

    /** Shows the dialog; returns the new settings, or empty when cancelled. */
    public static Optional<Settings> show(Window owner, Settings current) {
        Dialog<Settings> d = UiDialogs.prepare(new Dialog<>(), owner);
        d.setTitle(UiText.get("settings.title"));
        d.getDialogPane().setId("settingsDialog");

        ComboBox<String> language = new ComboBox<>();
        language.setId("languageBox");
        List<String> codes = new ArrayList<>(List.of(SYSTEM));
        UiText.LANGUAGES.forEach(l -> codes.add(l.getLanguage()));
        language.getItems().setAll(codes);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null) {
                    return "";
                }
                return code.isEmpty() ? UiText.get("settings.language.system",
                        UiText.languageName(UiText.systemLanguage()))
                        : UiText.languageName(Locale.forLanguageTag(code));
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.setValue(current.language() == null ? SYSTEM : current.language());
        Label languageLabel = new Label(UiText.get("settings.language"));
        languageLabel.setLabelFor(language);
        Label languageNote = note(UiText.get("settings.language.note"));

        CheckBox box = new CheckBox(UiText.get("settings.online"));
        box.setId("onlineTilesBox");
        box.setSelected(current.onlineTiles());
        Label note = note(UiText.get("settings.online.note", OsmTileFetcher.userAgent(),
                OsmTileFetcher.ATTRIBUTION));

        d.getDialogPane().setContent(new VBox(12, new HBox(8, languageLabel, language), languageNote, box, note));
        ButtonType ok = UiDialogs.ok();
        d.getDialogPane().getButtonTypes().addAll(ok, UiDialogs.cancel());
        d.setResultConverter(b -> b != ok ? null : new Settings(box.isSelected(),
                language.getValue() == null || language.getValue().isEmpty() ? null : language.getValue()));
        return d.showAndWait();
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(440);
        return l;
    }
}
