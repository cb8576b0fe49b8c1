package org.claimscape.ui.briefing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.claimscape.export.BriefingPageRenderer;
import org.claimscape.export.UserLayout;

/**
 * The movable parts of the page over the preview image: the legend, the locator and the text boxes, each a frame
 * that is dragged to move it and has a handle at each corner to resize it, as in a GIS print layout. The frames
 * show where the renderer put each part in the preview shown; a drop reports the new box in page points and the
 * page is drawn again through the same renderer. A click on a text box selects it for editing. FX thread only.
 */
final class LayoutOverlay extends Pane {

    /** Which part of the page a frame stands for. */
    enum Part { LEGEND, LOCATOR, TEXT }

    /** Told when a frame was dropped: the part, the text box's index (else -1), its new box in page points. */
    interface Listener {
        void moved(Part part, int index, java.awt.geom.Rectangle2D box, boolean resized);
    }

    private static final double HANDLE = 8;
    private static final double MIN_PX = 14;
    private static final Color FRAME = Color.web("#1565c0");

    private final ImageView image;
    private final Listener listener;
    private final IntegerProperty selectedText = new SimpleIntegerProperty(this, "selectedText", -1);
    private BriefingPageRenderer.Result result;
    private boolean dragging;

    LayoutOverlay(ImageView image, Listener listener) {
        this.image = image;
        this.listener = listener;
        setPickOnBounds(false);
        /* Change listeners: the bounds are read through the scene, which would leave an invalidation listener deaf. */
        image.boundsInParentProperty().addListener((o, a, b) -> rebuild());
        selectedText.addListener((o, a, b) -> rebuild());
    }

    /** The index of the selected text box, or -1. */
    IntegerProperty selectedTextProperty() {
        return selectedText;
    }

    /** Shows the frames of what the renderer placed. */
    void show(BriefingPageRenderer.Result r) {
        result = r;
        rebuild();
    }

    /* The preview image's box in this pane's coordinates, and its pixels per page point. */
    private Bounds imageBounds() {
        return sceneToLocal(image.localToScene(image.getBoundsInLocal()));
    }

    private double scale() {
        return imageBounds().getWidth() / result.layout().page().getWidth();
    }

    private void rebuild() {
        if (dragging) {
            return;
        }
        getChildren().clear();
        if (result == null || result.drawn() == null || image.getImage() == null || getScene() == null) {
            return;
        }
        UserLayout.Drawn d = result.drawn();
        add(Part.LEGEND, -1, d.legend(), "layoutLegend");
        add(Part.LOCATOR, -1, d.locator(), "layoutLocator");
        for (int i = 0; i < d.texts().size(); i++) {
            add(Part.TEXT, i, d.texts().get(i), "layoutText-" + i);
        }
    }

