package org.claimscape.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.claimscape.map.OsmTileFetcher;

/**
 * The settings dialog: the switch for online OpenStreetMap tiles (off by default; Claimscape opens no network
 * connection unless it is on). FX thread only.
 */
public final class SettingsDialog {

    private SettingsDialog() {
    }

    /** Shows the dialog; returns the new online setting, or empty when cancelled. */
    public static Optional<Boolean> show(Window owner, boolean online) {
        Dialog<Boolean> d = new Dialog<>();
        d.setTitle("Claimscape settings");
        if (owner != null) {
            d.initOwner(owner);
        }
        CheckBox box = new CheckBox("Show OpenStreetMap tiles (online)");
        box.setId("onlineTilesBox");
        box.setSelected(online);
        Label note = new Label("Off by default: the map then uses its own offline basemap and Claimscape makes no "
                + "network connection. When on, map tiles are requested from tile.openstreetmap.org as "
                + OsmTileFetcher.userAgent() + ", cached for a week in your cache folder, and shown with the credit "
                + "\"" + OsmTileFetcher.ATTRIBUTION + "\". A tile that cannot be downloaded falls back to the offline "
                + "basemap.");
        note.setWrapText(true);
        note.setMaxWidth(420);
        d.getDialogPane().setContent(new VBox(12, box, note));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? box.isSelected() : null);
        return d.showAndWait();
    }
}
