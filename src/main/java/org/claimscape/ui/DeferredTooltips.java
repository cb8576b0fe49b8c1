package org.claimscape.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * Tooltips noted now and made later: the first tooltip costs about 30 ms of class set-up, which the first map
 * would otherwise wait for. FX thread only.
 */
final class DeferredTooltips {

    private final Map<Control, String> pending = new LinkedHashMap<>();
    private boolean installed;

    void tip(Control control, String text) {
        if (installed) {
            control.setTooltip(new Tooltip(text));
        } else {
            pending.put(control, text);
        }
    }

    /** Makes the tooltips noted so far; later ones are made at once. */
    void install() {
        installed = true;
        pending.forEach((c, text) -> c.setTooltip(new Tooltip(text)));
        pending.clear();
    }
}
