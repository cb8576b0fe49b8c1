package org.claimscape.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.claimscape.ui.text.UiText;

/**
 * The map's right-click menu, about the point clicked: what is here, copy its coordinates (decimal degrees or
 * degrees, minutes and seconds), measure from here, zoom here. FX thread only.
 */
final class MapContextMenu {

    /** What the window does for the menu's items. */
    interface Actions {
        /** Lists the features under the point (map pixels). */
        void whatIsHere(Point2D mapPoint);

        /** Starts measuring with the first point here (lat, lon). */
        void measureFrom(double lat, double lon);

        /** Centres the map here (lat, lon) and zooms in. */
        void zoomHere(double lat, double lon);

        /** Says something in the status bar. */
        void status(String message);
    }

    private final ContextMenu menu = new ContextMenu();
    private final MenuItem whatIsHere = UiText.menu(new MenuItem(), "context.what-is-here");
    private final MenuItem copyDecimal = new MenuItem();
    private final MenuItem copyDms = new MenuItem();
    private final MenuItem measureFrom = UiText.menu(new MenuItem(), "context.measure-from");
    private final MenuItem zoomHere = UiText.menu(new MenuItem(), "context.zoom-here");
    private final Actions actions;
    private Point2D mapPoint;
    private double lat;
    private double lon;

    MapContextMenu(Actions actions) {
        this.actions = actions;
        menu.setId("mapContextMenu");
        whatIsHere.setId("whatIsHereItem");
        copyDecimal.setId("copyDecimalItem");
        copyDms.setId("copyDmsItem");
        measureFrom.setId("measureFromItem");
        zoomHere.setId("zoomHereItem");
        copyDecimal.setMnemonicParsing(false);
        copyDms.setMnemonicParsing(false);
        whatIsHere.setOnAction(e -> actions.whatIsHere(mapPoint));
        copyDecimal.setOnAction(e -> copy(CoordinateFormat.decimal(lat, lon)));
        copyDms.setOnAction(e -> copy(CoordinateFormat.degreesMinutesSeconds(lat, lon)));
        measureFrom.setOnAction(e -> actions.measureFrom(lat, lon));
        zoomHere.setOnAction(e -> actions.zoomHere(lat, lon));
        menu.getItems().addAll(whatIsHere, new SeparatorMenuItem(), copyDecimal, copyDms, new SeparatorMenuItem(),
                measureFrom, zoomHere);
    }

    /**
     * Opens the menu for a point of the map.
     *
     * @param anchor   the map node
     * @param mapPoint the point in the map's pixels
     * @param lat      its latitude
     * @param lon      its longitude
     * @param screenX  where to open, screen pixels
     * @param screenY  where to open, screen pixels
     */
    void show(Node anchor, Point2D mapPoint, double lat, double lon, double screenX, double screenY) {
        this.mapPoint = mapPoint;
        this.lat = lat;
        this.lon = lon;
        copyDecimal.setText(UiText.get("context.copy-decimal", CoordinateFormat.decimal(lat, lon)));
        copyDms.setText(UiText.get("context.copy-dms", CoordinateFormat.degreesMinutesSeconds(lat, lon)));
        menu.show(anchor, screenX, screenY);
    }

    ContextMenu menu() {
        return menu;
    }

    private void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
        actions.status(UiText.get("context.copied", text));
    }
}
