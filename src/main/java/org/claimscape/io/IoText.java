package org.claimscape.io;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The readers' messages to users (problems in a layer file, PostGIS errors) in English, Japanese and Russian, from
 * {@code IoText.properties}, {@code IoText_ja} and {@code IoText_ru} next to this class (UTF-8).
 *
 * <p>A {@link Message} is a key and its arguments, written in a language only when shown: the window shows it in
 * its interface language and the command line in the system's, both of which are {@link Locale#getDefault()}
 * (the window sets the default locale to the language chosen). Patterns are {@link MessageFormat}s in which an
 * apostrophe is just an apostrophe; counts are grouped as the language groups them, coordinates keep every digit
 * with the language's decimal sign ({@link #decimal}). English is the base bundle: a language without its own is
 * English, never the machine's. Thread-safe.
 */
public final class IoText {

    /** The languages the messages are written in, English first (the fallback). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.forLanguageTag("ru"));

    static final String BUNDLE = "org.claimscape.io.IoText";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private IoText() {
    }

    /** A message for the key, with {0}, {1}… filled in from the arguments when it is shown. */
    public static Message of(String key, Object... args) {
        return new Message(key, args.clone());
    }

    /** A text that is shown as it is in every language: a server's or a library's own words. */
    public static Message literal(String text) {
        return new Message(null, new Object[] {text});
    }

    /** A number shown with all its digits ("145.5", "-1.0E-7") and the language's decimal sign ("145,5"). */
    public static Object decimal(double v) {
        return new Decimal(v);
    }

    /** The supported language closest to a locale: its language if supported, else English. */
    public static Locale supported(Locale l) {
        for (Locale s : LANGUAGES) {
            if (s.getLanguage().equals(l.getLanguage())) {
                return s;
            }
        }
        return Locale.ENGLISH;
    }

    /** The pattern for the key in a language; the key itself when there is none (a bug, shown rather than lost). */
    static String pattern(Locale l, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, supported(l), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A message in the making: its key and arguments; other messages among the arguments are written in the same
     * language. Immutable as long as its arguments are.
     */
    public static final class Message {
        private final String key;
        private final Object[] args;

        private Message(String key, Object[] args) {
            this.key = key;
            this.args = args;
        }

        /** The key, or null for a literal text. */
        public String key() {
            return key;
        }

        /** The message in a language (English for any language without its own words). */
        public String in(Locale locale) {
            if (key == null) {
                return String.valueOf(args[0]);
            }
            Locale l = supported(locale);
            String pattern = pattern(l, key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                shown[i] = a instanceof Message m ? m.in(l) : a instanceof Decimal d ? d.in(l) : a;
            }
            return new MessageFormat(pattern.replace("'", "''"), l).format(shown);
        }

        /** The message in the default locale's language: the window's interface language, the system's on the CLI. */
        @Override
        public String toString() {
            return in(Locale.getDefault());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Message m && java.util.Objects.equals(key, m.key) && Arrays.equals(args, m.args);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(key) + Arrays.hashCode(args);
        }
    }

    /** A coordinate or other measured number, written in full: the shortest text that reads back as the value. */
    private record Decimal(double value) {
        String in(Locale l) {
            String s = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value);
            return l.getLanguage().equals("ru") ? s.replace('.', ',') : s;
        }
    }
}
