/**
 * Measurements on the map data: geodesic distances, equal-area land and sea areas, claim comparison and
 * illustrative maritime zones. Everything works on the ellipsoid (WGS84) or in a Lambert azimuthal
 * equal-area frame, never in Web Mercator or planar degrees. Geometries come in and go out as lon/lat
 * (x = longitude, y = latitude). No JavaFX, no I/O; results are immutable records. Also the polygon validity
 * shortcuts that io runs on every geometry it reads ({@link FastValidityCheck}, {@link ValidGeometryMemo}).
 */
package org.claimscape.analysis;
