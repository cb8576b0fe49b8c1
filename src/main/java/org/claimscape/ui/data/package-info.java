/**
 * The user's own data in the explorer: opening GeoJSON files as layers (off the FX thread, with progress and
 * cancel), the problems dialog, automatic and user styles, and the layer actions (rename, restyle, export,
 * remove).
 */
package org.claimscape.ui.data;
