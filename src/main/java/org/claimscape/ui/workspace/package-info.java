/**
 * Workspaces in the explorer: the File menu, saving and opening {@code .claimscape} files (capture and restore of
 * the window's state), missing-file prompts, recent files, autosave and crash recovery.
 */
package org.claimscape.ui.workspace;
