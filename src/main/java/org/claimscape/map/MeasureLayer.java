package org.claimscape.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import org.claimscape.render.MapViewport;
import org.locationtech.jts.geom.Coordinate;

/**
 * Draws the measuring line (or closed shape) the user is clicking out: a few JavaFX shapes, re-projected on every
 * view change, with each segment's length beside it and the total at the last point (the words come from the
 * window, {@link Labeller}). Points are lon/lat ({@code x} = longitude). FX thread only.
 */
public final class MeasureLayer extends MapLayer {

    /** The words of the labels on the line. */
    public interface Labeller {
        /** The length of one segment (lon/lat ends), e.g. "12.4 km · 6.7 nm". */
        String segment(Coordinate from, Coordinate to);

        /** The total of a path of two segments or more (and the area, when closed), at its last point; null for none. */
        String total(List<Coordinate> points, boolean closed);
    }

    /* Labels keep this far (px) from the line they describe. */
    private static final double LABEL_OFFSET = 6;

    private final MapNavigator navigator;
    private final ObservableList<Coordinate> points = FXCollections.observableArrayList();
    private final Polyline line = new Polyline();
    private final Polygon area = new Polygon();
    private final Group handles = new Group();
    private final Group labels = new Group();
    private Labeller labeller;
    private boolean closed;

    public MeasureLayer(MapNavigator navigator) {
        this.navigator = navigator;
        line.getStyleClass().add("measure-line");
        area.getStyleClass().add("measure-area");
        setMouseTransparent(true);
        labels.setManaged(false);
        getChildren().addAll(area, line, handles, labels);
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

    /** Sets the words of the labels (none without one). */
    public void setLabeller(Labeller labeller) {
        this.labeller = labeller;
        project();
    }

    /** The labels on the map now: one per segment, then the total (tests read them). */
    public List<Label> labels() {
        List<Label> out = new ArrayList<>();
        labels.getChildren().forEach(n -> out.add((Label) n));
        return out;
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
        placeLabels(v, shape);
    }

    private void placeLabels(MapViewport v, boolean shape) {
        labels.getChildren().clear();
        if (labeller == null || points.size() < 2) {
            return;
        }
        int n = points.size();
        int segments = shape ? n : n - 1;
        for (int i = 0; i < segments; i++) {
            Coordinate a = points.get(i);
            Coordinate b = points.get((i + 1) % n);
            double ax = v.x(a.x), ay = v.y(a.y), bx = v.x(b.x), by = v.y(b.y);
            Label l = label(labeller.segment(a, b), "measure-segment-label");
            labels.getChildren().add(l);
            l.applyCss();
            l.autosize();
            /* At the middle of the segment, pushed off it to one side so that it does not cover the line. */
            double len = Math.max(1e-9, Math.hypot(bx - ax, by - ay));
            double nx = -(by - ay) / len, ny = (bx - ax) / len;
            double mx = (ax + bx) / 2 + nx * LABEL_OFFSET, my = (ay + by) / 2 + ny * LABEL_OFFSET;
            l.relocate(mx - (nx < 0 ? l.getWidth() : 0), my - (ny < 0 ? l.getHeight() : 0));
        }
        /* One segment's label is its total already. */
        String total = n == 2 && !shape ? null : labeller.total(List.copyOf(points), shape);
        if (total != null) {
            Coordinate last = points.get(n - 1);
            Label l = label(total, "measure-total-label");
            labels.getChildren().add(l);
            l.applyCss();
            l.autosize();
            /* Beside the last point, kept inside the map (left of the point near the right edge). */
            double x = v.x(last.x) + 10;
            double y = v.y(last.y) + 8;
            if (x + l.getWidth() > v.width() - 4) {
                x = v.x(last.x) - 10 - l.getWidth();
            }
            if (y + l.getHeight() > v.height() - 4) {
                y = v.y(last.y) - 8 - l.getHeight();
            }
            l.relocate(Math.max(4, x), Math.max(4, y));
        }
    }

    private static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("measure-label", styleClass);
        l.setMouseTransparent(true);
        return l;
    }
}
