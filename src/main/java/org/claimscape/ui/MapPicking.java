package org.claimscape.ui;

import java.time.LocalDate;
import java.util.List;
import org.claimscape.map.MapNavigator;
import org.claimscape.map.OverlayLayer;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.DrawnSymbols;
import org.claimscape.render.MapViewport;
import org.claimscape.render.PointDensity;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.text.UiText;
import org.locationtech.jts.geom.Envelope;

/** What is under a point of the map, and the names shown next to the cursor. */
final class MapPicking {

    /** Pick tolerance around the cursor, pixels. */
    static final double TOLERANCE = 7;
    /** Names listed next to the cursor at most. */
    private static final int HOVER_NAMES = 5;

    private MapPicking() {
    }

    /* What is on screen: the symbols the overlay drew, when the image shown is current and at this zoom. */
    static List<ExplorerModel.Pick> pick(ExplorerModel m, OverlayLayer overlay, MapViewport v, double x, double y) {
        DrawnSymbols drawn = overlay.drawnSymbols();
        if (drawn != null && drawn.request().viewport().zoom() == v.zoom()) {
            MapViewport dv = drawn.request().viewport();
            return m.pick(drawn, dv.xFrom(v, x), dv.yFrom(v, y), TOLERANCE);
        }
        return m.pick(v, x, y, TOLERANCE);
    }

    /* The square of a dense point layer under the point, tested as pick() tests symbols; null for none. */
    static PointDensity.Cell cellAt(ExplorerModel m, OverlayLayer overlay, MapViewport v, double x, double y) {
        DrawnSymbols drawn = overlay.drawnSymbols();
        if (drawn != null && drawn.request().viewport().zoom() == v.zoom()) {
            MapViewport dv = drawn.request().viewport();
            return m.cellAt(drawn, dv.xFrom(v, x), dv.yFrom(v, y), TOLERANCE);
        }
        return m.cellAt(v, x, y, TOLERANCE);
    }

    /** What hovering a square says: its number of points, and that a click zooms in. */
    static String cellText(PointDensity.Cell cell) {
        return UiText.get("map.cell.hover", cell.count());
    }

    /**
     * Zooms in on a clicked square (two levels, centred on it, as a cluster map does) and says how many points it
     * holds.
     */
    static String zoomInto(MapNavigator navigator, PointDensity.Cell cell) {
        Envelope b = cell.bounds();
        navigator.flyTo((b.getMinY() + b.getMaxY()) / 2, (b.getMinX() + b.getMaxX()) / 2,
                navigator.viewport().zoom() + 2);
        return UiText.get("map.cell.clicked", cell.count());
    }

    /** The names of the picked features under the viewpoint, one a line; null when there are none. */
    static String hoverText(List<ExplorerModel.Pick> picks, Viewpoint vp, LocalDate date) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < picks.size() && i < HOVER_NAMES; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(picks.get(i).feature().label(vp, date));
        }
        if (picks.size() > HOVER_NAMES) {
            sb.append('\n').append(UiText.get("map.more", picks.size() - HOVER_NAMES));
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
