package org.claimscape.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.claimscape.model.LayerIds;

/**
 * One line of a legend: a swatch drawn exactly as the map draws the thing, and its label. Used by the layer
 * panel and the printed legend. Immutable.
 */
public final class LegendEntry {

    /** What the swatch shows. */
    public enum Kind {
        AREA, LINE, SYMBOL, APPROXIMATE_SYMBOL, CLUSTER, ISLAND_LIST,
        /** A dense point layer drawn as squares with their number of points ({@link PointDensity}). */
        DENSITY
    }

    private final String layerId;
    private final String group;
    private final String label;
    private final Kind kind;
    private final MapStyle style;
    private final IconLibrary icons;

    LegendEntry(String layerId, String group, String label, Kind kind, MapStyle style, IconLibrary icons) {
        this.layerId = layerId;
        this.group = group;
        this.label = label;
        this.kind = kind;
        this.style = style;
        this.icons = icons;
    }

    /** Id of the layer this entry explains. */
    public String layerId() {
        return layerId;
    }

    /** Heading the entry belongs under (the layer title). */
    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public MapStyle style() {
        return style;
    }

    /**
     * Draws the swatch into the box (any units: pixels on screen, points on paper). The graphics state is
     * left as it was.
     */
    public void drawSwatch(Graphics2D g, Rectangle2D box) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            Painter.quality(g2);
            switch (kind) {
                case AREA: {
                    double inset = Math.max(1, box.getHeight() * 0.08);
                    Rectangle2D r = new Rectangle2D.Double(box.getX() + inset, box.getY() + inset,
                            box.getWidth() - 2 * inset, box.getHeight() - 2 * inset);
                    Painter.drawArea(g2, r, style, 1.0, box.getHeight() / 16.0);
                    break;
                }
                case LINE: {
                    double y = box.getCenterY();
                    Painter.drawLine(g2, new Line2D.Double(box.getX() + 1, y, box.getMaxX() - 1, y),
                            style, 1.0, box.getHeight() / 16.0);
                    break;
                }
                case CLUSTER: {
                    Map<Color, Integer> counts = new LinkedHashMap<>();
                    // The map's own family colours, as its badges ring them.
                    counts.put(StyleCatalog.accent(LayerIds.MILITARY), 2);
                    counts.put(StyleCatalog.accent(LayerIds.PROJECTS), 1);
                    Painter.drawClusterBadge(g2, box.getCenterX(), box.getCenterY(),
                            Math.min(box.getWidth(), box.getHeight()), counts, false, 1.0);
                    break;
                }
                case ISLAND_LIST: {
                    Painter.drawIslandListSwatch(g2, box);
                    break;
                }
                case DENSITY: {
                    Painter.drawDensitySwatch(g2, box);
                    break;
                }
                default: {
                    double scale = Math.min(box.getWidth(), box.getHeight()) / Painter.SYMBOL_DIAMETER;
                    Painter.drawSymbol(g2, icons, style, box.getCenterX(), box.getCenterY(), scale, false,
                            kind == Kind.APPROXIMATE_SYMBOL, 1.0);
                }
            }
        } finally {
            g2.dispose();
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LegendEntry)) {
            return false;
        }
        LegendEntry e = (LegendEntry) o;
        return layerId.equals(e.layerId) && label.equals(e.label) && kind == e.kind && style.equals(e.style);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layerId, label, kind, style);
    }

    @Override
    public String toString() {
        return "LegendEntry[" + layerId + ": " + label + " (" + kind + ")]";
    }
}
