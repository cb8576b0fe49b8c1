package org.claimscape.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How exact a feature's location is (the {@code precision} property): {@code exact} for a surveyed or
 * published position, {@code approximate} for a position known only roughly, {@code island} when the source
 * names only the island and the point is a label point on it, {@code label} for a name's place on the map.
 */
public enum Precision {
    EXACT, APPROXIMATE, ISLAND,
    /** A cartographic label placement, not a site: where a sea's or a country's name is written. */
    LABEL;

    public static Optional<Precision> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Precision p : values()) {
            if (p.word().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every word, as the data writes them: "exact, approximate, island, label". */
    public static String words() {
        StringBuilder out = new StringBuilder();
        for (Precision p : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(p.word());
        }
        return out.toString();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
