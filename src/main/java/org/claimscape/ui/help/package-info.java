/**
 * The Help menu's windows: the offline user guide in the interface language (English, Japanese, Russian; F1), the
 * keyboard shortcuts, and About (version, licences, data attribution). They need nothing of the map.
 */
package org.claimscape.ui.help;
