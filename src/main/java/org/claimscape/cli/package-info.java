/**
 * The headless command line (picocli): {@code validate}, {@code info}, {@code convert}, {@code areas},
 * {@code compare}, {@code export}. Where a command reads or writes a layer it takes a file or a PostGIS table
 * ({@link org.claimscape.io.format.LayerSource}). Exit codes: 0 ok, 1 invalid input, 2 usage error. Needs no
 * display.
 */
package org.claimscape.cli;
