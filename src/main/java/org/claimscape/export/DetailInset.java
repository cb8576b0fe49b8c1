package org.claimscape.export;

import org.locationtech.jts.geom.Envelope;

/**
 * A detail inset of a briefing page: a small map of a place outside the main map (Matua and Paramushir on the
 * military page), drawn in an empty corner of the map frame at its own scale, with its name and a scale line.
 * Immutable.
 *
 * @param title  what the inset shows, in the page's language
 * @param extent lon/lat extent
 */
public record DetailInset(String title, Envelope extent) {
}
