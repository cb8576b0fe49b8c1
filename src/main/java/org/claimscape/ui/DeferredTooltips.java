package org.claimscape.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Control;
import org.claimscape.ui.text.UiText;

/**
 * Tooltips noted now and made later: the first tooltip costs about 30 ms of class set-up, which the first map
 * would otherwise wait for. Their texts follow the interface language. FX thread only.
 */
final class DeferredTooltips {

    private final Map<Control, String> pending = new LinkedHashMap<>();
    private boolean installed;

    /** Notes a tooltip with the text of a {@link UiText} key. */
    void tip(Control control, String key) {
        if (installed) {
            control.setTooltip(UiText.tooltip(key));
        } else {
            pending.put(control, key);
        }
    }

    /** Makes the tooltips noted so far; later ones are made at once. */
    void install() {
        installed = true;
        pending.forEach((c, key) -> c.setTooltip(UiText.tooltip(key)));
        pending.clear();
    }
}
