package org.claimscape.ui.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimscape.analysis.Claims;
import org.claimscape.model.Feature;

/**
 * A claim as offered in the compare pickers: its id (the claims layer's {@code claim} property), a readable title
 * and the parties of its features ("JP", "RU", "USSR", "JP-RU"). Immutable.
 */
public record ClaimChoice(String id, String title, String party) {

    /** Every claim of the layer, in the order of {@link Claims#ids()}. */
    public static List<ClaimChoice> all(Claims claims) {
        return claims.ids().stream().map(id -> of(claims, id)).toList();
    }

    public static ClaimChoice of(Claims claims, String id) {
        Set<String> parties = new LinkedHashSet<>();
        for (Feature f : claims.features(id)) {
            String p = f.string("party");
            if (p != null && !p.isBlank()) {
                parties.add(p.trim());
            }
        }
        return new ClaimChoice(id, claims.title(id), String.join("/", parties));
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
