/**
 * The map's date: the time bar (slider, play, date badge text) and the date rules of the thematic layers (recent
 * events, a project's status at a date).
 */
package org.claimscape.ui.time;
