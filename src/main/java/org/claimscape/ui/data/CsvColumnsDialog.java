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
import org.claimscape.ui.text.UiDialogs;
import org.claimscape.ui.text.UiText;

/**
 * Asks which columns of a CSV or TSV file hold the geometry, when their names did not tell: a latitude and a
 * longitude column, or one column of WKT; in the interface language. FX thread only.
 */
public final class CsvColumnsDialog {

    private CsvColumnsDialog() {
    }

    /** Shows the dialog; empty when the user cancels. */
    public static Optional<CsvColumns> ask(Window owner, String fileName, CsvLayerReader.Header header) {
        List<String> columns = header.columns();
        Dialog<CsvColumns> d = new Dialog<>();
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        UiDialogs.prepare(d, owner);
        ButtonType ok = d.getDialogPane().getButtonTypes().get(0);
        d.setTitle(UiText.get("csv.title"));
        d.setHeaderText(UiText.get("csv.header", fileName));
        ToggleGroup kind = new ToggleGroup();
        RadioButton latLon = new RadioButton(UiText.get("csv.lat-lon"));
        RadioButton wkt = new RadioButton(UiText.get("csv.wkt"));
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
        grid.add(new Label(UiText.get("csv.latitude")), 0, 1);
        grid.add(lat, 1, 1);
        grid.add(new Label(UiText.get("csv.longitude")), 0, 2);
        grid.add(lon, 1, 2);
        grid.add(wkt, 0, 3, 2, 1);
        grid.add(new Label(UiText.get("csv.column")), 0, 4);
        grid.add(geometry, 1, 4);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(
                latLon.selectedProperty().and(lat.valueProperty().isNull().or(lon.valueProperty().isNull()))
                        .or(wkt.selectedProperty().and(geometry.valueProperty().isNull())));
        d.setResultConverter(b -> b != ok ? null : latLon.isSelected()
                ? CsvColumns.latLon(lat.getValue(), lon.getValue()) : CsvColumns.wkt(geometry.getValue()));
        return d.showAndWait();
    }
}
