/**
 * The headless command line (picocli): {@code validate}, {@code info}, {@code areas}, {@code compare},
 * {@code export}. Exit codes: 0 ok, 1 invalid input, 2 usage error. Needs no display.
 */
package org.claimscape.cli;
