/**
 * The attribute table of a layer (issue 15): every property of every feature as columns, sorted by any column,
 * filtered by text, in a window of its own per layer whose selected row is the map's selected feature and back.
 * The table's rows, filter and sort live in {@link org.claimscape.ui.table.AttributeTableModel}, free of controls;
 * large layers are filtered and sorted off the FX thread. The window is reached only through
 * {@link org.claimscape.ui.explorer.ExplorerContext}.
 */
package org.claimscape.ui.table;
