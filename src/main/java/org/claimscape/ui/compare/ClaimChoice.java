package org.claimscape.ui.compare;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.claimscape.analysis.Claims;
import org.claimscape.model.Feature;

/**
 * A claim as offered in the compare pickers: its id (the claims layer's {@code claim} property), a readable title
 * and the parties of its features ("JP", "RU", "USSR", "JP-RU"). Immutable.
 */
public record ClaimChoice(String id, String title, String party) {

    /** Every claim of the layer, in the order of {@link Claims#ids()}. */
    public static List<ClaimChoice> all(Claims claims, UnaryOperator<String> fallbackTitle) {
        return claims.ids().stream().map(id -> of(claims, id, fallbackTitle)).toList();
    }

    /**
     * The choice for a claim id; {@code fallbackTitle} names claims whose features give no title of their own
     * (the map legend's wording).
     */
    public static ClaimChoice of(Claims claims, String id, UnaryOperator<String> fallbackTitle) {
        String title = claims.title(id);
        if (title.equals(id)) {
            String other = fallbackTitle.apply(id);
            title = other == null ? id : other;
        }
        return new ClaimChoice(id, title, partyAt(claims, id, null));
    }

    /** The parties of the claim's features valid at the date (null = all), joined with "/". */
    public static String partyAt(Claims claims, String id, LocalDate date) {
        Set<String> parties = new LinkedHashSet<>();
        for (Feature f : claims.features(id)) {
            String p = f.string("party");
            if (p != null && !p.isBlank() && f.isValidAt(date)) {
                parties.add(p.trim());
            }
        }
        return String.join("/", parties);
    }

    /** "Title (party at the date)" for labels on the map. */
    public String label(Claims claims, LocalDate date) {
        String p = partyAt(claims, id, date);
        return p.isEmpty() ? title : title + " (" + p + ")";
    }

    /** "Title (party)" for labels on the map. */
    public String label() {
        return party.isEmpty() ? title : title + " (" + party + ")";
    }

    @Override
    public String toString() {
        return title + " — " + id;
    }
}
