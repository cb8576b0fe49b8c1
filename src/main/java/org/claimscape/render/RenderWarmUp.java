package org.claimscape.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Draws a throwaway map of two labelled symbols into a small image off the FX thread, so that a fresh JVM's first
 * real drawing does not also pay for what any drawing does first: loading the renderer's, JTS' and Java2D's
 * classes, the bundled fonts (Latin and Japanese), JSVG's parser and the label placer. The window's first drawing
 * waits for the bundled layers; this runs meanwhile, as one of its background tasks. Measured on two cores: the first
 * drawing about 320–550 ms instead of 570–800 ms, the layers about 100 ms later (the cores are shared). The
 * objects it makes are its own; the caches it fills (fonts, icons) are shared and safe to fill from any thread.
 */
public final class RenderWarmUp {

    private RenderWarmUp() {
    }

    /** Draws the throwaway map on this thread (the window submits it to its background tasks); returns null. */
    public static Void warm() {
        try {
            GeometryFactory gf = new GeometryFactory();
            Feature town = new Feature("warm-up-town", gf.createPoint(new Coordinate(145.86, 44.03)),
                    Map.of("name_en", "Yuzhno-Kurilsk", "name_ja", "古釜布", "name_ru", "Южно-Курильск",
                            "type", "settlement"));
            Feature airfield = new Feature("warm-up-airfield", gf.createPoint(new Coordinate(145.68, 43.96)),
                    Map.of("name_en", "Mendeleyevo", "type", "airfield"));
            List<LayerView> layers = List.of(
                    new LayerView(new Layer(LayerIds.PLACES, "Places", List.of(town)), "Places", true, 1.0, 0, 99),
                    new LayerView(new Layer(LayerIds.MILITARY, "Military", List.of(airfield)), "Military", true,
                            1.0, 0, 99));
            MapViewport vp = new MapViewport(44.0, 145.8, 9, 200, 160);
            BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            try {
                new MapRenderer().draw(g, new RenderRequest(vp, layers, LocalDate.of(2020, 1, 1), Viewpoint.NEUTRAL,
                        Set.of(), true), () -> false, List.of());
            } finally {
                g.dispose();
            }
        } catch (RuntimeException | LinkageError e) {
            Logger.getLogger(RenderWarmUp.class.getName()).log(Level.FINE, "render warm-up failed", e);
        }
        return null;
    }
}
