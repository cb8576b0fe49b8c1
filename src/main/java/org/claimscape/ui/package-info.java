/**
 * The explorer window's views (layer panel, info panel, search, status bar, settings) around the map, the
 * {@link org.claimscape.ui.explorer.ExplorerModel} they share, and the window state remembered between runs.
 */
package org.claimscape.ui;
