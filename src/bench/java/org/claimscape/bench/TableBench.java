// SPDX-License-Identifier: GPL-3.0-or-later
package org.claimscape.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.claimscape.model.Feature;
import org.claimscape.model.Layer;
import org.claimscape.ui.table.AttributeTableModel;
import org.claimscape.ui.table.AttributeTableModel.Progress;
import org.claimscape.ui.table.AttributeTableModel.Query;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
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
 * The attribute table of a large layer (issue 15): reading its columns when the table opens, a text filter over
 * every column, and a sort by a number, a date and a text column, on {@code size} points with five properties
 * (a name, a kind, a depth, a date and a note). What the window runs off the FX thread for a layer of more than
 * 20,000 features. Run alone: {@code java -jar target/benchmarks.jar TableBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class TableBench {

    @Param({"1000000"})
    public String size;

    private Layer layer;
    private AttributeTableModel table;

    @Setup
    public void setUp() {
        layer = points(Integer.parseInt(size), 5);
        table = AttributeTableModel.of(layer);
    }

    /** Points over the region with the properties a user's survey layer has. */
    static Layer points(int n, long seed) {
        GeometryFactory gf = new GeometryFactory();
        Random random = new Random(seed);
        String[] kinds = {"buoy", "post", "mast", "tower", "wreck"};
        List<Feature> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", "site " + i);
            props.put("kind", kinds[random.nextInt(kinds.length)]);
            props.put("depth", (long) random.nextInt(5000));
            props.put("seen", String.format("%04d-%02d-%02d", 1990 + random.nextInt(35), 1 + random.nextInt(12),
                    1 + random.nextInt(28)));
            if (i % 3 == 0) {
                props.put("note", "reported by the crew of boat " + random.nextInt(400));
            }
            out.add(new Feature(null, gf.createPoint(new Coordinate(139 + random.nextDouble() * 18,
                    41 + random.nextDouble() * 11)), props));
        }
        return new Layer("survey", "Survey", out);
    }

    private int column(String key) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + key);
    }

    @Benchmark
    public AttributeTableModel open() {
        return AttributeTableModel.of(layer);
    }

    @Benchmark
    public AttributeTableModel.Rows filter() {
        return table.query(new Query("boat 12", -1, true), Progress.NONE);
    }

    @Benchmark
    public AttributeTableModel.Rows sortByNumber() {
        return table.query(new Query("", column("depth"), true), Progress.NONE);
    }

    @Benchmark
    public AttributeTableModel.Rows sortByDate() {
        return table.query(new Query("", column("seen"), false), Progress.NONE);
    }

    @Benchmark
    public AttributeTableModel.Rows sortByText() {
        return table.query(new Query("", column("name"), true), Progress.NONE);
    }
}
