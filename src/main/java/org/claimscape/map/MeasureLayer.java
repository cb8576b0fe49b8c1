package org.claimscape.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.claimscape.render.MapViewport;
import org.locationtech.jts.geom.Coordinate;

/**
 * Draws the measuring line (or closed shape) the user is clicking out: a few JavaFX shapes, re-projected on every
 * view change. Points are lon/lat ({@code x} = longitude). FX thread only.
 */
public final class MeasureLayer extends MapLayer {

    private final MapNavigator navigator;
    private final ObservableList<Coordinate> points = FXCollections.observableArrayList();
    private final Polyline line = new Polyline();
    private final Polygon area = new Polygon();
    private final Group handles = new Group();
    private boolean closed;

    public MeasureLayer(MapNavigator navigator) {
        this.navigator = navigator;
        line.getStyleClass().add("measure-line");
        area.getStyleClass().add("measure-area");
        setMouseTransparent(true);
        getChildren().addAll(area, line, handles);
        navigator.addViewListener(this::project);
        points.addListener((ListChangeListener<Coordinate>) c -> project());
    }

    /** The clicked points, lon/lat; observable. */
    public ObservableList<Coordinate> points() {
        return points;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes (or opens) the shape; a closed shape of three or more points has an area. */
    public void setClosed(boolean closed) {
        this.closed = closed;
        project();
    }

    public void clear() {
        closed = false;
        points.clear();
    }

    @Override
    protected void layoutLayer() {
        project();
    }

    private void project() {
        MapViewport v = navigator.viewport();
        List<Double> xy = new ArrayList<>();
        handles.getChildren().clear();
        for (Coordinate c : points) {
            double x = v.x(c.x);
            double y = v.y(c.y);
            xy.add(x);
            xy.add(y);
            Circle dot = new Circle(x, y, 4);
            dot.getStyleClass().add("measure-point");
            handles.getChildren().add(dot);
        }
        boolean shape = closed && points.size() >= 3;
        if (shape && !xy.isEmpty()) {
            xy.add(xy.get(0));
            xy.add(xy.get(1));
        }
        line.getPoints().setAll(xy);
        area.getPoints().setAll(shape ? xy : List.of());
        area.setVisible(shape);
    }
}
