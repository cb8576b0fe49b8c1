package org.claimscape.ui.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimscape.export.BriefingPage;
import org.claimscape.io.GeoJsonProblem;
import org.claimscape.io.IoText;
import org.claimscape.io.LayerCatalogReader;
import org.claimscape.model.Confidence;
import org.claimscape.model.LayerCatalog;
import org.claimscape.model.Viewpoint;
import org.claimscape.ui.data.UserLayers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window's three bundles: the same keys in English, Japanese and Russian, none empty, every pattern a
 * {@link MessageFormat} that uses the same arguments in each language, every key the code names present, and no
 * key that nothing uses. Keys made in code from a value ("badge.disputed." + code) are checked against the values
 * they are made from.
 */
class UiTextBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/claimscape");
    /* A key as code writes it: dotted lower-case words, in quotes. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    /* File names look like keys ("briefing.css"): not missing keys. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("css", "claimscape", "json", "geojson", "properties",
            "pdf", "png", "svg", "csv", "gz", "txt");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    /* Families of keys that code makes from a value; each is checked below against the values. */
    private static final List<String> MADE_IN_CODE = List.of("badge.disputed.", "info.confidence.",
            "problems.severity.", "briefing.paper.", "layers.title.", "layers.about.", "layers.group.",
            "status.word.", "info.type.");

    @AfterEach
    void systemLanguage() {
        UiText.choose(null);
    }

    private static Map<String, String> bundle(String suffix) throws IOException {
        return bundle("/org/claimscape/ui/text/UiText", suffix);
    }

    /** A bundle by its resource path without the suffix and ".properties", read as UTF-8 as ResourceBundle does. */
    private static Map<String, String> bundle(String base, String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiText.class.getResourceAsStream(base + suffix + ".properties");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put(k.toString(), v.toString()));
        return m;
    }

    private static Map<String, Map<String, String>> all() throws IOException {
        return all("/org/claimscape/ui/text/UiText");
    }

    private static Map<String, Map<String, String>> all(String base) throws IOException {
        return Map.of("en", bundle(base, ""), "ja", bundle(base, "_ja"), "ru", bundle(base, "_ru"));
    }

    /** The readers' messages ({@link IoText}) and the command line's help ({@code CliText}): bundles like the window's. */
    private static final List<String> OTHER_BUNDLES = List.of("/org/claimscape/io/IoText");

    @Test
    void theThreeLanguagesHaveTheSameKeysAndNoneIsEmpty() throws IOException {
        sameKeysNoneEmpty(all(), 300);
        for (String base : OTHER_BUNDLES) {
            sameKeysNoneEmpty(all(base), 100);
        }
    }

    private static void sameKeysNoneEmpty(Map<String, Map<String, String>> all, int atLeast) {
        Set<String> english = all.get("en").keySet();
        assertThat(english).hasSizeGreaterThan(atLeast);
        for (String lang : List.of("ja", "ru")) {
            assertThat(all.get(lang).keySet()).as("keys of the %s bundle", lang).isEqualTo(english);
        }
        all.forEach((lang, m) -> m.forEach((k, v) ->
                assertThat(v).as("%s in the %s bundle", k, lang).isNotBlank()));
    }

    @Test
    void everyPatternParsesAndUsesTheSameArgumentsInEachLanguage() throws IOException {
        sameArguments(all());
        for (String base : OTHER_BUNDLES) {
            sameArguments(all(base));
        }
    }

    private static void sameArguments(Map<String, Map<String, String>> all) {
        for (Map.Entry<String, String> e : all.get("en").entrySet()) {
            String key = e.getKey();
            if (key.startsWith("format.date")) {
                continue;
            }
            Set<String> englishArgs = arguments(e.getValue());
            for (String lang : List.of("en", "ja", "ru")) {
                String pattern = all.get(lang).get(key);
                assertThatCode(() -> new MessageFormat(pattern.replace("'", "''"), Locale.forLanguageTag(lang)))
                        .as("%s in %s", key, lang).doesNotThrowAnyException();
                assertThat(arguments(pattern)).as("arguments of %s in %s", key, lang).isEqualTo(englishArgs);
            }
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyKeyTheCodeNamesExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> keys = all().get("en").keySet();
        Set<String> namespaces = keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Map<String, String> named = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path f : sources) {
            Matcher m = KEY_LITERAL.matcher(Files.readString(f));
            while (m.find()) {
                String literal = m.group(1);
                if (namespaces.contains(literal.substring(0, literal.indexOf('.')))) {
                    named.put(literal, SOURCES.relativize(f).toString());
                }
            }
        }
        assertThat(named).as("keys found in the code").hasSizeGreaterThan(250);
        List<String> missing = new ArrayList<>();
        named.forEach((key, file) -> {
            if (!keys.contains(key) && !FILE_EXTENSIONS.contains(key.substring(key.lastIndexOf('.') + 1))) {
                missing.add(key + " (" + file + ")");
            }
        });
        assertThat(missing).as("keys named in code but missing from UiText.properties").isEmpty();
        List<String> unused = keys.stream().filter(k -> !named.containsKey(k))
                .filter(k -> MADE_IN_CODE.stream().noneMatch(k::startsWith)).toList();
        assertThat(unused).as("keys nothing uses").isEmpty();
    }

    /**
     * The readers' bundle: every "io." key the code names exists, and every key is named, apart from the families
     * made from a value (a severity, a JTS error type, a PostGIS action), which are checked against the values.
     */
    @Test
    void everyReaderKeyTheCodeNamesExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> keys = all("/org/claimscape/io/IoText").get("en").keySet();
        Map<String, String> named = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1).startsWith("io.")) {
                        named.put(m.group(1), SOURCES.relativize(f).toString());
                    }
                }
            }
        }
        assertThat(named).as("reader keys found in the code").hasSizeGreaterThan(150);
        assertThat(named.keySet().stream().filter(k -> !keys.contains(k)).map(k -> k + " (" + named.get(k) + ")"))
                .as("keys named in code but missing from IoText.properties").isEmpty();
        List<String> madeInCode = List.of("io.severity.", "io.jts.", "io.pg.cannot.");
        assertThat(keys.stream().filter(k -> !named.containsKey(k)).filter(k -> madeInCode.stream()
                .noneMatch(k::startsWith))).as("reader keys nothing uses").isEmpty();
        for (GeoJsonProblem.Severity sev : GeoJsonProblem.Severity.values()) {
            assertThat(keys).contains("io.severity." + sev.name().toLowerCase(Locale.ROOT));
        }
        for (int type = 0; type <= 11; type++) {
            assertThat(keys).as("JTS error type %d", type).contains("io.jts." + type);
            assertThat(all("/org/claimscape/io/IoText").get("en").get("io.jts." + type)).as("JTS's own words")
                    .isEqualTo(new org.locationtech.jts.operation.valid.TopologyValidationError(type).getMessage()
                            .toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A reader's problem is written in the language asked for, with the file and place as they are, and a
     * coordinate with the language's decimal sign; English is the reader's words as before.
     */
    @Test
    void aReadersProblemIsWrittenInEachLanguage() {
        String json = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[45.5,91.25]}}";
        GeoJsonProblem p = new org.claimscape.io.GeoJsonLayerReader().read(new java.io.ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "bad.geojson").errors().get(0);
        assertThat(p.toString(Locale.ENGLISH)).isEqualTo("bad.geojson:1:76: error: feature #0: latitude 91.25 is "
                + "outside ±90° (the position looks like [lat, lon]: GeoJSON order is [longitude, latitude])");
        assertThat(p.toString(Locale.JAPANESE)).isEqualTo("bad.geojson:1:76: エラー: 地物 #0: 緯度 91.25 が ±90° の範囲外"
                + "です（位置が [緯度, 経度] の順のようです：GeoJSON の順序は [経度, 緯度] です）");
        assertThat(p.toString(UiText.RUSSIAN)).isEqualTo("bad.geojson:1:76: ошибка: объект №0: широта 91,25 вне "
                + "пределов ±90° (позиция похожа на [широта, долгота]: в GeoJSON порядок [долгота, широта])");
        assertThat(p.message(Locale.GERMAN)).as("a language without words of its own is English")
                .isEqualTo(p.message(Locale.ENGLISH));
        assertThat(IoText.of("io.shp.counts", 12000, 11999, 11999).in(UiText.RUSSIAN))
                .as("counts grouped as the language groups them").startsWith("в .shx фигур: 12\u00a0000,");
    }

    @Test
    void keysMadeFromValuesExistForEveryValue() throws IOException {
        Set<String> keys = all().get("en").keySet();
        List<String> wanted = new ArrayList<>();
        for (Viewpoint v : Viewpoint.values()) {
            wanted.add("badge.disputed." + v.code());
        }
        for (Confidence c : Confidence.values()) {
            wanted.add("info.confidence." + c.name().toLowerCase(Locale.ROOT));
        }
        for (GeoJsonProblem.Severity s : GeoJsonProblem.Severity.values()) {
            wanted.add("problems.severity." + s.name().toLowerCase(Locale.ROOT));
        }
        for (BriefingPage.Paper p : BriefingPage.Paper.values()) {
            wanted.add("briefing.paper." + p.name().toLowerCase(Locale.ROOT));
        }
        wanted.add("layers.group." + UserLayers.GROUP.toLowerCase(Locale.ROOT).replace(' ', '-'));
        for (LayerCatalog.Entry e : catalog().entries()) {
            wanted.add("layers.title." + e.id());
            wanted.add("layers.about." + e.id());
            wanted.add("layers.group." + e.group().toLowerCase(Locale.ROOT).replace(' ', '-'));
        }
        assertThat(keys).containsAll(wanted);
    }

    /** The bundled layers' English words are the catalog's own: the two cannot drift apart unnoticed. */
    @Test
    void englishLayerTitlesAreTheCatalogs() throws IOException {
        Map<String, String> en = bundle("");
        for (LayerCatalog.Entry e : catalog().entries()) {
            assertThat(en.get("layers.title." + e.id())).isEqualTo(e.title());
            assertThat(en.get("layers.about." + e.id())).isEqualTo(e.description());
        }
    }

    private static LayerCatalog catalog() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/catalog.json"))) {
            return new LayerCatalogReader().read(in, "catalog.json");
        }
    }

    /** Each language writes one date style and reads it back, and also reads ISO and its numeric form. */
    @Test
    void datesAreWrittenInTheLanguagesStyleAndReadBack() {
        LocalDate d = LocalDate.of(2026, 12, 3);
        Map<String, String> shown = Map.of("en", "3 Dec 2026", "ja", "2026年12月3日", "ru", "3 дек. 2026 г.");
        Map<String, String> typed = Map.of("en", "2026-12-03", "ja", "2026/12/3", "ru", "3.12.2026");
        for (String lang : List.of("en", "ja", "ru")) {
            UiText.choose(lang);
            assertThat(UiText.date(d)).as(lang).isEqualTo(shown.get(lang));
            var converter = UiText.dateConverter();
            assertThat(converter.toString(d)).isEqualTo(shown.get(lang));
            assertThat(converter.fromString(shown.get(lang))).as("%s reads its own style", lang).isEqualTo(d);
            assertThat(converter.fromString(typed.get(lang))).as("%s reads its numeric form", lang).isEqualTo(d);
            assertThat(converter.fromString("2026-12-03")).as("%s reads ISO", lang).isEqualTo(d);
            assertThat(converter.fromString("3 December")).isNull();
            assertThat(UiText.date("1945-08")).as("a month stays a month").isEqualTo("1945-08");
        }
    }

    @Test
    void numbersAreGroupedAsTheLanguageGroupsThem() {
        UiText.choose("en");
        assertThat(UiText.number(5104.689, 1)).isEqualTo("5,104.7");
        UiText.choose("ja");
        assertThat(UiText.number(5104.689, 1)).isEqualTo("5,104.7");
        UiText.choose("ru");
        assertThat(UiText.number(5104.689, 1)).isEqualTo("5\u00a0104,7");
        assertThat(UiText.integer(250000)).isEqualTo("250\u00a0000");
    }

    /** JavaFX has no Russian words of its own; ours cover every key of its English bundle and are the ones read. */
    @Test
    void javaFxsOwnWordsHaveARussianBundle() throws IOException {
        String base = "com/sun/javafx/scene/control/skin/resources/controls";
        Map<String, String> english = new TreeMap<>();
        Map<String, String> russian = new TreeMap<>();
        for (var e : Map.of(".properties", english, "_ru.properties", russian).entrySet()) {
            Properties p = new Properties();
            try (InputStream in = ClassLoader.getSystemResourceAsStream(base + e.getKey());
                 Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.forEach((k, v) -> e.getValue().put(k.toString(), v.toString()));
        }
        assertThat(russian.keySet()).isEqualTo(english.keySet());
        assertThat(java.util.ResourceBundle.getBundle(base, UiText.RUSSIAN).getString("TextInputControl.menu.Copy"))
                .isEqualTo("Копировать");
    }

    @Test
    void aMissingKeyShowsTheKeyAndAnUnknownLanguageIsEnglish() {
        UiText.choose("de");
        assertThat(UiText.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(UiText.get("toolbar.measure")).isEqualTo("Measure");
        assertThat(UiText.get("no.such.key")).isEqualTo("no.such.key");
        UiText.choose("ja");
        assertThat(UiText.get("toolbar.measure")).isEqualTo("計測");
        assertThat(UiText.get("info.many", 3)).isEqualTo("ここに 3 件の地物があります。1 件選んでください：");
        assertThat(UiText.choice()).isEqualTo("ja");
        assertThat(DateTimeFormatter.ofPattern("MMM", Locale.getDefault()).format(LocalDate.of(2026, 1, 1)))
                .as("JavaFX's own words and calendars follow the default locale").isEqualTo("1月");
        UiText.choose(null);
        assertThat(UiText.choice()).isNull();
        assertThat(UiText.locale()).isEqualTo(UiText.systemLanguage());
    }
}
