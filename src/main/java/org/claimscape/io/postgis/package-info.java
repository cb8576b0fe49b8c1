/**
 * Layers from a PostGIS database, read and written live: a connection ({@link PostgisSpec}, password from the
 * user or {@code ~/.pgpass}, never stored), the spatial tables and views it lists ({@code geometry_columns}),
 * bounding-box reads into the same features a GeoJSON file gives, writes in one transaction, and change
 * notifications (LISTEN/NOTIFY). JDBC with the PostgreSQL driver, geometries as WKB through JTS. No JavaFX here.
 */
package org.claimscape.io.postgis;
