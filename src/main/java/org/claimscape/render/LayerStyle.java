package org.claimscape.render;

import java.awt.Color;

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
}
