package org.claimscape.analysis;

import java.util.Locale;
import java.util.Optional;

/** The two parties whose land and sea the analysis splits. */
public enum Side {
    JAPAN("JP", "Japan"),
    RUSSIA("RU", "Russia");

    private final String code;
    private final String title;

    Side(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The code used in the data's {@code country} and {@code party} properties: JP or RU. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Side other() {
        return this == JAPAN ? RUSSIA : JAPAN;
    }

    /** JP / RU (also USSR), case-insensitive; empty for anything else. */
    public static Optional<Side> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "JP":
            case "JAPAN":
                return Optional.of(JAPAN);
            case "RU":
            case "USSR":
            case "RUSSIA":
                return Optional.of(RUSSIA);
            default:
                return Optional.empty();
        }
    }
}
