package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the GeoJSON reader with Jazzer: {@code JAZZER_FUZZ=1 mvn test -Dtest=GeoJsonReaderFuzzTest} (see the
 * README). The normal test run replays the seeds in {@code GeoJsonReaderFuzzTestInputs/readingNeverThrows} without
 * Jazzer: its agent, installed in the middle of the suite's one JVM, re-instruments every class already loaded and
 * slows every test after it (50 s for six seeds).
 */
class GeoJsonReaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    @EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
    void readingNeverThrows(byte[] input) {
        check(input);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySeedReadsWithoutThrowing(Path seed) throws IOException {
        check(Files.readAllBytes(seed));
    }

    static List<Path> seeds() throws IOException, URISyntaxException {
        URL dir = GeoJsonReaderFuzzTest.class.getResource("GeoJsonReaderFuzzTestInputs/readingNeverThrows");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            List<Path> all = files.sorted().toList();
            assertThat(all).isNotEmpty();
            return all;
        }
    }

    private static void check(byte[] input) {
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
