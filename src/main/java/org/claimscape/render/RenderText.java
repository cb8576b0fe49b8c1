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
 * Japanese and Russian for those viewpoints; the neutral viewpoint writes in English unless the window has set its
 * interface language ({@link #setNeutralLanguage}), so the command line's pages stay English. Backed by
 * {@code RenderText*.properties} next to this class; a bundle never falls back to the machine's locale.
 */
public final class RenderText {

    private static final String BUNDLE = "org.claimscape.render.RenderText";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale neutral = Locale.ROOT;

    private RenderText() {
    }

    /**
     * The language the neutral viewpoint writes in: the window's interface language (English, Japanese or
     * Russian). Both names stay on the map; only the fixed words change.
     */
    public static void setNeutralLanguage(Locale language) {
        neutral = switch (language.getLanguage()) {
            case "ja" -> Locale.JAPANESE;
            case "ru" -> Locale.forLanguageTag("ru");
            default -> Locale.ROOT;
        };
    }

    /** The language a viewpoint's map is written in ({@link Locale#ROOT} is English). */
    public static Locale locale(Viewpoint viewpoint) {
        return switch (viewpoint) {
            case JAPANESE -> Locale.JAPANESE;
            case RUSSIAN -> Locale.forLanguageTag("ru");
            default -> neutral;
        };
    }

    /** Whether the viewpoint's map is written in English. */
    public static boolean isEnglish(Viewpoint viewpoint) {
        return locale(viewpoint).getLanguage().isEmpty();
    }

    /** The text for the key under the viewpoint; English when the language lacks it, the key when both do. */
    public static String get(Viewpoint viewpoint, String key) {
        return get(locale(viewpoint), key);
    }

    /** The text for the key in a language (English for any other); the key when there is none. */
    public static String get(Locale language, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK).getString(key);
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
        Locale l = isEnglish(viewpoint) ? Locale.ENGLISH : locale(viewpoint);
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
