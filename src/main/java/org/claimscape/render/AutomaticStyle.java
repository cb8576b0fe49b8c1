package org.claimscape.render;

import java.awt.Color;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;

/**
 * The style a newly opened layer gets: the first colour of the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies) that no other user layer uses, a translucent fill of the same colour,
 * icons by each feature's {@code type} (the renderer falls back to the generic site icon), and labels from the
 * names, or else from a {@code name}-like property. Stateless.
 */
public final class AutomaticStyle {

    /** Okabe & Ito (2008), "Color Universal Design", in an order that keeps the first ones far apart. */
    public static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0x000000), new Color(0xF0E442));

    /** Properties tried, in order, as labels for features without {@code name_en}/{@code name_ja}/{@code name_ru}. */
    public static final List<String> NAME_PROPERTIES = List.of("name", "Name", "NAME", "title", "Title", "label",
            "名称", "название", "name_local");

    /** Features looked at to guess the label property; enough for a guess, cheap for a million features. */
    private static final int SAMPLE = 2000;

    private AutomaticStyle() {
    }

    /**
     * The style for a new layer, avoiding the colours (strokes) of the styles in use.
     */
    public static LayerStyle forLayer(Layer layer, Collection<LayerStyle> inUse) {
        Set<Integer> used = new HashSet<>();
        for (LayerStyle s : inUse) {
            if (s != null && s.stroke() != null) {
                used.add(s.stroke().getRGB() & 0xFFFFFF);
            }
        }
        Color c = PALETTE.get(inUse.size() % PALETTE.size());
        for (Color p : PALETTE) {
            if (!used.contains(p.getRGB() & 0xFFFFFF)) {
                c = p;
                break;
            }
        }
        return new LayerStyle(translucent(c), c, 1.8f, null, labelProperty(layer));
    }

    /** The colour with the alpha the automatic fill uses. */
    public static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 64);
    }

    /**
     * The property to label features by: null when the features carry Claimscape names (they are then
     * labelled by the viewpoint's name), else the first of {@link #NAME_PROPERTIES} that has a text value.
     */
    public static String labelProperty(Layer layer) {
        List<Feature> features = layer.features();
        int n = Math.min(SAMPLE, features.size());
        for (int i = 0; i < n; i++) {
            if (!features.get(i).names().isEmpty()) {
                return null;
            }
        }
        for (String p : NAME_PROPERTIES) {
            for (int i = 0; i < n; i++) {
                String v = features.get(i).string(p);
                if (v != null && !v.isBlank()) {
                    return p;
                }
            }
        }
        return null;
    }
}
