/**
 * ESRI Shapefiles: shapes with H2GIS's shape encoders, attributes with JavaDBF, the .prj reprojected with Apache
 * SIS, the .cpg's encoding honoured; plain or zipped.
 */
package org.claimscape.io.shp;
