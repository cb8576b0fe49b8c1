/** Start-up: the launcher that picks window or command line, and the JavaFX application. */
package org.claimscape.app;
