package org.claimscape.ui;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The window's middle row: the layer column, the map and the feature info panel in a split pane. The user drags
 * the dividers to resize the side panels and hides or shows them from the View menu; the map takes whatever they
 * leave, and when the window grows the map alone grows. FX thread only.
 */
final class SidePanels {

    /** The narrowest a side panel may be dragged. */
    static final double MIN_WIDTH = 170;
    /** The widest a side panel may be dragged. */
    static final double MAX_WIDTH = 640;
    /* The dividers' width before the split pane is laid out (explorer.css: 2 + 2 padding). */
    static final double DIVIDER_WIDTH = 4;

    private final SplitPane split = new SplitPane();
    private final Node map;
    private final BooleanProperty leftShown = new SimpleBooleanProperty(this, "leftShown", true);
    private final BooleanProperty rightShown = new SimpleBooleanProperty(this, "rightShown", true);
    private Region left;
    private Region right;
    private double leftWidth;
    private double rightWidth;
    /* Divider positions are fractions of the width: set once the split pane has one. */
    private boolean placePending;

    SidePanels(Node map, double leftWidth, double rightWidth) {
        this.map = map;
        this.leftWidth = leftWidth;
        this.rightWidth = rightWidth;
        split.setId("sidePanels");
        split.getStyleClass().add("side-panels");
        split.getItems().add(map);
        SplitPane.setResizableWithParent(map, true);
        split.widthProperty().addListener(o -> {
            if (placePending && split.getWidth() > 0) {
                placeDividers();
            }
        });
        leftShown.addListener(o -> place());
        rightShown.addListener(o -> place());
    }

    SplitPane node() {
        return split;
    }

    /** Puts a panel (or the room kept for it) on the left. */
    void setLeft(Region panel) {
        remember();
        left = panel;
        prepare(panel);
        place();
    }

    /** Puts a panel (or the room kept for it) on the right. */
    void setRight(Region panel) {
        remember();
        right = panel;
        prepare(panel);
        place();
    }

    BooleanProperty leftShownProperty() {
        return leftShown;
    }

    BooleanProperty rightShownProperty() {
        return rightShown;
    }

    /** The left panel's width now, or the width it will have when shown again. */
    double leftWidth() {
        remember();
        return leftWidth;
    }

    double rightWidth() {
        remember();
        return rightWidth;
    }

    private static void prepare(Region panel) {
        SplitPane.setResizableWithParent(panel, false);
        panel.setMinWidth(MIN_WIDTH);
        panel.setMaxWidth(MAX_WIDTH);
    }

    /* The widths the user gave the panels, kept while they are hidden or replaced. */
    private void remember() {
        if (left != null && split.getItems().contains(left) && left.getWidth() > 0) {
            leftWidth = left.getWidth();
        }
        if (right != null && split.getItems().contains(right) && right.getWidth() > 0) {
            rightWidth = right.getWidth();
        }
    }

    private void place() {
        remember();
        Node[] items = new Node[3];
        int n = 0;
        if (left != null && leftShown.get()) {
            items[n++] = left;
        }
        items[n++] = map;
        if (right != null && rightShown.get()) {
            items[n++] = right;
        }
        Node[] now = Arrays.copyOf(items, n);
        if (!split.getItems().equals(List.of(now))) {
            split.getItems().setAll(now);
        }
        placePending = true;
        if (split.getWidth() > 0) {
            placeDividers();
        }
    }

    /* A divider's position is its centre, as a fraction of the width: half of it lies over each neighbour. */
    private void placeDividers() {
        placePending = false;
        double w = split.getWidth();
        double half = dividerWidth() / 2;
        boolean l = split.getItems().contains(left);
        boolean r = split.getItems().contains(right);
        if (l && r) {
            split.setDividerPositions((leftWidth + half) / w, (w - rightWidth - half) / w);
        } else if (l) {
            split.setDividerPositions((leftWidth + half) / w);
        } else if (r) {
            split.setDividerPositions((w - rightWidth - half) / w);
        }
    }

    private double dividerWidth() {
        Node d = split.lookup(".split-pane-divider");
        return d instanceof Region r && r.getWidth() > 0 ? r.getWidth() : DIVIDER_WIDTH;
    }
}
