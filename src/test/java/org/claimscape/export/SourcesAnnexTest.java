package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimscape.model.Source;
import org.junit.jupiter.api.Test;

class SourcesAnnexTest {

    @Test
    void urlsArePrintedReadableButLeadToTheSamePage() {
        assertThat(SourcesAnnex.readable("https://ru.wikipedia.org/wiki/%D0%A8%D0%B8%D0%BA%D0%BE%D1%82%D0%B0%D0%BD"))
                .isEqualTo("https://ru.wikipedia.org/wiki/Шикотан");
        assertThat(SourcesAnnex.readable("https://en.wikipedia.org/wiki/Soviet%E2%80%93Japanese_Declaration"))
                .isEqualTo("https://en.wikipedia.org/wiki/Soviet–Japanese_Declaration");
        // ASCII escapes change the address when decoded, and bytes that are not UTF-8 cannot be decoded.
        assertThat(SourcesAnnex.readable("https://x.org/a%20b%2Fc?q=%7E")).isEqualTo("https://x.org/a%20b%2Fc?q=%7E");
        assertThat(SourcesAnnex.readable("https://x.org/%E6%AD")).isEqualTo("https://x.org/%E6%AD");
    }

    @Test
    void longUrlsBreakAfterSlashesOrBeforePunctuationAndFitTheColumn() {
        String url = "https://www.businesstimes.com.sg/government-economy/putin-abe-order-joint-economic-action-plan"
                + "-for-disputed-islands";
        double width = 120;
        List<String> lines = SourcesAnnex.wrapUrl(url, width);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo(url);
        for (String line : lines) {
            assertThat(PageText.width(line, SourcesAnnex.SIZE, false)).isLessThanOrEqualTo(width);
        }
        for (int i = 1; i < lines.size(); i++) {
            // A break never leaves a dot or hyphen at a line's end, where it would read as punctuation.
            assertThat(lines.get(i - 1)).doesNotEndWith("-").doesNotEndWith(".");
        }
    }

    @Test
    void everyCitationIsListedOnceInOrderWithinTheSheetsMargins() {
        SourceList list = new SourceList(Map.of());
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            sources.add(new Source("Outlet " + i + ", \"A title long enough to wrap over more than one line of a "
                    + "column of the annex\", " + (1 + i % 28) + " Mar 2017", "https://example.org/news/" + i
                    + "/a-long-path-name-for-the-article-" + i + ".html"));
        }
        list.cite(sources);
        for (BriefingPage page : List.of(BriefingPage.defaults(), BriefingPage.defaults().withLandscape(false)
                .withHandling("OFFICIAL"))) {
            page = page.withAsOf(LocalDate.of(2026, 1, 1));
            List<SourcesAnnex.Sheet> sheets = SourcesAnnex.layout(page, list.all());
            assertThat(sheets).hasSizeGreaterThan(1);
            List<Integer> numbers = new ArrayList<>();
            for (SourcesAnnex.Sheet sheet : sheets) {
                assertThat(sheet.page().width()).isEqualTo(page.width());
                double bottom = page.height() - page.margin();
                for (SourcesAnnex.Entry e : sheet.entries()) {
                    numbers.add(e.citation().number());
                    assertThat(e.lines().get(0).text()).isEqualTo(e.citation().label());
                    assertThat(e.lines()).anyMatch(l -> e.citation().urls().get(0).equals(l.url()));
                    for (SourcesAnnex.Line l : e.lines()) {
                        assertThat(l.box().getMinX()).isGreaterThanOrEqualTo(page.margin() - 1e-9);
                        assertThat(l.box().getMaxX()).isLessThanOrEqualTo(page.width() - page.margin() + 1e-9);
                        assertThat(l.y()).isLessThanOrEqualTo(bottom);
                    }
                }
            }
            assertThat(numbers).isEqualTo(list.all().stream().map(SourceList.Citation::number).toList());
        }
    }

    @Test
    void annexFilesOfSingleImagesAreNamedAfterTheImage() {
        Path png = Path.of("out", "brief.png");
        assertThat(SourcesAnnex.file(png, 0)).isEqualTo(Path.of("out", "brief-sources.png"));
        assertThat(SourcesAnnex.file(png, 1)).isEqualTo(Path.of("out", "brief-sources-2.png"));
        assertThat(SourcesAnnex.file(Path.of("map.v2.svg"), 0)).isEqualTo(Path.of("map.v2-sources.svg"));
    }
}
