/**
 * The explorer window, its composition root: {@link org.claimscape.ui.ExplorerView} lays out and wires the tool
 * bar, the layer panel and legend, the map area, the feature info and status bars, and composes the features
 * (compare, data, workspace, briefing, time), which reach it only through
 * {@link org.claimscape.ui.explorer.ExplorerContext}. The start-up tuning (room kept for panels, deferred
 * tooltips, the first-frame watch) lives in its own small classes here; so does the window state remembered
 * between runs. Nothing outside this package and {@code app} names the window.
 */
package org.claimscape.ui;