    /* One part's frame and its four corner handles. */
    private void add(Part part, int index, java.awt.geom.Rectangle2D pagePt, String id) {
        Bounds img = imageBounds();
        double k = scale();
        Rectangle frame = new Rectangle(img.getMinX() + pagePt.getX() * k, img.getMinY() + pagePt.getY() * k,
                pagePt.getWidth() * k, pagePt.getHeight() * k);
        frame.setId(id);
        boolean selected = part == Part.TEXT && index == selectedText.get();
        frame.setFill(Color.color(0.08, 0.4, 0.75, selected ? 0.12 : 0.05));
        frame.setStroke(FRAME);
        frame.setStrokeWidth(selected ? 2 : 1.2);
        if (!selected) {
            frame.getStrokeDashArray().setAll(5.0, 3.0);
        }
        frame.setCursor(Cursor.MOVE);
        List<Rectangle> handles = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Rectangle h = new Rectangle(HANDLE, HANDLE, Color.WHITE);
            h.setStroke(FRAME);
            h.setId(id + "-corner-" + c);
            h.setCursor(c == 0 || c == 3 ? Cursor.NW_RESIZE : Cursor.NE_RESIZE);
            handles.add(h);
        }
        placeHandles(frame, handles);
        double[] start = new double[6];
        /* A click selects a text box on release, after any drag: selecting rebuilds the frames. */
        frame.setOnMousePressed(e -> {
            begin(e, frame, start);
            e.consume();
        });
        frame.setOnMouseDragged(e -> {
            Bounds b = imageBounds();
            double x = clamp(start[2] + e.getSceneX() - start[0], b.getMinX(), b.getMaxX() - start[4]);
            double y = clamp(start[3] + e.getSceneY() - start[1], b.getMinY(), b.getMaxY() - start[5]);
            frame.setX(x);
            frame.setY(y);
            placeHandles(frame, handles);
            e.consume();
        });
        frame.setOnMouseReleased(e -> {
            dragging = false;
            boolean moved = Math.abs(frame.getX() - start[2]) > 1 || Math.abs(frame.getY() - start[3]) > 1;
            if (moved) {
                listener.moved(part, index, toPage(frame), false);
            }
            if (part == Part.TEXT) {
                selectedText.set(index);
            }
            e.consume();
        });
        for (int c = 0; c < 4; c++) {
            int corner = c;
            Rectangle h = handles.get(c);
            h.setOnMousePressed(e -> {
                begin(e, frame, start);
                e.consume();
            });
            h.setOnMouseDragged(e -> {
                resize(frame, corner, sceneToLocal(e.getSceneX(), e.getSceneY()), start);
                placeHandles(frame, handles);
                e.consume();
            });
            h.setOnMouseReleased(e -> {
                dragging = false;
                listener.moved(part, index, toPage(frame), true);
                e.consume();
            });
        }
        getChildren().add(frame);
        getChildren().addAll(handles);
    }

    /* start: the mouse's scene point, then the frame's x, y, width, height when the drag began. */
    private void begin(MouseEvent e, Rectangle frame, double[] start) {
        dragging = true;
        start[0] = e.getSceneX();
        start[1] = e.getSceneY();
        start[2] = frame.getX();
        start[3] = frame.getY();
        start[4] = frame.getWidth();
        start[5] = frame.getHeight();
    }

    /* Corners 0 top left, 1 top right, 2 bottom left, 3 bottom right; the opposite corner stays put. */
    private void resize(Rectangle frame, int corner, Point2D p, double[] start) {
        Bounds b = imageBounds();
        double px = clamp(p.getX(), b.getMinX(), b.getMaxX());
        double py = clamp(p.getY(), b.getMinY(), b.getMaxY());
        boolean left = corner == 0 || corner == 2;
        boolean top = corner == 0 || corner == 1;
        double fixedX = left ? start[2] + start[4] : start[2];
        double fixedY = top ? start[3] + start[5] : start[3];
        double x0 = left ? Math.min(px, fixedX - MIN_PX) : fixedX;
        double x1 = left ? fixedX : Math.max(px, fixedX + MIN_PX);
        double y0 = top ? Math.min(py, fixedY - MIN_PX) : fixedY;
        double y1 = top ? fixedY : Math.max(py, fixedY + MIN_PX);
        frame.setX(x0);
        frame.setY(y0);
        frame.setWidth(x1 - x0);
        frame.setHeight(y1 - y0);
    }

    private static void placeHandles(Rectangle frame, List<Rectangle> handles) {
        for (int c = 0; c < 4; c++) {
            double x = c == 0 || c == 2 ? frame.getX() : frame.getX() + frame.getWidth();
            double y = c < 2 ? frame.getY() : frame.getY() + frame.getHeight();
            handles.get(c).setX(x - HANDLE / 2);
            handles.get(c).setY(y - HANDLE / 2);
        }
    }

    /* The frame's box in page points. */
    private java.awt.geom.Rectangle2D toPage(Rectangle frame) {
        Bounds img = imageBounds();
        double k = scale();
        return new java.awt.geom.Rectangle2D.Double((frame.getX() - img.getMinX()) / k,
                (frame.getY() - img.getMinY()) / k, frame.getWidth() / k, frame.getHeight() / k);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(Math.max(lo, hi), v));
    }
}
