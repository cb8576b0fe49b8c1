package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.claimscape.export.SourceList.Citation;
import org.claimscape.export.SourceList.KeyEntry;
import org.claimscape.export.SourceList.Part;
import org.claimscape.model.Source;
import org.junit.jupiter.api.Test;

/** The document's source list, from the {@code source} schema of data/SOURCES.md ("[Sxx] title; free text"). */
class SourceListTest {

    private static final Map<String, KeyEntry> KEY = Map.of(
            "S01", new KeyEntry("MOFA Japan, \"Information\"", List.of("https://www.mofa.go.jp/a.html")),
            "S02", new KeyEntry("Cabinet Office, \"Islands outline\"", List.of("https://hoppou.go.jp/b.html")),
            "S09", new KeyEntry("Wikipedia, Shikotan (was hubbry, a content farm)",
                    List.of("https://en.wikipedia.org/wiki/Shikotan")),
            "S10", new KeyEntry("ru-Wikipedia, Шикотан (area 252.8 km²; was perceptiofr, a content farm)",
                    List.of("https://ru.wikipedia.org/wiki/x")),
            "S14", new KeyEntry("AP via Deseret News, 2 and 3 Nov 1997",
                    List.of("https://www.deseret.com/1", "https://www.deseret.com/2")));

    private static Source src(String text, String url) {
        return new Source(text, url);
    }

    @Test
    void keyedCitationsAreSplitAndFreeTextAfterThemIsItsOwnSource() {
        List<Part> parts = SourceList.parse(src("[S01] MOFA Japan, \"Information\"; [S02] Cabinet Office, "
                + "\"Islands outline\"; Prensa Latina (as cited in the fact sheet)", "https://www.mofa.go.jp/a.html"));
        assertThat(parts).extracting(Part::key).containsExactly("S01", "S02", null);
        assertThat(parts).extracting(Part::text).containsExactly("MOFA Japan, \"Information\"",
                "Cabinet Office, \"Islands outline\"", "Prensa Latina (as cited in the fact sheet)");
        // source_url is the URL of the first keyed source only.
        assertThat(parts).extracting(Part::url).containsExactly("https://www.mofa.go.jp/a.html", null, null);
    }

    @Test
    void semicolonsInsideBracketsOrBetweenFreeTextPiecesDoNotSplit() {
        assertThat(SourceList.parse(src("[S50] Reuters, 1 Dec 2020; removal: x.com (Kyodo-derived, undated; Low)",
                null))).extracting(Part::text).containsExactly("Reuters, 1 Dec 2020",
                "removal: x.com (Kyodo-derived, undated; Low)");
        List<Part> free = SourceList.parse(src("Wikipedia article titles: en \"Sea of Japan\"; ja 「日本海」; "
                + "ru «Японское море»", "https://en.wikipedia.org/wiki/Sea_of_Japan"));
        assertThat(free).hasSize(1);
        assertThat(free.get(0).key()).isNull();
        assertThat(free.get(0).url()).isEqualTo("https://en.wikipedia.org/wiki/Sea_of_Japan");
    }

    @Test
    void aSourceWithOnlyAUrlIsCitedByItsUrl() {
        assertThat(SourceList.parse(src(null, "https://kremlin.ru/x"))).extracting(Part::text)
                .containsExactly("https://kremlin.ru/x");
        assertThat(SourceList.parse(src("  ", null))).isEmpty();
    }

    @Test
    void eachSourceIsNumberedOnceInTheOrderTheDocumentFirstCitesIt() {
        SourceList list = new SourceList(KEY);
        List<Citation> page1 = list.cite(List.of(src("[S02] Cabinet Office, \"Islands outline\"", null),
                src("chinagate (Xinhua), as cited in the fact sheet", null),
                src("[S01] MOFA Japan, \"Information\"; [S02] Cabinet Office, \"Islands outline\"", null)));
        // New sources of a page: keyed ones by key, then free text.
        assertThat(page1).extracting(Citation::number).containsExactly(1, 2, 3);
        assertThat(page1).extracting(Citation::key).containsExactly("S01", "S02", null);
        List<Citation> page2 = list.cite(List.of(src("[S09] Wikipedia, Shikotan; [S02] Cabinet Office, "
                + "\"Islands outline\"", null)));
        assertThat(page2).extracting(Citation::number).containsExactly(2, 4);
        assertThat(page2.get(1).key()).isEqualTo("S09");
        assertThat(list.all()).extracting(Citation::number).containsExactly(1, 2, 3, 4);
        assertThat(list.all()).extracting(Citation::key).doesNotHaveDuplicates();
    }

