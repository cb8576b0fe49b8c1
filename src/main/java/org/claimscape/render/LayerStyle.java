package org.claimscape.render;

import java.awt.Color;
import java.util.Locale;
import org.claimscape.model.Workspace;

/**
 * The style the user gave one of their own layers: one colour scheme for the whole layer instead of the
 * catalog's cartography. Registered with {@link StyleCatalog#setLayerStyle}. Immutable.
 *
 * @param fill          area fill (its alpha is the fill's translucency), or null for no fill
 * @param stroke        outline and line colour, also the ring around point symbols; null for none
 * @param strokeWidth   outline and line width in pixels
 * @param icon          icon type for points ({@code icons/<icon>.svg}); null picks the icon of each feature's
 *                      {@code type} property when one exists, else {@value IconLibrary#FALLBACK}
 * @param labelProperty property whose value labels the features; null labels them by their names under the
 *                      viewpoint ({@code name_en}, ...) when they have any, else not at all
 */
public record LayerStyle(Color fill, Color stroke, float strokeWidth, String icon, String labelProperty) {

    public LayerStyle {
        if (!(strokeWidth >= 0 && strokeWidth <= 50)) {
            throw new IllegalArgumentException("stroke width must be in 0..50 px: " + strokeWidth);
        }
    }

    public LayerStyle withFill(Color c) {
        return new LayerStyle(c, stroke, strokeWidth, icon, labelProperty);
    }

    public LayerStyle withStroke(Color c) {
        return new LayerStyle(fill, c, strokeWidth, icon, labelProperty);
    }

    public LayerStyle withStrokeWidth(float w) {
        return new LayerStyle(fill, stroke, w, icon, labelProperty);
    }

    public LayerStyle withIcon(String type) {
        return new LayerStyle(fill, stroke, strokeWidth, type, labelProperty);
    }

    public LayerStyle withLabelProperty(String property) {
        return new LayerStyle(fill, stroke, strokeWidth, icon, property);
    }

    /** The style as a workspace stores it (colours as hex). */
    public Workspace.Style toWorkspace() {
        return new Workspace.Style(hex(fill), hex(stroke), (double) strokeWidth, icon, labelProperty);
    }

    /** A workspace's style; unreadable colours become none, a missing or absurd width 1.8 px. Null for null. */
    public static LayerStyle of(Workspace.Style s) {
        if (s == null) {
            return null;
        }
        double w = s.strokeWidth() == null || !(s.strokeWidth() >= 0 && s.strokeWidth() <= 50) ? 1.8
                : s.strokeWidth();
        return new LayerStyle(parse(s.fill()), parse(s.stroke()), (float) w, s.icon(), s.labelProperty());
    }

    /** "#RRGGBB" or "#RRGGBBAA" (when not opaque); null for null. */
    public static String hex(Color c) {
        if (c == null) {
            return null;
        }
        String rgb = String.format(Locale.ROOT, "#%06X", c.getRGB() & 0xFFFFFF);
        return c.getAlpha() == 255 ? rgb : rgb + String.format(Locale.ROOT, "%02X", c.getAlpha());
    }

    /** Parses "#RRGGBB" or "#RRGGBBAA"; null for null or unreadable text. */
    public static Color parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?")) {
            return null;
        }
        int rgb = Integer.parseInt(hex.substring(1, 7), 16);
        int a = hex.length() == 9 ? Integer.parseInt(hex.substring(7), 16) : 255;
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, a);
    }
}
