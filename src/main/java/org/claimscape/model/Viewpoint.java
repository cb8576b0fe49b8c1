package org.claimscape.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose naming the map uses. Neutral shows both names ("Iturup / Etorofu"); Japanese and Russian show
 * that side's usage. The active viewpoint is always shown on screen and on every export.
 */
public enum Viewpoint {
    NEUTRAL("neutral", "Neutral", "Southern Kurils / Northern Territories"),
    JAPANESE("ja", "Japanese", "Northern Territories"),
    RUSSIAN("ru", "Russian", "Southern Kurils");

    private final String code;
    private final String title;
    private final String groupName;

    Viewpoint(String code, String title, String groupName) {
        this.code = code;
        this.title = title;
        this.groupName = groupName;
    }

    /** Short code used on the command line and in files: {@code neutral}, {@code ja}, {@code ru}. */
    public String code() {
        return code;
    }

    /** Human title, for example "Japanese". */
    public String title() {
        return title;
    }

    /** The name of the disputed island group under this viewpoint. */
    public String islandGroupName() {
        return groupName;
    }

    /** Parses a code or title ("ja", "japanese", "JP", ...). */
    public static Optional<Viewpoint> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Viewpoint v : values()) {
            if (v.code.equals(t) || v.title.toLowerCase(Locale.ROOT).equals(t) || v.name().equalsIgnoreCase(t)) {
                return Optional.of(v);
            }
        }
        if (t.equals("jp")) {
            return Optional.of(JAPANESE);
        }
        return Optional.empty();
    }
}
