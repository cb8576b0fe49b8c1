package org.claimscape.ui;

import org.claimscape.map.ScaleBarView;
import org.claimscape.render.ScaleBar;
import org.claimscape.ui.text.UiText;

/** The scale bar's units and note in the interface language, numbers as the language writes them. Stateless. */
final class ScaleBarWording implements ScaleBarView.Wording {

    @Override
    public String km(ScaleBar bar) {
        return bar.km() < 1 ? UiText.get("map.scale.m", UiText.number(bar.km() * 1000))
                : UiText.get("map.scale.km", UiText.number(bar.km()));
    }

    @Override
    public String nm(ScaleBar bar) {
        return UiText.get("map.scale.nm", UiText.number(bar.nm()), UiText.number(bar.latitude(), 1) + "°");
    }
}
