package org.claimscape.ui.explorer;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.MenuItem;

/** The window's list of layers, as features see it. FX thread only. */
public interface LayerList {

    /** Items added to a layer's context menu (rename, restyle, ... for the user's own layers). */
    void setContextItems(Function<LayerState, List<MenuItem>> items);

    /** What "Open attribute table" of a layer's context menu does (every layer's menu has it). */
    void setOnOpenTable(Consumer<LayerState> open);

    /** The layer selected in the list, or null. */
    LayerState selectedLayer();

    /** Redraws the rows (after a layer's title or style changed). */
    void refresh();
}
