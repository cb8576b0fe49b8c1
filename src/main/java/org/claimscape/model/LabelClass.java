package org.claimscape.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of name a map draws, which a briefing page can show or hide one by one. A measured distance's figure
 * is not a name: it belongs to its line and is always drawn with it.
 */
public enum LabelClass {
    /** Island names: the land and islands layers' names and the reference layer's large islands. */
    ISLANDS("islands"),
    /** Place names: towns and villages. */
    PLACES("places"),
    /** Site names: military sites, projects, events and the user's points. */
    SITES("sites"),
    /** Reference names: oceans, seas, straits, peninsulas and countries. */
    REFERENCE("reference"),
    /** The names of boundary and claim lines (1855, 1875, 1905 boundaries; Japan's claim line). */
    BOUNDARIES("boundaries");

    private final String code;

    LabelClass(String code) {
        this.code = code;
    }

    /** The name used in files: {@code islands}, {@code places}, {@code sites}, {@code reference}, {@code boundaries}. */
    public String code() {
        return code;
    }

    /** The class of a code, case-insensitive, or empty. */
    public static Optional<LabelClass> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (LabelClass c : values()) {
            if (c.code.equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
