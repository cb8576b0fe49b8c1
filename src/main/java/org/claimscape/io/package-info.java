/**
 * Reading and writing layers: streaming GeoJSON (RFC 7946) in and out, the bundled layer catalog.
 * No JavaFX here. Readers report every problem with its file, line, column and feature index.
 */
package org.claimscape.io;
