package org.claimscape.ui.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.claimscape.model.Feature;
import org.claimscape.model.Viewpoint;
import org.claimscape.render.RenderText;

/**
 * The window's words in the interface language, from {@code UiText.properties} (English), {@code UiText_ja} and
 * {@code UiText_ru} next to this class (UTF-8), and its dates and numbers as that language writes them.
 *
 * <p>The language is the system's ({@link Locale#getDefault()} at start, which follows {@code LANG} and
 * {@code -Duser.language}; English when the system's is none of the three) until one is chosen
 * ({@link #choose}). A change is announced through {@link #localeProperty()}: texts made by {@link #text} follow
 * it, and views rebuild their own through {@link #onChange}, so a change keeps the session. The neutral
 * viewpoint's map text (legend, page headings) is written in the interface language too
 * ({@link RenderText#setNeutralLanguage}).
 *
 * <p>Patterns are {@link MessageFormat}s in which an apostrophe is just an apostrophe. Reading is thread-safe;
 * {@link #choose} is for the FX thread.
 */
public final class UiText {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** The interface languages, English first (the fallback). */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.JAPANESE, RUSSIAN);

    static final String BUNDLE = "org.claimscape.ui.text.UiText";
    private static final Logger LOG = Logger.getLogger(UiText.class.getName());
    /* English is the base bundle: never fall back to the machine's locale (a Japanese machine asking for English). */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Locale SYSTEM = Locale.getDefault();

    private static volatile Locale current = supported(SYSTEM);
    private static volatile String chosen;
    private static final ReadOnlyObjectWrapper<Locale> LOCALE = new ReadOnlyObjectWrapper<>(UiText.class, "locale",
            current);

    static {
        RenderText.setNeutralLanguage(current);
    }

    private UiText() {
    }

    // ------------------------------------------------------------------ the language

    /** The interface language now: one of {@link #LANGUAGES}. */
    public static Locale locale() {
        return current;
    }

    /** The interface language; changes when another is chosen (on the FX thread). */
    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE.getReadOnlyProperty();
    }

    /** The chosen language's code ({@code en}, {@code ja}, {@code ru}), or null when it follows the system. */
    public static String choice() {
        return chosen;
    }

    /** The language the system asks for, as the window would show it. */
    public static Locale systemLanguage() {
        return supported(SYSTEM);
    }

    /**
     * Switches the interface language: {@code en}, {@code ja} or {@code ru}; null or blank follows the system
     * again. JavaFX's own words (text field menus, calendar months) follow through the default locale. FX thread.
     */
    public static void choose(String language) {
        boolean system = language == null || language.isBlank();
        Locale l = system ? supported(SYSTEM) : supported(Locale.forLanguageTag(language.trim()));
        chosen = system ? null : l.getLanguage();
        Locale.setDefault(system ? SYSTEM : l);
        RenderText.setNeutralLanguage(l);
        current = l;
        LOCALE.set(l);
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

    /** A language's name in that language: "English", "日本語", "Русский". */
    public static String languageName(Locale l) {
        String n = l.getDisplayLanguage(l);
        return n.isEmpty() ? l.getLanguage() : n.substring(0, 1).toUpperCase(l) + n.substring(1);
    }

    // ------------------------------------------------------------------ words

    /** The text for the key with {0}, {1}… filled in; the key itself (and a log line) when it is missing. */
    public static String get(String key, Object... args) {
        Locale l = current;
        String s = find(l, key).orElseGet(() -> {
            LOG.warning(() -> "no text for " + key);
            return key;
        });
        return args.length == 0 ? s : new MessageFormat(s.replace("'", "''"), l).format(args);
    }

    /** The text for the key in the interface language, if there is one. */
    public static Optional<String> find(String key) {
        return find(current, key);
    }

    static Optional<String> find(Locale l, String key) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** A text that follows the language, for binding a control's text property. FX thread. */
    public static StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), LOCALE);
    }

    /** Gives a menu item (or menu) the key's text, following the language; {@code _} marks the mnemonic. */
    public static <M extends MenuItem> M menu(M item, String key) {
        item.textProperty().bind(text(key));
        return item;
    }

    /** Gives a label, button or check box the key's text, following the language. */
    public static <L extends Labeled> L labeled(L control, String key) {
        control.textProperty().bind(text(key));
        return control;
    }

    /** A tooltip with the key's text, following the language; long texts wrap (Japanese and Russian run long). */
    public static Tooltip tooltip(String key, Object... args) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text(key, args));
        t.setWrapText(true);
        t.setMaxWidth(440);
        return t;
    }

    /**
     * Runs {@code refresh} after every change of language for as long as {@code anchor} lives (the node keeps
     * the listener; the language holds it weakly). For texts made from the view's state.
     */
    public static void onChange(Node anchor, Runnable refresh) {
        ChangeListener<Locale> l = (o, was, now) -> refresh.run();
        anchor.getProperties().put(new Object(), l);
        LOCALE.addListener(new WeakChangeListener<>(l));
    }

    /**
     * Viewpoints named in the interface language ("Japanese — Northern Territories", "日本 — 北方領土"), in the
     * map's own words for them; with or without the islands' name.
     */
    public static StringConverter<Viewpoint> viewpoints(boolean withIslands) {
        Locale l = current;
        return new StringConverter<>() {
            @Override
            public String toString(Viewpoint v) {
                if (v == null) {
                    return "";
                }
                String name = RenderText.get(l, "viewpoint." + v.code());
                return withIslands ? name + " — " + RenderText.get(l, "islands." + v.code()) : name;
            }

            @Override
            public Viewpoint fromString(String s) {
                return Viewpoint.parse(s).orElse(Viewpoint.NEUTRAL);
            }
        };
    }

    /** A bundled layer's title in the interface language ({@code layers.title.ID}); others keep their own. */
    public static String layerTitle(String layerId, String title) {
        return find("layers.title." + layerId).orElse(title);
    }

    /** A bundled layer's description in the interface language; others keep their own. */
    public static String layerAbout(String layerId, String description) {
        return find("layers.about." + layerId).orElse(description);
    }

    /** A layer panel group ("Claims", "Basemap", "Your layers") in the interface language; others as they are. */
    public static String groupName(String group) {
        return group == null ? null
                : find("layers.group." + group.toLowerCase(Locale.ROOT).replace(' ', '-')).orElse(group);
    }

    /**
     * A feature type ("missile-battery") in words of the interface language: the legend's word, else the
     * window's ({@code info.type.TYPE}), else the code with spaces.
     */
    public static String typeName(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String key = "type." + type;
        if (RenderText.has(key)) {
            return RenderText.get(current, key);
        }
        return find("info." + key).orElse(type.replace('-', ' ').replace('_', ' '));
    }

    // ------------------------------------------------------------------ dates and numbers

    /** A date in the language's one style ({@code format.date}): "3 Dec 2026", "2026年12月3日", "3 дек. 2026 г.". */
    public static String date(LocalDate d) {
        return d == null ? "" : dateFormat(current).format(d);
    }

    /**
     * A date as the data gives it ("1945-08-28", "1945-08", "1945"): a whole date in the language's style, a
     * year or month as it is (no day is made up).
     */
    public static String date(String iso) {
        if (iso == null || !iso.trim().matches("-?\\d{4}-\\d{2}-\\d{2}")) {
            return iso;
        }
        LocalDate d = Feature.parseDate(iso);
        return d == null ? iso : date(d);
    }

    /**
     * Shows dates in the language's style and reads that style, the ISO form ("2026-12-03", or a year or a
     * month) and the language's numeric form ({@code format.date.typed}: "2026/12/3", "3.12.2026"); null for
     * anything else. Date pickers use it so that every date field writes dates as the rest of the window.
     */
    public static StringConverter<LocalDate> dateConverter() {
        Locale l = current;
        DateTimeFormatter shown = dateFormat(l);
        DateTimeFormatter typed = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(find(l, "format.date.typed").orElse("yyyy-MM-dd")).toFormatter(l);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : shown.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                String t = s.trim();
                for (DateTimeFormatter f : List.of(shown, typed)) {
                    try {
                        return LocalDate.parse(t, f);
                    } catch (DateTimeParseException e) {
                        // the next form
                    }
                }
                return Feature.parseDate(t);
            }
        };
    }

    /** A number with exactly {@code decimals} decimals, grouped as the language groups them ("5,104.7", "5 104,7"). */
    public static String number(double v, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(current);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    /** A number as the language writes it, with the decimals it has (up to three): "0.5", "0,5", "1,200". */
    public static String number(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(current);
        f.setMaximumFractionDigits(3);
        return f.format(v);
    }

    /** A whole number, grouped as the language groups them. */
    public static String integer(long v) {
        return NumberFormat.getIntegerInstance(current).format(v);
    }

    private static DateTimeFormatter dateFormat(Locale l) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(find(l, "format.date").orElse("yyyy-MM-dd")).toFormatter(l);
    }
}
