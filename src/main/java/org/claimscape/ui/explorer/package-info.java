/**
 * What every feature of the window shares: the explorer's model (layers, viewpoint, date, selection), the narrow
 * {@link org.claimscape.ui.explorer.ExplorerContext} through which a feature reaches the window, and the one
 * executor for background work. Nothing here knows the window's layout or any one feature.
 */
package org.claimscape.ui.explorer;
