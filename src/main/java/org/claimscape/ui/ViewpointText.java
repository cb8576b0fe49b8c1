package org.claimscape.ui;

import java.time.LocalDate;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.RenderText;
import org.claimscape.render.SovereigntyAtDate.Arrangement;

/** The window's title and the map's viewpoint badge: the viewpoint, and how the land is shown at the date. */
final class ViewpointText {

    private ViewpointText() {
    }

    static String title(Viewpoint vp) {
        return "Claimscape — " + vp.islandGroupName() + " — " + vp.title() + " viewpoint";
    }

    /** Before the present division there is no dispute to show: the badge names the arrangement in force. */
    static String badge(Viewpoint vp, LocalDate date) {
        Arrangement a = Arrangement.at(date);
        String land = a != Arrangement.SOVIET ? RenderText.get(Viewpoint.NEUTRAL, "arrangement." + a.key())
                : "disputed land " + switch (vp) {
                    case RUSSIAN -> "as Russia administers it";
                    case JAPANESE -> "as Japan claims it";
                    default -> "hatched";
                };
        return "Viewpoint: " + vp.title() + " · " + vp.islandGroupName() + " · " + land;
    }
}
