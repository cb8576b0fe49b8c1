package org.claimscape.model;

import java.util.Locale;
import java.util.Optional;

/** How well a feature's facts are sourced (the {@code confidence} property). */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    /** Parses {@code high}, {@code medium} (or {@code med}), {@code low}, ignoring case. */
    public static Optional<Confidence> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "high": return Optional.of(HIGH);
            case "medium": case "med": return Optional.of(MEDIUM);
            case "low": return Optional.of(LOW);
            default: return Optional.empty();
        }
    }

    /** The lower-case word used in the data files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
