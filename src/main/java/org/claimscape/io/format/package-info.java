/**
 * The layer formats and the one entry point that reads and writes them all ({@link
 * org.claimscape.io.format.LayerFormats}), used by the command line and the window alike; and {@link
 * org.claimscape.io.format.LayerSource}, a file or a PostGIS table as a command line names a layer.
 */
package org.claimscape.io.format;
