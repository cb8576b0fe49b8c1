package org.claimscape.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A feature's names: English (as used in the data, often "Russian-derived / Japanese-derived"), Japanese and
 * Russian, plus the Japanese romaji form when the data gives one ({@code name_ja_latn}).
 * Any of them may be null. Immutable.
 *
 * <p>A feature may carry older names too ({@code former_names}, see {@link PeriodNames}); this record holds one
 * period's set.
 */
public record Names(String en, String ja, String ru, String jaLatin) {

    public static final Names NONE = new Names(null, null, null, null);

    /**
     * The name to show under a viewpoint, in that side's script: Japanese names in kanji/kana, Russian names in
     * Cyrillic, neutral the English form ("Iturup / Etorofu"); falls back to whatever name exists.
     */
    public String label(Viewpoint viewpoint) {
        String preferred = switch (viewpoint) {
            case JAPANESE -> firstNonBlank(ja, jaLatin);
            case RUSSIAN -> firstNonBlank(ru, russianPartOfEnglish());
            default -> en;
        };
        return firstNonBlank(preferred, en, jaLatin, ja, ru);
    }

    /* English names follow "Russian-derived / Japanese-derived" ("Iturup / Etorofu"): the part before the slash. */
    private String russianPartOfEnglish() {
        if (en == null) {
            return null;
        }
        int slash = en.indexOf(" / ");
        return slash > 0 ? en.substring(0, slash) : en;
    }

    /** The name in the viewpoint's own script: Japanese or Russian, else the English name. */
    public String nativeLabel(Viewpoint viewpoint) {
        return label(viewpoint);
    }

    /** Every non-blank name, for search. */
    public List<String> all() {
        List<String> out = new ArrayList<>(4);
        for (String s : new String[] {en, ja, ru, jaLatin}) {
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return all().isEmpty();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return Objects.toString(en, "") + " | " + Objects.toString(ja, "") + " | " + Objects.toString(ru, "");
    }
}
