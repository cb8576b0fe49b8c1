package org.claimscape.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How exact a feature's location is (the {@code precision} property): {@code exact} for a surveyed or
 * published position, {@code approximate} for a position known only roughly, {@code island} when the source
 * names only the island and the point is a label point on it.
 */
public enum Precision {
    EXACT, APPROXIMATE, ISLAND;

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

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
