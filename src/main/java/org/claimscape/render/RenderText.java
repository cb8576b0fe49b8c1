package org.claimscape.render;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.claimscape.model.Viewpoint;

/**
 * The renderer's fixed strings (legend labels, arrangement titles, export headings) in the viewpoint's language:
 * English for neutral, Japanese and Russian for those viewpoints. Backed by {@code RenderText*.properties} next to
 * this class; the neutral bundle never falls back to the machine's locale.
 */
public final class RenderText {

    private static final String BUNDLE = "org.claimscape.render.RenderText";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RenderText() {
    }

    /** The language a viewpoint's map is written in. */
    public static Locale locale(Viewpoint viewpoint) {
        return switch (viewpoint) {
            case JAPANESE -> Locale.JAPANESE;
            case RUSSIAN -> Locale.forLanguageTag("ru");
            default -> Locale.ROOT;
        };
    }

    /** The text for the key under the viewpoint; English when the language lacks it, the key when both do. */
    public static String get(Viewpoint viewpoint, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale(viewpoint), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Whether a text exists for the key (in English at least). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK).containsKey(key);
    }

    /** The text for the key with {0}, {1}... filled in. */
    public static String format(Viewpoint viewpoint, String key, Object... args) {
        return new MessageFormat(get(viewpoint, key).replace("'", "''"), locale(viewpoint)).format(args);
    }

    /** A date as the viewpoint's language writes it ("1 September 1875", "1875年9月1日"). */
    public static String date(Viewpoint viewpoint, LocalDate date) {
        Locale l = viewpoint == Viewpoint.NEUTRAL ? Locale.ENGLISH : locale(viewpoint);
        return DateTimeFormatter.ofPattern(get(viewpoint, "header.date-pattern"), l).format(date);
    }

    /** The viewpoint's name in its own language. */
    public static String viewpointTitle(Viewpoint viewpoint) {
        return get(viewpoint, "viewpoint." + viewpoint.code());
    }

    /** The name of the disputed island group in the viewpoint's language. */
    public static String islandGroupName(Viewpoint viewpoint) {
        return get(viewpoint, "islands." + viewpoint.code());
    }
}
