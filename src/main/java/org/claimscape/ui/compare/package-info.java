/**
 * Comparing two claims: {@link org.claimscape.ui.compare.CompareModel} (choices, background computation, caches,
 * results; no controls, tested without a window), {@link org.claimscape.ui.compare.ComparePanel} (the controls
 * bound to it) and {@link org.claimscape.ui.compare.CompareMapOverlay} (swipe, side by side and the difference
 * layers, attached to the map through the window's context).
 */
package org.claimscape.ui.compare;
