/**
 * The user's own data in the explorer: opening GeoJSON files as layers (off the FX thread, with progress and
 * cancel), the problems dialog, automatic and user styles, and the layer actions (rename, restyle, export,
 * remove); tables of a PostGIS database as live layers (read by the view, edited, saved in one transaction).
 */
package org.claimscape.ui.data;
