package org.claimscape.ui.data;

import java.util.function.Consumer;
import org.claimscape.model.Workspace;
import org.claimscape.ui.explorer.LayerState;

/** The layers read from a database, as a workspace keeps them: by connection and table, never a password. */
public interface DatabaseLayers {

    /** The workspace entry of one of its layers (URI without password), or null when the layer is not one. */
    Workspace.LayerEntry capture(LayerState layer);

    /** Opens a saved database layer again (in the background, asking for a password if need be). */
    void reopen(Workspace.LayerEntry entry);

    /** Removes all its layers. */
    void removeAll();

    /** Called with each layer put into the panel. */
    void setOnAdded(Consumer<LayerState> onAdded);
}
