package org.claimscape.export;

import static org.claimscape.export.BriefingPageRenderer.LOCATOR_EXTENT;
import static org.claimscape.export.BriefingPageRenderer.PX_PER_PT;
import static org.claimscape.export.PageStyle.GREY;
import static org.claimscape.export.PageStyle.HANDLING;
import static org.claimscape.export.PageStyle.INK;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Set;
import org.claimscape.model.LayerIds;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.LayerView;
import org.claimscape.render.MapRenderer;
import org.claimscape.render.MapViewport;
import org.claimscape.render.RenderRequest;
import org.claimscape.render.RenderText;
import org.claimscape.render.StyleCatalog;
import org.locationtech.jts.geom.Envelope;

/** The locator inset: the region's land with the page's map extent outlined. Stateless. */
final class LocatorInset {

    private LocatorInset() {
    }

    /** Draws the inset into its box, with the overview land (else the land layer) of the layers available. */
    static void draw(Graphics2D g, MapRenderer renderer, Rectangle2D box, BriefingPage page,
                     List<LayerView> available) {
        LayerView overview = available.stream().filter(v -> v.layer().id().equals(LayerIds.LAND_OVERVIEW)).findFirst()
                .or(() -> available.stream().filter(v -> v.layer().id().equals(LayerIds.LAND)).findFirst()).orElse(null);
        MapViewport vp = MapViewport.fit(LOCATOR_EXTENT, (int) Math.round(box.getWidth() * PX_PER_PT),
                (int) Math.round(box.getHeight() * PX_PER_PT), 0);
        Graphics2D ig = (Graphics2D) g.create();
        try {
            ig.translate(box.getX(), box.getY());
            ig.scale(1 / PX_PER_PT, 1 / PX_PER_PT);
            ig.clip(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
            ig.setColor(StyleCatalog.SEA);
            ig.fill(new Rectangle2D.Double(0, 0, vp.width(), vp.height()));
            if (overview != null) {
                LayerView v = new LayerView(overview.layer(), "Basemap", true, 1);
                renderer.draw(ig, new RenderRequest(vp, List.of(v), page.asOf(), page.viewpoint(), Set.of(), false),
                        () -> false);
            }
            Envelope e = page.bbox();
            Rectangle2D extent = new Rectangle2D.Double(vp.x(e.getMinX()), vp.y(e.getMaxY()),
                    vp.x(e.getMaxX()) - vp.x(e.getMinX()), vp.y(e.getMinY()) - vp.y(e.getMaxY()));
            ig.setColor(HANDLING);
            ig.setStroke(new BasicStroke(2f));
            ig.draw(extent);
            // The region a reader needs to place the islands: the seas, the neighbouring land, the two countries
            // on their undisputed ground, the chain.
            Viewpoint v = page.viewpoint();
            placeName(ig, vp, RenderText.get(v, "locator.hokkaido"), 142.9, 43.4);
            placeName(ig, vp, RenderText.get(v, "locator.sakhalin"), 142.8, 49.6);
            placeName(ig, vp, RenderText.get(v, "locator.kamchatka"), 156.3, 51.6);
            water(ig, vp, RenderText.get(v, "locator.okhotsk"), 148.5, 49.0);
            water(ig, vp, RenderText.get(v, "locator.pacific"), 152.5, 43.2);
            country(ig, vp, RenderText.get(v, "locator.japan"), 142.3, 44.2);
            country(ig, vp, RenderText.get(v, "locator.russia"), 142.7, 51.5);
        } finally {
            ig.dispose();
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(box);
        PageText.draw(g, RenderText.get(page.viewpoint(), "locator"), box.getX() + 3, box.getMaxY() - 3, 6.5f, true, GREY);
    }

    private static void placeName(Graphics2D g, MapViewport vp, String name, double lon, double lat) {
        PageText.drawCentred(g, name, vp.x(lon), vp.y(lat), 9f, false, GREY);
    }

    private static final Color WATER = new Color(0x3C6E9F);

    private static void water(Graphics2D g, MapViewport vp, String name, double lon, double lat) {
        PageText.drawCentred(g, name, vp.x(lon), vp.y(lat), 8.5f, false, WATER);
    }

    private static void country(Graphics2D g, MapViewport vp, String name, double lon, double lat) {
        PageText.drawCentred(g, name, vp.x(lon), vp.y(lat), 9.5f, true, HANDLING.darker());
    }
}
