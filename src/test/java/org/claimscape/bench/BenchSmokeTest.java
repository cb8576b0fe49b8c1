// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke mode of the benchmark suite, in process: every benchmark method of {@link Harness#BENCHMARKS} is
 * called once on the tiny inputs, and the table is built from the results, so that the suite keeps working.
 * No peer, no JMH fork, no timing asserted (speed is measured by {@code src/bench/run.sh}).
 */
class BenchSmokeTest {

    @TempDir
    static Path out;

    private static String previousOut;

    @BeforeAll
    static void makeSmokeInputs() throws Exception {
        previousOut = System.getProperty(BenchData.OUT_DIR);
        System.setProperty(BenchData.OUT_DIR, out.toString());
        BenchData.makeDense(BenchData.dataDir(), "lakes.geojson", out, BenchData.SMOKE_VERTICES);
    }

    @AfterAll
    static void restore() {
        if (previousOut == null) {
            System.clearProperty(BenchData.OUT_DIR);
        } else {
            System.setProperty(BenchData.OUT_DIR, previousOut);
        }
    }

    @Test
    void densifiedLayerHasAtLeastTheTargetVerticesAndKeepsEveryFeature() throws Exception {
        var land = BenchData.read(BenchData.dataDir().resolve("lakes.geojson"), "lakes");
        var dense = BenchData.read(out.resolve(BenchData.DENSE_FILE), "dense");
        assertThat(dense.size()).isEqualTo(land.size());
        assertThat(dense.vertexCount()).isGreaterThanOrEqualTo(BenchData.SMOKE_VERTICES)
                .isGreaterThan(land.vertexCount());
    }

    @Test
    void everyBenchmarkMethodRunsOnTheSmokeInputsAndMakesATable() throws Exception {
        List<ResultTable.Result> results = new ArrayList<>();
        for (Class<?> bench : Harness.BENCHMARKS) {
            List<ResultTable.Result> r = Harness.smoke().run(bench);
            assertThat(r).as(bench.getSimpleName()).isNotEmpty();
            results.addAll(r);
        }
        // Wall time is positive; process CPU time ticks in 10 ms steps on Linux, so a fast call may read 0.
        assertThat(results).allSatisfy(r -> assertThat(r.value()).isGreaterThanOrEqualTo(0));
        assertThat(results).filteredOn(r -> r.unit().equals("ms")).allSatisfy(r -> assertThat(r.value()).isPositive());
        assertThat(results).extracting(ResultTable.Result::tool)
                .contains("claimscape", "claimscape-no-validation", "jts-io-common");
        assertThat(results).extracting(ResultTable.Result::measure)
                .contains("ingest/" + BenchData.DENSE_FILE, "render/tiny", "export/pdf,tiny,72", "pick/tiny,1000",
                        "search/Etor,1000");

        ResultTable table = new ResultTable();
        results.forEach(table::add);
        table.add(new ResultTable.Result("ingest/" + BenchData.DENSE_FILE, "gdal", 1e6, "ms", "made up peer"));
        String text = table.format(ResultTable.machine());
        assertThat(text).contains("| ingest/land-dense.geojson | ", "| gdal | ", "CPU: ", "Java: ");
    }

    @Test
    void scenesForThePeersNameTheSameFilesAndExtents() throws Exception {
        Path json = MapScenes.writePeerScenes(MapScenes.load(BenchData.dataDir()), BenchData.dataDir(),
                out.resolve(BenchData.DENSE_FILE), out.resolve("scenes.json"));
        String text = Files.readString(json);
        for (String scene : MapScenes.NAMES) {
            assertThat(text).contains("\"name\": \"" + scene + "\"");
        }
        assertThat(text).contains("land.geojson", BenchData.DENSE_FILE, "\"extent3857\"");
    }

    @Test
    void heapProbeMeasuresWhatALoadHolds() throws Exception {
        /*
         * A known 64 MB held: other tests in this JVM leave caches that the collector may release between the
         * probe's two readings (a few MB either way), so the amount must stand well above that.
         */
        double mb = HeapProbe.loadedMegabytes(() -> new long[8 << 20]);
        assertThat(mb).isBetween(56.0, 72.0);
    }
}
