package org.claimscape.ui.explorer;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.MenuItem;

/** The window's list of layers, as features see it. FX thread only. */
public interface LayerList {

    /** Items added to a layer's context menu (rename, restyle, ... for the user's own layers). */
    void setContextItems(Function<LayerState, List<MenuItem>> items);

    /** The layer selected in the list, or null. */
    LayerState selectedLayer();

    /** Redraws the rows (after a layer's title or style changed). */
    void refresh();
}
