package org.claimscape.ui;

import java.time.LocalDate;
import java.util.Locale;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.RenderText;
import org.claimscape.render.SovereigntyAtDate.Arrangement;
import org.claimscape.ui.text.UiText;

/**
 * The window's title and the map's viewpoint badge, in the interface language: the viewpoint, and how the land is
 * shown at the date.
 */
final class ViewpointText {

    private ViewpointText() {
    }

    static String title(Viewpoint vp) {
        Locale l = UiText.locale();
        return UiText.get("app.title", RenderText.get(l, "islands." + vp.code()),
                RenderText.get(l, "viewpoint." + vp.code()));
    }

    /** Before the present division there is no dispute to show: the badge names the arrangement in force. */
    static String badge(Viewpoint vp, LocalDate date) {
        Locale l = UiText.locale();
        Arrangement a = Arrangement.at(date);
        String land = a != Arrangement.SOVIET ? RenderText.get(l, "arrangement." + a.key())
                : UiText.get("badge.disputed." + vp.code());
        return UiText.get("badge.viewpoint", RenderText.get(l, "viewpoint." + vp.code()),
                RenderText.get(l, "islands." + vp.code()), land);
    }
}
