package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the GeoJSON reader with Jazzer. In the normal test run this replays the seeds in
 * {@code GeoJsonReaderFuzzTestInputs/readingNeverThrows} (regression mode); a real fuzzing run is
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=GeoJsonReaderFuzzTest} (see the README).
 */
class GeoJsonReaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void readingNeverThrows(byte[] input) {
        GeoJsonReadResult r = new GeoJsonLayerReader().withRepair(input.length % 2 == 0)
                .read(new ByteArrayInputStream(input), "fuzz.geojson");
        assertThat(r).isNotNull();
        if (!r.isValid()) {
            assertThat(r.errors()).isNotEmpty();
            assertThat(r.errors()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        }
        assertThat(r.features().size()).isLessThanOrEqualTo(Math.max(1, r.featuresSeen()));
    }
}
