/** GeoPackage feature tables, read and written with NGA's GeoPackage library, reprojected with Apache SIS. */
package org.claimscape.io.gpkg;
