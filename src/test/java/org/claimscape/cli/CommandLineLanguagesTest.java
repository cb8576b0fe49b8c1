package org.claimscape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line in English, Japanese and Russian: every command, option and parameter has help in each
 * language (written in that language's script), the two translations have the same keys, and {@code validate}
 * prints its summary in the system's language.
 */
class CommandLineLanguagesTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale SYSTEM = Locale.getDefault();

    @TempDir
    Path tmp;

    @AfterEach
    void systemLocale() {
        Locale.setDefault(SYSTEM);
    }

    /** The help of every command in a language: the command line as picocli builds it, with that language's bundle. */
    private static List<CommandSpec> commands(Locale language) {
        CommandLine cl = ClaimscapeCommand.commandLine();
        cl.setResourceBundle(ResourceBundle.getBundle(CliText.BUNDLE, language));
        List<CommandSpec> all = new ArrayList<>();
        collect(cl, all);
        return all;
    }

    private static void collect(CommandLine cl, List<CommandSpec> into) {
        into.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    /** Each command's description (its header for the help command) and each option's and parameter's help. */
    private static List<String> texts(CommandSpec c) {
        List<String> texts = new ArrayList<>();
        String[] about = c.usageMessage().header().length > 0 ? c.usageMessage().header()
                : c.usageMessage().description();
        texts.add(c.qualifiedName() + ": " + String.join(" ", about));
        List<ArgSpec> args = new ArrayList<>(c.options());
        args.addAll(c.positionalParameters());
        for (ArgSpec a : args) {
            String what = a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
            texts.add(c.qualifiedName() + " " + what + ": " + String.join(" ", a.description()));
        }
        return texts;
    }

    @Test
    void everyCommandOptionAndParameterHasHelpInEachLanguage() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE, RUSSIAN)) {
            List<CommandSpec> commands = commands(language);
            assertThat(commands).extracting(CommandSpec::name).contains("claimscape", "validate", "info",
                    "convert", "areas", "compare", "export", "help");
            for (CommandSpec c : commands) {
                for (String text : texts(c)) {
                    String help = text.substring(text.indexOf(": ") + 2);
                    assertThat(help).as("%s in %s", text, language).isNotBlank();
                    boolean japanese = JAPANESE.matcher(help).find();
                    boolean russian = CYRILLIC.matcher(help).find();
                    switch (language.getLanguage()) {
                        case "ja" -> assertThat(japanese).as("Japanese help: %s", text).isTrue();
                        case "ru" -> assertThat(russian).as("Russian help: %s", text).isTrue();
                        default -> assertThat(japanese || russian).as("English help: %s", text).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void theTranslationsHaveTheSameKeysAndNoneIsEmpty() throws IOException {
        Properties ja = bundle("_ja");
        Properties ru = bundle("_ru");
        assertThat(new TreeSet<>(ru.stringPropertyNames())).isEqualTo(new TreeSet<>(ja.stringPropertyNames()));
        for (Properties p : List.of(ja, ru, bundle(""))) {
            p.forEach((k, v) -> assertThat(v.toString()).as("%s", k).isNotBlank());
        }
        Set<String> out = new TreeSet<>(bundle("").stringPropertyNames());
        assertThat(ja.stringPropertyNames()).as("the output lines are in each language").containsAll(out);
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliText.class.getResourceAsStream("CliText" + suffix + ".properties");
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** validate under a Japanese or Russian system: the problem and the summary in its words, the place as it is. */
    @Test
    void validateWritesInTheSystemsLanguage() throws IOException {
        Path file = tmp.resolve("bad.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[45.5,91.25]}}]}");
        Locale.setDefault(Locale.JAPANESE);
        assertThat(validate(file)).contains(file + ":2:").contains(": エラー: 地物 #0: 緯度 91.25 が ±90° の範囲外です")
                .contains(file + ": 不正、地物 1 件のうち健全 0 件、エラー 1 件、警告 0 件");
        Locale.setDefault(RUSSIAN);
        assertThat(validate(file)).contains(": ошибка: объект №0: широта 91,25 вне пределов ±90°")
                .contains(file + ": НЕКОРРЕКТЕН, исправных объектов 0 из 1, ошибок 1, предупреждений 0");
        Locale.setDefault(Locale.ENGLISH);
        assertThat(validate(file)).contains(": error: feature #0: latitude 91.25 is outside ±90°")
                .contains(file + ": INVALID, 0 of 1 features sound, 1 errors, 0 warnings");
    }

    private static String validate(Path file) {
        StringWriter out = new StringWriter();
        int code = ClaimscapeCommand.run(new String[] {"validate", file.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(1);
        return out.toString();
    }
}
