package org.claimscape.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's words in the system's language ({@link Locale#getDefault()}, which follows {@code LANG}):
 * English, Japanese or Russian, from {@code CliText*.properties} next to this class (UTF-8). The same bundle gives
 * picocli the help in Japanese and Russian ({@code @Command(resourceBundle)} on the top command, inherited by the
 * others); the help's English words are the annotations'. Output lines are {@link MessageFormat} patterns in which
 * an apostrophe is just an apostrophe. Thread-safe.
 */
final class CliText {

    static final String BUNDLE = "org.claimscape.cli.CliText";

    private CliText() {
    }

    /** The text for the key with {0}, {1}… filled in, in the system's language; the key when there is none. */
    static String get(String key, Object... args) {
        Locale l = Locale.getDefault();
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, l).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), l).format(args);
    }
}
