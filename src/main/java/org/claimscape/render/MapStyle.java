package org.claimscape.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.Arrays;
import java.util.Objects;

/**
 * How one feature is drawn: area fill, outline, dash pattern, hatching, point symbol and label. Sizes are in
 * screen pixels (1/96 inch on print), independent of zoom. Immutable.
 *
 * @param fill          area fill, or null for none (alpha is the style's own translucency)
 * @param stroke        outline or line colour, or null for none
 * @param strokeWidth   outline width in pixels
 * @param dash          dash pattern in pixels, or null for a solid line
 * @param hatch         colour of diagonal hatching over the area, or null for none
 * @param icon          icon type for point features (an {@link IconLibrary} name), or null to draw a dot
 * @param accent        colour of the ring around a point symbol
 * @param labelPriority 3 islands, 2 places, 1 sites, 0 no label
 * @param labelSize     label font size in pixels
 * @param labelBold     bold label
 */
public record MapStyle(Color fill, Color stroke, float strokeWidth, float[] dash, Color hatch, String icon,
                       Color accent, int labelPriority, float labelSize, boolean labelBold) {

    public MapStyle {
        dash = dash == null ? null : dash.clone();
    }

    /** An area style without label. */
    public static MapStyle area(Color fill, Color stroke, float width) {
        return new MapStyle(fill, stroke, width, null, null, null, null, 0, 0, false);
    }

    public MapStyle withDash(float... pattern) {
        return new MapStyle(fill, stroke, strokeWidth, pattern, hatch, icon, accent, labelPriority, labelSize,
                labelBold);
    }

    public MapStyle withHatch(Color h) {
        return new MapStyle(fill, stroke, strokeWidth, dash, h, icon, accent, labelPriority, labelSize, labelBold);
    }

    public MapStyle withFill(Color f) {
        return new MapStyle(f, stroke, strokeWidth, dash, hatch, icon, accent, labelPriority, labelSize, labelBold);
    }

    public MapStyle withLabel(int priority, float size, boolean bold) {
        return new MapStyle(fill, stroke, strokeWidth, dash, hatch, icon, accent, priority, size, bold);
    }

    public MapStyle withIcon(String type, Color ring) {
        return new MapStyle(fill, stroke, strokeWidth, dash, hatch, type, ring, labelPriority, labelSize,
                labelBold);
    }

    @Override
    public float[] dash() {
        return dash == null ? null : dash.clone();
    }

    public boolean isDashed() {
        return dash != null;
    }

    /** The Java2D stroke for outlines and lines. */
    public Stroke outlineStroke() {
        return new BasicStroke(strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MapStyle)) {
            return false;
        }
        MapStyle s = (MapStyle) o;
        return Objects.equals(fill, s.fill) && Objects.equals(stroke, s.stroke)
                && strokeWidth == s.strokeWidth && Arrays.equals(dash, s.dash)
                && Objects.equals(hatch, s.hatch) && Objects.equals(icon, s.icon)
                && Objects.equals(accent, s.accent) && labelPriority == s.labelPriority
                && labelSize == s.labelSize && labelBold == s.labelBold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fill, stroke, strokeWidth, Arrays.hashCode(dash), hatch, icon, accent,
                labelPriority, labelSize, labelBold);
    }
}
