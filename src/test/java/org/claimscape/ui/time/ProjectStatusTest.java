package org.claimscape.ui.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.claimscape.model.Feature;
import org.junit.jupiter.api.Test;

/** Expected texts in English, whose dates the window writes "7 Sep 2017" (format.date). */
class ProjectStatusTest {

    private static final Feature AQUACULTURE = new Feature("jea-aquaculture", null, Map.of(
            "status", "suspended", "stage_reached", "agreed", "suspended_from", "2022-03-21",
            "valid_from", "2017-09-07",
            "status_history", "2017-04-27 Abe mentions joint fish farming [S85]; 2017-09-07 announced as a priority "
                    + "project (Vladivostok) [S69]; 2018-05-26 reaffirmed [S76]; 2022-03-21 suspended."));

    @Test
    void statusFollowsTheDate() {
        assertThat(ProjectStatus.describe(AQUACULTURE, LocalDate.of(2016, 12, 31)))
                .isEqualTo("As of 31 Dec 2016: not yet proposed (from 7 Sep 2017)");
        assertThat(ProjectStatus.describe(AQUACULTURE, LocalDate.of(2017, 12, 31)))
                .isEqualTo("As of 31 Dec 2017: announced as a priority project (Vladivostok) (7 Sep 2017)");
        assertThat(ProjectStatus.describe(AQUACULTURE, LocalDate.of(2018, 12, 31)))
                .isEqualTo("As of 31 Dec 2018: reaffirmed (26 May 2018)");
        assertThat(ProjectStatus.describe(AQUACULTURE, LocalDate.of(2022, 3, 20)))
                .isEqualTo("As of 20 Mar 2022: reaffirmed (26 May 2018)");
        assertThat(ProjectStatus.describe(AQUACULTURE, LocalDate.of(2022, 3, 21)))
                .isEqualTo("As of 21 Mar 2022: suspended since 21 Mar 2022 (stage reached: agreed)");
    }

    @Test
    void withoutADateTheRecordedStatusIsShown() {
        assertThat(ProjectStatus.describe(AQUACULTURE, null))
                .isEqualTo("suspended since 21 Mar 2022 (stage reached: agreed)");
        assertThat(ProjectStatus.describe(new Feature("x", null, Map.of("name_en", "X")), null)).isNull();
    }

    @Test
    void aFinishedVisitIsDone() {
        Feature mission = new Feature("m", null, Map.of("status", "visited", "valid_from", "2017-06-27",
                "valid_to", "2017-07-01"));
        assertThat(ProjectStatus.describe(mission, LocalDate.of(2017, 6, 28))).isEqualTo("As of 28 Jun 2017: visited");
        assertThat(ProjectStatus.describe(mission, LocalDate.of(2018, 1, 1)))
                .isEqualTo("As of 1 Jan 2018: done (visited 27 Jun 2017 – 1 Jul 2017)");
    }
}
