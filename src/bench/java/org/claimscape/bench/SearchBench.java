// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimscape.model.Layer;
import org.claimscape.search.NameSearch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A search query with {@link NameSearch} over the bundled layers plus 100,000 named points
 * ({@link BenchData#namedPoints}): a full name, a prefix as typed, Japanese and Russian script, and a miss.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SearchBench {

    @Param({"Shikotan", "Etor", "択捉", "Итуруп", "zzzz"})
    public String query;

    /** Number of synthetic point features indexed on top of the bundled layers. */
    @Param({"100000"})
    public String size;

    private NameSearch search;

    @Setup
    public void setUp() throws IOException {
        MapScenes scenes = MapScenes.load(BenchData.dataDir());
        Map<String, Layer> layers = new LinkedHashMap<>();
        for (Layer l : scenes.layers()) {
            layers.put(l.id(), l);
        }
        layers.put("points", BenchData.namedPoints(Integer.parseInt(size), List.of(scenes.layer("places"),
                scenes.layer("islands")), 7));
        search = new NameSearch(layers);
    }

    @Benchmark
    public List<NameSearch.Hit> claimscape() {
        return search.search(query, 10);
    }
}
