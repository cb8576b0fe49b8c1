package org.claimscape.ui.data;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.claimscape.io.csv.CsvColumns;
import org.claimscape.io.csv.CsvLayerReader;

/**
 * Asks which columns of a CSV or TSV file hold the geometry, when their names did not tell: a latitude and a
 * longitude column, or one column of WKT. FX thread only.
 */
public final class CsvColumnsDialog {

    /* The dialog's words, in one place. */
    private static final String TITLE = "Choose the geometry columns";
    private static final String HEADER = "Which columns of %s hold the positions?";
    private static final String LAT_LON = "Latitude and longitude (WGS84 degrees)";
    private static final String LATITUDE = "Latitude:";
    private static final String LONGITUDE = "Longitude:";
    private static final String WKT = "One column of WKT (POINT (lon lat), POLYGON ...)";
    private static final String COLUMN = "Column:";

    private CsvColumnsDialog() {
    }

    /** Shows the dialog; empty when the user cancels. */
    public static Optional<CsvColumns> ask(Window owner, String fileName, CsvLayerReader.Header header) {
        List<String> columns = header.columns();
        Dialog<CsvColumns> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(TITLE);
        d.setHeaderText(String.format(HEADER, fileName));
        ToggleGroup kind = new ToggleGroup();
        RadioButton latLon = new RadioButton(LAT_LON);
        RadioButton wkt = new RadioButton(WKT);
        latLon.setToggleGroup(kind);
        wkt.setToggleGroup(kind);
        latLon.setSelected(true);
        ChoiceBox<String> lat = new ChoiceBox<>();
        ChoiceBox<String> lon = new ChoiceBox<>();
        ChoiceBox<String> geometry = new ChoiceBox<>();
        lat.getItems().setAll(columns);
        lon.getItems().setAll(columns);
        geometry.getItems().setAll(columns);
        if (!columns.isEmpty()) {
            // the first two columns holding numbers are the likeliest latitude and longitude
            List<String> numeric = header.numericColumns();
            lat.setValue(numeric.size() >= 2 ? numeric.get(0) : columns.get(0));
            lon.setValue(numeric.size() >= 2 ? numeric.get(1) : columns.get(Math.min(1, columns.size() - 1)));
            geometry.setValue(columns.get(0));
        }
        lat.setId("csvLatitudeColumn");
        lon.setId("csvLongitudeColumn");
        geometry.setId("csvWktColumn");
        latLon.setId("csvLatLonChoice");
        wkt.setId("csvWktChoice");
        lat.disableProperty().bind(wkt.selectedProperty());
        lon.disableProperty().bind(wkt.selectedProperty());
        geometry.disableProperty().bind(latLon.selectedProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(latLon, 0, 0, 2, 1);
        grid.add(new Label(LATITUDE), 0, 1);
        grid.add(lat, 1, 1);
        grid.add(new Label(LONGITUDE), 0, 2);
        grid.add(lon, 1, 2);
        grid.add(wkt, 0, 3, 2, 1);
        grid.add(new Label(COLUMN), 0, 4);
        grid.add(geometry, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                latLon.selectedProperty().and(lat.valueProperty().isNull().or(lon.valueProperty().isNull()))
                        .or(wkt.selectedProperty().and(geometry.valueProperty().isNull())));
        d.setResultConverter(b -> b != ButtonType.OK ? null : latLon.isSelected()
                ? CsvColumns.latLon(lat.getValue(), lon.getValue()) : CsvColumns.wkt(geometry.getValue()));
        return d.showAndWait();
    }
}
