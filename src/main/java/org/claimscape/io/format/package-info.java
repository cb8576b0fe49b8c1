/**
 * The layer formats and the one entry point that reads and writes them all ({@link
 * org.claimscape.io.format.LayerFormats}), used by the command line and the window alike.
 */
package org.claimscape.io.format;
