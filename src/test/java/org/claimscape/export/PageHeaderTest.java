package org.claimscape.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.claimscape.model.Viewpoint;
import org.junit.jupiter.api.Test;

/** The export heading names the arrangement in force, in the viewpoint's language. */
class PageHeaderTest {

    @Test
    void subtitleAndNoteFollowTheDate() {
        LocalDate y1875 = LocalDate.of(1875, 9, 1);
        assertThat(PageHeader.arrangementTitle(Viewpoint.NEUTRAL, LocalDate.of(1860, 1, 1)))
                .isEqualTo("Treaty of Shimoda (1855–1875)");
        assertThat(PageHeader.arrangementTitle(Viewpoint.NEUTRAL, y1875))
                .isEqualTo("Treaty of Saint Petersburg (1875–1905)");
        assertThat(PageHeader.arrangementTitle(Viewpoint.NEUTRAL, LocalDate.of(1910, 1, 1)))
                .isEqualTo("Treaty of Portsmouth (1905–1945)");
        assertThat(PageHeader.arrangementTitle(Viewpoint.NEUTRAL, LocalDate.of(1957, 1, 1)))
                .isEqualTo("Soviet/Russian administration, claimed by Japan (1945–)");
        assertThat(PageHeader.arrangementTitle(Viewpoint.JAPANESE, y1875))
                .isEqualTo("樺太・千島交換条約（1875–1905年）");
        assertThat(PageHeader.arrangementTitle(Viewpoint.RUSSIAN, y1875))
                .isEqualTo("Петербургский договор (1875–1905)");
        for (Viewpoint v : Viewpoint.values()) {
            assertThat(PageHeader.viewpointNote(v, y1875)).doesNotContain("administers")
                    .isNotBlank();
        }
        assertThat(PageHeader.viewpointNote(Viewpoint.NEUTRAL, y1875)).contains("whole Kuril chain Japanese");
        assertThat(PageHeader.viewpointNote(Viewpoint.RUSSIAN, LocalDate.of(2020, 1, 1)))
                .contains("управлению России");
    }
}
