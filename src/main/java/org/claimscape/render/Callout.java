package org.claimscape.render;

import java.awt.Graphics2D;
import org.claimscape.model.Feature;

/**
 * A numbered callout on paper: a crowded symbol's number in a white disc outside the crowd, joined by a leader
 * line to the symbol, which stays at its feature's position. The page lists the numbers in a table.
 *
 * @param number  1, 2, 3 … in reading order of the discs
 * @param layerId the symbol's layer
 * @param feature the feature
 * @param name    the feature's name as its label would say it (viewpoint, date)
 * @param type    its layer and type, as the legend says them
 * @param x       the symbol's position, surface units
 * @param y       the symbol's position, surface units
 * @param discX   the disc's centre
 * @param discY   the disc's centre
 * @param radius  the disc's radius
 */
public record Callout(int number, String layerId, Feature feature, String name, String type, double x, double y,
                      double discX, double discY, double radius) {

    /** The callout's disc as the map draws it, centred on (cx, cy) with radius r (a table's key to the map). */
    public void drawDisc(Graphics2D g, double cx, double cy, double r) {
        Painter.drawCalloutDisc(g, cx, cy, r, number);
    }
}
