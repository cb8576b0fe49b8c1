/**
 * Undo and redo: {@link org.claimscape.ui.edit.EditHistory}, a stack of reversible edits that knows nothing of
 * maps or layers. What records into it lives with what it changes (the layer panel's changes in
 * {@code ui.explorer.LayerEdits}, the user's layers in {@code ui.data.UserLayers}).
 */
package org.claimscape.ui.edit;
