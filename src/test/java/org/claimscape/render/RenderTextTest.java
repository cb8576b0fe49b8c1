package org.claimscape.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.Test;

/** The map's fixed texts exist in the three languages, none empty, and each is in its script. */
class RenderTextTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RenderText.class.getResourceAsStream("RenderText" + suffix + ".properties")) {
            assertThat(in).as("bundle " + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInEveryLanguageAndNoneIsEmpty() throws IOException {
        Properties en = bundle("");
        for (String suffix : new String[] {"_ja", "_ru"}) {
            Properties other = bundle(suffix);
            assertThat(other.stringPropertyNames()).as(suffix).isEqualTo(en.stringPropertyNames());
            assertThat(other.stringPropertyNames()).allMatch(k -> !other.getProperty(k).isBlank());
        }
        assertThat(en.stringPropertyNames()).allMatch(k -> !en.getProperty(k).isBlank());
    }

    @Test
    void textsAreInTheViewpointsScript() {
        assertThat(RenderText.get(Viewpoint.RUSSIAN, "locator")).matches("[\\p{IsCyrillic} ]+");
        assertThat(RenderText.get(Viewpoint.JAPANESE, "locator")).matches("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]+");
        assertThat(RenderText.get(Viewpoint.RUSSIAN, "symbols.notPublished")).doesNotContainPattern("[A-Za-z]");
        assertThat(RenderText.get(Viewpoint.JAPANESE, "symbols.islandList")).doesNotContainPattern("[A-Za-z]");
    }

    /** The window sets the neutral viewpoint's language; Japanese and Russian keep theirs; English is the default. */
    @Test
    void theNeutralViewpointWritesInTheLanguageItIsGiven() {
        try {
            assertThat(RenderText.get(Viewpoint.NEUTRAL, "legend.title")).isEqualTo("Legend");
            RenderText.setNeutralLanguage(Locale.JAPANESE);
            assertThat(RenderText.get(Viewpoint.NEUTRAL, "legend.title")).isEqualTo("凡例");
            assertThat(RenderText.isEnglish(Viewpoint.NEUTRAL)).isFalse();
            assertThat(RenderText.get(Viewpoint.RUSSIAN, "legend.title")).isEqualTo("Легенда");
            RenderText.setNeutralLanguage(Locale.forLanguageTag("ru"));
            assertThat(RenderText.date(Viewpoint.NEUTRAL, LocalDate.of(1875, 9, 1))).isEqualTo("1 сентября 1875 г.");
            RenderText.setNeutralLanguage(Locale.GERMAN);
            assertThat(RenderText.get(Viewpoint.NEUTRAL, "legend.title")).as("no German: English").isEqualTo("Legend");
        } finally {
            RenderText.setNeutralLanguage(Locale.ENGLISH);
        }
        assertThat(RenderText.date(Viewpoint.NEUTRAL, LocalDate.of(1875, 9, 1))).isEqualTo("1 September 1875");
    }
}
