/**
 * Reading and writing layers: streaming GeoJSON (RFC 7946) in and out, the bundled layer catalog, and what the
 * readers of the other formats (sub-packages kml, gpkg, csv, shp; the registry in format) share: FeatureCollector,
 * Reprojection, SafeZip, PropertyValues. No JavaFX here. Readers report every problem with its file, line, column and feature index.
 */
package org.claimscape.io;
