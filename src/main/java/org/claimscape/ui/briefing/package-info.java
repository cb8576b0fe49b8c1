/**
 * The briefing-map dialog: the page form, a live preview drawn off the FX thread by the export's own page
 * renderer, printing and export to PDF, PNG and SVG.
 */
package org.claimscape.ui.briefing;
