package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping page text: never wider than the line, in scripts with and without spaces. */
class PageTextTest {

    private static final float SIZE = 7f;

    @Test
    void japaneseWithoutSpacesWrapsWithinTheWidth() {
        String ja = "同じ場所にある複数の地物（数字は件数、輪の色：軍事・事業・出来事・地名）";
        List<String> lines = PageText.wrap(ja, SIZE, false, 60);
        assertThat(lines).hasSizeGreaterThan(2)
                .allMatch(l -> PageText.width(l, SIZE, false) <= 60, "within 60 pt");
        assertThat(String.join("", lines)).isEqualTo(ja);
    }

    @Test
    void latinAndCyrillicWrapBetweenWords() {
        String ru = "Советская/российская администрация, претензии Японии (с 1945)";
        List<String> lines = PageText.wrap(ru, SIZE, true, 90);
        assertThat(lines).allMatch(l -> PageText.width(l, SIZE, true) <= 90, "within 90 pt")
                .allMatch(l -> !l.startsWith(" ") && !l.endsWith(" "));
        assertThat(String.join(" ", lines).replace("/ ", "/")).isEqualTo(ru);
        assertThat(PageText.wrap("Sea", SIZE, false, 200)).containsExactly("Sea");
    }

    @Test
    void aWordWiderThanTheLineIsBrokenNotLeftOverlong() {
        List<String> lines = PageText.wrap("Supercalifragilisticexpialidocious", SIZE, false, 30);
        assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> PageText.width(l, SIZE, false) <= 30);
    }
}