    @Test
    void urlsComeFromTheSourceKeyElseFromTheFeature() {
        SourceList list = new SourceList(KEY);
        List<Citation> c = list.cite(List.of(src("[S14] AP via Deseret News, 2 and 3 Nov 1997", "https://x/1"),
                src("[S77] Sputnik 22 Jul 2018", "https://sputnik/77"), src("LDP (jimin.jp)", null)));
        assertThat(c.get(0).urls()).containsExactly("https://www.deseret.com/1", "https://www.deseret.com/2");
        assertThat(c.get(1).urls()).containsExactly("https://sputnik/77");
        assertThat(c.get(2).urls()).isEmpty();
        assertThat(c.get(0).full()).isEqualTo("AP via Deseret News, 2 and 3 Nov 1997 https://www.deseret.com/1 "
                + "https://www.deseret.com/2");
        assertThat(c.get(2).full()).isEqualTo("LDP (jimin.jp)");
    }

    @Test
    void numbersAreWrittenWithRangesForRunsOfThreeOrMore() {
        SourceList list = new SourceList(Map.of());
        List<Citation> all = list.cite(List.of(src("a", null), src("b", null), src("c", null), src("d", null),
                src("e", null), src("f", null), src("g", null), src("h", null)));
        assertThat(SourceList.numbers(all)).isEqualTo("[1]–[8]");
        assertThat(SourceList.numbers(List.of(all.get(0), all.get(1), all.get(2), all.get(3), all.get(6))))
                .isEqualTo("[1]–[4], [7]");
        assertThat(SourceList.numbers(List.of(all.get(1), all.get(2), all.get(5)))).isEqualTo("[2], [3], [6]");
        assertThat(SourceList.numbers(List.of())).isEmpty();
    }

    @Test
    void inlineKeysInNotesBecomeTheDocumentsNumbers() {
        SourceList list = new SourceList(KEY);
        list.cite(List.of(src("[S02] Cabinet Office, \"Islands outline\"", null)));
        assertThat(list.renumber("Occupied 1945 [S02]; area per [S10] and [S09]; see [S99].")).isEqualTo(
                "Occupied 1945 [1]; area per [2] and [3]; see [S99].");
        // Cited from the key: its notes on replaced mirrors are not part of the citation.
        assertThat(list.all().get(1).text()).isEqualTo("ru-Wikipedia, Шикотан (area 252.8 km²)");
        assertThat(list.all().get(2).text()).isEqualTo("Wikipedia, Shikotan");
        assertThat(list.all().get(2).urls()).containsExactly("https://en.wikipedia.org/wiki/Shikotan");
    }

    @Test
    void theKeyIsReadFromItsMarkdownTable() {
        Map<String, KeyEntry> key = SourceList.parseKey("""
                | id | title / description | URL |
                |---|---|---|
                | S01 | MOFA Japan, "Information" | https://www.mofa.go.jp/a.html |
                | S35 | REMOVED: content farm | — |
                | S114 | AP via Deseret News | https://www.deseret.com/1 ; https://www.deseret.com/2 |
                """);
        assertThat(key).containsOnlyKeys("S01", "S35", "S114");
        assertThat(key.get("S01").title()).isEqualTo("MOFA Japan, \"Information\"");
        assertThat(key.get("S35").urls()).isEmpty();
        assertThat(key.get("S114").urls()).containsExactly("https://www.deseret.com/1", "https://www.deseret.com/2");
    }
}
