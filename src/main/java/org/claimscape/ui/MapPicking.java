package org.claimscape.ui;

import java.time.LocalDate;
import java.util.List;
import org.claimscape.map.OverlayLayer;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.DrawnSymbols;
import org.claimscape.render.MapViewport;
import org.claimscape.ui.explorer.ExplorerModel;
import org.claimscape.ui.text.UiText;

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
